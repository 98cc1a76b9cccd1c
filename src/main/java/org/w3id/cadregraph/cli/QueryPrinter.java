package org.w3id.cadregraph.cli;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.w3id.cadregraph.export.DumpFormat;

/**
 * Runs one SPARQL query and writes its results: SELECT and ASK in a {@link ResultFormat}, CONSTRUCT and
 * DESCRIBE in a {@link DumpFormat}, both named by the same {@code --format} option.
 *
 * <pre>
 *   QueryPrinter printer = QueryPrinter.forQuery(query, "csv");   // refuses a format the query form cannot have
 *   printer.print(store.datasetGraph(), out);                     // against the store
 *   printer.print(QueryExecution.service(url).query(query).build(), out);   // against a server
 * </pre>
 *
 * Against the store, the query sees the union of the report graphs as its default graph, as on the Fuseki
 * endpoint ({@code tdb2:unionDefaultGraph true}), so the same .rq file gives the same answer in both places;
 * {@code GRAPH ?g} still reaches single reports.
 */
final class QueryPrinter {
    private final Query query;
    private final ResultFormat resultFormat;
    private final DumpFormat graphFormat;

    private QueryPrinter(Query query, ResultFormat resultFormat, DumpFormat graphFormat) {
        this.query = query;
        this.resultFormat = resultFormat;
        this.graphFormat = graphFormat;
    }

    /**
     * The printer for {@code query} in the format named {@code formatName} (null: a table, or Turtle).
     *
     * @throws org.w3id.cadregraph.export.FormatException when the query form cannot be written that way
     * @throws UserException for a query form cadregraph does not run (JSON)
     */
    static QueryPrinter forQuery(Query query, String formatName) {
        return switch (query.queryType()) {
            case SELECT, ASK -> new QueryPrinter(query, ResultFormat.forResults(query.queryType(), formatName), null);
            case CONSTRUCT, DESCRIBE -> new QueryPrinter(query, null, ResultFormat.forGraphs(query.queryType(), formatName));
            default -> throw new UserException(ExitCodes.USAGE,
                    "unsupported query form " + query.queryType() + ": use SELECT, ASK, CONSTRUCT or DESCRIBE");
        };
    }

    /** Runs the query against the store, in one read transaction. */
    void print(DatasetGraph dsg, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dsg))
                    .query(query)
                    .set(TDB2.symUnionDefaultGraph, true)
                    .build()) {
                print(exec, out);
            }
        });
    }

    /** Runs {@code exec}, which must execute this printer's query, and writes its results. */
    void print(QueryExecution exec, OutputStream out) {
        switch (query.queryType()) {
            case SELECT -> printSelect(exec, out);
            case ASK -> ResultsWriter.create().lang(resultFormat.lang()).write(out, exec.execAsk());
            case CONSTRUCT -> {
                if (graphFormat.keepsGraphs()) {
                    writeDataset(exec.execConstructDataset().asDatasetGraph(), out);   // GRAPH templates kept
                } else {
                    writeGraph(exec.execConstruct().getGraph(), out);
                }
            }
            case DESCRIBE -> writeGraph(exec.execDescribe().getGraph(), out);
            default -> throw new IllegalStateException("checked in forQuery: " + query.queryType());
        }
    }

    private void printSelect(QueryExecution exec, OutputStream out) {
        if (resultFormat == ResultFormat.TABLE) {
            ResultSetFormatter.out(out, exec.execSelect(), query);
        } else {
            ResultsWriter.create().lang(resultFormat.lang()).write(out, exec.execSelect());
        }
    }

    private void writeGraph(Graph graph, OutputStream out) {
        if (graphFormat.keepsGraphs()) {
            writeDataset(DatasetGraphFactory.wrap(graph), out);   // as the default graph
        } else {
            RDFWriter.source(graph).format(rdfFormat()).output(out);
        }
    }

    private void writeDataset(DatasetGraph dataset, OutputStream out) {
        RDFWriter.source(dataset).format(rdfFormat()).output(out);
    }

    /** Results are in memory already, so the pretty forms can be used where they differ from the dump's. */
    private RDFFormat rdfFormat() {
        return switch (graphFormat) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case TRIG -> RDFFormat.TRIG_PRETTY;
            case RDFXML -> RDFFormat.RDFXML_PRETTY;
            default -> graphFormat.rdfFormat();
        };
    }
}
