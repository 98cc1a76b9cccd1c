package org.w3id.cadregraph.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * The regions and organizations the network can be narrowed to, each with its number of meetings: every region
 * that hosted or held a meeting (by name), and the 300 organizations that organized the most.
 *
 * <pre>
 *   List&lt;NetworkChoice&gt; regions = NetworkChoices.REGIONS.count(datasetGraph, Duration.ofSeconds(20));
 * </pre>
 */
public enum NetworkChoices {
    REGIONS("network-regions", "region"),
    ORGANIZATIONS("network-organizations", "organization");

    private final String query;
    private final String variable;

    NetworkChoices(String file, String variable) {
        this.query = load(file);
        this.variable = variable;
    }

    /** The choices in the order the form lists them, over the union of the report graphs, in a read transaction. */
    public List<NetworkChoice> count(DatasetGraph dsg, Duration timeout) {
        List<NetworkChoice> choices = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(new ParameterizedSparqlString(query).asQuery())
                    .set(TDB2.symUnionDefaultGraph, true)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node label = row.get("label");
                    choices.add(new NetworkChoice(row.get(variable).getURI(),
                            Optional.ofNullable(label).filter(Node::isLiteral).map(Node::getLiteralLexicalForm),
                            ((Number) row.get("meetings").getLiteralValue()).intValue()));
                }
            }
        });
        return choices;
    }

    private static String load(String file) {
        String path = "org/w3id/cadregraph/network/" + file + ".rq";
        try (InputStream in = NetworkChoices.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + path + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
