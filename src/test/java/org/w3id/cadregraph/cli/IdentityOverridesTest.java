package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.store.TdbStore;

/**
 * A researcher's identity overrides through the real pipeline: short invented reports built with {@code build},
 * an override file written against the IRIs the store gave, and later runs without the file.
 *
 * <p>The rule keeps the two Li Mings apart (a common name: the mayor of Dalian in 2019, an education bureau
 * director in Pingliang, Gansu in 2023) and joins the two Weng Tiehuis (a rare name, vice mayor of Dalian in 2016
 * and 2017). The researcher says the opposite of both.
 */
class IdentityOverridesTest {
    @TempDir
    Path dir;

    private static final Map<String, String> REPORTS = Map.of(
            "dalian-2019", report("Dalian holds a work conference on port safety", "Dalian Daily", "2019.04.12",
                    "On April 11, the municipal work conference on port safety was held. Li Ming, Mayor of Dalian, presided over the meeting."),
            "pingliang-2023", report("Pingliang holds a meeting on school safety", "Pingliang Daily", "2023.09.06",
                    "On September 5, the municipal meeting on school safety was held. Li Ming, Director of the Pingliang Municipal "
                            + "Education Bureau, attended the meeting and delivered a speech."),
            "dalian-2016", report("Dalian holds a meeting on tourism", "Dalian Daily", "2016.05.10",
                    "On May 9, the municipal meeting on tourism was held. Weng Tiehui, Vice Mayor of Dalian, presided over the meeting."),
            "dalian-2017", report("Dalian holds a meeting on vocational education", "Dalian Daily", "2017.03.15",
                    "On March 14, the municipal meeting on vocational education was held. Weng Tiehui, Vice Mayor of Dalian, attended "
                            + "the meeting and delivered a speech."),
            "dalian-2018", report("Dalian holds a meeting on school buildings", "Dalian Daily", "2018.06.20",
                    "On June 19, the municipal meeting on school buildings was held. Weng Tiehui, Vice Mayor of Dalian, presided "
                            + "over the meeting."));

    private static String report(String headline, String source, String dotted, String body) {
        return headline + "\n\nSource: " + source + "   Time:" + dotted + "\n\n" + body
                + " The meeting called for solid work to implement the arrangements of the year.\n";
    }

    private Path folder(String name, String... ids) throws IOException {
        Path in = Files.createDirectories(dir.resolve(name));
        for (String id : ids) {
            Files.writeString(in.resolve(id + ".txt"), REPORTS.get(id), StandardCharsets.UTF_8);
        }
        return in;
    }

