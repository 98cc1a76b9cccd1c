package org.w3id.cadregraph.network;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * The SPARQL query that lists who attended which of the filtered meetings, and the network it gives.
 *
 * <pre>
 *   NetworkQuery query = new NetworkQuery(NetworkFilter.of(regionIri, "2023", null, null));
 *   String sparql = query.text();                       // what a researcher can run on the endpoint
 *   CoAttendanceNetwork network = query.run(datasetGraph, Duration.ofSeconds(30));
 * </pre>
 *
 * The query reads the union of the report graphs, so it runs the same on the served store and on a
 * TDB2 store opened by the command line.
 */
public final class NetworkQuery {
    private static final String PREFIXES = """
            PREFIX cg:   <https://w3id.org/cadregraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final String HEAD = """
            # Who attended which meeting: the rows the co-attendance network is counted from
            # (two officials are linked once for every meeting both attended).
            SELECT DISTINCT ?meeting ?official ?name
            WHERE {
            """;
    // The bound parts come first so that the query starts from them rather than from every meeting.
    private static final String REGION = """
              # hosted by or held in the region or a region within it
              ?place cg:withinRegion* ?region .
              ?meeting cg:hostedBy|cg:locatedIn ?place .
            """;
    private static final String ORGANIZATION = """
              # organized by the organization
              ?meeting cg:organizedBy ?organization .
            """;
    // A UNION of the four properties, not the path cg:attended|cg:presided|…: ARQ evaluates a path whose two ends are
    // unbound (the unfiltered network) from every node of the union graph; on the 100,000-report store counting
    // the rows took 36 s as a UNION and minutes as a path. Where ?meeting is bound before, both are index lookups.
    private static final String ATTENDANCE = """
              { ?official cg:attended ?meeting } UNION { ?official cg:presided ?meeting }
              UNION { ?official cg:spokeAt ?meeting } UNION { ?official cg:signedAt ?meeting }
              ?meeting a cg:Meeting .
              ?official a cg:Official ;
                        rdfs:label ?name .
            """;
    private static final String FROM = """
              # dated on or after ?from (compared at the precision of ?from)
              ?meeting cg:date ?date .
              FILTER(SUBSTR(STR(?date), 1, STRLEN(?from)) >= ?from)
            """;
    private static final String TO = """
              # dated on or before ?to (compared at the precision of ?to)
              ?meeting cg:date ?date .
              FILTER(SUBSTR(STR(?date), 1, STRLEN(?to)) <= ?to)
            """;
    private static final String TAIL = "}\n";

    private final String text;

    public NetworkQuery(NetworkFilter filter) {
        StringBuilder template = new StringBuilder(PREFIXES).append(HEAD);
        filter.region().ifPresent(r -> template.append(REGION));
        filter.organization().ifPresent(o -> template.append(ORGANIZATION));
        template.append(ATTENDANCE);
        filter.from().ifPresent(f -> template.append(FROM));
        filter.to().ifPresent(t -> template.append(TO));
        template.append(TAIL);
        // Values go in through ParameterizedSparqlString, which checks IRIs and escapes literals.
        ParameterizedSparqlString pss = new ParameterizedSparqlString(template.toString());
        filter.region().ifPresent(r -> pss.setIri("region", r));
        filter.organization().ifPresent(o -> pss.setIri("organization", o));
        filter.from().ifPresent(f -> pss.setLiteral("from", f));
        filter.to().ifPresent(t -> pss.setLiteral("to", t));
        this.text = pss.toString();
    }

    /** The query, runnable as it is on the SPARQL endpoint. */
    public String text() {
        return text;
    }

    public Query query() {
        return new ParameterizedSparqlString(text).asQuery();
    }

    /** Runs the query over the union of the report graphs of {@code dsg}, in a read transaction. */
    public CoAttendanceNetwork run(DatasetGraph dsg, Duration timeout) {
        CoAttendanceCounter counter = new CoAttendanceCounter();
        read(dsg, timeout, counter);
        return counter.network();
    }

    /**
     * Runs the query over the union of the report graphs of {@code dsg}, in a read transaction, and gives every row
     * to {@code sink}. It runs without DISTINCT, so a row may come more than once: the counters count an attendance
     * once whatever its repeats, and ARQ's DISTINCT would hold every row of the answer in memory (on the
     * 100,000-report store, the whole store's attendance).
     */
    public void read(DatasetGraph dsg, Duration timeout, Attendance sink) {
        Query query = query();
        query.setDistinct(false);
        Txn.executeRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query)
                    .set(TDB2.symUnionDefaultGraph, true)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node name = row.get("name");
                    sink.attended(row.get("meeting").getURI(), row.get("official").getURI(),
                            name.isLiteral() ? name.getLiteralLexicalForm() : name.toString());
                }
            }
        });
    }
}
