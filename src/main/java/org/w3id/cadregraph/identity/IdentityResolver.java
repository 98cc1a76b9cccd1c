package org.w3id.cadregraph.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;

/**
 * The identity stage: decides which officials of the store are one person, gives each person one IRI in every
 * report graph that names them, and records why in the identity graph ({@link Iris#identityGraph()}).
 *
 * <pre>
 *   // after the report graphs of a run are written, in one write transaction:
 *   IdentitySummary s = IdentityResolver.createDefault().resolve(dsg, graphsWrittenThisRun);
 * </pre>
 *
 * It works name by name: the reports of this run name some keys; for each, the mentions already in the store
 * (found through the identity graph) and the new ones are clustered afresh ({@link Clusterer}), so the outcome
 * depends on the set of reports and never on their order or on how they were split into runs. IRIs are kept
 * from before where the mentions say so ({@link IriAssigner}); a report graph whose person changed IRI is
 * rewritten (the person node swapped in place), and a retired IRI is recorded with {@code owl:sameAs} and
 * {@code dcterms:isReplacedBy} the person it was merged into. Memory holds one name's mentions at a time.
 */
public final class IdentityResolver {
    private static final Logger log = LoggerFactory.getLogger(IdentityResolver.class);
    /** Pairs of people kept apart but closer than this (log-odds) are recorded as {@code cg:possiblySame}. */
    static final double POSSIBLY_SAME = -3.0;
    /** Report graphs whose mentions are kept while a resolution runs: a name's reports are read once, not once per name. */
    static final int MENTION_CACHE = 4_096;

    private final EvidenceScorer scorer;
    private final Clusterer clusterer;
    private final IriAssigner assigner = new IriAssigner(name -> Iris.official(name).getURI(),
            (name, suffix) -> Iris.official(name, suffix).getURI());

    public IdentityResolver(EvidenceScorer scorer, double threshold) {
        this.scorer = scorer;
        this.clusterer = new Clusterer(scorer, threshold);
    }

    public static IdentityResolver createDefault() {
        return new IdentityResolver(new EvidenceScorer(NameModel.loadDefault()), 0.0);
    }

    /** What one resolution did, for the run's summary. */
    public record IdentitySummary(int names, int people, int joined, int keptApart, int graphsRewritten, int retired) {
        public String describe() {
            return String.format(Locale.ROOT, "identity: %d names, %d people; %d mentions joined across reports, "
                    + "%d namesake pairs kept apart; %d report graphs rewritten, %d IRIs retired",
                    names, people, joined, keptApart, graphsRewritten, retired);
        }
    }

    /**
     * Resolves the people named in {@code reportGraphs} against everyone of the same names in the dataset, and the
     * people of the names whose reports the store no longer holds (a report replaced by a changed file, or pruned),
     * so that the identity graph places no one in a report that is gone and keeps no one who is named nowhere.
     * Call inside a write transaction (or on a dataset without transactions).
     */
    public IdentitySummary resolve(DatasetGraph dsg, Collection<Node> reportGraphs) {
        long started = System.nanoTime();
        Run run = new Run(dsg);
        // name key → the report graphs of this run that name it, with the node and the name
        Map<String, Map<String, Map.Entry<String, String>>> graphsOfKey = new TreeMap<>();
        for (Node g : reportGraphs) {
            run.reader.names(g).forEach((key, named) -> graphsOfKey.computeIfAbsent(key, k -> new TreeMap<>()).put(g.getURI(), named));
        }
        run.records.keysPlacedInRemovedReports().forEach(key -> graphsOfKey.computeIfAbsent(key, k -> new TreeMap<>()));
        graphsOfKey.forEach(run::key);
        IdentitySummary s = run.summary(graphsOfKey.size());
        log.info("{} in {} ms", s.describe(), (System.nanoTime() - started) / 1_000_000);
        return s;
    }

