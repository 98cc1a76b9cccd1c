package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.extract.Extraction;
import org.w3id.cadregraph.extract.HostDecider;
import org.w3id.cadregraph.extract.HostQuestion;
import org.w3id.cadregraph.extract.MaxentHostDecider;
import org.w3id.cadregraph.gazetteer.Region;
import org.w3id.cadregraph.gazetteer.RegionLevel;
import org.w3id.cadregraph.pipeline.ReportPipeline;

/** {@code train-hosts} on four invented, annotated reports, and the model it writes deciding hosts. */
class TrainHostsCommandTest {
    private static final String TINY = "src/test/resources/hosts-train";

    @TempDir
    Path dir;

    @Test
    void writesEventsAndAPlainTextModelThatDecidesLikeTheGold() throws Exception {
        Path model = dir.resolve("hosts.txt");
        Path events = dir.resolve("events.txt");

        CliRun run = CliRun.of("train-hosts", "--gold", TINY, "-o", model.toString(), "--events", events.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("4 reports, 4 aligned meetings").contains("3 gold hosts (0 not among the candidates)");
        List<String> lines = Files.readAllLines(events);
        // one event per candidate: the host of each of the three placed meetings, and the other regions named
        assertThat(lines).allMatch(l -> l.startsWith("host ") || l.startsWith("not-host "));
        assertThat(lines.stream().filter(l -> l.startsWith("host "))).hasSize(3);
        assertThat(lines).anyMatch(l -> l.startsWith("host ") && Arrays.asList(l.split(" ")).contains("level=country"));
        assertThat(Files.readAllLines(model).get(0)).isEqualTo("QN");

        MaxentHostDecider decider = load(model);
        Region hunan = Region.found("Hunan Province", RegionLevel.PROVINCE, Optional.empty());
        Region changsha = Region.found("Changsha", RegionLevel.CITY, Optional.of(hunan));
        HostQuestion q = new HostQuestion("r", "m1", List.of(hunan), () -> List.of(
                new HostQuestion.Candidate(changsha, features(lines, "not-host ", "level=city")),
                new HostQuestion.Candidate(hunan, features(lines, "host ", "level=province"))));
        assertThat(decider.decide(q)).containsExactly(hunan);
    }

    @Test
    void theExtractorTakesTheModelsHosts() throws Exception {
        Path model = dir.resolve("hosts.txt");
        assertThat(CliRun.of("train-hosts", "--gold", TINY, "-o", model.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
        ReportPipeline pipeline = ReportPipeline.factory(ReportPipeline.Resources.loadDefault(), clock, load(model)).get();

        Extraction national = pipeline.run(Path.of(TINY, "h3-national.txt"));
        Extraction university = pipeline.run(Path.of(TINY, "h4-university.txt"));

        assertThat(national.meetings()).singleElement()
                .satisfies(m -> assertThat(m.hosts()).extracting(h -> h.region().name()).containsExactly("China"));
        assertThat(university.meetings()).singleElement().satisfies(m -> assertThat(m.hosts()).isEmpty());
    }

    /**
     * A model trained on the gold's events with every label turned round must overrule the rules wherever they choose:
     * if the extractor still gave the rules' hosts, it would not be asking the model.
     */
    @Test
    void aModelThatContradictsTheRulesChangesTheHosts() throws Exception {
        Path model = contraryModel();
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
        ReportPipeline rules = ReportPipeline.factory(ReportPipeline.Resources.loadDefault(), clock, HostDecider.RULES).get();
        ReportPipeline contrary = ReportPipeline.factory(ReportPipeline.Resources.loadDefault(), clock, load(model)).get();

        for (String report : List.of("h1-provincial.txt", "h2-municipal.txt", "h3-national.txt")) {
            List<String> byRules = hosts(rules.run(Path.of(TINY, report)));
            List<String> byModel = hosts(contrary.run(Path.of(TINY, report)));
            assertThat(byRules).as(report).isNotEmpty();
            assertThat(byModel).as(report).doesNotContainAnyElementsOf(byRules);
        }
    }

    /** {@code extract}, as a user runs it, takes the model that {@code -Dcadregraph.hosts} names. */
    @Test
    void extractTakesTheModelThePropertyNames() throws Exception {
        Path model = contraryModel();
        Path report = Files.createDirectories(dir.resolve("in")).resolve("h3-national.txt");
        Files.copy(Path.of(TINY, "h3-national.txt"), report);

        List<String> byRules = hostLines(extractWith(null, report.getParent(), dir.resolve("rules.nq")));
        List<String> byModel = hostLines(extractWith(model.toString(), report.getParent(), dir.resolve("model.nq")));

        assertThat(byRules).singleElement().asString().endsWith("/region/china>");
        assertThat(byModel).isNotEmpty().noneMatch(l -> l.endsWith("/region/china>"));
    }

    private static Path extractWith(String hosts, Path reports, Path out) {
        String before = System.getProperty(MaxentHostDecider.PROPERTY);
        try {
            if (hosts == null) {
                System.clearProperty(MaxentHostDecider.PROPERTY);
            } else {
                System.setProperty(MaxentHostDecider.PROPERTY, hosts);
            }
            CliRun run = CliRun.of("extract", reports.toString(), "-o", out.toString(), "-q");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            return out;
        } finally {
            if (before == null) {
                System.clearProperty(MaxentHostDecider.PROPERTY);
            } else {
                System.setProperty(MaxentHostDecider.PROPERTY, before);
            }
        }
    }

    /** The objects of the cg:hostedBy quads of a meeting (not of the reified statements). */
    private static List<String> hostLines(Path nquads) throws IOException {
        return Files.readAllLines(nquads).stream().filter(l -> l.contains("/meeting/") && l.contains("ontology#hostedBy> "))
                .map(l -> l.split(" ")[2]).toList();
    }

    /** A model trained on the events of the gold with every label turned round: it contradicts the rules. */
    private Path contraryModel() throws IOException {
        Path events = dir.resolve("events.txt");
        assertThat(CliRun.of("train-hosts", "--gold", TINY, "-o", dir.resolve("first.txt").toString(),
                "--events", events.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        Path inverted = dir.resolve("inverted-events.txt");
        Files.write(inverted, Files.readAllLines(events).stream()
                .map(l -> l.startsWith("host ") ? "not-" + l : l.substring("not-".length())).toList());
        Path model = dir.resolve("inverted.txt");
        assertThat(CliRun.of("train-hosts", "--from-events", inverted.toString(), "-o", model.toString()).exitCode())
                .isEqualTo(ExitCodes.OK);
        return model;
    }

    private static List<String> hosts(Extraction extraction) {
        return extraction.meetings().stream().flatMap(m -> m.hosts().stream()).map(h -> h.region().name()).toList();
    }

    @Test
    void trainsFromAnEventsFileToo() throws Exception {
        Path events = dir.resolve("events.txt");
        Path model = dir.resolve("again.txt");
        assertThat(CliRun.of("train-hosts", "--gold", TINY, "-o", dir.resolve("first.txt").toString(),
                "--events", events.toString()).exitCode()).isEqualTo(ExitCodes.OK);

        CliRun run = CliRun.of("train-hosts", "--from-events", events.toString(), "-o", model.toString(),
                "--algorithm", "MAXENT");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllLines(model).get(0)).isEqualTo("GIS");
        assertThat(load(model)).isNotNull();
    }

    @Test
    void needsGoldFoldersOrEvents() {
        CliRun run = CliRun.of("train-hosts", "-o", dir.resolve("m.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("give either --gold DIR... or --from-events FILE...");
    }

    @Test
    void thePropertyChoosesTheRulesTheShippedModelOrAModelFile() throws Exception {
        Path model = dir.resolve("hosts.txt");
        assertThat(CliRun.of("train-hosts", "--gold", TINY, "-o", model.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        String before = System.getProperty(MaxentHostDecider.PROPERTY);
        try {
            System.clearProperty(MaxentHostDecider.PROPERTY);
            assertThat(MaxentHostDecider.configured()).isSameAs(HostDecider.RULES);
            System.setProperty(MaxentHostDecider.PROPERTY, "rules");
            assertThat(MaxentHostDecider.configured()).isSameAs(HostDecider.RULES);
            System.setProperty(MaxentHostDecider.PROPERTY, "model");
            assertThat(MaxentHostDecider.configured()).isInstanceOf(MaxentHostDecider.class);
            System.setProperty(MaxentHostDecider.PROPERTY, model.toString());
            assertThat(MaxentHostDecider.configured()).isInstanceOf(MaxentHostDecider.class);
            System.setProperty(MaxentHostDecider.PROPERTY, dir.resolve("missing.txt").toString());
            assertThatThrownBy(MaxentHostDecider::configured).hasMessageContaining("missing.txt");
        } finally {
            if (before == null) {
                System.clearProperty(MaxentHostDecider.PROPERTY);
            } else {
                System.setProperty(MaxentHostDecider.PROPERTY, before);
            }
        }
    }

    private static MaxentHostDecider load(Path model) throws Exception {
        try (InputStream in = Files.newInputStream(model)) {
            return new MaxentHostDecider(MaxentHostDecider.read(in), MaxentHostDecider.DEFAULT_THRESHOLD);
        }
    }

    /** The features of the first event with this outcome and level. */
    private static List<String> features(List<String> lines, String outcome, String level) {
        String line = lines.stream().filter(l -> l.startsWith(outcome) && Arrays.asList(l.split(" ")).contains(level))
                .findFirst().orElseThrow();
        return Arrays.asList(line.substring(outcome.length()).split(" "));
    }
}
