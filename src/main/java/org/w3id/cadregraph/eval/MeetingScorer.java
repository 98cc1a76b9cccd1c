package org.w3id.cadregraph.eval;

import static org.w3id.cadregraph.eval.PythonLib.truthy;
import static org.w3id.cadregraph.eval.TextNorm.norm;
import static org.w3id.cadregraph.eval.TextNorm.normName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;

/**
 * The meeting half of score.py's {@code score_doc}: meetings are aligned one to one, then attendance,
 * roles, dates and hosts are counted against the aligned gold meeting. Runs after the officials were
 * matched, because alignment and attendance go by the matched gold names.
 */
final class MeetingScorer {
    /** What goes into the report's details. */
    record Errors(List<String> attendedFp, List<String> attendedFn, List<DocDetails.DateError> dates,
                  List<DocDetails.HostError> hosts, Map<Node, GoldReport.Meeting> aligned) {}

    /** A participant: a gold meeting id (or "unaligned:" and the node) and a normalised name. */
    private record Attendance(String meeting, String name) {
        String str() {
            return PythonLib.tuple(PythonLib.repr(meeting), PythonLib.repr(name));
        }
    }

    private record RoleKey(String meeting, String name, String role) {}

    private record NameRole(String name, String role) {}

    private record AttendanceErrors(List<String> fp, List<String> fn) {}

    private final GoldReport gold;
    private final PredictedReport pred;
    private final Map<Node, String> nodeToGold;
    private final Function<Node, Set<String>> labelsAnywhere;
    private final Tally tally;

    private final List<GoldReport.Meeting> goldMeetings;
    private final List<Node> predMeetings;
    /** Predicted meeting → index of its gold meeting, in the order the matching took them. */
    private final Map<Node, Integer> aligned = new LinkedHashMap<>();

    /** @param nodeToGold the predicted officials matched to gold ones, and the gold names */
    MeetingScorer(GoldReport gold, PredictedReport pred, Map<Node, String> nodeToGold,
                  Function<Node, Set<String>> labelsAnywhere, Tally tally) {
        this.gold = gold;
        this.pred = pred;
        this.nodeToGold = nodeToGold;
        this.labelsAnywhere = labelsAnywhere;
        this.tally = tally;
        this.goldMeetings = gold.meetings();
        this.predMeetings = pred.meetings().keySet().stream().sorted(PythonLib.NODES).toList();
    }

    Errors score() {
        align();
        AttendanceErrors attendance = attendanceAndRoles();
        List<DocDetails.DateError> dateErrors = dates();
        List<DocDetails.HostError> hostErrors = hosts();
        missedGoldMeetings();
        Map<Node, GoldReport.Meeting> alignedMeetings = new LinkedHashMap<>();
        aligned.forEach((n, gi) -> alignedMeetings.put(n, goldMeetings.get(gi)));
        return new Errors(attendance.fp(), attendance.fn(), dateErrors, hostErrors, alignedMeetings);
    }

    // ---- alignment

    /** Any pair of meetings may be aligned (0.01); participants count most, then roles, date and label. */
    private void align() {
        List<GreedyMatch.Pair> al = GreedyMatch.match(predMeetings, goldMeetings, this::alignment);
        tally.add(Measure.MEETINGS, al.size(), predMeetings.size() - al.size(), goldMeetings.size() - al.size());
        al.forEach(p -> aligned.put(predMeetings.get(p.pred()), p.gold()));
    }

    private double alignment(Node n, GoldReport.Meeting g) {
        PredictedReport.Meeting m = pred.meetings().get(n);
        Set<String> goldParticipants = new HashSet<>();
        Set<NameRole> goldRoles = new HashSet<>();
        for (GoldReport.Participant p : g.participants()) {
            goldParticipants.add(normName(p.name()));
            p.roles().forEach(r -> goldRoles.add(new NameRole(normName(p.name()), r)));
        }
        Set<String> participants = new HashSet<>();
        for (Node a : m.attendees()) {
            if (nodeToGold.containsKey(a)) {
                participants.add(normName(nodeToGold.get(a)));
            }
        }
        Set<NameRole> roles = new HashSet<>();
        for (PredictedReport.RoleAt r : m.roles()) {
            if (nodeToGold.containsKey(r.official())) {
                roles.add(new NameRole(normName(nodeToGold.get(r.official())), r.role()));
            }
        }
        participants.retainAll(goldParticipants);
        roles.retainAll(goldRoles);
        // the same operations in the same order as score.py, so that equal scores stay equal
        double s = participants.size() + 0.5 * roles.size();
        if (truthy(g.date()) && g.date().equals(m.date())) {
            s += 0.5;
        }
        if (!m.labels().isEmpty() && truthy(g.label())) {
            List<String> goldWords = TextNorm.words(norm(g.label()));
            s += 0.3 * m.labels().stream().mapToDouble(l -> TextNorm.tokenF1(TextNorm.words(norm(l)), goldWords))
                    .max().orElseThrow();
        }
        return s + 0.01;
    }

    private String goldId(Node meeting) {
        Integer gi = aligned.get(meeting);
        return gi != null ? goldMeetings.get(gi).id() : "unaligned:" + PythonLib.str(meeting);
    }

    // ---- attendance and roles