    /** Resolves the people of some name keys again, from what the store holds (after a researcher's decision). */
    IdentitySummary resolveKeys(DatasetGraph dsg, Collection<String> keys) {
        Run run = new Run(dsg);
        keys.stream().distinct().sorted().forEach(k -> run.key(k, Map.of()));
        return run.summary(keys.size());
    }

    /** What one override file did: decisions applied, and the lines that could not be, each naming file and line. */
    public record OverrideSummary(String file, int applied, List<String> problems) {
        public String describe() {
            return String.format(Locale.ROOT, "identity overrides: %d decisions of %s applied and kept in the store%s",
                    applied, file, problems.isEmpty() ? "" : ", " + problems.size() + " lines not applied");
        }
    }

    /**
     * Stores a researcher's override file in the store, replacing the decisions stored before (the file is the whole
     * list: a line taken out is a decision undone), and resolves the names they are about again. Each line's sides
     * are read against the store as it stands when the line is reached, so a line may name an IRI an earlier line
     * made. Call after the run's own resolution, inside a write transaction.
     */
    public OverrideSummary applyOverrides(DatasetGraph dsg, OverrideFile file) {
        OverrideGraph stored = new OverrideGraph(dsg);
        Set<String> undone = new TreeSet<>(stored.keys());
        stored.clear();
        List<OverrideFile.Problem> problems = new ArrayList<>(file.problems());
        List<Map.Entry<OverrideFile.Line, IdentityOverride>> applied = new ArrayList<>();
        for (OverrideFile.Line line : file.lines()) {
            String where = file.name() + " line " + line.number();
            try {
                IdentityOverride o = overrideOf(dsg, where, line);
                stored.put(o);
                undone.remove(o.key());
                resolveKeys(dsg, List.of(o.key()));
                applied.add(Map.entry(line, o));
            } catch (IllegalArgumentException e) {
                problems.add(new OverrideFile.Problem(line.number(), e.getMessage()));
            }
        }
        resolveKeys(dsg, undone);
        problems.addAll(contradictions(applied));
        return new OverrideSummary(file.name(), applied.size(), problems.stream()
                .sorted(java.util.Comparator.comparingInt(OverrideFile.Problem::line))
                .map(p -> file.name() + " line " + p.line() + ": " + p.message()).toList());
    }

