package org.w3id.cadregraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cadregraph.graph.CG;

/**
 * What the scorer reads from one report's graph, by CONTRACT.md: officials with their labels and title
 * labels, meetings with date, hosts, participants and roles, and the regions. Labels and Wikidata links
 * come from the whole dataset ({@link Prediction}).
 *
 * <p>Officials and meetings are kept in score.py's order ({@link PythonLib#NODES}), which decides
 * ties in its matching.
 *
 * @param regions the nodes typed cg:Region in the report's graph
 */
public record PredictedReport(Map<Node, Official> officials, Map<Node, Meeting> meetings, List<Region> regions) {

    /** What a report predicts when the dataset has no graph for it. */
    public static final PredictedReport EMPTY = new PredictedReport(Map.of(), Map.of(), List.of());

    /** @param titles the title labels, one per cg:holdsTitle (a title node's least label, or a literal) */
    public record Official(Set<String> labels, List<String> titles) {}

    /**
     * @param date      the lexical form of cg:date, whatever its datatype; null when there is none
     * @param hosts     the cg:hostedBy regions
     * @param attendees the subjects of cg:attended
     * @param roles     presided, spoke or signed, from cg:presided, cg:spokeAt and cg:signedAt
     */
    public record Meeting(String date, List<Region> hosts, Set<Node> attendees, Set<RoleAt> roles,
                          Set<String> labels) {}

    /** @param qids Wikidata ids from owl:sameAs, in either direction */
    public record Region(Set<String> labels, Set<String> qids) {}

    public record RoleAt(Node official, String role) {}

    /** The role names of the gold files, by property. */
    private static final Map<Node, String> ROLES = Map.of(CG.presided, "presided", CG.spokeAt, "spoke",
            CG.signedAt, "signed");

    /** Reads one report graph; to be called inside a read transaction. */
    static PredictedReport read(Graph g, Prediction dataset) {
        Map<Node, Official> officials = new LinkedHashMap<>();
        Map<Node, List<String>> titles = new LinkedHashMap<>();
        for (Node n : typed(g, CG.Official)) {
            titles.put(n, new ArrayList<>());
        }
        for (Triple t : g.find(Node.ANY, CG.holdsTitle, Node.ANY).toList()) {
            List<String> list = titles.get(t.getSubject());
            String label = t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm()
                    : dataset.label(t.getObject());
            if (list != null && label != null && !label.isEmpty()) {
                list.add(label);
            }
        }
        titles.forEach((n, ts) -> officials.put(n, new Official(dataset.labels(n), List.copyOf(ts))));

        Map<Node, Meeting> meetings = new LinkedHashMap<>();
        for (Node m : typed(g, CG.Meeting)) {
            meetings.put(m, meeting(g, m, dataset));
        }
        List<Region> regions = typed(g, CG.Region).stream().map(dataset::region).toList();
        return new PredictedReport(officials, meetings, regions);
    }

    private static Meeting meeting(Graph g, Node m, Prediction dataset) {
        // score.py keeps whichever of several dates its set yields last, which changes from run to run;
        // taking the greatest at least gives one answer
        String date = g.find(m, CG.date, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).max(PythonLib.STRINGS).orElse(null);
        // score.py sorts the (meeting, host) pairs by str(); the order of hosts decides ties in their matching
        String meeting = PythonLib.str(m);
        List<Region> hosts = g.find(m, CG.hostedBy, Node.ANY).toList().stream().map(Triple::getObject)
                .sorted(Comparator.comparing(h -> PythonLib.tuple(meeting, PythonLib.str(h)), PythonLib.STRINGS))
                .map(dataset::region).toList();
        Set<Node> attendees = new HashSet<>();
        g.find(Node.ANY, CG.attended, m).forEachRemaining(t -> attendees.add(t.getSubject()));
        Set<RoleAt> roles = new HashSet<>();
        ROLES.forEach((property, role) ->
                g.find(Node.ANY, property, m).forEachRemaining(t -> roles.add(new RoleAt(t.getSubject(), role))));
        return new Meeting(date, hosts, attendees, roles, dataset.labels(m));
    }

    private static List<Node> typed(Graph g, Node type) {
        return g.find(Node.ANY, RDF.Nodes.type, type).mapWith(Triple::getSubject).toList().stream()
                .distinct().sorted(PythonLib.NODES).toList();
    }
}
