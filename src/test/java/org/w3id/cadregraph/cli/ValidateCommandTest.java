package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.schema.OntologyGraph;
import org.w3id.cadregraph.store.TdbStore;

/** {@code cadregraph validate} on the extractor's own output (the golden graphs), and on a graph broken on purpose. */
class ValidateCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/moe-guizhou-cooperation.txt.trig");

    @TempDir
    Path dir;

    @Test
    void theExtractorsOutputConforms() {
        CliRun run = CliRun.of("validate", GOLDEN.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("validated 1 report graph: 1 conform, 0 do not (0 violations)");
    }

    @Test
    void aBrokenGraphIsOneLinePerViolationAndExit1() throws Exception {
        // A second date on a meeting: the shapes allow one.
        String text = Files.readString(GOLDEN);
        String broken = text.replaceFirst("(cg:date\\s+)(\"[^\"]+\"\\^\\^xsd:date)", "$1$2 , \"2020-01-01\"^^xsd:date");
        assertThat(broken).isNotEqualTo(text);
        Path file = Files.writeString(dir.resolve("broken.trig"), broken);

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REPORTS_REJECTED);
        assertThat(run.out().lines()).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t")).hasSize(4));
        assertThat(run.out()).contains("<https://w3id.org/cadregraph/ontology#date>");
        assertThat(run.err()).contains("0 conform, 1 do not");
    }

    @Test
    void aStoreIsValidatedGraphByGraphLeavingTheOtherGraphsOut() {
        Path db = dir.resolve("db");
        DatasetGraph golden = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(golden, GOLDEN.toString());
        try (TdbStore store = TdbStore.open(db)) {
            Txn.executeWrite(store.datasetGraph(), () -> golden.find().forEachRemaining(store.datasetGraph()::add));
            OntologyGraph.putInto(store.datasetGraph());
        }

        CliRun run = CliRun.of("validate", "--db", db.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("validated 1 report graph: 1 conform", "1 other graph (not report graphs) not checked");
    }

    @Test
    void unreadableInputIsAUsageOrIoError() throws Exception {
        assertThat(CliRun.of("validate", dir.resolve("nope.nq").toString()).exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
        Path odd = Files.writeString(dir.resolve("x.data"), "x");
        CliRun run = CliRun.of("validate", odd.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cannot tell the RDF syntax");
        assertThat(CliRun.of("validate", "--db", dir.resolve("no-db").toString()).exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
    }
}
