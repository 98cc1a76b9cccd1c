package org.w3id.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingFinderTest {

    @Test
    void theKindOfAMeetingIsItsHeadNounWithTheWordBefore() {
        assertThat(MeetingFinder.kind("commendation meeting of \"three model units\"")).isEqualTo("commendation meeting");
        assertThat(MeetingFinder.kind("Commendation Meeting")).isEqualTo("commendation meeting");
        assertThat(MeetingFinder.kind("signing ceremony for the new campus")).isEqualTo("signing ceremony");
    }

    @Test
    void meetingsOfDifferentKindsDiffer() {
        // the kind keeps a headline's "commendation meeting of …" and a later "commendation meeting" together,
        // but not "a special meeting" held the same afternoon
        assertThat(MeetingFinder.kind("special meeting on flood control"))
                .isNotEqualTo(MeetingFinder.kind("commendation meeting of model teachers"));
        assertThat(MeetingFinder.kind("work meeting")).isNotEqualTo(MeetingFinder.kind("study meeting"));
    }

    @Test
    void aNameWithoutAHeadNounHasNoKind() {
        assertThat(MeetingFinder.kind("the opening of the new campus")).isEmpty();
    }

    @Test
    void readsTheMeetingThatHoldsAnotherAsItsSitting() {
        assertThat(MeetingFinder.holderOf("On the 26th, the congress held the opening meeting.", "opening meeting"))
                .contains("congress");
        assertThat(MeetingFinder.holderOf("On the 26th, the university held the opening meeting.", "opening meeting"))
                .isEmpty();
        assertThat(MeetingFinder.isOpeningSitting("opening meeting")).isTrue();
        assertThat(MeetingFinder.isOpeningSitting("first plenary session")).isTrue();
        assertThat(MeetingFinder.isOpeningSitting("closing meeting")).isFalse();
        assertThat(MeetingFinder.isOpeningSitting("opening ceremony of the new campus library")).isFalse();
    }

    @Test
    void aMeetingWithTheGroupNamedByItsNounAloneIsTheMeetingWithThatGroupBefore() {
        String before = MeetingFinder.MEETING_WITH + "a delegation of the Legislative Assembly of Macao led by Ho Wai";
        assertThat(MeetingFinder.refersBackToGroupOf(MeetingFinder.MEETING_WITH + "the delegation", before)).isTrue();
        assertThat(MeetingFinder.refersBackToGroupOf(MeetingFinder.MEETING_WITH + "the teachers", before)).isFalse();
        assertThat(MeetingFinder.refersBackToGroupOf(MeetingFinder.MEETING_WITH + "the Hexi delegation", before)).isFalse();
        assertThat(MeetingFinder.refersBackToGroupOf(MeetingFinder.MEETING_WITH + "the delegation", "signing ceremony"))
                .isFalse();
    }

    @Test
    void readsThePartsOfAnEventFromTheSentenceThatListsThem() {
        assertThat(MeetingFinder.parts("The event consisted of two stages: a site visit and an exchange and display session."))
                .containsExactly("exchange and display session");
        assertThat(MeetingFinder.parts("The forum included a keynote session, a roundtable and a signing ceremony."))
                .containsExactly("keynote session", "roundtable", "signing ceremony");
        assertThat(MeetingFinder.parts("The delegation included teachers and students.")).isEmpty();
    }

    @Test
    void aMeetingDatedByAYearAloneIsThePastOfTheEventNotTheReportedOne() {
        assertThat(MeetingFinder.heldInAPastYear("The first round was quietly held", " in Dali in 2019.")).isTrue();
        assertThat(MeetingFinder.heldInAPastYear("The expo was held", " since 2011 in three cities.")).isTrue();
        assertThat(MeetingFinder.heldInAPastYear("The seminar was held", " in Dali on April 3.")).isFalse();
        assertThat(MeetingFinder.heldInAPastYear("The seminar will be held", " in 2027.")).isFalse();
        assertThat(MeetingFinder.heldInAPastYear("The seminar was held", " in the 2026 exhibition hall.")).isFalse();
        // a year further on in the sentence dates something else than the meeting
        assertThat(MeetingFinder.heldInAPastYear("The conference was held", " in Beijing to review the work done since 2019."))
                .isFalse();
        assertThat(MeetingFinder.heldInAPastYear("The meeting was held", " to sum up the work in 2023 and plan for 2024."))
                .isFalse();
    }

    @Test
    void nextToAPlaceIsNoLaterTime() {
        assertThat(MeetingFinder.toBeHeldLater("unveiling ceremony", "the unveiling ceremony will be held",
                " next to the new library at noon.")).isFalse();
        assertThat(MeetingFinder.toBeHeldLater("unveiling ceremony", "the unveiling ceremony will be held",
                " in Luzhou next spring.")).isTrue();
        assertThat(MeetingFinder.toBeHeldLater("next work conference", "the next work conference will be held",
                " in Yibin.")).isTrue();
    }

    @Test
    void aGroupMetIsNotTheOwnerOfAnotherNoun() {
        assertThat(MeetingFinder.MET_WITH.matcher("Later, he met with guides covering the delegation's tour.").find())
                .isFalse();
        assertThat(MeetingFinder.MET_WITH.matcher("Later, he met with the farmers' delegation from Hexi.").find())
                .isTrue();
    }

    @Test
    void meetingWithMembersOfABodyIsAMeetingWithAGroup() {
        assertThat(MeetingFinder.MET_WITH.matcher("Then Kong met with members of the township's youth league and "
                + "listened to their plans.").find()).isTrue();
        assertThat(MeetingFinder.MET_WITH.matcher("Then Kong met with members and listened to them.").find()).isFalse();
    }

    @Test
    void aMeetingHeldEndsBeforeTheNextVerbOfTheSentence() {
        java.util.regex.Matcher m = MeetingFinder.HELD_OBJECT.matcher(
                "On the 9th, the assembly held its final plenary session and adopted the work report.");
        assertThat(m.find()).isTrue();
        assertThat(m.group(2)).isEqualTo("final plenary session");
    }
}
