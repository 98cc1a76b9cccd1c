package org.w3id.cadregraph.network;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;

/**
 * The {@link NetworkSummary} kept in the store, in its own named graph {@code https://w3id.org/cadregraph/id/network-summary}
 * (outside {@code graph/}, so no report graph can take its name).
 *
 * <pre>
 *   NetworkSummaryGraph.Refresh r = NetworkSummaryGraph.refresh(dsg, storeChanged);   // build, load, summarize
 *   Optional&lt;NetworkSummary&gt; s = NetworkSummaryGraph.read(dsg);                       // the pages
 * </pre>
 *
 * <p>Why a graph of the store and not a file beside it: it is written in a write transaction of the store and
 * read in a read transaction of the dataset the server serves, so the page never reads half a summary, needs no path
 * to the store, and the summary goes wherever the store goes (a copy of its directory, a TriG export); and a
 * researcher can query it. It is part of the union default graph like the identity and links graphs, in terms of its
 * own ({@code cg:drawnOfficial}, {@code cg:summarizes}, {@code cg:linkWeight} …) on entries of its own, so no query
 * about officials, meetings or attendance sees it. It is small: the 300 officials drawn, the links among them, the
 * 20 strongest ties and the form's choices, not the whole network (on 100,000 reports that would be millions of
 * links; the downloads of the whole network are files beside the store, {@link NetworkDownloads}).
 *
 * <p>It is kept true by the commands that change report graphs: {@code build} (new store, changed or pruned
 * reports, identity overrides), {@code load}, and {@code summarize} for a store changed otherwise. A build into an
 * existing store and a load first mark the summary stale ({@link #markStale}, {@code cg:stale true}, in a write
 * transaction of its own) and count it again at the end, which takes the mark away: a summary under the mark (the
 * command was killed between its first write and the summary) is not read ({@link #read} answers empty, so the pages
 * count the network when asked) and is counted again by the next {@code build} or {@code summarize}, whatever its
 * fingerprint says. The {@link #fingerprint} (the report graphs and their content hashes, and the identity overrides)
 * is the second guard, for a store changed by something that leaves no mark (another tool, an older cadregraph): the
 * next {@code build} counts a summary again when it differs, even when no report changed.
 */
public final class NetworkSummaryGraph {
    /** The graph, and the summary resource in it. */
    public static final Node GRAPH = Iris.networkSummary();
    private static final Logger log = LoggerFactory.getLogger(NetworkSummaryGraph.class);
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private NetworkSummaryGraph() {}

    /** What {@link #refresh} did. */
    public record Refresh(boolean counted, Optional<NetworkSummary> summary, Duration took) {
        /** One line for the command's output. */
        public String describe() {
            if (!counted) {
                return "network summary: current, not counted again";
            }
            NetworkOverview o = summary.orElseThrow().overview();
            return String.format(java.util.Locale.ROOT,
                    "network summary: %,d officials, %,d links, %,d meetings; counted in %.1f s", o.officials(),
                    o.links(), o.meetings(), took.toMillis() / 1000.0);
        }
    }

    /**
     * Counts the summary and writes it when {@code storeChanged}, when the store has none, or when the one it has
     * was counted from other report graphs or overrides; otherwise takes away the stale mark of this command
     * ({@link #markStale}), the summary being current. Either way the store is left with a current, unmarked summary.
     *
     * <p>{@code storeChanged} is the caller's: this command changed what the network is counted from, or a command
     * before it left the mark ({@link #markStale} answered true). A mark left by a killed command is not one the
     * fingerprint can clear: a killed {@code build --force} or identity resolution rewrites report graphs without
     * changing their content hashes.
     */
    public static Refresh refresh(DatasetGraph dsg, boolean storeChanged) {
        return refresh(dsg, storeChanged, Optional.empty());
    }