    /** Counts (meeting, name) pairs and (meeting, name, role) triples. */
    private AttendanceErrors attendanceAndRoles() {
        Set<Attendance> goldAtt = new HashSet<>();
        Set<RoleKey> goldRoles = new HashSet<>();
        for (GoldReport.Meeting g : goldMeetings) {
            for (GoldReport.Participant p : g.participants()) {
                goldAtt.add(new Attendance(g.id(), normName(p.name())));
                p.roles().forEach(r -> goldRoles.add(new RoleKey(g.id(), normName(p.name()), r)));
            }
        }
        Set<String> goldNames = new HashSet<>();
        gold.officials().forEach(o -> goldNames.add(normName(o.name())));
        Set<Attendance> predAtt = new HashSet<>();
        Set<RoleKey> predRoles = new HashSet<>();
        for (Node n : predMeetings) {
            PredictedReport.Meeting m = pred.meetings().get(n);
            String gid = goldId(n);
            for (Node a : m.attendees()) {
                String name = attendeeName(a);
                if (goldNames.contains(name) && !goldAtt.contains(new Attendance(gid, name)) && isOptional(name)) {
                    continue; // an optional person where the gold does not put them: not counted
                }
                predAtt.add(new Attendance(gid, name));
            }
            for (PredictedReport.RoleAt r : m.roles()) {
                String name = nodeToGold.containsKey(r.official()) ? normName(nodeToGold.get(r.official()))
                        : "unmatched:" + PythonLib.str(r.official());
                predRoles.add(new RoleKey(gid, name, r.role()));
            }
        }
        count(Measure.ATTENDED, predAtt, goldAtt);
        count(Measure.ROLES, predRoles, goldRoles);
        return new AttendanceErrors(sortedStr(difference(predAtt, goldAtt)), sortedStr(difference(goldAtt, predAtt)));
    }

    /** The gold name of a matched official, else the normalised least label, else a name no gold has. */
    private String attendeeName(Node a) {
        if (nodeToGold.containsKey(a)) {
            return normName(nodeToGold.get(a));
        }
        Set<String> labels = labelsAnywhere.apply(a);
        return labels.isEmpty() ? "unlabelled:" + PythonLib.str(a) : normName(PythonLib.min(labels));
    }

    private boolean isOptional(String normalisedName) {
        return gold.officials().stream().anyMatch(o -> normName(o.name()).equals(normalisedName) && o.optional());
    }

    // ---- dates

    /** A date is scored on aligned meetings; a date on an unaligned prediction is a false positive. */
    private List<DocDetails.DateError> dates() {
        List<DocDetails.DateError> errors = new ArrayList<>();
        aligned.forEach((n, gi) -> {
            String pd = pred.meetings().get(n).date();
            GoldReport.Meeting g = goldMeetings.get(gi);
            if (truthy(g.date())) {
                boolean right = g.date().equals(pd);
                tally.add(Measure.DATE, right ? 1 : 0, truthy(pd) && !right ? 1 : 0, right ? 0 : 1);
                if (!right) {
                    errors.add(new DocDetails.DateError(g.id(), pd, g.date()));
                }
            } else if (truthy(pd)) {
                tally.add(Measure.DATE, 0, 1, 0);
                errors.add(new DocDetails.DateError(g.id(), pd, null));
            }
        });
        for (Node n : predMeetings) {
            String pd = pred.meetings().get(n).date();
            if (!aligned.containsKey(n) && truthy(pd)) {
                tally.add(Measure.DATE, 0, 1, 0);
                errors.add(new DocDetails.DateError("unaligned", pd, null));
            }
        }
        return errors;
    }

    // ---- hosts

    /** Each predicted meeting's hosts against its gold meeting's (none when unaligned), one to one. */
    private List<DocDetails.HostError> hosts() {
        Map<String, GoldReport.Region> regions = new HashMap<>();
        gold.regions().forEach(r -> regions.put(r.name(), r));
        List<DocDetails.HostError> errors = new ArrayList<>();
        for (Node n : predMeetings) {
            PredictedReport.Meeting m = pred.meetings().get(n);
            Integer gi = aligned.get(n);
            List<GoldReport.Region> goldHosts = gi == null ? List.of() : goldMeetings.get(gi).hostedBy().stream()
                    .map(h -> regions.getOrDefault(h, new GoldReport.Region(h, List.of(), null))).toList();
            List<GreedyMatch.Pair> hm = GreedyMatch.match(m.hosts(), goldHosts,
                    (p, r) -> RegionMatch.matches(p.labels(), p.qids(), r) ? 1.0 : 0.0);
            tally.add(Measure.HOSTED_BY, hm.size(), m.hosts().size() - hm.size(), goldHosts.size() - hm.size());
            if (hm.size() < Math.max(m.hosts().size(), goldHosts.size())) {
                List<List<String>> predicted = m.hosts().stream()
                        .map(h -> h.labels().stream().sorted(PythonLib.STRINGS).toList()).toList();
                errors.add(new DocDetails.HostError(predicted, goldHosts.stream().map(GoldReport.Region::name).toList()));
            }
        }
        return errors;
    }

    /**
     * Gold meetings no prediction was aligned with miss their hosts and their date. (score.py tests
     * {@code g not in aligned.values()} by equality; an index is what that means.)
     */
    private void missedGoldMeetings() {
        Set<Integer> alignedGold = new HashSet<>(aligned.values());
        for (int j = 0; j < goldMeetings.size(); j++) {
            GoldReport.Meeting g = goldMeetings.get(j);
            if (!alignedGold.contains(j)) {
                tally.add(Measure.HOSTED_BY, 0, 0, g.hostedBy().size());
                if (truthy(g.date())) {
                    tally.add(Measure.DATE, 0, 0, 1);
                }
            }
        }
    }

    // ---- sets

    private <T> void count(Measure measure, Set<T> predicted, Set<T> gold) {
        int tp = (int) predicted.stream().filter(gold::contains).count();
        tally.add(measure, tp, predicted.size() - tp, gold.size() - tp);
    }

    private static <T> Set<T> difference(Set<T> a, Set<T> b) {
        Set<T> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static List<String> sortedStr(Set<Attendance> attendances) {
        return attendances.stream().map(Attendance::str).sorted(PythonLib.STRINGS).toList();
    }
}