    /** A line's sides as report graphs; an {@link IllegalArgumentException} says why a line cannot be applied. */
    private static IdentityOverride overrideOf(DatasetGraph dsg, String where, OverrideFile.Line line) {
        Map.Entry<String, Set<String>> a = side(dsg, line.first());
        Map.Entry<String, Set<String>> b = side(dsg, line.second());
        if (!a.getKey().equals(b.getKey())) {
            throw new IllegalArgumentException(line.first().person() + " and " + line.second().person() + " are officials of "
                    + "different names: identity only compares mentions of one name, so they are never joined; line skipped");
        }
        Set<String> both = new TreeSet<>(a.getValue());
        both.retainAll(b.getValue());
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("both sides include the mention in " + both + ": name a report with @ to "
                    + "take one mention out of a person (official/NAME@graph/REPORT)");
        }
        return new IdentityOverride(line.decision(), a.getKey(), a.getValue(), b.getValue(), where, line.reason());
    }

    /** A side's name key and report graphs: a person's (a retired IRI followed to its person) or one report's. */
    private static Map.Entry<String, Set<String>> side(DatasetGraph dsg, OverrideFile.Side side) {
        Node g = Iris.identityGraph();
        Node person = NodeFactory.createURI(side.person());
        for (int hops = 0; hops < 16; hops++) {
            Iterator<Quad> by = dsg.find(g, person, DCTerms.isReplacedBy.asNode(), Node.ANY);
            if (!by.hasNext()) {
                break;
            }
            person = by.next().getObject();
        }
        Iterator<Quad> keys = dsg.find(g, person, CG.nameKey, Node.ANY);
        if (!keys.hasNext() || !dsg.contains(g, person, RDF.Nodes.type, CG.Official)) {
            throw new IllegalArgumentException("no official " + side.person() + " in the store");
        }
        String key = keys.next().getObject().getLiteralLexicalForm();
        Set<String> graphs = new TreeSet<>();
        if (side.report().isPresent()) {
            Node report = reportGraph(dsg, side.report().get());
            if (!new MentionReader(dsg).names(report).containsKey(key)) {
                throw new IllegalArgumentException(side.report().get() + " names no official of the name of " + side.person());
            }
            graphs.add(report.getURI());
        } else {
            dsg.find(g, person, CG.namedIn, Node.ANY).forEachRemaining(q -> graphs.add(q.getObject().getURI()));
        }
        return Map.entry(key, graphs);
    }

    /** A report graph by IRI, or by the report's file name when one report has it. */
    private static Node reportGraph(DatasetGraph dsg, String report) {
        if (report.startsWith(Iris.DATA)) {
            Node g = NodeFactory.createURI(report);
            if (!dsg.contains(g, g, RDF.Nodes.type, CG.ReportGraph)) {
                throw new IllegalArgumentException("no report graph " + report + " in the store");
            }
            return g;
        }
        Set<Node> graphs = new java.util.HashSet<>();
        dsg.find(Node.ANY, Node.ANY, CG.sourceFile, NodeFactory.createLiteralString(report)).forEachRemaining(q -> {
            if (q.getSubject().equals(q.getGraph())) {
                graphs.add(q.getGraph());
            }
        });
        if (graphs.size() != 1) {
            throw new IllegalArgumentException(graphs.isEmpty() ? "no report file " + report + " in the store"
                    : graphs.size() + " reports are called " + report + ": name one by its graph IRI (graph/…)");
        }
        return graphs.iterator().next();
    }

    /** "same" lines that would join what a "different" line keeps apart (the "different" wins), one message each. */
    private static List<OverrideFile.Problem> contradictions(List<Map.Entry<OverrideFile.Line, IdentityOverride>> applied) {
        List<OverrideFile.Problem> out = new ArrayList<>();
        for (var d : applied) {
            if (d.getValue().decision() != IdentityOverride.Decision.DIFFERENT) {
                continue;
            }
            // the mentions the "same" lines of this name chain to the first side
            Set<String> reached = new TreeSet<>(d.getValue().one());
            Set<Integer> via = new TreeSet<>();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (var s : applied) {
                    IdentityOverride o = s.getValue();
                    if (o.decision() == IdentityOverride.Decision.SAME && o.key().equals(d.getValue().key())
                            && o.touches(reached) && !via.contains(s.getKey().number())) {
                        reached.addAll(o.one());
                        reached.addAll(o.other());
                        via.add(s.getKey().number());
                        grew = true;
                    }
                }
            }
            if (d.getValue().touches(reached) && reached.stream().anyMatch(d.getValue().other()::contains)) {
                out.add(new OverrideFile.Problem(d.getKey().number(), "'different' contradicts 'same' on line(s) " + via
                        + ": they are kept apart"));
            }
        }
        return out;
    }

    /** One resolution's reader, caches and counts. */
    private final class Run {
        final MentionReader reader;
        final Map<Node, Map<String, Mention>> cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Node, Map<String, Mention>> eldest) {
                return size() > MENTION_CACHE;
            }
        };
        final DatasetGraph dsg;
        final IdentityRecords records;
        final OverrideGraph overrides;
        final Set<String> resolved = new HashSet<>();
        int people;
        int joined;
        int apart;
        int rewritten;
        int retired;

        Run(DatasetGraph dsg) {
            this.dsg = dsg;
            this.reader = new MentionReader(dsg);
            this.records = new IdentityRecords(dsg);
            this.overrides = new OverrideGraph(dsg);
        }

        IdentitySummary summary(int names) {
            return new IdentitySummary(names, people, joined, apart, rewritten, retired);
        }

        /**
         * After a graph's person of {@code key} changed IRI: the graph's other mentions read the same as before when
         * the new IRI was new to the graph and the key names one node there (the swap then changes no other person's
         * posts, nor the order the graph's people are read in), so they stay cached and the graph is not read again
         * for each of its names; only this key's mention is stale, and a run resolves a key once.
         */
        private void keepOthers(Node graph, String key, boolean othersUnchanged) {
            Map<String, Mention> cached = cache.get(graph);
            if (cached == null) {
                return;
            }
            if (othersUnchanged) {
                cached.remove(key);
            } else {
                cache.remove(graph);
            }
        }

        /** Resolves one name key: the graphs of this run that name it, and every graph the store places it in. */
        void key(String key, Map<String, Map.Entry<String, String>> ofRun) {
            if (!resolved.add(key)) {
                throw new IllegalStateException("name key resolved twice in one run: " + key);
            }
            IdentityRecords.Prior prior = records.prior(key);
            if (ofRun.size() == 1 && prior.used().isEmpty()) {
                // a name no other report uses: its one person keeps the IRI the mapper gave it
                Map.Entry<String, Map.Entry<String, String>> only = ofRun.entrySet().iterator().next();
                records.single(key, only.getKey(), only.getValue().getKey(), only.getValue().getValue());
                people++;
                return;
            }
            Set<String> graphs = new TreeSet<>(ofRun.keySet());
            graphs.addAll(prior.graphOf().keySet());
            List<Mention> mentions = new ArrayList<>();
            for (String g : graphs) {
                Node graph = NodeFactory.createURI(g);
                Mention m = cache.computeIfAbsent(graph, reader::read).get(key);
                if (m != null) {
                    mentions.add(m);
                }
            }
            if (mentions.isEmpty()) {
                records.forget(key);   // every report naming it is gone: so is every person of the name
                return;
            }
            List<IdentityOverride> decided = overrides.of(key);
            Decision d = decide(mentions, prior, decided);
            List<Cluster> clusters = d.clusters();
            IriAssigner.Assignment a = d.assignment();
            for (int i = 0; i < clusters.size(); i++) {
                Node iri = NodeFactory.createURI(a.iris().get(i));
                for (Mention m : clusters.get(i).mentions()) {
                    if (!m.node().equals(iri.getURI())) {
                        Node graph = NodeFactory.createURI(m.graph());
                        boolean othersUnchanged = !dsg.find(graph, iri, Node.ANY, Node.ANY).hasNext()
                                && reader.officials(graph, key) == 1;
                        replaceNode(dsg, graph, NodeFactory.createURI(m.node()), iri);
                        keepOthers(graph, key, othersUnchanged);
                        rewritten++;
                    }
                }
                joined += clusters.get(i).merges().size();
            }
            apart += d.close().size();
            records.replace(key, clusters, a, d.close(), prior, d.different());
            people += clusters.size();
            retired += a.retired().size();
        }
    }

    /** What is decided about one name key: its people, their IRIs, the namesakes kept apart but close. */
    private record Decision(List<Cluster> clusters, IriAssigner.Assignment assignment, List<PairScore> close,
                            List<Map.Entry<String, String>> different) {}

    private Decision decide(List<Mention> mentions, IdentityRecords.Prior prior, List<IdentityOverride> decided) {
        List<Cluster> clusters = clusterer.cluster(mentions, decided);
        IriAssigner.Assignment a = assigner.assign(clusters, prior.graphOf(), prior.used());
        return new Decision(clusters, a, closePairs(clusters, a, decided), differentPairs(clusters, a, decided));
    }

    /** A person node of a report graph that takes another IRI: {@code from} becomes {@code to} in {@code graph}. */
    public record Rename(String graph, String from, String to) {}

    /** One name key of a fresh run decided: the report graphs' renames and the identity graph's quads for the key. */
    public record KeyOutcome(List<Rename> renames, List<Quad> identityQuads, int people, int joined, int keptApart,
                             int retired) {}

    /**
     * Resolves one name key of a run into an empty store, from its mentions alone (one per report graph that names
     * the key, read from each report's own graph): the same decisions and identity records as {@link #resolve} makes
     * there, as renames to apply to the report graphs instead of rewrites of a store. The report graphs are never
     * read again, so a fresh build or an {@code extract} decides who is who without a store.
     *
     * @param scratch an empty dataset without transactions to write the key's records into; left holding them
     */
    public KeyOutcome resolveFresh(String key, List<Mention> mentions, DatasetGraph scratch) {
        IdentityRecords records = new IdentityRecords(scratch);
        List<Mention> byGraph = new ArrayList<>(mentions);
        byGraph.sort(java.util.Comparator.comparing(Mention::graph));
        if (byGraph.size() == 1) {
            Mention only = byGraph.get(0);
            records.single(key, only.graph(), only.node(), only.name());
            return new KeyOutcome(List.of(), quadsOf(scratch), 1, 0, 0, 0);
        }
        IdentityRecords.Prior prior = new IdentityRecords.Prior(Map.of(), Set.of(), Map.of());
        Decision d = decide(byGraph, prior, List.of());
        List<Rename> renames = new ArrayList<>();
        int joined = 0;
        for (int i = 0; i < d.clusters().size(); i++) {
            String iri = d.assignment().iris().get(i);
            for (Mention m : d.clusters().get(i).mentions()) {
                if (!m.node().equals(iri)) {
                    renames.add(new Rename(m.graph(), m.node(), iri));
                }
            }
            joined += d.clusters().get(i).merges().size();
        }
        records.replace(key, d.clusters(), d.assignment(), d.close(), prior, d.different());
        return new KeyOutcome(renames, quadsOf(scratch), d.clusters().size(), joined, d.close().size(),
                d.assignment().retired().size());
    }

    private static List<Quad> quadsOf(DatasetGraph dsg) {
        List<Quad> out = new ArrayList<>();
        dsg.find().forEachRemaining(out::add);
        return out;
    }

    /** Two people of one name kept apart, with their score. */
    record PairScore(String a, String b, EvidenceScorer.Score score) {}

    private List<PairScore> closePairs(List<Cluster> clusters, IriAssigner.Assignment a, List<IdentityOverride> decided) {
        List<PairScore> out = new ArrayList<>();
        Succession succession = Succession.of(clusters.stream().flatMap(c -> c.mentions().stream()).toList());
        for (int i = 0; i < clusters.size(); i++) {
            for (int j = i + 1; j < clusters.size(); j++) {
                if (separated(clusters.get(i), clusters.get(j), decided)) {
                    continue; // decided by a researcher: not a question left open
                }
                EvidenceScorer.Score s = scorer.score(clusters.get(i).mentions(), clusters.get(j).mentions(), succession);
                if (!s.vetoed() && s.logOdds() >= POSSIBLY_SAME) {
                    out.add(new PairScore(a.iris().get(i), a.iris().get(j), s));
                }
            }
        }
        return out;
    }

    /** The pairs of people a researcher's "different" keeps apart, by IRI. */
    private static List<Map.Entry<String, String>> differentPairs(List<Cluster> clusters, IriAssigner.Assignment a,
                                                                 List<IdentityOverride> decided) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (int j = i + 1; j < clusters.size(); j++) {
                if (separated(clusters.get(i), clusters.get(j), decided)) {
                    out.add(Map.entry(a.iris().get(i), a.iris().get(j)));
                }
            }
        }
        return out;
    }

    private static boolean separated(Cluster x, Cluster y, List<IdentityOverride> decided) {
        List<String> gx = x.mentions().stream().map(Mention::graph).toList();
        List<String> gy = y.mentions().stream().map(Mention::graph).toList();
        return decided.stream().anyMatch(o -> o.decision() == IdentityOverride.Decision.DIFFERENT && o.separates(gx, gy));
    }

    /** Swaps a node for another wherever it is subject or object in one graph. */
    static void replaceNode(DatasetGraph dsg, Node g, Node from, Node to) {
        List<Quad> old = new ArrayList<>();
        dsg.find(g, from, Node.ANY, Node.ANY).forEachRemaining(old::add);
        dsg.find(g, Node.ANY, Node.ANY, from).forEachRemaining(q -> {
            if (!q.getSubject().equals(from)) {
                old.add(q);
            }
        });
        for (Quad q : old) {
            dsg.delete(q);
        }
        for (Quad q : old) {
            dsg.add(g, q.getSubject().equals(from) ? to : q.getSubject(), q.getPredicate(), q.getObject().equals(from) ? to : q.getObject());
        }
    }

    /** The identity graph: what it held about a name before, and its replacement. */
    static final class IdentityRecords {
        private static final Node G = Iris.identityGraph();
        private final DatasetGraph dsg;

        IdentityRecords(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        /**
         * What the store said about a name key before this resolution.
         *
         * @param graphOf the IRI each report graph gave the person of this key
         * @param used    every IRI ever given to a person of this key, retired ones included
         * @param retired retired IRIs and their replacements, kept for good
         */
        record Prior(Map<String, String> graphOf, Set<String> used, Map<String, String> retired) {}

        Prior prior(String key) {
            Map<String, String> graphOf = new TreeMap<>();
            Set<String> used = new HashSet<>();
            Map<String, String> retired = new LinkedHashMap<>();
            for (Node s : subjects(CG.nameKey, NodeFactory.createLiteralString(key))) {
                if (has(s, RDF.Nodes.type, CG.Official)) {
                    used.add(s.getURI());
                    dsg.find(G, s, CG.namedIn, Node.ANY).forEachRemaining(q -> graphOf.put(q.getObject().getURI(), s.getURI()));
                }
                Iterator<Quad> by = dsg.find(G, s, DCTerms.isReplacedBy.asNode(), Node.ANY);
                if (by.hasNext()) {
                    used.add(s.getURI());
                    retired.put(s.getURI(), by.next().getObject().getURI());
                }
            }
            return new Prior(graphOf, used, retired);
        }

        /**
         * The name keys of the people placed ({@code cg:namedIn}) in a report graph the store no longer holds: the
         * graph of a file whose content changed, or one pruned, in this run or in a run stopped before identity.
         */
        Set<String> keysPlacedInRemovedReports() {
            Map<Node, Boolean> held = new HashMap<>();
            Set<String> keys = new TreeSet<>();
            dsg.find(G, Node.ANY, CG.namedIn, Node.ANY).forEachRemaining(q -> {
                Node g = q.getObject();
                if (!held.computeIfAbsent(g, x -> dsg.contains(x, x, RDF.Nodes.type, CG.ReportGraph))) {
                    dsg.find(G, q.getSubject(), CG.nameKey, Node.ANY)
                            .forEachRemaining(k -> keys.add(k.getObject().getLiteralLexicalForm()));
                }
            });
            return keys;
        }

        /** Removes everything the identity graph says about a name key: no report of the store names it any more. */
        void forget(String key) {
            for (Node s : subjects(CG.nameKey, NodeFactory.createLiteralString(key))) {
                List<Quad> old = new ArrayList<>();
                dsg.find(G, s, Node.ANY, Node.ANY).forEachRemaining(old::add);
                old.forEach(dsg::delete);
            }
        }

        /** The one person of a name no other report uses, recorded without reading the report any further. */
        void single(String key, String graph, String node, String name) {
            Node keyLiteral = NodeFactory.createLiteralString(key);
            Node p = NodeFactory.createURI(node);
            add(p, RDF.Nodes.type, CG.Official);
            add(p, RDFS.Nodes.label, NodeFactory.createLiteralString(name));
            add(p, CG.nameKey, keyLiteral);
            add(p, CG.namedIn, NodeFactory.createURI(graph));
        }

        void replace(String key, List<Cluster> clusters, IriAssigner.Assignment a, List<PairScore> close, Prior prior,
                     List<Map.Entry<String, String>> different) {
            Node keyLiteral = NodeFactory.createLiteralString(key);
            forget(key);
            Map<String, String> retired = new LinkedHashMap<>(prior.retired());
            retired.putAll(a.retired());
            Set<String> current = new HashSet<>(a.iris());
            for (Map.Entry<String, String> r : retired.entrySet()) {
                if (current.contains(r.getKey())) {
                    continue; // an IRI retired once and handed back to its people by a later split
                }
                Node old = NodeFactory.createURI(r.getKey());
                Node now = NodeFactory.createURI(current.contains(r.getValue()) ? r.getValue() : a.iris().get(0));
                add(old, CG.nameKey, keyLiteral);
                add(old, DCTerms.isReplacedBy.asNode(), now);
                add(old, OWL.sameAs.asNode(), now);
            }
            for (int i = 0; i < clusters.size(); i++) {
                Cluster c = clusters.get(i);
                Node p = NodeFactory.createURI(a.iris().get(i));
                String name = IriAssigner.displayName(c);
                add(p, RDF.Nodes.type, CG.Official);
                add(p, RDFS.Nodes.label, NodeFactory.createLiteralString(name));
                add(p, CG.nameKey, keyLiteral);
                c.mentions().stream().map(Mention::name).filter(n -> !n.equals(name)).distinct().sorted()
                        .forEach(n -> add(p, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(n)));
                for (Mention m : c.mentions()) {
                    add(p, CG.namedIn, NodeFactory.createURI(m.graph()));
                }
                for (Cluster.Merge merge : c.merges()) {
                    Node j = Iris.identityJudgement(key, p.getURI() + " " + merge.joined().graph() + " " + merge.with().graph());
                    judgement(j, key, p, CG.namedIn, NodeFactory.createURI(merge.joined().graph()), merge.score());
                    add(j, CG.joinedWith, NodeFactory.createURI(merge.with().graph()));
                }
            }
            for (PairScore pair : close) {
                Node x = NodeFactory.createURI(pair.a());
                Node y = NodeFactory.createURI(pair.b());
                add(x, CG.possiblySame, y);
                judgement(Iris.identityJudgement(key, pair.a() + " ~ " + pair.b()), key, x, CG.possiblySame, y, pair.score());
            }
            for (Map.Entry<String, String> pair : different) {
                add(NodeFactory.createURI(pair.getKey()), OWL.differentFrom.asNode(), NodeFactory.createURI(pair.getValue()));
            }
        }

        private void judgement(Node j, String key, Node s, Node p, Node o, EvidenceScorer.Score score) {
            add(j, RDF.Nodes.type, CG.IdentityJudgement);
            add(j, CG.nameKey, NodeFactory.createLiteralString(key));
            add(j, RDF.Nodes.subject, s);
            add(j, RDF.Nodes.predicate, p);
            add(j, RDF.Nodes.object, o);
            add(j, CG.identityScore, dbl("%.2fE0", score.logOdds()));
            add(j, CG.confidence, dbl("%.3fE0", score.probability()));
            for (EvidenceScorer.Reason r : score.reasons()) {
                add(j, CG.reason, NodeFactory.createLiteralString(r.toString()));
            }
        }

        private static Node dbl(String format, double v) {
            return NodeFactory.createLiteralDT(String.format(Locale.ROOT, format, v), XSDDatatype.XSDdouble);
        }

        private void add(Node s, Node p, Node o) {
            dsg.add(G, s, p, o);
        }

        private boolean has(Node s, Node p, Node o) {
            return dsg.contains(G, s, p, o);
        }

        private List<Node> subjects(Node p, Node o) {
            List<Node> out = new ArrayList<>();
            dsg.find(G, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
            return out;
        }
    }
}
