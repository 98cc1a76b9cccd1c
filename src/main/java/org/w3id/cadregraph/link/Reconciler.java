package org.w3id.cadregraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;

/**
 * Reconciles nodes the gazetteers cannot link against Wikidata: search the label as written
 * ({@code wbsearchentities}), read the candidates ({@code wbgetentities}), score them with
 * {@link CandidateScorer}, and link only when the best score reaches the threshold and no other
 * candidate comes within the margin of it. Two namesakes that the reports cannot tell apart get no link.
 * A request that fails is a {@link Outcome#FAILED} decision for that node, never an exception.
 *
 * <pre>
 *   Reconciler r = new Reconciler(transport, 0.8, Set.of("Q148", "Q15176"));
 *   Reconciler.Decision d = r.official(facts, regionQids);
 *   d.link().ifPresent(links::add);
 * </pre>
 */
public final class Reconciler {
    /** How much closer than this (in points out of 100) the runner-up may not come. */
    static final int MARGIN = 20;

    /** What became of one node. */
    public enum Outcome {
        LINKED("linked"),
        AMBIGUOUS("ambiguous"),
        BELOW_THRESHOLD("below threshold"),
        NO_CANDIDATE("no candidate"),
        TOO_LITTLE_EVIDENCE("too little evidence to try"),
        FAILED("request failed"),
        NOT_CACHED("not in the cache");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The decision about one node; {@code detail} says why, for the log. */
    public record Decision(Node subject, Outcome outcome, Optional<Link> link, String detail) {}

    private record Scored(String qid, int points) {}

    private final WikidataTransport wikidata;
    private final int threshold;
    private final Set<String> chineseJurisdictions;

    /**
     * @param threshold            the least confidence a link needs, in (0, 1]
     * @param chineseJurisdictions items known to be China or in China (the gazetteers' QIDs); China is added
     */
    public Reconciler(WikidataTransport wikidata, double threshold, Set<String> chineseJurisdictions) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.wikidata = wikidata;
        this.threshold = (int) Math.round(threshold * 100);
        Set<String> china = new LinkedHashSet<>(chineseJurisdictions);
        china.add(CandidateScorer.CHINA);
        this.chineseJurisdictions = china;
    }

    public Decision official(LinkInputs.OfficialFacts f, Map<Node, String> qids) {
        Set<String> words = new LinkedHashSet<>();
        f.evidenceTexts().forEach(t -> words.addAll(NameLib.distinctiveWords(t)));
        Set<String> regionQids = new LinkedHashSet<>();
        f.regions().stream().map(qids::get).filter(q -> q != null && !q.equals(CandidateScorer.CHINA)).forEach(regionQids::add);
        var evidence = new CandidateScorer.OfficialEvidence(words, regionQids, f.nameZh());
        if (CandidateScorer.officialCeiling(evidence) < threshold) {
            return new Decision(f.node(), Outcome.TOO_LITTLE_EVIDENCE, Optional.empty(), "no title evidence");
        }
        CandidateScorer scorer = scorer(qids);
        return decide(f.node(), f.label(), Link.Kind.OFFICIAL, candidates -> {
            Set<String> positionIds = new LinkedHashSet<>();
            candidates.values().stream().filter(e -> e.instanceOf().contains(CandidateScorer.HUMAN))
                    .forEach(e -> positionIds.addAll(e.positions()));
            Map<String, WikidataEntity> positions = positionIds.isEmpty() ? Map.of() : GetEntities.fetch(wikidata, positionIds);
            return score(candidates, e -> scorer.official(f.label(), evidence, e, positions));
        });
    }

    public Decision region(LinkInputs.RegionFacts f, Map<Node, String> qids) {
        Optional<String> parentQid = f.parent().map(qids::get);
        if (CandidateScorer.regionCeiling(f.code(), parentQid) < threshold) {
            return new Decision(f.node(), Outcome.TOO_LITTLE_EVIDENCE, Optional.empty(), "no code and no linked parent");
        }
        CandidateScorer scorer = scorer(qids);
        return decide(f.node(), f.label(), Link.Kind.REGION, candidates -> score(candidates, e -> scorer.region(f, parentQid, e)));
    }

    public Decision organization(LinkInputs.OrganizationFacts f, Map<Node, String> qids) {
        Optional<String> regionQid = f.region().map(qids::get);
        if (CandidateScorer.organizationCeiling(regionQid) < threshold) {
            return new Decision(f.node(), Outcome.TOO_LITTLE_EVIDENCE, Optional.empty(), "no linked region");
        }
        CandidateScorer scorer = scorer(qids);
        return decide(f.node(), f.label(), Link.Kind.ORGANIZATION,
                candidates -> score(candidates, e -> scorer.organization(f.label(), regionQid, e)));
    }

    @FunctionalInterface
    private interface CandidateScoring {
        List<Scored> apply(Map<String, WikidataEntity> candidates) throws WikidataApiException;
    }

    private Decision decide(Node node, String label, Link.Kind kind, CandidateScoring scoring) {
        List<Scored> scored;
        try {
            List<SearchEntities.Hit> hits = SearchEntities.search(wikidata, label);
            if (hits.isEmpty()) {
                return new Decision(node, Outcome.NO_CANDIDATE, Optional.empty(), "no search result for '" + label + "'");
            }
            Set<String> ids = new LinkedHashSet<>();
            hits.forEach(h -> ids.add(h.id()));
            scored = scoring.apply(GetEntities.fetch(wikidata, ids));
        } catch (NotCachedException e) {
            return new Decision(node, Outcome.NOT_CACHED, Optional.empty(), e.getMessage());
        } catch (WikidataApiException e) {
            return new Decision(node, Outcome.FAILED, Optional.empty(), e.getMessage());
        }
        if (scored.isEmpty()) {
            return new Decision(node, Outcome.NO_CANDIDATE, Optional.empty(), "no candidate of the right kind for '" + label + "'");
        }
        Scored best = scored.get(0);
        if (best.points() < threshold) {
            return new Decision(node, Outcome.BELOW_THRESHOLD, Optional.empty(), best.qid() + " scores " + best.points());
        }
        if (scored.size() > 1 && scored.get(1).points() > best.points() - MARGIN) {
            return new Decision(node, Outcome.AMBIGUOUS, Optional.empty(), best.qid() + " scores " + best.points()
                    + ", " + scored.get(1).qid() + " " + scored.get(1).points());
        }
        Link link = new Link(node, kind, best.qid(), best.points() / 100.0, Link.WIKIDATA_SEARCH, false);
        return new Decision(node, Outcome.LINKED, Optional.of(link), best.qid() + " scores " + best.points());
    }

    private static List<Scored> score(Map<String, WikidataEntity> candidates, Function<WikidataEntity, OptionalInt> scoring) {
        List<Scored> out = new ArrayList<>();
        for (WikidataEntity e : candidates.values()) {
            OptionalInt points = scoring.apply(e);
            if (points.isPresent()) {
                out.add(new Scored(e.id(), points.getAsInt()));
            }
        }
        out.sort(Comparator.comparingInt(Scored::points).reversed().thenComparing(Scored::qid));
        return out;
    }

    private CandidateScorer scorer(Map<Node, String> qids) {
        Set<String> china = new LinkedHashSet<>(chineseJurisdictions);
        china.addAll(qids.values());
        return new CandidateScorer(china);
    }
}