    /**
     * As {@link #refresh(DatasetGraph, boolean)}, and keeps the downloads of the whole network in the store's directory
     * {@code db} ({@link NetworkDownloads}) with the summary: written whenever the summary is counted, and the summary
     * is counted again when it is current but the downloads of its fingerprint are missing (a store summarized before
     * there were downloads).
     */
    public static Refresh refresh(DatasetGraph dsg, boolean storeChanged, Optional<Path> db) {
        long t0 = System.nanoTime();
        if (!storeChanged) {
            Optional<String> stored = Txn.calculateRead(dsg, () -> literal(dsg, GRAPH, CG.fingerprint));
            if (stored.isPresent() && stored.get().equals(fingerprint(dsg))
                    && db.map(dir -> NetworkDownloads.isCurrent(dir, stored.get())).orElse(true)) {
                if (isStale(dsg)) {
                    Txn.executeWrite(dsg, () -> dsg.delete(quad(GRAPH, CG.stale, TRUE)));
                }
                return new Refresh(false, Optional.empty(), Duration.ofNanos(System.nanoTime() - t0));
            }
        }
        // the downloads first: the summary written after them is what makes them served (NetworkDownloads)
        NetworkSummary summary = NetworkSummary.count(dsg, db);
        write(dsg, summary);
        return new Refresh(true, Optional.of(summary), Duration.ofNanos(System.nanoTime() - t0));
    }

    /**
     * Says, in a write transaction of its own, that the store is about to change: the stored summary, if there is one,
     * is not read again until {@link #refresh} or {@link #write} has replaced it or found it current. Call before the
     * first write of a command that changes report graphs or identity in an existing store.
     *
     * @return whether the summary was marked already: a command before this one changed the store and did not finish,
     *     so the summary must be counted again ({@code refresh(dsg, true)}) even when this command changes nothing
     */
    public static boolean markStale(DatasetGraph dsg) {
        return Txn.calculateWrite(dsg, () -> {
            if (marked(dsg)) {
                return true;
            }
            if (literal(dsg, GRAPH, CG.fingerprint).isPresent()) {
                dsg.add(quad(GRAPH, CG.stale, TRUE));
            }
            return false;
        });
    }

