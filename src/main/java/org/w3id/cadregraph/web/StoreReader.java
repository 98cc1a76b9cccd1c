package org.w3id.cadregraph.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Read-only access to the store for the pages: SPARQL over the union of the report graphs, each call
 * in a read transaction and under a time limit.
 */
final class StoreReader {
    private final DatasetGraph dsg;
    private final Duration timeout;

    StoreReader(DatasetGraph dsg, Duration timeout) {
        this.dsg = dsg;
        this.timeout = timeout;
    }

    DatasetGraph dataset() {
        return dsg;
    }

    Duration timeout() {
        return timeout;
    }

    /** The same store under another time limit, for work the server does once rather than for one page. */
    StoreReader withTimeout(Duration limit) {
        return new StoreReader(dsg, limit);
    }

    /** Runs a SELECT query text and returns all its rows. */
    List<Row> select(String sparql) {
        List<Row> rows = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(new ParameterizedSparqlString(sparql).asQuery())
                    .set(TDB2.symUnionDefaultGraph, true)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build()) {
                RowSet rowSet = exec.select();
                // TDB2 bindings look their nodes up lazily; copy them while the transaction is open.
                rowSet.forEachRemaining(b -> rows.add(new Row(BindingFactory.copy(b))));
            }
        });
        return rows;
    }

    /** Runs {@code action} in one read transaction, for direct reads of the dataset. */
    <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dsg, action);
    }

    /** Whether the store says anything about {@code iri}: as subject, object or graph name, in any graph. */
    boolean mentions(Node iri) {
        return read(() -> dsg.find(Node.ANY, iri, Node.ANY, Node.ANY).hasNext()
                || dsg.find(Node.ANY, Node.ANY, Node.ANY, iri).hasNext()
                || dsg.containsGraph(iri));
    }
}
