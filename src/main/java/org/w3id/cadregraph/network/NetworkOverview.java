package org.w3id.cadregraph.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the network page shows of a network: its size, the part a browser can draw, and its strongest ties.
 * Small whatever the network's size, so it can be kept (see {@link NetworkSummary}).
 *
 * @param officials the network's officials
 * @param links     the network's edges
 * @param meetings  the meetings it was drawn from
 * @param drawn     the best-connected officials and the edges among them ({@link CoAttendanceNetwork#strongest})
 * @param ties      the heaviest edges, heaviest first (ties in weight broken by source, then target)
 */
public record NetworkOverview(int officials, int links, int meetings, CoAttendanceNetwork drawn, List<NetworkTie> ties) {
    /** More officials than this are not legible in a browser drawing; the downloads have them all. */
    public static final int MAX_DRAWN = 300;
    /** The ties the page lists. */
    public static final int MAX_TIES = 20;

    public NetworkOverview {
        ties = List.copyOf(ties);
    }

    /** The overview the page shows: {@value #MAX_DRAWN} officials drawn at most, {@value #MAX_TIES} ties. */
    public static NetworkOverview of(CoAttendanceNetwork network) {
        return of(network, MAX_DRAWN, MAX_TIES);
    }

    /** The overview of {@code network}: at most {@code maxDrawn} officials drawn, {@code maxTies} ties. */
    public static NetworkOverview of(CoAttendanceNetwork network, int maxDrawn, int maxTies) {
        Map<String, String> labels = new HashMap<>();
        network.nodes().forEach(n -> labels.put(n.iri(), n.label()));
        // The edges are sorted by source then target, and the sort is stable: equal weights keep that order.
        List<NetworkTie> ties = new ArrayList<>();
        network.edges().stream()
                .sorted(Comparator.comparingInt(NetworkEdge::weight).reversed())
                .limit(maxTies)
                .forEach(e -> ties.add(new NetworkTie(e.source(), labels.get(e.source()), e.target(),
                        labels.get(e.target()), e.weight())));
        return new NetworkOverview(network.nodes().size(), network.edges().size(), network.meetings(),
                network.strongest(maxDrawn), ties);
    }
}
