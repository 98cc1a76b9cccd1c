package org.w3id.cadregraph.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.pipeline.BatchRunner;
import org.w3id.cadregraph.pipeline.ReportSink;

/**
 * The identity benchmark: reports written by {@link IdentityBenchmark} (invented officials, careers, namesakes,
 * spelling variants) go through the real pipeline and the identity stage; every pair of extracted mentions is
 * then judged against the truth: precision and recall of "these two mentions are one person".
 *
 * <pre>
 *   mvn -B -q test -Dtest=IdentityBenchmarkTest     # prints the table; the reports stay in target/identity-benchmark
 *   mvn -B -q test -Dtest=IdentityBenchmarkTest -Didentity.benchmark.seed=7 -Didentity.benchmark.dense=true
 *   mvn -B -q test -Dtest=IdentityBenchmarkTest -Didentity.benchmark.regionless=true
 *   mvn -B -q test -Dtest=IdentityBenchmarkTest -Didentity.benchmark.careers=rich   # concurrent posts, returns, demotions
 * </pre>
 *
 * <p>{@link IdentityBenchmarkTableTest} measures several worlds in one run.
 */
class IdentityBenchmarkTest {
    private static final Path DIR = Path.of("target/identity-benchmark");
    private static IdentityBenchmark.World world;
    private static DatasetGraph extracted;

    @BeforeAll
    static void writeAndExtract() throws IOException {
        if (Files.isDirectory(DIR)) {
            try (Stream<Path> files = Files.list(DIR)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        // -Didentity.benchmark.seed=N for another world, -Didentity.benchmark.dense=true for namesakes in one city
        long seed = Long.getLong("identity.benchmark.seed", 20261207L);
        boolean dense = Boolean.getBoolean("identity.benchmark.dense");
        // -Didentity.benchmark.regionless=true: city reports that name no region, some no year ("Wang Yubo")
        boolean regionless = Boolean.getBoolean("identity.benchmark.regionless");
        // -Didentity.benchmark.careers=rich: concurrent posts, returns, moves down and aside
        boolean rich = "rich".equals(System.getProperty("identity.benchmark.careers"));
        world = new IdentityBenchmark(seed, dense, regionless, rich).write(DIR);
        extracted = DatasetGraphFactory.createTxnMem();
        BatchRunner.createDefault(false).run(List.of(DIR), ReportSink.inMemory(extracted));
    }

    /** A world's reports written to {@code dir}, extracted and resolved: the pairwise figures before and after. */
    static Pairwise[] measure(IdentityBenchmark generator, Path dir) throws IOException {
        return measure(generator, dir, null);
    }

    /**
     * The same, the extracted report graphs read from {@code cached} (N-Quads) when it exists and written there when
     * it does not: extraction takes most of a world's time and does not depend on identity. The caller keys the file
     * on the extraction classes ({@link ExtractionDigest}). {@code null}: no cache.
     */
    static Pairwise[] measure(IdentityBenchmark generator, Path dir, Path cached) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        IdentityBenchmark.World w = generator.write(dir);
        System.out.printf(Locale.ROOT, "%d reports, %d people, %d mentions written%s%n", w.reports(), w.people(),
                w.truth().values().stream().mapToInt(Map::size).sum(), w.careers().isEmpty() ? "" : "; rich careers: " + w.careers());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        if (cached != null && Files.isRegularFile(cached)) {
            RDFDataMgr.read(dsg, cached.toString(), Lang.NQUADS);
        } else {
            BatchRunner.createDefault(false).run(List.of(dir), ReportSink.inMemory(dsg));
            if (cached != null) {
                Files.createDirectories(cached.toAbsolutePath().getParent());
                try (OutputStream out = Files.newOutputStream(cached)) {
                    RDFDataMgr.write(out, dsg, Lang.NQUADS);
                }
            }
        }
        Pairwise before = pairwise(predicted(dsg, w), w);
        IdentityResolver.createDefault().resolve(dsg, graphs(dsg));
        if (Boolean.getBoolean("identity.benchmark.explain")) {
            explainErrors(dsg, w);
            explainSplits(dsg, w);
        }
        return new Pairwise[] {before, pairwise(predicted(dsg, w), w)};
    }

    /** A copy of the extracted report graphs, without any identity decision yet. */
    private static DatasetGraph fresh() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        extracted.find().forEachRemaining(dsg::add);
        return dsg;
    }

