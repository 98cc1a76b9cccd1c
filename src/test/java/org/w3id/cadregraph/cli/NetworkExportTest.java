package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code export --format graphml|gexf|csv-edges}: the co-attendance network of the sample store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkExportTest {
    private static final String GUIZHOU = "https://w3id.org/cadregraph/id/region/guizhou";

    @TempDir
    Path dir;
    private String db;

    @BeforeAll
    void buildSamples(@TempDir Path storeDir) {
        db = storeDir.resolve("db").toString();
        CliRun build = CliRun.of("build", "samples", "--db", db, "-q");
        assertThat(build.exitCode()).as(build.err()).isIn(ExitCodes.OK, ExitCodes.REPORTS_REJECTED);
    }

    @Test
    void writesEachFormatByNameOrByExtension() throws Exception {
        CliRun graphml = CliRun.of("export", "--db", db, "-o", dir.resolve("net.graphml").toString());
        CliRun gexf = CliRun.of("export", "--db", db, "--format", "gexf", "-o", dir.resolve("net.gexf").toString());
        CliRun csv = CliRun.of("export", "--db", db, "--format", "csv-edges");

        assertThat(graphml.exitCode()).as(graphml.err()).isZero();
        assertThat(gexf.exitCode()).as(gexf.err()).isZero();
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        Document g = xml(dir.resolve("net.graphml"));
        Document x = xml(dir.resolve("net.gexf"));
        List<CSVRecord> edges = csv(csv.out());
        int nodes = g.getElementsByTagNameNS("*", "node").getLength();
        assertThat(nodes).isGreaterThan(30);
        assertThat(x.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(nodes);
        assertThat(g.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(edges.size());
        assertThat(x.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(edges.size());
        assertThat(edges).anySatisfy(e -> assertThat(e.get("source_label") + " " + e.get("target_label"))
                .contains("Huai Jinpeng"));
    }

    @Test
    void filtersAsThePageDoes() {
        CliRun all = CliRun.of("export", "--db", db, "--format", "csv-edges");
        CliRun guizhou = CliRun.of("export", "--db", db, "--format", "csv-edges", "--region", GUIZHOU, "--from", "2023");

        assertThat(guizhou.exitCode()).as(guizhou.err()).isZero();
        List<CSVRecord> edges = csv(guizhou.out());
        assertThat(edges).isNotEmpty().hasSizeLessThan(csv(all.out()).size());
        assertThat(edges).allSatisfy(e -> assertThat(e.get("weight")).isEqualTo("1"));
        assertThat(csv(CliRun.of("export", "--db", db, "--format", "csv-edges", "--from", "2030").out())).isEmpty();
    }

    @Test
    void refusesWhatCannotBeMeant() {
        CliRun mismatch = CliRun.of("export", "--db", db, "--format", "graphml", "-o", dir.resolve("x.ttl").toString());
        CliRun reverse = CliRun.of("export", "--db", db, "--format", "turtle", "-o", dir.resolve("x.gexf").toString());
        CliRun filterOnRdf = CliRun.of("export", "--db", db, "--format", "turtle", "--region", GUIZHOU);
        CliRun badPeriod = CliRun.of("export", "--db", db, "--format", "gexf", "--from", "last year");
        CliRun badRegion = CliRun.of("export", "--db", db, "--format", "gexf", "--region", "guizhou");

        assertThat(mismatch.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(mismatch.err()).contains("disagrees with the extension");
        assertThat(reverse.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(filterOnRdf.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(filterOnRdf.err()).contains("apply to the network formats");
        assertThat(badPeriod.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badPeriod.err()).contains("from must be a year, year-month or date");
        assertThat(badRegion.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(dir.resolve("x.ttl")).doesNotExist();
        assertThat(dir.resolve("x.gexf")).doesNotExist();
    }

    private static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                    .getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(Files.newInputStream(file));
    }
}
