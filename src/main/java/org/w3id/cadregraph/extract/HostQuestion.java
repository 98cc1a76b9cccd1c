package org.w3id.cadregraph.extract;

import java.util.List;
import java.util.function.Supplier;
import org.w3id.cadregraph.gazetteer.Region;

/**
 * Which regions host one meeting: the rules' answer, and the candidates with their features (computed only when a
 * decider asks for them, so the rules alone cost nothing more).
 *
 * @see HostFeatures
 */
public final class HostQuestion {
    /** A region that may host the meeting, and what the report says about it as feature names. */
    public record Candidate(Region region, List<String> features) {
        public Candidate {
            features = List.copyOf(features);
        }
    }

    private final String reportId;
    private final String meetingKey;
    private final List<Region> ruleHosts;
    private final Supplier<List<Candidate>> compute;
    private List<Candidate> candidates;

    public HostQuestion(String reportId, String meetingKey, List<Region> ruleHosts, Supplier<List<Candidate>> candidates) {
        this.reportId = reportId;
        this.meetingKey = meetingKey;
        this.ruleHosts = List.copyOf(ruleHosts);
        this.compute = candidates;
    }

    public String reportId() {
        return reportId;
    }

    public String meetingKey() {
        return meetingKey;
    }

    public List<Region> ruleHosts() {
        return ruleHosts;
    }

    public List<Candidate> candidates() {
        if (candidates == null) {
            candidates = List.copyOf(compute.get());
        }
        return candidates;
    }
}
