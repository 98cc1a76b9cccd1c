package org.w3id.cadregraph.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Counts the {@link NetworkOverview} of the co-attendance network without making the network: the same overview as
 * {@code NetworkOverview.of(counter.network())} of a {@link CoAttendanceCounter} given the same records, in memory
 * that grows with the attendances, not with the links (a 100,000-report store has millions of links, and a
 * {@link CoAttendanceNetwork} of them did not fit in a 1 GB heap).
 *
 * <pre>
 *   OverviewCounter counter = new OverviewCounter();
 *   new NetworkQuery(NetworkFilter.ALL).read(dsg, timeout, counter);
 *   NetworkOverview overview = counter.overview(300, 20);
 * </pre>
 *
 * Officials and meetings are numbered as they come; the links are counted official by official (each official's
 * co-attendees over their meetings), so only one official's links are held at a time.
 */
public final class OverviewCounter implements Attendance {
    private final Map<String, Integer> officialIds = new HashMap<>();
    private final List<String> officials = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> meetingIds = new HashMap<>();
    /** meeting number × 2³² + official number, one per record (repeats removed when counting). */
    private long[] records = new long[1024];
    private int size;

    @Override
    public void attended(String meeting, String official, String label) {
        int m = meetingIds.computeIfAbsent(meeting, k -> meetingIds.size());
        Integer o = officialIds.get(official);
        if (o == null) {
            o = officials.size();
            officialIds.put(official, o);
            officials.add(official);
            labels.add(label);
        } else if (label.compareTo(labels.get(o)) < 0) {
            labels.set(o, label);   // of several names the first in sort order, as CoAttendanceCounter keeps
        }
        if (size == records.length) {
            records = Arrays.copyOf(records, size * 2);
        }
        records[size++] = ((long) m << 32) | o;
    }

