package org.w3id.cadregraph.identity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.w3id.cadregraph.graph.BodyNames;

/**
 * Scores whether two groups of mentions of one name are one person, as log-odds (natural log), each term a
 * likelihood ratio a researcher can read and dispute:
 *
 * <ol>
 *   <li><b>Name prior</b>: −ln(λ), λ the namesakes expected among the people who could hold such posts
 *       ({@link NameModel#share} × {@link Rank#population} of the more populous grade), plus ln of how likely a
 *       career spans the two grades ({@link #careerStep}) in the order the reports' dates give ({@link #order}),
 *       not counted against a post held by custom alongside another ({@link Post#concurrentByCustom}).</li>
 *   <li><b>Place</b>: the best relation between the regions of their bodies: the same body, the same region, one
 *       within the other, the same province or none ({@link #place}); regions only seen at meetings count half.</li>
 *   <li><b>Colleagues</b>: other officials both reports name (not national leaders, not common names).</li>
 *   <li><b>Wikidata</b>: both linked to one item; linked to two different items is a veto.</li>
 * </ol>
 *
 * <pre>
 *   Score s = new EvidenceScorer(NameModel.loadDefault()).score(List.of(a), List.of(b));
 *   s.logOdds();   // ≥ 0: more likely one person than two
 * </pre>
 */
public final class EvidenceScorer {
    /** Two known name-and-post groups that are more alike than this are the same person without further evidence. */
    static final double MAX_PRIOR = 9.0;
    /** A veto: evidence no other evidence can outweigh (two Wikidata items, one report). */
    static final double VETO = -30.0;
    /** P(the same body in both reports | one person): people stay in a body for years. */
    static final double STAY_IN_BODY = 0.5;
    /** Bodies of one jurisdiction that the genre names (party committee, government, congress, CPPCC, bureaus …). */
    static final int BODIES_PER_JURISDICTION = 8;
    /** Central bodies whose officials the genre names (ministries, commissions, central Party organs). */
    static final int CENTRAL_BODIES = 60;
    /** P(the same region in both reports | one person). */
    static final double STAY_IN_REGION = 0.6;
    /** P(seen at a meeting outside one's own area | one person): visits, national meetings. */
    static final double AWAY = 0.3;
    /** P(the later of one person's posts of two grades is the higher one): cadres are seldom demoted. */
    static final double RISES = 0.9;
    /** Reports closer in time than this that put someone in two unrelated places are two people, or a move. */
    static final int SIMULTANEOUS_DAYS = 180;
    /** P(two posts in unrelated places within half a year | one person): a transfer falls between them. */
    static final double SIMULTANEOUS_ELSEWHERE = 0.02;
    /** P(one person heads two bodies at once, not by custom | one person): mistitled reports, a brief double post. */
    static final double TWO_HEADS_AT_ONCE = 0.02;
    /**
     * The heads of two bodies at once: one group holds the head post of a body on a date that falls within the dates
     * the other group holds the head post of another (or on the same day). One person would have had to leave a
     * chair, take another and come back, or hold both; two namesakes are simply two heads. Not when one body's
     * head is by custom the other's too (a city's Party secretary chairs its people's congress standing committee;
     * a bureau's director is the secretary of its Party group; a city's secretary is the secretary of the working
     * committee of the new area it hosts: {@link Post#concurrentByCustom}), nor when the two bodies are one office
     * with two names ({@link Post#sameOfficeAs}), nor for deputies and members, whose posts often go
     * together. A move from one chair to the other between two reports, however close, is not evidence: every
     * promotion of an official reported often shows one.
     */
    static Optional<Reason> twoHeadsAtOnce(List<Mention> a, List<Mention> b) {
        Map<Post, List<LocalDate>> ha = headships(a);
        Map<Post, List<LocalDate>> hb = headships(b);
        Optional<Reason> deputy = Optional.empty();
        for (Map.Entry<Post, List<LocalDate>> p : ha.entrySet()) {
            for (Map.Entry<Post, List<LocalDate>> q : hb.entrySet()) {
                boolean heads = p.getKey().soleKey().isPresent() && q.getKey().soleKey().isPresent();
                if (p.getKey().orgKey().equals(q.getKey().orgKey()) || p.getKey().sameOfficeAs(q.getKey())
                        || p.getKey().mayBeTheSameBodyAs(q.getKey())
                        || p.getKey().concurrentByCustom() && p.getKey().heldAlongside(q.getKey())
                        || q.getKey().concurrentByCustom() && q.getKey().heldAlongside(p.getKey())
                        || !heads && (deputy.isPresent() || !headAndDeputy(p.getKey(), q.getKey()))) {
                    continue;
                }
                Optional<LocalDate> inside = within(q.getValue(), p.getValue()).or(() -> within(p.getValue(), q.getValue()));
                if (inside.isPresent() && !heads) {
                    deputy = Optional.of(new Reason("two-posts", Math.log(HEAD_AND_DEPUTY_AT_ONCE), String.format(Locale.ROOT,
                            "%s of %s (%s to %s) and %s of %s (%s to %s) at once", p.getKey().role(), p.getKey().orgLabel(),
                            p.getValue().get(0), p.getValue().get(p.getValue().size() - 1), q.getKey().role(), q.getKey().orgLabel(),
                            q.getValue().get(0), q.getValue().get(q.getValue().size() - 1))));
                } else if (inside.isPresent()) {
                    return Optional.of(new Reason("two-heads", Math.log(TWO_HEADS_AT_ONCE), String.format(Locale.ROOT,
                            "%s of %s (%s to %s) and %s of %s (%s to %s) at once", p.getKey().role(), p.getKey().orgLabel(),
                            p.getValue().get(0), p.getValue().get(p.getValue().size() - 1), q.getKey().role(), q.getKey().orgLabel(),
                            q.getValue().get(0), q.getValue().get(q.getValue().size() - 1))));
                }
            }
        }
        return deputy;
    }

