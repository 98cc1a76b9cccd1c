package org.w3id.cadregraph.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who held each sole post ({@link Post#soleKey}) on the dates the reports of one name give: the name's own posts and
 * those its reports give to others ({@link Mention#othersInPosts}). It is read from one name's mentions only, so a
 * decision made on it still depends on nothing but that name's reports, in whatever order they came.
 *
 * <pre>
 *   Succession s = Succession.of(mentionsOfChenJie);
 *   s.heldBetween("org/cpc-tianshui-municipal-committee secretary", from, to, "chenjie"); // someone else, in between?
 * </pre>
 */
public final class Succession {
    /** One report's word: {@code holder} held the post on {@code date}. */
    public record Holding(LocalDate date, String holder) {}

    private final Map<String, TreeMap<LocalDate, TreeSet<String>>> holders;

    private Succession(Map<String, TreeMap<LocalDate, TreeSet<String>>> holders) {
        this.holders = holders;
    }

    public static Succession of(Collection<Mention> mentions) {
        Map<String, TreeMap<LocalDate, TreeSet<String>>> holders = new HashMap<>();
        for (Mention m : mentions) {
            if (m.date().isEmpty()) {
                continue;
            }
            LocalDate d = m.date().get();
            for (Post p : m.posts()) {
                p.soleKey().ifPresent(k -> add(holders, k, d, m.key()));
            }
            m.othersInPosts().forEach((k, holder) -> add(holders, k, d, holder));
        }
        return new Succession(holders);
    }

    /** Of the mentions of two groups together. */
    public static Succession of(List<Mention> a, List<Mention> b) {
        List<Mention> all = new ArrayList<>(a);
        all.addAll(b);
        return of(all);
    }

    private static void add(Map<String, TreeMap<LocalDate, TreeSet<String>>> holders, String post, LocalDate d, String holder) {
        holders.computeIfAbsent(post, k -> new TreeMap<>()).computeIfAbsent(d, k -> new TreeSet<>()).add(holder);
    }

    /** The earliest report, strictly after {@code from} and before {@code to}, that gives the post to someone not {@code self}. */
    public Optional<Holding> heldBetween(String post, LocalDate from, LocalDate to, String self) {
        TreeMap<LocalDate, TreeSet<String>> byDate = holders.get(post);
        if (byDate == null || !from.isBefore(to)) {
            return Optional.empty();
        }
        for (Map.Entry<LocalDate, TreeSet<String>> e : byDate.subMap(from, false, to, false).entrySet()) {
            for (String h : e.getValue()) {
                if (!h.equals(self)) {
                    return Optional.of(new Holding(e.getKey(), h));
                }
            }
        }
        return Optional.empty();
    }
}
