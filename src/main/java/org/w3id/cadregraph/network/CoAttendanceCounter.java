package org.w3id.cadregraph.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns attendance records (this official attended that meeting) into the co-attendance network.
 *
 * <pre>
 *   CoAttendanceCounter counter = new CoAttendanceCounter();
 *   counter.attended(meetingIri, officialIri, "Huai Jinpeng");
 *   CoAttendanceNetwork network = counter.network();
 * </pre>
 *
 * A record repeated (the same attendance stated with several roles) counts once.
 */
public final class CoAttendanceCounter implements Attendance {
    static final Comparator<NetworkNode> NODE_ORDER =
            Comparator.comparing(NetworkNode::label).thenComparing(NetworkNode::iri);

    private final Map<String, Set<String>> attendeesByMeeting = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    /** Records one attendance; of several names for one official the first in sort order is kept. */
    @Override
    public void attended(String meeting, String official, String label) {
        attendeesByMeeting.computeIfAbsent(meeting, m -> new LinkedHashSet<>()).add(official);
        labels.merge(official, label, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    public CoAttendanceNetwork network() {
        Map<String, Integer> meetingsByOfficial = new HashMap<>();
        Map<String, Map<String, Integer>> weights = new TreeMap<>();
        for (Set<String> attendees : attendeesByMeeting.values()) {
            List<String> sorted = attendees.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                meetingsByOfficial.merge(sorted.get(i), 1, Integer::sum);
                for (int j = i + 1; j < sorted.size(); j++) {
                    weights.computeIfAbsent(sorted.get(i), k -> new TreeMap<>()).merge(sorted.get(j), 1, Integer::sum);
                }
            }
        }
        List<NetworkNode> nodes = new ArrayList<>();
        meetingsByOfficial.forEach((iri, n) -> nodes.add(new NetworkNode(iri, labels.get(iri), n)));
        nodes.sort(NODE_ORDER);
        List<NetworkEdge> edges = new ArrayList<>();
        weights.forEach((source, targets) -> targets.forEach((target, w) -> edges.add(new NetworkEdge(source, target, w))));
        return new CoAttendanceNetwork(nodes, edges, attendeesByMeeting.size());
    }
}
