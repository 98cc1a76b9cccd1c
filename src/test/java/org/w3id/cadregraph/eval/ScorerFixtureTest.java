package org.w3id.cadregraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Agreement with score.py on a committed fixture: {@code eval/pred.nq} (written by hand) scored against
 * {@code eval/gold/*.gold.json}. The expected table, per-document lines and {@code expected-score.json}
 * are score.py's own output on these files:
 * <pre>
 *   python3 ../shared/eval/score.py --gold src/test/resources/eval/gold --pred src/test/resources/eval/pred.nq \
 *       --per-doc --json src/test/resources/eval/expected-score.json
 * </pre>
 * The fixture has an optional official attending, a reporter taken for an official, titles in the wrong
 * organization and with "Vice" for "Deputy", month dates, a meeting tie broken by score.py's order, an
 * unlabelled attendee, a role by an unmatched person, labels and sameAs in the default graph and in reverse,
 * a homonym, one official with two IRIs across reports, and a gold report with no graph.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorerFixtureTest {
    private static final Path DIR = Path.of("src/test/resources/eval");
    private EvalResult result;

    @BeforeAll
    void score() throws Exception {
        List<GoldReport> gold = GoldReader.readDirectories(List.of(DIR.resolve("gold")));
        result = new Scorer().score(gold, new Prediction(RDFDataMgr.loadDatasetGraph(DIR.resolve("pred.nq").toString())));
    }

    @Test
    void tableIsScorePys() {
        assertThat(EvalReport.table(result)).isEqualTo("""
                measure               P       R      F1    TP    FP    FN
                officials         0.857   0.750   0.800     6     1     2
                titles_strict     0.714   0.714   0.714     5     2     2
                titles_role       0.857   0.857   0.857     6     1     1
                meetings          0.800   0.800   0.800     4     1     1
                attended          0.778   0.778   0.778     7     2     2
                roles             0.714   0.714   0.714     5     2     2
                date              0.500   0.500   0.500     2     2     2
                hostedBy          1.000   0.667   0.800     4     0     2
                wikidata          1.000   1.000   1.000     3     0     0
                reports: 3, without a graph: 1; officials named in several reports: 3, with one IRI: 2
                """);
    }

    @Test
    void perDocumentLinesAreScorePys() {
        assertThat(EvalReport.detailLines(result)).containsExactly(
                "{\"doc\": \"r1.txt\", \"missing_graph\": false, \"officials_fp\": [\"Wang Fang\"], \"officials_fn\": [], "
                        + "\"title_errors\": [[\"FP\", \"Chen Jie\", \"Director of Nanchang Municipal Bureau of Education\"], "
                        + "[\"FN\", \"Chen Jie\", \"Director of the Department of Education of Jiangxi Province\"]], "
                        + "\"attended_fp\": [], \"attended_fn\": []}",
                "{\"doc\": \"r2.txt\", \"missing_graph\": false, \"officials_fp\": [], \"officials_fn\": [], "
                        + "\"title_errors\": [], \"attended_fp\": [\"(\\\"unaligned:('I', "
                        + "'https://w3id.org/cadregraph/id/meeting/r2/c')\\\", 'liming')\", \"('m2', \\\"unlabelled:('I', "
                        + "'https://w3id.org/cadregraph/id/official/anonymous')\\\")\"], \"attended_fn\": [\"('m3', 'sunli')\"], "
                        + "\"date_errors\": [[\"m3\", \"2024-02\", \"2023-09-09\"], [\"unaligned\", \"2023-12-01\", null]], "
                        + "\"host_errors\": [[[], [\"Nanchang City\"]]]}",
                "{\"doc\": \"r3.txt\", \"missing_graph\": true, \"officials_fp\": [], \"officials_fn\": [\"Chen Jie\", \"Sun Li\"], "
                        + "\"title_errors\": [[\"FN\", \"Chen Jie\", \"President of Ganjiang Vocational College\"]], "
                        + "\"attended_fp\": [], \"attended_fn\": [\"('m1', 'chenjie')\"]}");
    }

    @Test
    void jsonIsScorePysByteForByte() throws Exception {
        assertThat(EvalReport.json(result))
                .isEqualTo(Files.readString(DIR.resolve("expected-score.json"), StandardCharsets.UTF_8));
    }

    @Test
    void identityCountsOnlyNonHomonymsInSeveralReports() {
        // Li Ming (one IRI), Zhao Hua (two IRIs), Sun Li (matched in one report only); Chen Jie is a homonym
        assertThat(result.identity()).isEqualTo(new EvalResult.Identity(3, 2));
    }
}
