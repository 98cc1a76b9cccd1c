package org.w3id.cadregraph.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Gives each person of one name an IRI that stays: a person keeps the IRI most of their mentions had before
 * (in the store), a new person gets the bare name IRI when no one of that name has it, else the name IRI with a
 * suffix from the person's anchor; an IRI no person keeps any more (two people found to be one) is retired and
 * points to the person who holds most of its mentions.
 *
 * <pre>
 *   Assignment a = new IriAssigner(Iris::official...).assign(clusters, priorIriOfGraph, usedIris);
 * </pre>
 */
public final class IriAssigner {
    /** The IRI of each cluster (same order), and each retired IRI with the IRI that replaces it. */
    public record Assignment(List<String> iris, Map<String, String> retired) {}

    private final Function<String, String> bare;
    private final BiFunction<String, String, String> suffixed;

    /**
     * @param bare     the bare IRI of a name
     * @param suffixed the IRI of a name with a suffix
     */
    public IriAssigner(Function<String, String> bare, BiFunction<String, String, String> suffixed) {
        this.bare = bare;
        this.suffixed = suffixed;
    }

    /**
     * @param clusters the people of one name key, by anchor
     * @param prior    the IRI each report graph gave the name before this resolution (absent: a new report)
     * @param used     every IRI ever minted for the key, retired ones included: never handed out again to another person
     */
    public Assignment assign(List<Cluster> clusters, Map<String, String> prior, Set<String> used) {
        String[] iris = new String[clusters.size()];
        // 1. keep: the pairs (cluster, prior IRI) with the most mentions first
        record Claim(int cluster, String iri, int votes) {}
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            Map<String, Integer> votes = new LinkedHashMap<>();
            for (Mention m : clusters.get(i).mentions()) {
                String old = prior.get(m.graph());
                if (old != null) {
                    votes.merge(old, 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> e : votes.entrySet()) {
                claims.add(new Claim(i, e.getKey(), e.getValue()));
            }
        }
        claims.sort(Comparator.comparingInt(Claim::votes).reversed().thenComparingInt(Claim::cluster).thenComparing(Claim::iri));
        Set<String> taken = new HashSet<>();
        for (Claim c : claims) {
            if (iris[c.cluster()] == null && !taken.contains(c.iri())) {
                iris[c.cluster()] = c.iri();
                taken.add(c.iri());
            }
        }
        // 2. mint: the bare name IRI if free, else a suffix from the anchor, for the rest in anchor order
        Set<String> unavailable = new HashSet<>(used);
        unavailable.addAll(prior.values());
        unavailable.addAll(taken);
        for (int i = 0; i < clusters.size(); i++) {
            if (iris[i] != null) {
                continue;
            }
            String name = displayName(clusters.get(i));
            String candidate = bare.apply(name);
            String anchor = clusters.get(i).anchor().anchor();
            for (int len = 6; unavailable.contains(candidate) && len <= anchor.length(); len += 2) {
                candidate = suffixed.apply(name, anchor.substring(0, len));
            }
            iris[i] = candidate;
            unavailable.add(candidate);
        }
        // 3. retire: an IRI of before that no one keeps goes to the cluster holding most of its mentions
        Map<String, String> retired = new LinkedHashMap<>();
        Set<String> kept = new HashSet<>(List.of(iris));
        Map<String, Map<Integer, Integer>> whereNow = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (Mention m : clusters.get(i).mentions()) {
                String old = prior.get(m.graph());
                if (old != null && !kept.contains(old)) {
                    whereNow.computeIfAbsent(old, k -> new HashMap<>()).merge(i, 1, Integer::sum);
                }
            }
        }
        whereNow.keySet().stream().sorted().forEach(old -> {
            int to = whereNow.get(old).entrySet().stream()
                    .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            retired.put(old, iris[to]);
        });
        return new Assignment(List.of(iris), retired);
    }

    /** The spelling most of the cluster's reports use; ties go to the first in sort order. */
    public static String displayName(Cluster c) {
        Map<String, Integer> counts = new HashMap<>();
        c.mentions().forEach(m -> counts.merge(m.name(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }
}
