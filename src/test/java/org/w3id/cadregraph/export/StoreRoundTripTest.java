package org.w3id.cadregraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code extract} writes and what a dump of the store writes are the same terms: TDB2 gives numbers
 * and dates back in its own lexical form ({@code "0.85e0"}, not {@code "0.85E0"} or {@code "0.850"}), so the
 * extractor must write that form itself. The golden graphs are the extractor's output (GoldenExtractionTest);
 * each must come out of TDB2 term for term as it went in.
 */
class StoreRoundTripTest {
    static Stream<Path> goldenGraphs() throws IOException {
        return Files.list(Path.of("src/test/resources/golden")).filter(p -> p.toString().endsWith(".trig")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenGraphs")
    void everyTermComesOutOfTheStoreAsItWentIn(Path golden) {
        DatasetGraph extracted = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(extracted, golden.toString());
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> extracted.find().forEachRemaining(store::add));

        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store, () -> store.find().forEachRemaining(back::add));

        assertThat(IsoMatcher.isomorphic(extracted, back)).isTrue();
    }
}
