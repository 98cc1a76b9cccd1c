package org.w3id.cadregraph.cli;

import java.io.OutputStream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs one SPARQL query against the store and writes its results: SELECT and ASK in a
 * {@link ResultFormat}, CONSTRUCT and DESCRIBE as Turtle.
 *
 * <pre>
 *   new QueryPrinter(ResultFormat.CSV).print(query, store.datasetGraph(), out);
 * </pre>
 *
 * The query sees the union of the report graphs as its default graph, as on the Fuseki endpoint
 * ({@code tdb2:unionDefaultGraph true}), so the same .rq file gives the same answer in both places;
 * {@code GRAPH ?g} still reaches single reports.
 */
final class QueryPrinter {
    private final ResultFormat format;

    QueryPrinter(ResultFormat format) {
        this.format = format;
    }

    void print(Query query, DatasetGraph dsg, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dsg))
                    .query(query)
                    .set(TDB2.symUnionDefaultGraph, true)
                    .build()) {
                switch (query.queryType()) {
                    case SELECT -> printSelect(exec, query, out);
                    case ASK -> ResultsWriter.create().lang(format.lang()).write(out, exec.execAsk());
                    case CONSTRUCT -> RDFDataMgr.write(out, exec.execConstruct(), RDFFormat.TURTLE_PRETTY);
                    case DESCRIBE -> RDFDataMgr.write(out, exec.execDescribe(), RDFFormat.TURTLE_PRETTY);
                    default -> throw new UserException(ExitCodes.USAGE,
                            "unsupported query form " + query.queryType() + ": use SELECT, ASK, CONSTRUCT or DESCRIBE");
                }
            }
        });
    }

    private void printSelect(QueryExecution exec, Query query, OutputStream out) {
        if (format == ResultFormat.TABLE) {
            ResultSetFormatter.out(out, exec.execSelect(), query);
        } else {
            ResultsWriter.create().lang(format.lang()).write(out, exec.execSelect());
        }
    }
}
