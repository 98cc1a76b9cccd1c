package org.w3id.cadregraph.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.cadregraph.graph.BodyNames;

/**
 * One post a report gives a person, as identity compares posts.
 *
 * @param role      the role, lower case ("deputy director")
 * @param orgKey    the body, normalised and scoped by its region ("education-bureau--dalian"); empty when none is named
 * @param orgLabel  the body's name as written, for the reasons a decision gives
 * @param place     the region the body belongs to, when known
 * @param rank      the post's grade
 */
public final class Post {
    private final String role;
    private final String orgKey;
    private final String orgLabel;
    private final Optional<Place> place;
    private final Rank rank;
    // What identity asks of a post for every pair of groups of a name, worked out once: on 20,000 reports the
    // regular expressions behind them, run per pair, took 40 % of identity's time (JFR).
    private final int standing;
    private final Optional<String> jurisdictionHeadKind;
    private final boolean concurrentByCustom;
    private final Optional<String> soleKey;
    private final boolean partyOrgan;
    private final boolean secondLine;
    private final Optional<String> lineKey;
    private final boolean governmentDeputy;

    public Post(String role, String orgKey, String orgLabel, Optional<Place> place, Rank rank) {
        this.role = role;
        this.orgKey = orgKey;
        this.orgLabel = orgLabel;
        this.place = place;
        this.rank = rank;
        this.standing = computeStanding();
        this.jurisdictionHeadKind = computeJurisdictionHeadKind();
        this.concurrentByCustom = computeConcurrentByCustom();
        this.soleKey = computeSoleKey();
        this.partyOrgan = PARTY_ORGAN.matcher(orgLabel).find();
        this.secondLine = SECOND_LINE.matcher(orgLabel).find();
        this.lineKey = computeLineKey();
        this.governmentDeputy = JURISDICTION_LEADER.matcher(role).matches() && DEPUTY.matcher(role).find();
    }

    public String role() {
        return role;
    }

    public String orgKey() {
        return orgKey;
    }

    public String orgLabel() {
        return orgLabel;
    }

    public Optional<Place> place() {
        return place;
    }

    public Rank rank() {
        return rank;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Post p && role.equals(p.role) && orgKey.equals(p.orgKey) && orgLabel.equals(p.orgLabel)
                && place.equals(p.place) && rank.equals(p.rank);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(role, orgKey, orgLabel, place, rank);
    }

    @Override
    public String toString() {
        return "Post[role=" + role + ", orgKey=" + orgKey + ", orgLabel=" + orgLabel + ", place=" + place + ", rank=" + rank + "]";
    }

    /** The head of a body: one holder at a time (a deputy, a member, a secretary-general is one of several or not the head). */
    private static final Pattern HEAD = Pattern.compile("(party )?(secretary|chief)|mayor|governor|director|chair(man|woman)?|"
            + "head|president|minister|magistrate|(county|district) (mayor|head|chief|magistrate)|commissioner");

    private static final Pattern PARTY_COMMITTEE = Pattern.compile("\\b(cpc|party|communist)\\b.*\\bcommittee\\b");
    private static final Pattern NOT_THE_COMMITTEE = Pattern.compile("discipline|work(ing)? committee|department|commission|office|youth league");

    /**
     * The post's standing, finer than its grade: the grade doubled, plus one for the secretary of a jurisdiction's
     * Party committee, who outranks the head of its government of the same grade (a mayor becomes the city's
     * Party secretary; a Party secretary does not become its mayor). 0 when the grade is unknown.
     */
    public int standing() {
        return standing;
    }

    private int computeStanding() {
        if (!rank.known()) {
            return 0;
        }
        String org = orgLabel.toLowerCase(java.util.Locale.ROOT);
        boolean partyHead = role.matches("(party )?secretary") && PARTY_COMMITTEE.matcher(org).find()
                && !NOT_THE_COMMITTEE.matcher(org).find();
        return rank.grade * 2 + (partyHead ? 1 : 0);
    }