    /**
     * P(one person is the head of one body and a deputy in another at once, not by custom | one person): a county's
     * Party secretary is seldom a vice mayor of the city too. Higher than two heads' (a city standing committee member
     * may head a district), and not counted for a vice mayor who directs a bureau of his government (副市长兼公安局长).
     */
    static final double HEAD_AND_DEPUTY_AT_ONCE = 0.05;

    /** One post a head's ({@link Post#soleKey}), the other a deputy's line post, not a government deputy and a body of his region. */
    private static boolean headAndDeputy(Post p, Post q) {
        Post head = p.soleKey().isPresent() ? p : q;
        Post deputy = head == p ? q : p;
        if (head.soleKey().isEmpty() || deputy.lineKey().isEmpty()) {
            return false;
        }
        return !(deputy.governmentDeputy() && head.place().isPresent() && deputy.place().isPresent()
                && head.place().get().id().equals(deputy.place().get().id()));
    }

    /**
     * A mention that gives only posts held by custom alongside another, one of which could be held alongside a post
     * of {@code others} ({@link Post#heldAlongside}), or {@code others} give no post to compare: its post says nothing
     * of the grade the person stands at. A congress chair of one city against a post in another is a post of its own.
     */
    private static boolean alongside(Mention m, List<Mention> others) {
        if (!heldByCustomOnly(m)) {
            return false;
        }
        boolean anyPost = false;
        for (Mention o : others) {
            for (Post q : o.posts()) {
                anyPost = true;
                for (Post p : m.posts()) {
                    if (p.heldAlongside(q)) {
                        return true;
                    }
                }
            }
        }
        return !anyPost;
    }

    /** The head posts and deputies' line posts a group holds (by body and role), each with its dates in order. */
    private static Map<Post, List<LocalDate>> headships(List<Mention> ms) {
        Map<String, Post> byKey = new TreeMap<>();
        Map<String, List<LocalDate>> dates = new HashMap<>();
        for (Mention m : ms) {
            if (m.date().isEmpty()) {
                continue;
            }
            for (Post p : m.posts()) {
                Optional<String> k = p.soleKey().or(p::lineKey);
                if (k.isPresent()) {
                    byKey.putIfAbsent(k.get(), p);
                    dates.computeIfAbsent(k.get(), x -> new ArrayList<>()).add(m.date().get());
                }
            }
        }
        Map<Post, List<LocalDate>> out = new LinkedHashMap<>();
        byKey.forEach((k, p) -> out.put(p, dates.get(k).stream().sorted().toList()));
        return out;
    }

    /** A date of {@code dates} on or between the first and last of {@code span}. */
    private static Optional<LocalDate> within(List<LocalDate> dates, List<LocalDate> span) {
        LocalDate first = span.get(0);
        LocalDate last = span.get(span.size() - 1);
        return dates.stream().filter(d -> !d.isBefore(first) && !d.isAfter(last)).findFirst();
    }

    /**
     * P(the head of a body hands the post to a successor and later takes it back | one person): a city's Party
     * secretary or mayor who leaves the post moves on, up, aside or out; coming back to the same chair after
     * someone else held it is a handful of cases among thousands of heads. Two namesakes holding one post at two
     * times with someone between is an ordinary succession.
     */
    static final double RETURNS_TO_POST = 0.005;
    /** A co-named colleague, not a leader of the nation or a province, with a name that few bear. */
    static final double COLLEAGUE_RATIO = 6.0;
    static final int MAX_COLLEAGUES = 3;
    /** The leadership a report names with someone is about one in fifteen of its area's officials of that grade. */
    static final double LEADERSHIP_WITHIN_AREA = Math.log(15);
    static final double COMMON_COLLEAGUE_NAMESAKES = 30;
    /** Both linked to one Wikidata item: the linker found that item on each side's own evidence, near proof. */
    static final double SAME_WIKIDATA_ITEM = 12.0;