    /** Whether the store keeps a summary marked stale by {@link #markStale} (a build or load that did not finish). */
    public static boolean isStale(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> marked(dsg));
    }

    private static boolean marked(DatasetGraph dsg) {
        return dsg.contains(GRAPH, GRAPH, CG.stale, TRUE);
    }

    /**
     * A digest of what the network is counted from: the SHA-256 of the sorted lines "graph content-hash", one per
     * report graph, and one line per quad of the identity overrides graph. Reads one index range (a quad per report)
     * and the overrides graph (a few quads per researcher's decision).
     *
     * <p>Why the overrides and not the identity graph: who is who in the report graphs follows from the reports and
     * the overrides (the resolution depends on the set of reports and the decisions, not on the order of runs), so the
     * overrides are what can change the network without changing a report's hash; the identity graph is derived, and
     * on a large store millions of quads that would have to be read to hash it.
     */
    public static String fingerprint(DatasetGraph dsg) {
        List<String> lines = Txn.calculateRead(dsg, () -> {
            List<String> l = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, CG.sha256, Node.ANY).forEachRemaining(
                    q -> l.add(q.getGraph().getURI() + " " + q.getObject().getLiteralLexicalForm()));
            dsg.find(Iris.identityOverridesGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(
                    q -> l.add("override " + NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate())
                            + " " + NodeFmtLib.strNT(q.getObject())));
            return l;
        });
        lines.sort(Comparator.naturalOrder());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Replaces the stored summary with {@code summary}, in one write transaction. */
    public static void write(DatasetGraph dsg, NetworkSummary summary) {
        List<Quad> quads = quads(summary);
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(GRAPH);
            quads.forEach(dsg::add);
        });
    }

    /** Removes the stored summary (the pages then count the network when asked, as before there was one). */
    public static void remove(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> dsg.removeGraph(GRAPH));
    }

    /**
     * The stored summary, if the store has one that is not marked stale. A marked one is logged (a warning: the
     * network page counts the network when asked, slowly on a large store, until {@code summarize} runs).
     */
    public static Optional<NetworkSummary> read(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Optional<String> fingerprint = literal(dsg, GRAPH, CG.fingerprint);
            if (fingerprint.isEmpty()) {
                return Optional.empty();
            }
            if (marked(dsg)) {
                log.warn("the network summary of the store is stale (a build or load changed the store and did not "
                        + "finish): not used, the network is counted when asked; 'cadregraph summarize' counts it again");
                return Optional.empty();
            }
            List<NetworkNode> drawnNodes = new ArrayList<>();
            Map<String, String> labels = new HashMap<>();
            for (Node e : objects(dsg, GRAPH, CG.drawnOfficial)) {
                NetworkNode n = new NetworkNode(iri(dsg, e, CG.summarizes), text(dsg, e, RDFS.Nodes.label),
                        integer(dsg, e, CG.meetingCount));
                drawnNodes.add(n);
                labels.put(n.iri(), n.label());
            }
            drawnNodes.sort(CoAttendanceCounter.NODE_ORDER);
            for (Node e : objects(dsg, GRAPH, CG.tiedOfficial)) {
                labels.put(iri(dsg, e, CG.summarizes), text(dsg, e, RDFS.Nodes.label));
            }
            List<NetworkEdge> drawnEdges = new ArrayList<>();
            for (Node e : objects(dsg, GRAPH, CG.drawnLink)) {
                drawnEdges.add(new NetworkEdge(iri(dsg, e, CG.linkSource), iri(dsg, e, CG.linkTarget),
                        integer(dsg, e, CG.linkWeight)));
            }
            drawnEdges.sort(Comparator.comparing(NetworkEdge::source).thenComparing(NetworkEdge::target));
            List<NetworkTie> ties = ranked(dsg, CG.strongestTie, e -> {
                String source = iri(dsg, e, CG.linkSource);
                String target = iri(dsg, e, CG.linkTarget);
                return new NetworkTie(source, labels.get(source), target, labels.get(target),
                        integer(dsg, e, CG.linkWeight));
            });
            int meetings = integer(dsg, GRAPH, CG.meetingCount);
            NetworkOverview overview = new NetworkOverview(integer(dsg, GRAPH, CG.officialCount),
                    integer(dsg, GRAPH, CG.linkCount), meetings,
                    new CoAttendanceNetwork(drawnNodes, drawnEdges, meetings), ties);
            Function<Node, NetworkChoice> choice = e -> new NetworkChoice(iri(dsg, e, CG.summarizes),
                    literal(dsg, e, RDFS.Nodes.label), integer(dsg, e, CG.meetingCount));
            return Optional.of(new NetworkSummary(overview, ranked(dsg, CG.regionChoice, choice),
                    ranked(dsg, CG.organizationChoice, choice), fingerprint.get()));
        });
    }

    private static List<Quad> quads(NetworkSummary summary) {
        List<Quad> quads = new ArrayList<>();
        Node s = GRAPH;
        NetworkOverview o = summary.overview();
        quads.add(quad(s, RDF.Nodes.type, CG.NetworkSummary));
        quads.add(quad(s, CG.officialCount, integer(o.officials())));
        quads.add(quad(s, CG.linkCount, integer(o.links())));
        quads.add(quad(s, CG.meetingCount, integer(o.meetings())));
        quads.add(quad(s, CG.fingerprint, NodeFactory.createLiteralString(summary.fingerprint())));
        Map<String, String> drawn = new HashMap<>();
        int n = 0;
        for (NetworkNode node : o.drawn().nodes()) {
            Node e = Iris.networkSummaryEntry("official", ++n);
            quads.add(quad(s, CG.drawnOfficial, e));
            quads.add(quad(e, CG.summarizes, NodeFactory.createURI(node.iri())));
            quads.add(quad(e, RDFS.Nodes.label, NodeFactory.createLiteralString(node.label())));
            quads.add(quad(e, CG.meetingCount, integer(node.meetings())));
            drawn.put(node.iri(), node.label());
        }
        n = 0;
        for (NetworkEdge edge : o.drawn().edges()) {
            Node e = Iris.networkSummaryEntry("link", ++n);
            quads.add(quad(s, CG.drawnLink, e));
            link(quads, e, edge.source(), edge.target(), edge.weight());
        }
        n = 0;
        int tied = 0;
        for (NetworkTie tie : o.ties()) {
            Node e = Iris.networkSummaryEntry("tie", ++n);
            quads.add(quad(s, CG.strongestTie, e));
            quads.add(quad(e, CG.rank, integer(n)));
            link(quads, e, tie.source(), tie.target(), tie.weight());
            for (String[] end : List.of(new String[] {tie.source(), tie.sourceLabel()},
                    new String[] {tie.target(), tie.targetLabel()})) {
                if (drawn.putIfAbsent(end[0], end[1]) == null) {
                    Node t = Iris.networkSummaryEntry("tied-official", ++tied);
                    quads.add(quad(s, CG.tiedOfficial, t));
                    quads.add(quad(t, CG.summarizes, NodeFactory.createURI(end[0])));
                    quads.add(quad(t, RDFS.Nodes.label, NodeFactory.createLiteralString(end[1])));
                }
            }
        }
        choices(quads, CG.regionChoice, "region", summary.regions());
        choices(quads, CG.organizationChoice, "organization", summary.organizations());
        return quads;
    }

    private static void link(List<Quad> quads, Node e, String source, String target, int weight) {
        quads.add(quad(e, CG.linkSource, NodeFactory.createURI(source)));
        quads.add(quad(e, CG.linkTarget, NodeFactory.createURI(target)));
        quads.add(quad(e, CG.linkWeight, integer(weight)));
    }

    private static void choices(List<Quad> quads, Node property, String kind, List<NetworkChoice> choices) {
        int n = 0;
        for (NetworkChoice c : choices) {
            Node e = Iris.networkSummaryEntry(kind, ++n);
            quads.add(quad(GRAPH, property, e));
            quads.add(quad(e, CG.rank, integer(n)));
            quads.add(quad(e, CG.summarizes, NodeFactory.createURI(c.iri())));
            c.label().ifPresent(l -> quads.add(quad(e, RDFS.Nodes.label, NodeFactory.createLiteralString(l))));
            quads.add(quad(e, CG.meetingCount, integer(c.meetings())));
        }
    }

    private static Quad quad(Node s, Node p, Node o) {
        return Quad.create(GRAPH, s, p, o);
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    private static List<Node> objects(DatasetGraph dsg, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(GRAPH, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static <T> List<T> ranked(DatasetGraph dsg, Node property, Function<Node, T> entry) {
        List<Node> entries = objects(dsg, GRAPH, property);
        entries.sort(Comparator.comparingInt(e -> integer(dsg, e, CG.rank)));
        return entries.stream().map(entry).toList();
    }

    private static Optional<Node> object(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(GRAPH, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static Optional<String> literal(DatasetGraph dsg, Node s, Node p) {
        return object(dsg, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private static String text(DatasetGraph dsg, Node s, Node p) {
        return literal(dsg, s, p).orElseThrow(() -> broken(s, p));
    }

    private static String iri(DatasetGraph dsg, Node s, Node p) {
        return object(dsg, s, p).filter(Node::isURI).map(Node::getURI).orElseThrow(() -> broken(s, p));
    }

    private static int integer(DatasetGraph dsg, Node s, Node p) {
        return Integer.parseInt(text(dsg, s, p));
    }

    private static IllegalStateException broken(Node s, Node p) {
        return new IllegalStateException("the network summary of the store is incomplete: " + s.getURI() + " has no "
                + p.getURI() + "; count it again with 'cadregraph summarize'");
    }
}