    private static CliRun build(Path in, Path db, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("build", in.toString(), "--db", db.toString(), "--no-progress",
                "--threads", "1", "--no-compact"));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        return run;
    }

    /** The person IRI each report graph gives a name, by report file (without .txt). */
    private static Map<String, String> personOf(Path db, String name) {
        Map<String, String> out = new TreeMap<>();
        try (TdbStore tdb = TdbStore.open(db)) {
            DatasetGraph dsg = tdb.datasetGraph();
            Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, RDFS.Nodes.label, NodeFactory.createLiteralString(name))
                    .forEachRemaining(q -> {
                        if (q.getGraph().getURI().startsWith(Iris.DATA + "graph/")
                                && dsg.contains(q.getGraph(), q.getSubject(), RDF.Nodes.type, CG.Official)) {
                            String file = dsg.find(q.getGraph(), q.getGraph(), CG.sourceFile, Node.ANY).next().getObject().getLiteralLexicalForm();
                            out.put(file.replaceAll("\\.txt$", ""), q.getSubject().getURI());
                        }
                    }));
        }
        return out;
    }

    private static Set<Set<String>> partition(Map<String, String> personOfGraph) {
        Map<String, Set<String>> byPerson = new HashMap<>();
        personOfGraph.forEach((g, p) -> byPerson.computeIfAbsent(p, k -> new TreeSet<>()).add(g));
        return new HashSet<>(byPerson.values());
    }

    private static String relative(String iri) {
        return iri.substring(Iris.DATA.length());
    }

    /** Builds the four first reports and writes the researcher's file against the IRIs the store gave. */
    private Path overridesFor(Path db) throws IOException {
        Map<String, String> liMing = personOf(db, "Li Ming");
        Path file = dir.resolve("overrides.tsv");
        Files.writeString(file, String.join("\n",
                "# decision\tfirst\tsecond\treason",
                "same\t" + relative(liMing.get("dalian-2019")) + "\t" + relative(liMing.get("pingliang-2023"))
                        + "\tthe Gansu yearbook CV lists both posts",
                "different\tofficial/weng-tiehui@dalian-2016.txt\tofficial/weng-tiehui@dalian-2017.txt\t"
                        + "two people: the 2016 vice mayor retired that year",
                ""), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aResearchersSameJoinsWhatTheRuleKeptApartAndDifferentSplitsWhatItJoined() throws IOException {
        Path db = dir.resolve("db");
        build(folder("in", "dalian-2019", "pingliang-2023", "dalian-2016", "dalian-2017"), db);
        assertThat(new HashSet<>(personOf(db, "Li Ming").values())).as("the rule: two Li Mings").hasSize(2);
        assertThat(new HashSet<>(personOf(db, "Weng Tiehui").values())).as("the rule: one Weng Tiehui").hasSize(1);
        Map<String, String> liMingBefore = personOf(db, "Li Ming");

        CliRun run = build(dir.resolve("in"), db, "--identity-overrides", overridesFor(db).toString());

        assertThat(run.err()).contains("identity overrides: 2 decisions of overrides.tsv applied").doesNotContain("not applied");
        Map<String, String> liMing = personOf(db, "Li Ming");
        assertThat(new HashSet<>(liMing.values())).hasSize(1);
        // the person keeps an IRI it had, and the other is retired onto it
        String survivor = liMing.get("dalian-2019");
        assertThat(liMingBefore.values()).contains(survivor);
        String retired = liMingBefore.values().stream().filter(p -> !p.equals(survivor)).findFirst().orElseThrow();
        Map<String, String> weng = personOf(db, "Weng Tiehui");
        assertThat(weng.get("dalian-2016")).isNotEqualTo(weng.get("dalian-2017"));
        assertThat(weng.values()).contains(Iris.official("Weng Tiehui").getURI());

        try (TdbStore tdb = TdbStore.open(db)) {
            DatasetGraph dsg = tdb.datasetGraph();
            Txn.executeRead(dsg, () -> {
                Node g = Iris.identityGraph();
                assertThat(dsg.contains(g, NodeFactory.createURI(retired), OWL.sameAs.asNode(), NodeFactory.createURI(survivor))).isTrue();
                // the join is a judgement whose reason is the researcher's, with the file, line and words, confidence 1
                List<String> reasons = new java.util.ArrayList<>();
                dsg.find(g, Node.ANY, CG.reason, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().getLiteralLexicalForm().startsWith("researcher's decision")) {
                        reasons.add(q.getObject().getLiteralLexicalForm());
                        assertThat(dsg.find(g, q.getSubject(), CG.confidence, Node.ANY).next().getObject().getLiteralValue())
                                .isEqualTo(1.0);
                        assertThat(dsg.contains(g, q.getSubject(), RDF.Nodes.subject, NodeFactory.createURI(survivor))).isTrue();
                    }
                });
                assertThat(reasons).singleElement().asString()
                        .startsWith("researcher's decision (overrides.tsv line 2): the Gansu yearbook CV lists both posts");
                // the two Weng Tiehuis are recorded as different, not as a question left open
                Node a = NodeFactory.createURI(weng.get("dalian-2016"));
                Node b = NodeFactory.createURI(weng.get("dalian-2017"));
                assertThat(dsg.contains(g, a, OWL.differentFrom.asNode(), b) || dsg.contains(g, b, OWL.differentFrom.asNode(), a)).isTrue();
                assertThat(dsg.contains(g, a, CG.possiblySame, b) || dsg.contains(g, b, CG.possiblySame, a)).isFalse();
                // and the decisions are in the store
                assertThat(dsg.find(Iris.identityOverridesGraph(), Node.ANY, RDF.Nodes.type, CG.IdentityOverride)).toIterable().hasSize(2);
            });
            // queries/identity-overrides.rq lists them with the officials each side is now
            List<List<String>> rows = new java.util.ArrayList<>();
            String query = Files.readString(Path.of("queries", "identity-overrides.rq"));
            Txn.executeRead(dsg, () -> {
                // as served: the default graph is the union of the named graphs
                try (var qe = QueryExecution.dataset(DatasetFactory.wrap(DatasetGraphFactory.wrap(dsg.getUnionGraph()))).query(query).build()) {
                    qe.execSelect().forEachRemaining(r -> rows.add(List.of(r.getLiteral("decision").getString(),
                            r.getLiteral("nameKey").getString(), r.getLiteral("firstOfficials").getString(),
                            r.getLiteral("secondOfficials").getString(), r.getLiteral("source").getString(),
                            r.getLiteral("reason").getString())));
                }
            });
            assertThat(rows).containsExactly(
                    List.of("same", "liming", survivor, survivor, "overrides.tsv line 2", "the Gansu yearbook CV lists both posts"),
                    List.of("different", "wengtiehui", weng.get("dalian-2016"), weng.get("dalian-2017"), "overrides.tsv line 3",
                            "two people: the 2016 vice mayor retired that year"));
        }
    }

    @Test
    void theDecisionsHoldInALaterRunWithoutTheFileAndInARebuildInAnotherOrder() throws IOException {
        Path db = dir.resolve("db");
        Path in = folder("in", "dalian-2019", "pingliang-2023", "dalian-2016", "dalian-2017");
        build(in, db);
        Path file = overridesFor(db);
        build(in, db, "--identity-overrides", file.toString());
        Map<String, String> liMing = personOf(db, "Li Ming");
        Map<String, String> weng = personOf(db, "Weng Tiehui");
        assertThat(new HashSet<>(liMing.values())).hasSize(1);
        assertThat(new HashSet<>(weng.values())).hasSize(2);

        // a later run, without the file, brings a third Weng Tiehui report and names both Li Ming reports again
        build(folder("more", "dalian-2018"), db);
        CliRun again = build(in, db, "--force");
        assertThat(again.err()).contains("reports read: 4").doesNotContain("identity overrides");
        assertThat(personOf(db, "Li Ming")).isEqualTo(liMing);
        Map<String, String> wengLater = personOf(db, "Weng Tiehui");
        assertThat(wengLater.get("dalian-2016")).isEqualTo(weng.get("dalian-2016"));
        assertThat(wengLater.get("dalian-2017")).isEqualTo(weng.get("dalian-2017"));
        assertThat(wengLater.get("dalian-2018")).as("the new report joins one of them by the rule").isIn(weng.values());

        // a rebuild into a new store, the reports in other runs and another order, the file given on the last run
        Path db2 = dir.resolve("db2");
        build(folder("first", "dalian-2018", "dalian-2017", "pingliang-2023"), db2);
        build(folder("second", "dalian-2016", "dalian-2019"), db2, "--identity-overrides", file.toString());
        Map<String, String> rebuilt = new TreeMap<>(personOf(db2, "Li Ming"));
        assertThat(partition(rebuilt)).isEqualTo(partition(liMing));
        assertThat(partition(personOf(db2, "Weng Tiehui"))).isEqualTo(partition(wengLater));
        assertThat(personOf(db2, "Weng Tiehui")).isEqualTo(wengLater);
        assertThat(rebuilt).isEqualTo(liMing);
    }

    @Test
    void badLinesAreNamedByFileAndLineAndTheRunGoesOn() throws IOException {
        Path db = dir.resolve("db");
        Path in = folder("in", "dalian-2016", "dalian-2017");
        Path file = dir.resolve("overrides.tsv");
        Files.writeString(file, String.join("\n",
                "same official/nobody-at-all official/weng-tiehui unknown person",
                "maybe official/weng-tiehui official/weng-tiehui not a decision",
                "different official/weng-tiehui",
                "different official/weng-tiehui@dalian-2016.txt official/weng-tiehui@dalian-2017.txt two people",
                ""), StandardCharsets.UTF_8);

        CliRun run = build(in, db, "--identity-overrides", file.toString());

        assertThat(run.err())
                .contains("overrides.tsv line 1: no official " + Iris.DATA + "official/nobody-at-all in the store")
                .contains("overrides.tsv line 2: the decision is 'same' or 'different', not 'maybe'")
                .contains("overrides.tsv line 3: expected 'same' or 'different', two officials and a reason")
                .contains("identity overrides: 1 decisions of overrides.tsv applied and kept in the store, 3 lines not applied");
        assertThat(new HashSet<>(personOf(db, "Weng Tiehui").values())).hasSize(2);
    }

    @Test
    void aMissingOverrideFileIsAUsageErrorBeforeAnythingIsBuilt() throws IOException {
        Path db = dir.resolve("db");
        CliRun run = CliRun.of("build", folder("in", "dalian-2016").toString(), "--db", db.toString(), "--no-progress",
                "--identity-overrides", dir.resolve("nowhere.tsv").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("nowhere.tsv: no such file (--identity-overrides)");
        assertThat(db).doesNotExist();
    }
}
