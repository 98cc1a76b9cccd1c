package org.w3id.cadregraph.network;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Officials as nodes, shared meetings as weighted undirected edges. Nodes are sorted by label then
 * IRI, edges by source then target, so an export of the same store is the same file.
 *
 * @param meetings the number of meetings the network was drawn from
 */
public record CoAttendanceNetwork(List<NetworkNode> nodes, List<NetworkEdge> edges, int meetings) {

    public CoAttendanceNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * The {@code maxNodes} best-connected officials (highest total edge weight, then most meetings,
     * then name) and the edges among them: what a browser can still draw legibly.
     */
    public CoAttendanceNetwork strongest(int maxNodes) {
        if (nodes.size() <= maxNodes) {
            return this;
        }
        Map<String, Integer> strength = new HashMap<>();
        for (NetworkEdge e : edges) {
            strength.merge(e.source(), e.weight(), Integer::sum);
            strength.merge(e.target(), e.weight(), Integer::sum);
        }
        Comparator<NetworkNode> strongestFirst = Comparator
                .comparing((NetworkNode n) -> strength.getOrDefault(n.iri(), 0)).reversed()
                .thenComparing(Comparator.comparingInt(NetworkNode::meetings).reversed())
                .thenComparing(NetworkNode::label)
                .thenComparing(NetworkNode::iri);
        List<NetworkNode> kept = nodes.stream().sorted(strongestFirst).limit(maxNodes)
                .sorted(CoAttendanceCounter.NODE_ORDER).toList();
        Set<String> keptIris = new HashSet<>();
        kept.forEach(n -> keptIris.add(n.iri()));
        List<NetworkEdge> keptEdges = edges.stream()
                .filter(e -> keptIris.contains(e.source()) && keptIris.contains(e.target())).toList();
        return new CoAttendanceNetwork(kept, keptEdges, meetings);
    }
}