    private static List<Node> graphs(DatasetGraph dsg) {
        List<Node> out = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(Iris.identityGraph())) {
                out.add(g);
            }
        });
        out.sort(java.util.Comparator.comparing(Node::getURI));
        return out;
    }

    /** (report id, name key) → person IRI the graph gives it, for mentions the truth knows. */
    private static Map<String, String> predicted(DatasetGraph dsg) {
        return predicted(dsg, world);
    }

    private static Map<String, String> predicted(DatasetGraph dsg, IdentityBenchmark.World world) {
        Map<String, String> out = new HashMap<>();
        for (Node g : graphs(dsg)) {
            String report = reportId(dsg, g);
            dsg.find(g, Node.ANY, RDF.Nodes.type, CG.Official).forEachRemaining(q -> {
                var label = dsg.find(g, q.getSubject(), RDFS.Nodes.label, Node.ANY);
                if (label.hasNext()) {
                    String key = NameKey.of(label.next().getObject().getLiteralLexicalForm());
                    if (world.truth().getOrDefault(report, Map.of()).containsKey(key)) {
                        out.put(report + "|" + key, q.getSubject().getURI());
                    }
                }
            });
        }
        return out;
    }

    /** The benchmark's report id ("r0007") of a graph, from its source file. */
    private static String reportId(DatasetGraph dsg, Node g) {
        var file = dsg.find(g, g, CG.sourceFile, Node.ANY);
        return file.hasNext() ? file.next().getObject().getLiteralLexicalForm().replace(".txt", "") : g.getURI();
    }

    private static Node graphOfReport(DatasetGraph dsg, String report) {
        return dsg.find(Node.ANY, Node.ANY, CG.sourceFile, org.apache.jena.graph.NodeFactory.createLiteralString(report + ".txt"))
                .next().getGraph();
    }

    /** Pairwise precision and recall of the same-person decision over the extracted mentions. */
    record Pairwise(long tp, long fp, long fn, int mentions) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        String describe(String what) {
            return String.format(Locale.ROOT, "%-38s P %.3f  R %.3f  (TP %d, FP %d, FN %d; %d mentions)",
                    what, precision(), recall(), tp, fp, fn, mentions);
        }
    }

    private static Pairwise pairwise(Map<String, String> predicted) {
        return pairwise(predicted, world);
    }

    private static Pairwise pairwise(Map<String, String> predicted, IdentityBenchmark.World world) {
        List<String> ms = new ArrayList<>(predicted.keySet());
        Collections.sort(ms);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < ms.size(); i++) {
            for (int j = i + 1; j < ms.size(); j++) {
                boolean same = truth(ms.get(i), world).equals(truth(ms.get(j), world));
                boolean said = predicted.get(ms.get(i)).equals(predicted.get(ms.get(j)));
                tp += same && said ? 1 : 0;
                fp += !same && said ? 1 : 0;
                fn += same && !said ? 1 : 0;
            }
        }
        return new Pairwise(tp, fp, fn, ms.size());
    }

    private static String truth(String mention) {
        return truth(mention, world);
    }

    private static String truth(String mention, IdentityBenchmark.World world) {
        String[] parts = mention.split("\\|");
        return world.truth().get(parts[0]).get(parts[1]);
    }

    @Test
    void sameOfficialDecisionsReachTheTargets() {
        DatasetGraph nameOnly = fresh();
        Pairwise baseline = pairwise(predicted(nameOnly));
        DatasetGraph dsg = fresh();
        IdentityResolver.createDefault().resolve(dsg, graphs(dsg));
        Pairwise resolved = pairwise(predicted(dsg));
        int truthMentions = world.truth().values().stream().mapToInt(Map::size).sum();
        System.out.printf(Locale.ROOT, "identity benchmark: %d reports, %d people, %d mentions written, %d extracted%n",
                world.reports(), world.people(), truthMentions, resolved.mentions());
        if (!world.careers().isEmpty()) {
            System.out.println("rich careers: " + world.careers());
        }
        System.out.println(baseline.describe("one IRI per name (before)"));
        System.out.println(resolved.describe("identity resolution (now)"));
        explainErrors(dsg, world);
        explainSplits(dsg, world);
        assertThat(resolved.mentions()).isGreaterThan(truthMentions * 9 / 10);
        assertThat(resolved.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(resolved.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(resolved.precision()).isGreaterThan(baseline.precision());
    }

    @Test
    void threeRunsInAnyOrderDecideAsOne() {
        DatasetGraph once = fresh();
        IdentityResolver resolver = IdentityResolver.createDefault();
        resolver.resolve(once, graphs(once));

        DatasetGraph inRuns = DatasetGraphFactory.createTxnMem();
        List<Node> order = graphs(extracted);
        Collections.shuffle(order, new Random(3));
        int third = order.size() / 3;
        for (List<Node> run : List.of(order.subList(0, third), order.subList(third, 2 * third), order.subList(2 * third, order.size()))) {
            for (Node g : run) {
                extracted.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(inRuns::add);
            }
            resolver.resolve(inRuns, run);
        }
        assertThat(partition(predicted(inRuns))).isEqualTo(partition(predicted(once)));
    }

    /** Prints each person IRI that holds mentions of several true people, with the judgements that joined them. */
    static void explainErrors(DatasetGraph dsg, IdentityBenchmark.World world) {
        Map<String, java.util.Set<String>> truthOfPerson = new java.util.TreeMap<>();
        predicted(dsg, world).forEach((m, p) -> truthOfPerson.computeIfAbsent(p, k -> new java.util.TreeSet<>()).add(truth(m, world)));
        truthOfPerson.forEach((person, truths) -> {
            if (truths.size() > 1) {
                System.out.println("joined " + truths + " as " + person);
                predicted(dsg, world).forEach((m, p) -> {
                    if (p.equals(person)) {
                        String report = m.substring(0, m.indexOf('|'));
                        Node g = graphOfReport(dsg, report);
                        List<String> titles = new ArrayList<>();
                        dsg.find(g, org.apache.jena.graph.NodeFactory.createURI(p), CG.holdsTitle, Node.ANY).forEachRemaining(t ->
                                dsg.find(g, t.getObject(), RDFS.Nodes.label, Node.ANY).forEachRemaining(l -> titles.add(l.getObject().getLiteralLexicalForm())));
                        System.out.println("   " + report + " " + truth(m, world) + " " + titles);
                    }
                });
                dsg.find(Iris.identityGraph(), Node.ANY, RDF.Nodes.subject, org.apache.jena.graph.NodeFactory.createURI(person))
                        .forEachRemaining(q -> {
                            Node j = q.getSubject();
                            List<String> reasons = new ArrayList<>();
                            dsg.find(Iris.identityGraph(), j, CG.reason, Node.ANY).forEachRemaining(r -> reasons.add(r.getObject().getLiteralLexicalForm()));
                            var o = dsg.find(Iris.identityGraph(), j, RDF.Nodes.object, Node.ANY).next().getObject();
                            var w = dsg.find(Iris.identityGraph(), j, CG.joinedWith, Node.ANY);
                            System.out.println("   " + o.getLocalName() + (w.hasNext() ? " ~ " + w.next().getObject().getLocalName() : "") + ": " + reasons);
                        });
            }
        });
    }

    /** Prints each true person split over several IRIs, with the mentions of each part. */
    static void explainSplits(DatasetGraph dsg, IdentityBenchmark.World world) {
        Map<String, Map<String, List<String>>> partsOfTruth = new java.util.TreeMap<>();
        predicted(dsg, world).forEach((m, p) -> partsOfTruth.computeIfAbsent(truth(m, world), k -> new java.util.TreeMap<>())
                .computeIfAbsent(p, k -> new ArrayList<>()).add(m));
        partsOfTruth.forEach((t, parts) -> {
            if (parts.size() > 1) {
                System.out.println("split " + t + ":");
                parts.forEach((p, ms) -> {
                    Collections.sort(ms);
                    List<String> described = new ArrayList<>();
                    for (String m : ms) {
                        String report = m.substring(0, m.indexOf('|'));
                        Node g = graphOfReport(dsg, report);
                        List<String> titles = new ArrayList<>();
                        dsg.find(g, org.apache.jena.graph.NodeFactory.createURI(p), CG.holdsTitle, Node.ANY).forEachRemaining(x ->
                                dsg.find(g, x.getObject(), RDFS.Nodes.label, Node.ANY).forEachRemaining(l -> titles.add(l.getObject().getLiteralLexicalForm())));
                        described.add(report + titles);
                    }
                    System.out.println("   " + p.substring(p.lastIndexOf('/') + 1) + ": " + described);
                    dsg.find(Iris.identityGraph(), Node.ANY, RDF.Nodes.subject, org.apache.jena.graph.NodeFactory.createURI(p)).forEachRemaining(q -> {
                        var pred = dsg.find(Iris.identityGraph(), q.getSubject(), RDF.Nodes.predicate, Node.ANY).next().getObject();
                        if (pred.equals(CG.possiblySame)) {
                            List<String> reasons = new ArrayList<>();
                            dsg.find(Iris.identityGraph(), q.getSubject(), CG.reason, Node.ANY).forEachRemaining(r -> reasons.add(r.getObject().getLiteralLexicalForm()));
                            var o = dsg.find(Iris.identityGraph(), q.getSubject(), RDF.Nodes.object, Node.ANY).next().getObject();
                            System.out.println("      ~ " + o.getLocalName() + " " + reasons);
                        }
                    });
                });
            }
        });
    }

    private static java.util.Set<java.util.Set<String>> partition(Map<String, String> predicted) {
        Map<String, java.util.Set<String>> byPerson = new HashMap<>();
        predicted.forEach((m, p) -> byPerson.computeIfAbsent(p, k -> new java.util.TreeSet<>()).add(m));
        return new java.util.HashSet<>(byPerson.values());
    }
}
