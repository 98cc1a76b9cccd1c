package org.w3id.cadregraph.identity;

import java.util.Optional;
import java.util.regex.Pattern;
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
public record Post(String role, String orgKey, String orgLabel, Optional<Place> place, Rank rank) {
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
        if (!rank.known() || rank.grade % 2 == 0 && rank != Rank.STATE) {
            return Optional.empty(); // a vice grade is no jurisdiction's head
        }
        boolean party = role.matches("(party )?secretary") && BodyNames.isPartyCommittee(orgLabel)
                && !orgLabel.toLowerCase(java.util.Locale.ROOT).matches(".*(discipline|work(ing)? committee|department|commission).*");
        boolean government = GOVERNMENT_HEAD.matcher(role).matches();
        return party || government ? Optional.of((party ? "party secretary" : "government head") + " at " + rank.name()) : Optional.empty();
    }

    /**
     * The post as one holder at a time holds it ("org/cpc-wuxi-municipal-committee secretary"), when it is the head
     * of a body the report identifies; empty for a deputy's or member's post, or a body without its region whose
     * name hundreds of bodies bear ("Municipal Party Committee").
     */
    public Optional<String> soleKey() {
        if (orgKey.isEmpty() || !HEAD.matcher(role).matches()
                || place.isEmpty() && BodyNames.isGeneric(orgLabel) && !BodyNames.isTheParty(orgLabel)) {
            return Optional.empty();
        }
        return Optional.of(orgKey + " " + role);
    }
}