    private static final Pattern GOVERNMENT_HEAD = Pattern.compile("mayor|governor|magistrate|(county|district) (mayor|head|chief|magistrate)");

    /**
     * The kind of post, when it is the head of a jurisdiction's Party committee or government ("secretary of a
     * division-grade Party committee": a county's Party secretary), whatever the report says of which jurisdiction:
     * "Secretary of the County Party Committee" in a county's own paper and "Secretary of the CPC Youxian County
     * Committee" are one kind. Empty for other posts, whose kinds are too many to count.
     */
    public Optional<String> jurisdictionHeadKind() {
        return jurisdictionHeadKind;
    }

    private Optional<String> computeJurisdictionHeadKind() {
        if (!rank.known() || rank.isVice()) {
            return Optional.empty(); // a vice grade is no jurisdiction's head
        }
        boolean party = role.matches("(party )?secretary") && BodyNames.isPartyCommittee(orgLabel)
                && !orgLabel.toLowerCase(java.util.Locale.ROOT).matches(".*(discipline|work(ing)? committee|department|commission).*");
        boolean government = GOVERNMENT_HEAD.matcher(role).matches();
        return party || government ? Optional.of((party ? "party secretary" : "government head") + " at " + rank.name()) : Optional.empty();
    }

    /**
     * Bodies whose head is, by custom, also the head of another, so holding both at once is no sign of two people:
     * a Party secretary chairs the people's congress standing committee and the leading groups of the Party
     * committee; a bureau's director is the secretary of its Party group; a city's or district's leader
     * is the secretary of the Party working committee, or the director of the administrative committee, of a new
     * area, development zone or industrial park it hosts (党工委, 管委会).
     */
    private static final Pattern CONCURRENT_BY_CUSTOM = Pattern.compile(
            "people's congress|npc|political consultative|cppcc|party group|leading (small )?group|leading party|"
                    + "military|garrison|party school|armed forces|"
                    + "(working|work|administrative|administration|management) committee.*" + Post.ZONE + "|"
                    + Post.ZONE + ".*(working|work|administrative|administration|management) committee",
            Pattern.CASE_INSENSITIVE);
    private static final String ZONE = "(new area|new district|development zone|hi-?tech|high[- ]tech|high and new|"
            + "industrial (park|zone)|economic zone|free trade|pilot zone|demonstration zone|bonded|port area|"
            + "science (city|park)|technolog(y|ical) (park|zone|development))";
    /**
     * The Party committee's decision and coordination commissions, which its secretary chairs; not their offices,
     * whose directors are others, nor the discipline inspection or political and legal affairs commissions.
     */
    private static final Pattern CHAIRED_BY_THE_SECRETARY = Pattern.compile(
            "deepen(ing|ed)? (the )?reform|law-based governance|rule of law|(governing|governance) .*by law|"
                    + "financial and economic affairs|economic and financial affairs|national security (commission|committee)|"
                    + "foreign affairs (commission|committee)|cyberspace affairs (commission|committee)|"
                    + "institutional organi[sz]ation|auditing (commission|committee)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFICE = Pattern.compile("\\boffice\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether a head of this body is, by custom, a head of another at the same time ({@link #CONCURRENT_BY_CUSTOM},
     * {@link #CHAIRED_BY_THE_SECRETARY}).
     */
    public boolean concurrentByCustom() {
        return concurrentByCustom;
    }

    private boolean computeConcurrentByCustom() {
        return CONCURRENT_BY_CUSTOM.matcher(orgLabel).find() && !fullTimeConsultativeChair()
                || CHAIRED_BY_THE_SECRETARY.matcher(orgLabel).find() && !OFFICE.matcher(orgLabel).find();
    }

    private static final Pattern CONSULTATIVE = Pattern.compile("political consultative|cppcc", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEPUTY = Pattern.compile("\\b(vice|deputy)\\b", Pattern.CASE_INSENSITIVE);
    /** The head of a jurisdiction's government or one of its deputies ("vice mayor", "executive vice governor"). */
    private static final Pattern JURISDICTION_LEADER = Pattern.compile("((executive )?(vice|deputy) )?(mayor|governor|magistrate|"
            + "(county|district) (mayor|head|chief|magistrate))");

    /**
     * The second line (二线): a people's congress standing committee or a CPPCC committee, where leaders go at the end
     * of their careers (its chair, held by a Party secretary by custom, is no end; see {@link #heldAlongside}).
     */
    private static final Pattern SECOND_LINE = Pattern.compile("people's congress|\\bnpc\\b|political consultative|cppcc",
            Pattern.CASE_INSENSITIVE);

    public boolean secondLine() {
        return secondLine;
    }

    /** A post of known grade outside the second line and not held by custom alongside another: a step of a career. */
    public boolean firstLine() {
        return rank.known() && !secondLine && !concurrentByCustom;
    }

    /**
     * A deputy head of a jurisdiction's government (vice mayor, vice governor): by custom often the director of one of
     * its bureaus at once (副市长兼公安局长).
     */
    public boolean governmentDeputy() {
        return governmentDeputy;
    }

    private static final Pattern MEMBER_OR_DEPUTY_SECRETARY = Pattern.compile("\\bmember\\b|(deputy|vice) (party )?secretary|secretary[- ]general");

    /**
     * The post as the line of a career holds it ("org/jiangyin-county-committee secretary", "org/wuxi-municipal-government
     * vice mayor"), when the report identifies the body: one post a person holds at a time, head or deputy. Empty for
     * a member's post or a Party committee's deputy secretary (held alongside a government post by custom), a post held
     * by custom, and a body without its region whose name hundreds of bodies bear.
     */
    public Optional<String> lineKey() {
        return lineKey;
    }

    private Optional<String> computeLineKey() {
        if (orgKey.isEmpty() || concurrentByCustom || MEMBER_OR_DEPUTY_SECRETARY.matcher(role).find()
                || place.isEmpty() && BodyNames.isGeneric(orgLabel) && !BodyNames.isTheParty(orgLabel)) {
            return Optional.empty();
        }
        return Optional.of(orgKey + " " + role);
    }

    /**
     * Whether this post, one held by custom alongside another ({@link #concurrentByCustom}), could be held alongside
     * {@code other}: the custom gives such a chair to a leader of the jurisdiction the body belongs to (a city's Party
     * secretary chairs the city's people's congress standing committee, not a county's, nor another city's), so the
     * other post must be of the same region or of one the body lies within. True when either place is unknown.
     */
    public boolean heldAlongside(Post other) {
        return place.isEmpty() || other.place.isEmpty() || place.get().isWithin(other.place.get());
    }

    private static final Pattern DEPUTY_OR_PARTY_GROUP = Pattern.compile("\\b(vice|deputy)\\b|party group|leading party",
            Pattern.CASE_INSENSITIVE);

    /**
     * The chair of a CPPCC committee is a post of its own: no Party secretary or government head holds it alongside
     * (a city's secretary or mayor is moved to it, often at the end of a career); its vice chairs are, by custom,
     * often the heads of the united front department and other bodies, and its Party group's secretary is its chair.
     */
    private boolean fullTimeConsultativeChair() {
        return CONSULTATIVE.matcher(orgLabel).find() && !DEPUTY_OR_PARTY_GROUP.matcher(role + " " + orgLabel).find();
    }

    /**
     * Pairs of a Party organ and a state organ that are one office with two names (一个机构两块牌子) although their
     * names share no word: the organization department is the civil service bureau, the discipline inspection
     * commission the supervisory commission, the propaganda department the press and publication bureau, the
     * united front work department the ethnic and religious affairs body.
     */
    private static final List<Pattern[]> TWO_NAMES = List.of(
            pair("organi[sz]ation department", "civil service"),
            pair("discipline inspection", "supervis(ory|ion)"),
            pair("propaganda department|publicity department", "press|publication|film|information office"),
            pair("united front", "ethnic|religio|overseas chinese"),
            pair("party history", "chronicle"),
            pair("secre(cy|ts)", "secre(cy|ts)"),
            pair("cyberspace|internet information", "cyberspace|internet information"));

    private static Pattern[] pair(String party, String state) {
        return new Pattern[] {Pattern.compile(party, Pattern.CASE_INSENSITIVE), Pattern.compile(state, Pattern.CASE_INSENSITIVE)};
    }

    /** Words of a body's name that say nothing of its field: its kind, its level, the Party's and the state's names. */
    private static final Set<String> NOT_A_FIELD = Set.of("of", "the", "and", "for", "on", "in", "cpc", "party", "communist",
            "china", "chinese", "central", "committee", "committees", "state", "council", "office", "general", "work",
            "working", "affairs", "department", "bureau", "commission", "administration", "municipal", "provincial",
            "county", "district", "city", "prefecture", "prefectural", "autonomous", "region", "people's", "government",
            "national", "ministry", "leading", "group", "standing", "province", "municipality");
    private static final Pattern PARTY_ORGAN = Pattern.compile("\\b(cpc|party|communist)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether one of the two bodies is named without its region and could be the other ("Municipal Civil Service
     * Bureau" in a city's own paper, "Anshan Municipal Civil Service Bureau" elsewhere).
     */
    public boolean mayBeTheSameBodyAs(Post other) {
        if (place.isPresent() == other.place.isPresent() || orgLabel.isEmpty() || other.orgLabel.isEmpty()) {
            return false;
        }
        String unplaced = (place.isEmpty() ? orgLabel : other.orgLabel).toLowerCase(Locale.ROOT);
        String placed = (place.isEmpty() ? other.orgLabel : orgLabel).toLowerCase(Locale.ROOT);
        return placed.contains(unplaced.replaceFirst("^the ", ""));
    }

    /**
     * Whether this body and {@code other} are one office with two names (一个机构两块牌子): a Party organ and a state
     * organ of the same jurisdiction whose names share the field ("Taiwan Work Office of the CPC Central Committee",
     * "Taiwan Affairs Office of the State Council"; a Party committee's education working committee and the
     * education bureau) or form a known pair ({@link #TWO_NAMES}). Their one head holds both chairs.
     */
    public boolean sameOfficeAs(Post other) {
        if (!place.map(Place::id).equals(other.place.map(Place::id))) {
            return false;
        }
        boolean partyHere = partyOrgan;
        if (partyHere == other.partyOrgan) {
            return false;
        }
        String party = partyHere ? orgLabel : other.orgLabel;
        String state = partyHere ? other.orgLabel : orgLabel;
        for (Pattern[] p : TWO_NAMES) {
            if (p[0].matcher(party).find() && p[1].matcher(state).find()) {
                return true;
            }
        }
        Set<String> fields = fieldWords(party);
        return fieldWords(state).stream().anyMatch(fields::contains);
    }

    /** The words of a body's name that name its field, the names of its region left out. */
    private Set<String> fieldWords(String label) {
        Set<String> region = place.map(pl -> Arrays.stream(pl.label().toLowerCase(Locale.ROOT).split("\\W+"))
                .collect(Collectors.toSet())).orElse(Set.of());
        return Arrays.stream(label.toLowerCase(Locale.ROOT).split("[^\\p{L}']+"))
                .filter(w -> w.length() > 2 && !NOT_A_FIELD.contains(w) && !region.contains(w))
                .collect(Collectors.toSet());
    }

    /**
     * The post as one holder at a time holds it ("org/cpc-wuxi-municipal-committee secretary"), when it is the head
     * of a body the report identifies; empty for a deputy's or member's post, or a body without its region whose
     * name hundreds of bodies bear ("Municipal Party Committee").
     */
    public Optional<String> soleKey() {
        return soleKey;
    }

    private Optional<String> computeSoleKey() {
        if (orgKey.isEmpty() || !HEAD.matcher(role).matches()
                || place.isEmpty() && BodyNames.isGeneric(orgLabel) && !BodyNames.isTheParty(orgLabel)) {
            return Optional.empty();
        }
        return Optional.of(orgKey + " " + role);
    }
}