    /** The overview: at most {@code maxDrawn} officials drawn, the {@code maxTies} heaviest links. */
    public NetworkOverview overview(int maxDrawn, int maxTies) {
        Attendances a = attendances();
        int n = officials.size();
        // An official's strength (the sum of the weights of their links) is the sum, over their meetings, of the
        // other attendants: no link needs to be known for it.
        long[] strength = new long[n];
        for (int o = 0; o < n; o++) {
            for (int i = a.officialStart[o]; i < a.officialStart[o + 1]; i++) {
                int m = a.meetingsOfOfficial[i];
                strength[o] += a.meetingStart[m + 1] - a.meetingStart[m] - 1;
            }
        }
        int[] iriRank = iriRanks();
        Comparator<int[]> heavierFirst = Comparator.<int[]>comparingInt(t -> -t[0])
                .thenComparingInt(t -> iriRank[t[1]]).thenComparingInt(t -> iriRank[t[2]]);
        PriorityQueue<int[]> heaviest = new PriorityQueue<>(heavierFirst.reversed());   // the lightest kept on top
        long[] links = {0};
        eachOfficialsLinks(a, iriRank, null, (source, target, weight) -> {
            links[0]++;
            int[] tie = {weight, source, target};
            if (heaviest.size() < maxTies) {
                heaviest.add(tie);
            } else if (maxTies > 0 && heavierFirst.compare(tie, heaviest.peek()) < 0) {
                heaviest.poll();
                heaviest.add(tie);
            }
        });
        List<NetworkTie> ties = heaviest.stream().sorted(heavierFirst)
                .map(t -> new NetworkTie(officials.get(t[1]), labels.get(t[1]), officials.get(t[2]), labels.get(t[2]), t[0]))
                .toList();

        boolean[] drawn = new boolean[n];
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingLong(o -> -strength[o])
                .thenComparingInt(o -> -(a.officialStart[o + 1] - a.officialStart[o]))
                .thenComparing(o -> labels.get(o)).thenComparing(o -> officials.get(o)));
        List<NetworkNode> nodes = new ArrayList<>();
        for (int k = 0; k < Math.min(maxDrawn, n); k++) {
            int o = order[k];
            drawn[o] = true;
            nodes.add(new NetworkNode(officials.get(o), labels.get(o), a.officialStart[o + 1] - a.officialStart[o]));
        }
        nodes.sort(CoAttendanceCounter.NODE_ORDER);
        List<NetworkEdge> edges = new ArrayList<>();
        eachOfficialsLinks(a, iriRank, drawn,
                (source, target, weight) -> edges.add(new NetworkEdge(officials.get(source), officials.get(target), weight)));
        edges.sort(Comparator.comparing(NetworkEdge::source).thenComparing(NetworkEdge::target));
        return new NetworkOverview(n, Math.toIntExact(links[0]), meetingIds.size(),
                new CoAttendanceNetwork(nodes, edges, meetingIds.size()), ties);
    }

    /**
     * The whole network, the same as {@code CoAttendanceCounter.network()} given the same records (nodes by label and
     * IRI, edges by source and target IRI), made from the attendances held here: the links are listed official by
     * official, never counted in a map of maps (which on the 100,000-report store did not fit in a 1 GB heap). What
     * build stores for the downloads of the whole network ({@link NetworkDownloads}).
     */
    public CoAttendanceNetwork network() {
        Attendances a = attendances();
        int n = officials.size();
        List<NetworkNode> nodes = new ArrayList<>(n);
        for (int o = 0; o < n; o++) {
            nodes.add(new NetworkNode(officials.get(o), labels.get(o), a.officialStart[o + 1] - a.officialStart[o]));
        }
        nodes.sort(CoAttendanceCounter.NODE_ORDER);
        int[] iriRank = iriRanks();
        int[] byRank = new int[n];
        for (int o = 0; o < n; o++) {
            byRank[iriRank[o]] = o;
        }
        List<NetworkEdge> edges = new ArrayList<>();
        int[] weight = new int[n];
        int[] touched = new int[n];
        for (int r = 0; r < n; r++) {   // sources in IRI order, and each one's targets in IRI order
            int source = byRank[r];
            int t = 0;
            for (int i = a.officialStart[source]; i < a.officialStart[source + 1]; i++) {
                int m = a.meetingsOfOfficial[i];
                for (int j = a.meetingStart[m]; j < a.meetingStart[m + 1]; j++) {
                    int target = a.officialsOfMeeting[j];
                    if (iriRank[target] > r && weight[target]++ == 0) {
                        touched[t++] = iriRank[target];
                    }
                }
            }
            Arrays.sort(touched, 0, t);
            for (int k = 0; k < t; k++) {
                int target = byRank[touched[k]];
                edges.add(new NetworkEdge(officials.get(source), officials.get(target), weight[target]));
                weight[target] = 0;
            }
        }
        return new CoAttendanceNetwork(nodes, edges, meetingIds.size());
    }

    /** The records without repeats, indexed both ways: the officials of each meeting and the meetings of each official. */
    private record Attendances(int[] meetingStart, int[] officialsOfMeeting, int[] officialStart, int[] meetingsOfOfficial) {}

    private Attendances attendances() {
        long[] sorted = Arrays.copyOf(records, size);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        int meetings = meetingIds.size();
        int n = officials.size();
        int[] meetingStart = new int[meetings + 1];
        int[] officialsOfMeeting = new int[distinct];
        int[] officialStart = new int[n + 1];
        for (int i = 0; i < distinct; i++) {
            meetingStart[(int) (sorted[i] >>> 32) + 1]++;
            officialStart[(int) sorted[i] + 1]++;
            officialsOfMeeting[i] = (int) sorted[i];   // sorted by meeting: each meeting's officials together
        }
        for (int m = 0; m < meetings; m++) {
            meetingStart[m + 1] += meetingStart[m];
        }
        for (int o = 0; o < n; o++) {
            officialStart[o + 1] += officialStart[o];
        }
        int[] meetingsOfOfficial = new int[distinct];
        int[] next = Arrays.copyOf(officialStart, n);
        for (int i = 0; i < distinct; i++) {
            meetingsOfOfficial[next[(int) sorted[i]]++] = (int) (sorted[i] >>> 32);
        }
        return new Attendances(meetingStart, officialsOfMeeting, officialStart, meetingsOfOfficial);
    }

    /** Each official's place in the order of IRIs: a link's source is the official whose IRI sorts first. */
    private int[] iriRanks() {
        Integer[] byIri = new Integer[officials.size()];
        Arrays.setAll(byIri, i -> i);
        Arrays.sort(byIri, Comparator.comparing(officials::get));
        int[] rank = new int[byIri.length];
        for (int r = 0; r < byIri.length; r++) {
            rank[byIri[r]] = r;
        }
        return rank;
    }

    private interface Link {
        void link(int source, int target, int weight);
    }

    /** Every link, once, from the official whose IRI sorts first; among {@code only} officials when it is given. */
    private void eachOfficialsLinks(Attendances a, int[] iriRank, boolean[] only, Link link) {
        int n = officials.size();
        int[] weight = new int[n];
        int[] touched = new int[n];
        for (int source = 0; source < n; source++) {
            if (only != null && !only[source]) {
                continue;
            }
            int t = 0;
            for (int i = a.officialStart[source]; i < a.officialStart[source + 1]; i++) {
                int m = a.meetingsOfOfficial[i];
                for (int j = a.meetingStart[m]; j < a.meetingStart[m + 1]; j++) {
                    int target = a.officialsOfMeeting[j];
                    if (iriRank[target] > iriRank[source] && (only == null || only[target]) && weight[target]++ == 0) {
                        touched[t++] = target;
                    }
                }
            }
            for (int k = 0; k < t; k++) {
                link.link(source, touched[k], weight[touched[k]]);
                weight[touched[k]] = 0;
            }
        }
    }
}
