package org.w3id.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a report is cut into meetings, in whole reports written for these tests: a second meeting the narrative moves
 * to ("On the same day, …"), a meeting with a delegation before the event it came for, a congress reported through
 * its opening and closing meetings, and the meeting a later sentence speaks of.
 */
class MeetingSegmentationTest {
    private static ShortReports reports;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        reports = new ShortReports();
    }

    private Extraction extract(String text) throws Exception {
        return reports.extract(dir, text);
    }

    private static List<String> who(Extraction x, Meeting m, Role role) {
        return x.participations().stream().filter(p -> p.meetingKey().equals(m.key()) && p.role() == role)
                .map(Participation::official).toList();
    }

    private static String date(Meeting m) {
        return m.date().map(PartialDate::iso).orElse("");
    }

    @Test
    void aMeetingPresidedOverOnTheSameDayIsAnotherMeeting() throws Exception {
        Extraction x = extract("Published: 2024-05-10\n"
                + "On May 9, the provincial flood control meeting was held in Hexi. Ma Lin, Governor of Hexi Province, "
                + "attended and spoke. On the same day, Ma Lin presided over a meeting of the Standing Committee of the "
                + "Provincial Party Committee to study the flood season work.\n");

        assertThat(x.meetings()).hasSize(2);
        Meeting second = x.meetings().get(1);
        assertThat(second.name()).startsWith("meeting of the Standing Committee");
        assertThat(who(x, second, Role.PRESIDED)).containsExactly("Ma Lin");
        assertThat(date(second)).isEqualTo("2024-05-09");
    }

    @Test
    void aMeetingPresidedOverLaterThatAfternoonIsAnotherMeetingEvenNamedWithThe() throws Exception {
        Extraction x = extract("Published: 2025-01-03\n"
                + "On December 27, the Hexi City Party Committee held its economic work conference. Zhou Lan, secretary "
                + "of the Hexi City Party Committee, delivered a speech. Later in the same afternoon, Li Ping, mayor of "
                + "Hexi, presided over the executive meeting of the city government to study the tasks.\n");

        assertThat(x.meetings()).extracting(Meeting::name)
                .containsExactly("economic work conference", "executive meeting of the city government");
        assertThat(who(x, x.meetings().get(1), Role.PRESIDED)).containsExactly("Li Ping");
    }

    @Test
    void aMeetingPresidedOverWithoutAMoveInTimeIsTheMeetingReported() throws Exception {
        Extraction x = extract("Published: 2025-01-03\n"
                + "On December 27, the Hexi City Party Committee held its economic work conference. Li Ping, mayor of "
                + "Hexi, presided over the plenary meeting of the conference.\n");

        assertThat(x.meetings()).hasSize(1);
    }

    @Test
    void peopleNamedInWhatTheMeetingDecidedDoNotSpeak() throws Exception {
        Extraction x = extract("Published: 2024-06-20\n"
                + "On June 19, Ma Lin, secretary of the Hexi Provincial Party Committee, presided over a meeting of the "
                + "Standing Committee of the Hexi Provincial Party Committee. The meeting decided to set up a leading "
                + "group headed by Ma Lin and Zhou Lan, and required all counties to report their progress monthly.\n");

        Meeting m = x.meetings().get(0);
        assertThat(who(x, m, Role.SPOKE)).isEmpty();
        assertThat(who(x, m, Role.ATTENDED)).containsExactly("Ma Lin");
    }

    @Test
    void theOneAMeetingHearsDeliverAReportSpokeAtIt() throws Exception {
        Extraction x = extract("Published: 2024-03-02\n"
                + "On March 1, the Hexi municipal education work conference was held. The conference heard Zhou Lan, "
                + "director of the Hexi Municipal Education Bureau, deliver the work report of the bureau.\n");

        Meeting m = x.meetings().get(0);
        assertThat(who(x, m, Role.SPOKE)).containsExactly("Zhou Lan");
    }

    @Test
    void aMeetingAnnouncedForNextYearIsNotOneTheReportTellsOf() throws Exception {
        Extraction x = extract("Published: 2024-09-20\n"
                + "On September 19, the joint consultation symposium of the CPPCCs of Hexi and Lingnan was held in Hexi. "
                + "Ma Lin, chairman of the Hexi CPPCC, presided over the symposium. The two sides agreed that the next "
                + "joint consultation will be held in Lingnan next year.\n");
        Extraction closing = extract("Published: 2022-01-09\n"
                + "On January 8, the first session of the 9th Hexi County People's Congress held an election meeting. "
                + "Zhou Lan presided over the election meeting. After the election meeting, the closing general meeting "
                + "will be held.\n");

        assertThat(x.meetings()).hasSize(1);
        assertThat(closing.meetings()).hasSize(2);
    }

    @Test
    void aMeetingWithADelegationBeforeASymposiumIsAMeetingOfItsOwn() throws Exception {
        Extraction x = extract("Published: 2024-06-12\n"
                + "On the morning of June 11, Ma Lin, governor of Hexi Province, met in Hexi with the delegation of the "
                + "Government of the Macao Special Administrative Region led by Ho Wai. In the afternoon, the Hexi-Macao "
                + "Trade Symposium, co-hosted by the two governments, was held in Hexi. The symposium was presided over "
                + "by Zhou Lan, vice governor of Hexi Province.\n");

        assertThat(x.meetings()).hasSize(2);
        assertThat(x.meetings().get(0).name()).startsWith("meeting with the delegation");
        assertThat(who(x, x.meetings().get(0), Role.ATTENDED)).contains("Ma Lin").doesNotContain("Zhou Lan");
        assertThat(who(x, x.meetings().get(1), Role.PRESIDED)).containsExactly("Zhou Lan");
    }

    @Test
    void aMeetingWithADelegationNamedByItsGovernmentIsFoundAndTheSpeechesGoToTheMeetingNamedAfterIt() throws Exception {
        Extraction x = extract("Published: 2025-05-23\n"
                + "On the 22nd, the Hexi-Macao Trade Exchange Meeting was jointly held in Hexi by the two governments. "
                + "Before the meeting, Ma Lin, governor of Hexi Province, met with the Macao SAR government delegation "
                + "led by Ho Wai. At the exchange meeting, Zhou Lan, vice governor of Hexi Province, delivered a speech. "
                + "Li Ping, director of the Hexi Provincial Department of Commerce, signed the trade agreement.\n");

        assertThat(x.meetings()).extracting(Meeting::name)
                .containsExactly("Hexi-Macao Trade Exchange Meeting", "meeting with the Macao SAR government delegation led by Ho Wai");
        Meeting exchange = x.meetings().get(0);
        assertThat(who(x, exchange, Role.SPOKE)).containsExactly("Zhou Lan");
        assertThat(who(x, exchange, Role.SIGNED)).containsExactly("Li Ping");
    }

    @Test
    void welcomingTheDelegationMetBeforeIsThatMeeting() throws Exception {
        Extraction x = extract("Published: 2024-10-16\n"
                + "On October 15, Ma Lin, governor of Hexi Province, met in Hexi with a delegation of the Legislative "
                + "Assembly of Macao led by Ho Wai. Ma Lin welcomed the delegation and briefed it on the province's "
                + "development. Zhou Lan, vice governor of Hexi Province, attended the meeting.\n");

        assertThat(x.meetings()).hasSize(1);
        assertThat(who(x, x.meetings().get(0), Role.ATTENDED)).containsExactlyInAnyOrder("Ma Lin", "Zhou Lan");
    }

    @Test
    void greetingTheGuestsOfAnEventIsNoMeetingOfItsOwn() throws Exception {
        Extraction x = extract("Published: 2022-09-09\n"
                + "On September 8, the provincial symposium to celebrate Teachers' Day was held in Hexi. Before the "
                + "symposium, Ma Lin, governor of Hexi Province, met the teacher representatives and took a group photo "
                + "with them. Zhou Lan, director of the Hexi Provincial Department of Education, welcomed the Hexi "
                + "delegation and said that teachers are the heart of the schools.\n");

        assertThat(x.meetings()).hasSize(1);
    }

    @Test
    void aCongressReportedThroughItsOpeningAndClosingMeetingsIsThoseTwoMeetings() throws Exception {
        Extraction x = extract("Published: 2024-06-29\n"
                + "From June 26 to 28, the Fourth Congress of the Hexi University Party Committee was held in the "
                + "auditorium. On the morning of the 26th, the congress held the opening meeting. Ma Lin, deputy "
                + "director of the Hexi Provincial Department of Education, attended the congress and made a speech. "
                + "Li Ping, president of Hexi University, presided over the opening meeting. On the afternoon of the 28th, "
                + "the congress held the closing meeting. Zhou Lan, deputy secretary of the Party Committee of Hexi "
                + "University, presided over the closing meeting.\n");

        assertThat(x.meetings()).hasSize(2);
        Meeting opening = x.meetings().get(0);
        Meeting closing = x.meetings().get(1);
        assertThat(date(opening)).isEqualTo("2024-06-26");
        assertThat(date(closing)).isEqualTo("2024-06-28");
        assertThat(who(x, opening, Role.SPOKE)).containsExactly("Ma Lin");
        assertThat(who(x, opening, Role.PRESIDED)).containsExactly("Li Ping");
        assertThat(who(x, closing, Role.PRESIDED)).containsExactly("Zhou Lan");
    }

    @Test
    void theForumIsTheForumReportedAndTheMeetingIsTheOneReportedLast() throws Exception {
        Extraction x = extract("Published: 2025-06-13\n"
                + "On June 12, the opening ceremony of the Hexi Trade Expo was held in Hexi. Ma Lin, governor of Hexi "
                + "Province, attended. On the same afternoon, the Hexi Local Government Cooperation Forum was held. Zhou "
                + "Lan, vice governor of Hexi Province, presided over the forum, and Li Ping, mayor of Hexi, attended.\n");

        assertThat(x.meetings()).hasSize(2);
        assertThat(who(x, x.meetings().get(1), Role.ATTENDED)).containsExactlyInAnyOrder("Zhou Lan", "Li Ping");
        assertThat(who(x, x.meetings().get(0), Role.ATTENDED)).containsExactly("Ma Lin");
    }
}