    /** One term of a score: what it is about, its weight in log-odds, and a sentence for a researcher. */
    public record Reason(String kind, double weight, String text) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s (%+.1f)", text, weight);
        }
    }

    /** A score: the log-odds that the two groups are one person, and the terms that make it. */
    public record Score(double logOdds, List<Reason> reasons, boolean vetoed) {
        public Score {
            reasons = List.copyOf(reasons);
        }

        /** The probability that they are one person. */
        public double probability() {
            return 1 / (1 + Math.exp(-logOdds));
        }
    }

    private final NameModel names;

    public EvidenceScorer(NameModel names) {
        this.names = names;
    }

    public Score score(List<Mention> a, List<Mention> b) {
        return score(a, b, Succession.of(a, b));
    }

    /**
     * The score with what all the reports of the name say about who held which post when ({@code succession}, of
     * the whole block of mentions the two groups come from): a report of a third group may show a successor
     * between the two.
     */
    public Score score(List<Mention> a, List<Mention> b, Succession succession) {
        List<Reason> reasons = new ArrayList<>();
        Optional<Reason> veto = veto(a, b);
        if (veto.isPresent()) {
            return new Score(VETO, List.of(veto.get()), true);
        }
        Prior prior = prior(a, b);
        reasons.add(prior.reason());
        seam(a, b, prior.career()).ifPresent(reasons::add);
        Optional<Reason> place = place(a, b);
        place.ifPresent(reasons::add);
        if (place.isEmpty()) {
            sameKindOfHead(a, b).ifPresent(reasons::add);
        }
        Optional<Reason> simultaneous = simultaneous(a, b);
        simultaneous.or(() -> twoHeadsAtOnce(a, b)).ifPresent(reasons::add);
        returnAfterSuccessor(a, b, succession).ifPresent(reasons::add);
        handover(a, b, succession).or(() -> handover(b, a, succession)).ifPresent(reasons::add);
        backFromTheSecondLine(a, b).or(() -> backFromTheSecondLine(b, a)).ifPresent(reasons::add);
        if (homes(a).isEmpty() || homes(b).isEmpty()) {
            boolean sameArea = place.map(r -> r.weight() > 0).orElse(false);
            colleagues(a, b, sameArea ? LEADERSHIP_WITHIN_AREA : MAX_COLLEAGUES * Math.log(COLLEAGUE_RATIO)).ifPresent(reasons::add);
        }
        wikidata(a, b).ifPresent(reasons::add);
        double sum = reasons.stream().mapToDouble(Reason::weight).sum();
        return new Score(sum, reasons, false);
    }

    private static Optional<Reason> veto(List<Mention> a, List<Mention> b) {
        Set<String> ga = new HashSet<>();
        a.forEach(m -> ga.add(m.graph()));
        for (Mention m : b) {
            if (ga.contains(m.graph())) {
                return Optional.of(new Reason("same-report", VETO, "two people of one name in one report"));
            }
        }
        Set<String> qa = qids(a);
        Set<String> qb = qids(b);
        if (!qa.isEmpty() && !qb.isEmpty() && qa.stream().noneMatch(qb::contains)) {
            return Optional.of(new Reason("wikidata", VETO, "linked to different Wikidata items " + qa + " and " + qb));
        }
        return Optional.empty();
    }

    private static Set<String> qids(List<Mention> ms) {
        Set<String> out = new TreeSet<>();
        ms.forEach(m -> out.addAll(m.qids()));
        return out;
    }

    /** The name prior at the closest pair of grades the two groups show. */
    /** The name prior, and the ln(career step × order) of the pair of mentions it was taken at. */
    private record Prior(Reason reason, double career) {}

    private Prior prior(List<Mention> a, List<Mention> b) {
        double share = names.share(a.get(0).name());
        double best = Double.NEGATIVE_INFINITY;
        double career = 0;
        String why = "";
        for (Mention x : a) {
            for (Mention y : b) {
                Rank rx = x.rank();
                Rank ry = y.rank();
                // two grades: the geometric mean of their populations, the same whichever side one starts from
                double namesakes = share * (rx.known() == ry.known() ? Math.sqrt((double) rx.population * ry.population)
                        : Rank.untitledPoolAgainst(rx.known() ? rx : ry));
                // a post held by custom alongside another (a new area's working committee) is no step of a career
                boolean alongside = alongside(x, List.of(y)) || alongside(y, List.of(x));
                double step = alongside ? 1 : careerStep(rx, ry, x.date(), y.date());
                double order = alongside ? 1 : order(x.standing(), y.standing(), x.date(), y.date());
                double w = Math.min(MAX_PRIOR, Math.log(step * order) - Math.log(namesakes));
                if (w > best) {
                    best = w;
                    career = Math.log(step * order);
                    why = String.format(Locale.ROOT, "name borne by %s people at %s", round(namesakes), grades(rx, ry))
                            + (step < 1 ? String.format(Locale.ROOT, ", careers spanning %d grades %s", rx.careerDistance(ry),
                            step < 0.1 ? "so fast are rare" : "are less usual") : "")
                            + orderText(order);
                }
            }
        }
        return new Prior(new Reason("name", best, why), career);
    }

    /**
     * The seams of the career the two groups would make together: their dated posts in time order, each pair of
     * neighbours that comes from different groups. One person's career must make sense at every seam, not only
     * at the pair of posts that fits best (which is what the name prior scores): a Party secretary of 2016 whose
     * namesake is a county secretary in 2017 and a vice mayor in 2020 fits the vice mayor (a grade apart) but falls
     * two grades at the seam. Posts held by custom alongside another ({@link Post#concurrentByCustom}) are no seam.
     * The worst seam's ln(career step × order) replaces that of the best pair
     * when it is lower; empty when it is not, or when a group has no dated post of known grade.
     */
    static Optional<Reason> seam(List<Mention> a, List<Mention> b, double bestPairCareer) {
        record Dated(Mention m, boolean inA) {}
        List<Dated> dated = new ArrayList<>();
        a.stream().filter(m -> onTheCareersLine(m, b)).forEach(m -> dated.add(new Dated(m, true)));
        b.stream().filter(m -> onTheCareersLine(m, a)).forEach(m -> dated.add(new Dated(m, false)));
        dated.sort(Comparator.comparing((Dated d) -> d.m().date().get()).thenComparing(d -> d.m(), Mention.BY_ANCHOR));
        double worst = Double.POSITIVE_INFINITY;
        Dated from = null;
        Dated to = null;
        for (int i = 1; i < dated.size(); i++) {
            Dated x = dated.get(i - 1);
            Dated y = dated.get(i);
            if (x.inA() == y.inA()) {
                continue;
            }
            // the grades apart and the order at the seam, not its speed: the lower post may have been held since long
            // before the last report of it, and the best pair already measures the rise from the first
            double c = Math.log(careerStep(x.m().rank(), y.m().rank(), Optional.empty(), Optional.empty())
                    * order(x.m().standing(), y.m().standing(), x.m().date(), y.m().date()));
            if (c < worst) {
                worst = c;
                from = x;
                to = y;
            }
        }
        if (from == null || worst >= bestPairCareer) {
            return Optional.empty();
        }
        return Optional.of(new Reason("seam", worst - bestPairCareer, String.format(Locale.ROOT,
                "one career would go from %s (%s) to %s (%s)", postText(from.m()), from.m().date().get(),
                postText(to.m()), to.m().date().get())));
    }

    /**
     * A dated mention of known grade that gives a post other than one held by custom alongside another: the
     * secretary of a new area's working committee, two grades below the city's secretary who holds it, has not
     * fallen two grades.
     */
    private static boolean onTheCareersLine(Mention m, List<Mention> otherGroup) {
        return m.date().isPresent() && m.rank().known() && !alongside(m, otherGroup);
    }

    /** A mention whose every post is one held by custom alongside another ({@link Post#concurrentByCustom}). */
    private static boolean heldByCustomOnly(Mention m) {
        return !m.posts().isEmpty() && m.posts().stream().allMatch(Post::concurrentByCustom);
    }

    private static String postText(Mention m) {
        return m.posts().stream().filter(p -> p.rank() == m.rank()).findFirst()
                .map(p -> p.orgLabel().isEmpty() ? p.role() : p.role() + " of " + p.orgLabel()).orElse("a post");
    }

    private static String orderText(double order) {
        return order > 1 ? ", the lower post first" : order < 1 ? ", the higher post first" : "";
    }

    private static String grades(Rank a, Rank b) {
        if (!a.known() && !b.known()) {
            return "any grade";
        }
        String sa = a.known() ? a.name().toLowerCase(Locale.ROOT).replace('_', '-') : "any";
        String sb = b.known() ? b.name().toLowerCase(Locale.ROOT).replace('_', '-') : "any";
        return sa.equals(sb) ? sa + " grade" : sa + " and " + sb + " grades";
    }

    private static String round(double x) {
        return x >= 10 ? String.format(Locale.ROOT, "%.0f", x) : x >= 0.1 ? String.format(Locale.ROOT, "%.1f", x)
                : String.format(Locale.ROOT, "%.0e", x);
    }

    /**
     * How likely one person is seen at both grades: the same grade 1, a grade apart 0.5 (a promotion), two 0.2,
     * three 0.07, more 0.02; a fifth of that when the reports are closer in time than such a rise takes
     * (a grade in about three years).
     */
    static double careerStep(Rank a, Rank b, Optional<LocalDate> da, Optional<LocalDate> db) {
        int d = a.careerDistance(b);
        double p = switch (d) {
            case 0 -> 1.0;
            case 1 -> 0.5;
            case 2 -> 0.2;
            case 3 -> 0.07;
            default -> 0.02;
        };
        if (d >= 2 && da.isPresent() && db.isPresent()) {
            double years = Math.abs(ChronoUnit.DAYS.between(da.get(), db.get())) / 365.25;
            if (d > 1 + years / 3) {
                p *= 0.2;
            }
        }
        return p;
    }

    /**
     * The likelihood ratio of the order in time of two posts of different grades: one person's lower post comes
     * before the higher ({@link #RISES} of the moves between grades), two namesakes' posts come in either order
     * alike. 1 when the grades are equal or unknown, or a date is missing.
     */
    static double order(Rank a, Rank b, Optional<LocalDate> da, Optional<LocalDate> db) {
        return order(a.known() ? a.grade * 2 : 0, b.known() ? b.grade * 2 : 0, da, db);
    }

    /**
     * The same on standings ({@link Post#standing}): within one grade, a jurisdiction's Party secretary stands above
     * its government head, so a mayor later the Party secretary of the city rises, and the reverse falls.
     */
    static double order(int standingA, int standingB, Optional<LocalDate> da, Optional<LocalDate> db) {
        if (standingA == 0 || standingB == 0 || standingA == standingB || da.isEmpty() || db.isEmpty()
                || da.get().equals(db.get())) {
            return 1;
        }
        boolean rise = (standingA < standingB) == da.get().isBefore(db.get());
        return (rise ? RISES : 1 - RISES) / 0.5;
    }

    /**
     * P(someone moves to another province | one person), by grade: leaders of provinces and ministries are
     * rotated across the country, county officials seldom leave their province.
     */
    static double leavesProvince(Rank r) {
        return switch (r) {
            case STATE, MINISTERIAL -> 0.5;
            case VICE_MINISTERIAL -> 0.3;
            case BUREAU -> 0.12;
            case VICE_BUREAU -> 0.06;
            case DIVISION -> 0.03;
            case UNKNOWN -> 0.05;
            default -> 0.02;
        };
    }

    /** P(someone moves to another region within the same province or city | one person), by grade. */
    static double movesWithin(Rank r) {
        return switch (r) {
            case STATE, MINISTERIAL, VICE_MINISTERIAL -> 0.3;
            case BUREAU, VICE_BUREAU -> 0.3;
            case DIVISION, VICE_DIVISION -> 0.2;
            default -> 0.15;
        };
    }

    /**
     * Both the head of a jurisdiction of one kind (a county's Party secretary), where nothing says where: a report
     * of a county's own paper names no county. One person keeps such a post for years ({@link #STAY_IN_BODY}); a
     * namesake of that grade holds one with P = the jurisdictions of that level over the cadres of the grade.
     */
    static Optional<Reason> sameKindOfHead(List<Mention> a, List<Mention> b) {
        Reason best = null;
        for (Mention x : a) {
            for (Post p : x.posts()) {
                Optional<String> kind = p.jurisdictionHeadKind();
                if (kind.isEmpty()) {
                    continue;
                }
                for (Mention y : b) {
                    if (y.posts().stream().anyMatch(q -> q.jurisdictionHeadKind().equals(kind))) {
                        int jurisdictions = switch (p.rank()) {
                            case STATE -> 1;
                            case MINISTERIAL -> 31;
                            case BUREAU -> 333;
                            case DIVISION -> 2_850;
                            default -> 38_000;
                        };
                        double years = x.date().isEmpty() || y.date().isEmpty() ? 0
                                : Math.abs(ChronoUnit.DAYS.between(x.date().get(), y.date().get())) / 365.25;
                        double w = Math.log(stillInSuchAPost(years) * p.rank().population / jurisdictions);
                        if (w > 0 && (best == null || w > best.weight())) {
                            best = new Reason("same-kind", w, "both " + kind.get().replace("_", "-").toLowerCase(Locale.ROOT)
                                    + " grade, no place said" + (years > SAME_KIND_YEARS
                                    ? String.format(Locale.ROOT, ", %.0f years apart", years) : ""));
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Within this many years one person is as likely as ever to hold the same kind of post ({@link #STAY_IN_BODY}). */
    static final double SAME_KIND_YEARS = 1;
    /** Beyond that, the odds halve every this many years: such posts are held a term or two, then left. */
    static final double SAME_KIND_HALF_LIFE_YEARS = 3;

    /**
     * P(one person holds a post of the same kind at two dates {@code years} apart): {@link #STAY_IN_BODY} within a year,
     * then halving every {@link #SAME_KIND_HALF_LIFE_YEARS}. Where no place is said, the kind is all that links the two
     * reports, and a report of a city's own paper from 2020 is far likelier the secretary of 2020 than of 2014.
     */
    static double stillInSuchAPost(double years) {
        return STAY_IN_BODY * Math.pow(0.5, Math.max(0, years - SAME_KIND_YEARS) / SAME_KIND_HALF_LIFE_YEARS);
    }

    /** The best relation between where the two groups work (or, failing that, were seen). */
    private static Optional<Reason> place(List<Mention> a, List<Mention> b) {
        Optional<Reason> body = sameBody(a, b);
        List<Place> ha = homes(a);
        List<Place> hb = homes(b);
        boolean seenOnly = false;
        if (ha.isEmpty() || hb.isEmpty()) {
            if (ha.isEmpty()) {
                ha = seen(a);
            }
            if (hb.isEmpty()) {
                hb = seen(b);
            }
            seenOnly = true;
        }
        Rank rank = maxRank(a, b);
        Optional<Reason> region = ha.isEmpty() || hb.isEmpty() ? Optional.empty() : regionRelation(ha, hb, rank, seenOnly);
        if (body.isPresent() && (region.isEmpty() || body.get().weight() >= region.get().weight())) {
            return body;
        }
        return region;
    }

    private static Optional<Reason> sameBody(List<Mention> a, List<Mention> b) {
        Reason best = null;
        for (Mention x : a) {
            for (Post p : x.posts()) {
                if (p.orgKey().isEmpty() || p.place().isEmpty() && BodyNames.isGeneric(p.orgLabel())
                        && !BodyNames.isTheParty(p.orgLabel())) {
                    // a body the report does not place and whose name is that of hundreds ("Municipal Party
                    // Committee"): the mapper gives it an IRI of its report, but a store built before it did not
                    continue;
                }
                for (Mention y : b) {
                    for (Post q : y.posts()) {
                        if (p.orgKey().equals(q.orgKey())) {
                            int bodies = p.place().filter(pl -> !pl.isCountry())
                                    .map(pl -> pl.regionsOfItsLevel() * BODIES_PER_JURISDICTION).orElse(CENTRAL_BODIES);
                            double w = Math.log(STAY_IN_BODY * bodies);
                            if (best == null || w > best.weight()) {
                                best = new Reason("same-body", w, "both hold posts in " + p.orgLabel());
                            }
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Reason> regionRelation(List<Place> ha, List<Place> hb, Rank rank, boolean seenOnly) {
        Reason best = null;
        for (Place x : ha) {
            for (Place y : hb) {
                Reason r = relation(x, y, rank);
                if (seenOnly) {
                    // a meeting in one's own area is what one attends most; one elsewhere may be a visit
                    r = new Reason(r.kind(), Math.max(r.weight(), Math.log(AWAY)), r.text() + ", seen at meetings");
                }
                if (best == null || r.weight() > best.weight()) {
                    best = r;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static Reason relation(Place x, Place y, Rank rank) {
        if (x.id().equals(y.id())) {
            return new Reason("same-region", Math.log(STAY_IN_REGION * x.regionsOfItsLevel()), "both in " + x.label());
        }
        if (x.isWithin(y) || y.isWithin(x)) {
            Place broader = x.isWithin(y) ? y : x;
            Place narrower = broader == x ? y : x;
            return new Reason("within-region", Math.log(STAY_IN_REGION * 0.7 * broader.regionsOfItsLevel()),
                    narrower.label() + " lies in " + broader.label());
        }
        Optional<String> common = x.within().stream().filter(id -> y.within().contains(id)).findFirst();
        if (common.isPresent()) {
            int regions = levelOfAncestor(x, common.get());
            double w = Math.log(movesWithin(rank) * regions);
            return new Reason("same-province", w, x.label() + " and " + y.label() + " lie in one " + (regions == 31 ? "province" : "city"));
        }
        return new Reason("other-province", Math.log(leavesProvince(rank)),
                x.label() + " and " + y.label() + " lie in different provinces");
    }

    /** How many regions of the common ancestor's level there are: 31 provinces or 333 cities. */
    private static int levelOfAncestor(Place x, String ancestorId) {
        int index = x.within().indexOf(ancestorId);
        // the last element is the province; anything nearer is a city
        return index == x.within().size() - 1 ? 31 : 333;
    }

    /** Posts in unrelated places at about the same time: the strongest sign of two namesakes. */
    private static Optional<Reason> simultaneous(List<Mention> a, List<Mention> b) {
        for (Mention x : a) {
            for (Mention y : b) {
                if (x.date().isEmpty() || y.date().isEmpty() || x.homes().isEmpty() || y.homes().isEmpty()
                        || Math.abs(ChronoUnit.DAYS.between(x.date().get(), y.date().get())) > SIMULTANEOUS_DAYS) {
                    continue;
                }
                boolean related = x.homes().stream().anyMatch(p -> y.homes().stream().anyMatch(q -> p.isWithin(q) || q.isWithin(p)));
                if (!related) {
                    return Optional.of(new Reason("simultaneous", Math.log(SIMULTANEOUS_ELSEWHERE), String.format(Locale.ROOT,
                            "posts in %s and %s within %d days", x.homes().get(0).label(), y.homes().get(0).label(),
                            Math.abs(ChronoUnit.DAYS.between(x.date().get(), y.date().get())))));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * P(a post outside the second line after one in it | one person): the chairs and vice chairs of a people's
     * congress standing committee and of a CPPCC committee (二线) are where leaders end their careers; coming back to
     * a Party or government post is a handful of cases. Two namesakes' posts come in either order alike (0.5).
     */
    static final double BACK_FROM_THE_SECOND_LINE = 0.1;

    /**
     * A mention of {@code a} that gives only second-line posts ({@link Post#secondLine}), not held alongside a post of
     * {@code b} by custom (a city's secretary chairs its congress), and a later mention of {@code b} with a post
     * outside it ({@link Post#firstLine}).
     */
    static Optional<Reason> backFromTheSecondLine(List<Mention> a, List<Mention> b) {
        for (Mention x : a) {
            // the chair a city's secretary holds by custom is no end, whichever group shows him secretary
            if (x.date().isEmpty() || x.posts().isEmpty() || !x.posts().stream().allMatch(Post::secondLine) || alongside(x, b)
                    || heldByCustomOnly(x) && a.stream().anyMatch(m -> m != x && alongside(x, List.of(m)))) {
                continue;
            }
            for (Mention y : b) {
                if (y.date().isEmpty() || !y.date().get().isAfter(x.date().get())) {
                    continue;
                }
                Optional<Post> first = y.posts().stream().filter(Post::firstLine).findFirst();
                if (first.isPresent()) {
                    return Optional.of(new Reason("second-line", Math.log(BACK_FROM_THE_SECOND_LINE / 0.5), String.format(Locale.ROOT,
                            "%s (%s) back from %s (%s): the second line is the end of a career", postText(y), y.date().get(),
                            postText(x), x.date().get())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The same sole post (the head of one body) held by the name at two dates, one from each group, with a report of
     * the name's between them giving that post to someone else: one person would have to have left it and come back.
     */
    static Optional<Reason> returnAfterSuccessor(List<Mention> a, List<Mention> b, Succession succession) {
        for (Mention x : a) {
            if (x.date().isEmpty()) {
                continue;
            }
            for (Post p : x.posts()) {
                Optional<String> post = p.soleKey();
                if (post.isEmpty()) {
                    continue;
                }
                for (Mention y : b) {
                    if (y.date().isEmpty() || y.posts().stream().noneMatch(q -> q.soleKey().equals(post))) {
                        continue;
                    }
                    LocalDate from = x.date().get().isBefore(y.date().get()) ? x.date().get() : y.date().get();
                    LocalDate to = from.equals(x.date().get()) ? y.date().get() : x.date().get();
                    Optional<Succession.Holding> between = succession.heldBetween(post.get(), from, to, x.key());
                    if (between.isPresent()) {
                        return Optional.of(new Reason("successor", Math.log(RETURNS_TO_POST), String.format(Locale.ROOT,
                                "%s of %s on %s and %s, held by %s on %s between", p.role(), p.orgLabel(), from, to,
                                between.get().holder(), between.get().date())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * P(the holder of a head's post is next named in another post soon after a successor takes it | one person), over
     * the same for a namesake. One person who leaves a chair turns up in his next post (up, aside, in the second
     * line) within a year or two, and is named in no post before it; a namesake's posts run in years of their own.
     * Reshuffles come in waves, so a namesake's first post falls in such a window about one time in four (estimated):
     * 0.8 / 0.2.
     */
    static final double HANDOVER = 4.0;
    /** How soon after the last report of the old post the new one must be first named, and the successor seen. */
    static final int HANDOVER_DAYS = 730;

    /**
     * The posts of {@code a} all end before those of {@code b} begin; the last report of {@code a} gives the head of a
     * body ({@link Post#soleKey}) that {@code b} never holds, a report of the name gives that chair to someone else
     * after it, and {@code b}'s first post, of the same grade or higher, comes within {@link #HANDOVER_DAYS}: one
     * career moving on. Mentions without
     * a post (a rostrum list) say nothing of when a post was held and are left out.
     */
    static Optional<Reason> handover(List<Mention> a, List<Mention> b, Succession succession) {
        List<Mention> pa = a.stream().filter(m -> m.date().isPresent() && !m.posts().isEmpty()).toList();
        List<Mention> pb = b.stream().filter(m -> m.date().isPresent() && !m.posts().isEmpty()).toList();
        if (pa.isEmpty() || pb.isEmpty()) {
            return Optional.empty();
        }
        Mention last = pa.stream().max(Comparator.comparing((Mention m) -> m.date().get()).thenComparing(m -> m, Mention.BY_ANCHOR)).get();
        Mention first = pb.stream().min(Comparator.comparing((Mention m) -> m.date().get()).thenComparing(m -> m, Mention.BY_ANCHOR)).get();
        LocalDate left = last.date().get();
        LocalDate next = first.date().get();
        // a move on is up or aside; a fall (a city's secretary as a county's, a governor as a vice governor) is the
        // order term's to weigh, and rare enough that a namesake is as likely
        if (!left.isBefore(next) || ChronoUnit.DAYS.between(left, next) > HANDOVER_DAYS || !last.rank().known()
                || !first.rank().known() || first.rank().grade < last.rank().grade) {
            return Optional.empty();
        }
        Set<String> laterPosts = new HashSet<>();
        pb.forEach(m -> m.posts().forEach(q -> q.soleKey().ifPresent(laterPosts::add)));
        for (Post p : last.posts()) {
            Optional<String> post = p.soleKey();
            if (post.isEmpty() || laterPosts.contains(post.get())) {
                continue;
            }
            Optional<Succession.Holding> successor = succession.heldBetween(post.get(), left, left.plusDays(HANDOVER_DAYS), last.key());
            if (successor.isPresent()) {
                return Optional.of(new Reason("handover", Math.log(HANDOVER), String.format(Locale.ROOT,
                        "%s of %s last on %s, held by %s on %s; first named as %s on %s", p.role(), p.orgLabel(), left,
                        successor.get().holder(), successor.get().date(), postText(first), next)));
            }
        }
        return Optional.empty();
    }

    private static List<Place> homes(List<Mention> ms) {
        return ms.stream().flatMap(m -> m.homes().stream()).distinct().toList();
    }

    private static List<Place> seen(List<Mention> ms) {
        return ms.stream().flatMap(m -> m.seen().stream()).filter(p -> !p.isCountry()).distinct().toList();
    }

    private static Rank maxRank(List<Mention> a, List<Mention> b) {
        Rank best = Rank.UNKNOWN;
        for (List<Mention> ms : List.of(a, b)) {
            for (Mention m : ms) {
                if (m.rank().grade > best.grade) {
                    best = m.rank();
                }
            }
        }
        return best;
    }

    /**
     * Colleagues both reports name, counted only when one side holds no post in a known region (a name in a
     * rostrum list): between two posts the posts tell more, and officials of one area are named together whoever
     * they are. Where the place already says "the same area" they add at most {@code cap}: they narrow the area's
     * officials down to the leadership named with them.
     */
    private Optional<Reason> colleagues(List<Mention> a, List<Mention> b, double cap) {
        Set<String> shared = new TreeSet<>();
        String self = a.get(0).key();
        for (Mention x : a) {
            for (Mention y : b) {
                for (Map.Entry<String, Rank> e : x.coNamed().entrySet()) {
                    Rank other = y.coNamed().get(e.getKey());
                    if (other == null || e.getKey().equals(self)) {
                        continue;
                    }
                    boolean leader = e.getValue().grade >= Rank.MINISTERIAL.grade || other.grade >= Rank.MINISTERIAL.grade;
                    if (!leader) {
                        shared.add(e.getKey());
                    }
                }
            }
        }
        shared.removeIf(k -> names.shareOfKey(k) * Rank.UNKNOWN.population > COMMON_COLLEAGUE_NAMESAKES);
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        int n = Math.min(MAX_COLLEAGUES, shared.size());
        return Optional.of(new Reason("colleagues", Math.min(cap, n * Math.log(COLLEAGUE_RATIO)),
                "both reports name " + String.join(", ", shared.stream().limit(MAX_COLLEAGUES).toList())));
    }

    private static Optional<Reason> wikidata(List<Mention> a, List<Mention> b) {
        Set<String> qa = qids(a);
        Set<String> qb = qids(b);
        Set<String> both = new TreeSet<>(qa);
        both.retainAll(qb);
        return both.isEmpty() ? Optional.empty()
                : Optional.of(new Reason("wikidata", SAME_WIKIDATA_ITEM, "both linked to Wikidata " + both));
    }
}
