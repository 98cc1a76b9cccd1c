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
     * Resolves the people named in {@code reportGraphs} against everyone of the same names in the dataset.
     * Call inside a write transaction (or on a dataset without transactions).
     */
    public IdentitySummary resolve(DatasetGraph dsg, Collection<Node> reportGraphs) {
        long started = System.nanoTime();
        MentionReader reader = new MentionReader(dsg);
        Map<Node, Map<String, Mention>> cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Node, Map<String, Mention>> eldest) {
                return size() > MENTION_CACHE;
            }
        };
        IdentityRecords records = new IdentityRecords(dsg);
        // name key → the report graphs of this run that name it, with the node and the name
        Map<String, Map<String, Map.Entry<String, String>>> graphsOfKey = new TreeMap<>();
        for (Node g : reportGraphs) {
            reader.names(g).forEach((key, named) -> graphsOfKey.computeIfAbsent(key, k -> new TreeMap<>()).put(g.getURI(), named));
        }
        int people = 0;
        int joined = 0;
        int apart = 0;
        int rewritten = 0;
        int retired = 0;
        for (Map.Entry<String, Map<String, Map.Entry<String, String>>> e : graphsOfKey.entrySet()) {
            String key = e.getKey();
            IdentityRecords.Prior prior = records.prior(key);
            if (e.getValue().size() == 1 && prior.used().isEmpty()) {
                // a name no other report uses: its one person keeps the IRI the mapper gave it
                Map.Entry<String, Map.Entry<String, String>> only = e.getValue().entrySet().iterator().next();
                records.single(key, only.getKey(), only.getValue().getKey(), only.getValue().getValue());
                people++;
                continue;
            }
            Set<String> graphs = new TreeSet<>(e.getValue().keySet());
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
                continue;
            }
            List<Cluster> clusters = clusterer.cluster(mentions);
            IriAssigner.Assignment a = assigner.assign(clusters, prior.graphOf(), prior.used());
            for (int i = 0; i < clusters.size(); i++) {
                Node iri = NodeFactory.createURI(a.iris().get(i));
                for (Mention m : clusters.get(i).mentions()) {
                    if (!m.node().equals(iri.getURI())) {
                        replaceNode(dsg, NodeFactory.createURI(m.graph()), NodeFactory.createURI(m.node()), iri);
                        cache.remove(NodeFactory.createURI(m.graph()));
                        rewritten++;
                    }
                }
                joined += clusters.get(i).merges().size();
            }
            List<PairScore> close = closePairs(clusters, a);
            apart += close.size();
            records.replace(key, clusters, a, close, prior);
            people += clusters.size();
            retired += a.retired().size();
        }
        IdentitySummary s = new IdentitySummary(graphsOfKey.size(), people, joined, apart, rewritten, retired);
        log.info("{} in {} ms", s.describe(), (System.nanoTime() - started) / 1_000_000);
        return s;
    }

    /** Two people of one name kept apart, with their score. */
    record PairScore(String a, String b, EvidenceScorer.Score score) {}

    private List<PairScore> closePairs(List<Cluster> clusters, IriAssigner.Assignment a) {
        List<PairScore> out = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (int j = i + 1; j < clusters.size(); j++) {
                EvidenceScorer.Score s = scorer.score(clusters.get(i).mentions(), clusters.get(j).mentions());
                if (!s.vetoed() && s.logOdds() >= POSSIBLY_SAME) {
                    out.add(new PairScore(a.iris().get(i), a.iris().get(j), s));
                }
            }
        }
        return out;
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

        /** The one person of a name no other report uses, recorded without reading the report any further. */
        void single(String key, String graph, String node, String name) {
            Node keyLiteral = NodeFactory.createLiteralString(key);
            Node p = NodeFactory.createURI(node);
            add(p, RDF.Nodes.type, CG.Official);
            add(p, RDFS.Nodes.label, NodeFactory.createLiteralString(name));
            add(p, CG.nameKey, keyLiteral);
            add(p, CG.namedIn, NodeFactory.createURI(graph));
        }

        void replace(String key, List<Cluster> clusters, IriAssigner.Assignment a, List<PairScore> close, Prior prior) {
            Node keyLiteral = NodeFactory.createLiteralString(key);
            for (Node s : subjects(CG.nameKey, keyLiteral)) {
                List<Quad> old = new ArrayList<>();
                dsg.find(G, s, Node.ANY, Node.ANY).forEachRemaining(old::add);
                old.forEach(dsg::delete);
            }
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
