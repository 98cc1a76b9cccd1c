package org.w3id.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who spoke, presided and signed, on short reports written for these tests: the ways this genre says that an
 * official spoke at a meeting (an explanation of a draft, a briefing, the arrangements of the work, a demand made
 * of the departments) and who signs with whom.
 */
class ParticipationRolesTest {
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

    private static List<String> with(Extraction x, Role role) {
        return x.participations().stream().filter(p -> p.role() == role).map(Participation::official).toList();
    }

    private static List<String> with(Extraction x, Role role, String meetingKey) {
        return x.participations().stream().filter(p -> p.role() == role && p.meetingKey().equals(meetingKey))
                .map(Participation::official).toList();
    }

    @Test
    void thosePresidingEndWhereTheSubjectOfTheNextVerbBegins() throws Exception {
        Extraction x = extract("Published: 2024-02-03\n"
                + "On February 2, the fourth session of the 11th county CPPCC opened. The opening meeting was presided over "
                + "by Hu Min, vice chairman of the county CPPCC, and vice chairmen Qian Li and Zhou Lan and secretary-general "
                + "Wu Gang attended.\n"
                + "On February 5, the county held a work conference on rural roads. The conference was co-chaired by Shi "
                + "Peng and Cao Jun. At the conference, which was presided over by Vice Mayor Lu Fang, Gu Wen and Ye Qing "
                + "delivered speeches.\n");
        assertThat(with(x, Role.PRESIDED)).containsExactlyInAnyOrder("Hu Min", "Shi Peng", "Cao Jun", "Lu Fang");
        assertThat(with(x, Role.SPOKE)).containsExactlyInAnyOrder("Gu Wen", "Ye Qing");
        assertThat(with(x, Role.ATTENDED)).contains("Hu Min", "Qian Li", "Zhou Lan", "Wu Gang");
    }

    @Test
    void explanationsBriefingsArrangementsAndSummariesAreSpoken() throws Exception {
        Extraction x = extract("Published: 2025-03-02\n"
                + "On March 1, the standing committee of the county people's congress held its 12th meeting. "
                + "Fan Lei, Director of the Standing Committee, presided over the meeting and made a summary. "
                + "Qin Hao, Deputy Director of the Standing Committee, gave an explanation on the draft regulations. "
                + "Bai Rui, Director of the County Water Bureau, gave a briefing on the flood season. "
                + "Deng Tao, Deputy County Magistrate, made a specific arrangement for the spring planting.\n");
        assertThat(with(x, Role.SPOKE)).containsExactlyInAnyOrder("Fan Lei", "Qin Hao", "Bai Rui", "Deng Tao");
        assertThat(with(x, Role.PRESIDED)).containsExactly("Fan Lei");
    }

    @Test
    void arrangingInterpretingRecallingAndAskingTheDepartmentsAreSpoken() throws Exception {
        Extraction x = extract("Published: 2025-05-10\n"
                + "On May 9, the district held a conference on the private economy. "
                + "Cao Jun, District Mayor, presided over the conference. "
                + "Ye Qing, deputy district mayor, interpreted the new measures, and Cao Jun arranged the key tasks for the "
                + "next quarter. Shi Peng, Secretary of the District Party Committee, recalled the district's first industrial "
                + "park. Lu Fang, Director of the District Finance Bureau, asked the townships to pay the subsidies within a "
                + "month. Gu Wen, Director of the District Commerce Bureau, requested that every project have a contact person.\n");
        assertThat(with(x, Role.SPOKE)).containsExactlyInAnyOrder("Ye Qing", "Cao Jun", "Shi Peng", "Lu Fang", "Gu Wen");
    }

    @Test
    void introducingTheDevelopmentOfARegionIsSpokenButIntroducingAGuestIsNot() throws Exception {
        Extraction x = extract("Published: 2025-06-21\n"
                + "On June 20, the two provinces held a cooperation symposium in Nanning. "
                + "Wei Min, Governor of the province, introduced the economic and social development of the province. "
                + "Tang Hui, Vice Governor of the province, introduced the Ministry of Commerce to the guests.\n");
        assertThat(with(x, Role.SPOKE)).containsExactly("Wei Min");
    }

    @Test
    void askingQuestionsIsNoSpeechAndAnAskedOfficialDidNotSpeak() throws Exception {
        Extraction x = extract("Published: 2025-06-21\n"
                + "On June 20, the provincial department of education held a press conference. "
                + "Kong Yu, deputy director of the department, attended and asked questions about the exam. "
                + "Wen Li, Director of the Department, was asked to report back within a month.\n");
        assertThat(with(x, Role.SPOKE)).isEmpty();
    }

    @Test
    void aLetterReadOutIsSpokenButADecisionReadOutIsNot() throws Exception {
        Extraction x = extract("Published: 2025-09-11\n"
                + "On September 10, the city held a Teachers' Day commendation meeting. "
                + "Zhu Lan, Vice Mayor, read out a letter of thanks to the teachers. "
                + "Hou Yi, Director of the Municipal Education Bureau, read out the decision on the commendation.\n");
        assertThat(with(x, Role.SPOKE)).containsExactly("Zhu Lan");
        assertThat(with(x, Role.ATTENDED)).containsExactlyInAnyOrder("Zhu Lan", "Hou Yi");
    }

    @Test
    void whoSignsWithSomeoneSignsWithThem() throws Exception {
        Extraction x = extract("Published: 2025-04-18\n"
                + "On April 17, the high-tech zone held an investment promotion conference. "
                + "Lei Bo, Deputy Director of the Management Committee, signed a cooperation agreement with Han Xu, general "
                + "manager of a battery company, on a packaging project. "
                + "Mo Qi, Director of the Management Committee, signed agreements with the city's three banks.\n");
        assertThat(with(x, Role.SIGNED)).containsExactlyInAnyOrder("Lei Bo", "Han Xu", "Mo Qi");
    }

    @Test
    void aSpeechChainedToAttendingTheEventsIsGivenAtEachOfThem() throws Exception {
        Extraction x = extract("Published: 2025-10-09\n"
                + "In Guilin on October 8, the provincial culture department held a promotion conference on rural tourism "
                + "together with a forum on homestay standards. Wen Bo, Deputy Director of the "
                + "Department of Culture and Tourism, and Shi Lan, Vice Governor of the province, attended the events and "
                + "delivered speeches.\n");
        assertThat(x.meetings()).hasSize(2);
        assertThat(with(x, Role.SPOKE, "m1")).containsExactlyInAnyOrder("Wen Bo", "Shi Lan");
        assertThat(with(x, Role.SPOKE, "m2")).containsExactlyInAnyOrder("Wen Bo", "Shi Lan");
    }

    @Test
    void writtenNotesOnTheWorkAreNoSpeech() throws Exception {
        // "notes" (批示) are instructions written on a document, not said at the meeting
        Extraction x = extract("Published: 2025-04-03\n"
                + "On April 2, the city convened a conference on fire prevention in markets. Zhou Lin, Mayor of the city, "
                + "made important notes on the campaign beforehand. Qian Yu, Vice Mayor of the city, attended the "
                + "conference and delivered a speech. Ma Jun, Director of the City Emergency Bureau, made drafting notes on "
                + "the draft rules for market stalls.\n");
        assertThat(with(x, Role.SPOKE)).containsExactlyInAnyOrder("Qian Yu", "Ma Jun");
    }

    @Test
    void takingSeatsOnTheRostrumIsAttending() throws Exception {
        Extraction x = extract("Published: 2025-01-15\n"
                + "On January 14, the third session of the 14th regional people's congress opened in the capital. "
                + "Members of the presidium Aygul · Tursun, Ma Lin, Qi Hong and others took seats on the rostrum.\n");
        assertThat(with(x, Role.ATTENDED)).containsExactlyInAnyOrder("Aygul Tursun", "Ma Lin", "Qi Hong");
    }

    @Test
    void twoDeputiesOfOneProvinceAreNotBothSides() throws Exception {
        Extraction x = extract("Published: 2025-08-04\n"
                + "On August 3, Zhang Hua, Governor of Fujian Province, held a symposium in Fuzhou with an investment "
                + "delegation headed by Hiroshi Tanaka, chairman of the Osaka Chamber of Commerce. Pan Rui and Cao Min, "
                + "Vice Governors of Fujian Province, attended. Leaders of both sides delivered speeches at the symposium.\n");
        assertThat(with(x, Role.SPOKE)).doesNotContain("Pan Rui", "Cao Min");
    }

    @Test
    void theLeadersOfTheFourProvincesAreTheFourNamedBefore() throws Exception {
        Extraction x = extract("Published: 2025-07-12\n"
                + "A joint conference on protecting the upper river basin was held in Guiyang on July 11. "
                + "Governor Mo Qiang, Governor Lei Na, Governor Duan Yi and Governor Xie Hong attended the conference. "
                + "Afterwards, the leaders of the four provinces jointly signed a framework agreement on water "
                + "quality.\n");
        assertThat(with(x, Role.SIGNED)).containsExactlyInAnyOrder("Mo Qiang", "Lei Na", "Duan Yi", "Xie Hong");
    }

    @Test
    void aGroupLargerThanTheLastListSignsForNobody() throws Exception {
        Extraction x = extract("Published: 2025-07-12\n"
                + "A joint conference on protecting the upper river basin was held in Guiyang on July 11. "
                + "Governor Mo Qiang, Governor Lei Na and Governor Duan Yi attended the conference. "
                + "Afterwards, the leaders of the four provinces jointly signed a framework agreement on water "
                + "quality.\n");
        assertThat(with(x, Role.SIGNED)).isEmpty();
    }

    @Test
    void whatIsSaidAtAVisitedPlaceBeforeTheMeetingIsNotSaidAtTheMeeting() throws Exception {
        Extraction x = extract("Published: 2025-03-22\n"
                + "From March 20 to 21, Hu Bin, Vice Governor of the province, led a team to the city to investigate "
                + "vocational education. Hu Bin and his party visited the welding training base of the city's technical college. "
                + "At the training base, Lu Ke, president of the college, introduced the college's cooperation with local firms. "
                + "On the afternoon of the 21st, Hu Bin presided over a symposium on vocational education. "
                + "Tian Lei, Vice Mayor, attended the symposium and reported on the city's work.\n");
        assertThat(with(x, Role.SPOKE)).containsExactly("Tian Lei");
    }

    private static List<String> attended(Extraction x) {
        return x.participations().stream().filter(p -> p.role() == Role.ATTENDED).map(Participation::official).toList();
    }

    @Test
    void aSpeechStudiedOrCitedAtTheMeetingWasNotGivenThere() throws Exception {
        Extraction x = extract("Published: 2024-06-12\n"
                + "On June 11, the municipal meeting on rural revitalization was held. Chen Hao, mayor of the city, presided "
                + "over the meeting. The meeting studied the spirit of the important speech by Xu Kang, Secretary of the "
                + "Provincial Party Committee. As Deputy Governor Liu Jun stressed during his inspection last month, the "
                + "villages must keep their farmland. Tang Yi, deputy mayor, delivered a speech.\n");
        assertThat(attended(x)).containsExactlyInAnyOrder("Chen Hao", "Tang Yi");
        assertThat(with(x, Role.SPOKE)).containsExactly("Tang Yi");
    }

    @Test
    void whoAccompaniesAVisitThatIsNoMeetingDoesNotAttendTheMeeting() throws Exception {
        Extraction x = extract("Published: 2024-06-12\n"
                + "On June 11, the county held a meeting on flood prevention. Sun Tao, secretary of the county Party "
                + "committee, attended and spoke. Earlier that day, accompanied by He Ping, deputy county magistrate, Sun "
                + "Tao watched the drill at the Heping reservoir.\n");
        assertThat(attended(x)).containsExactly("Sun Tao");
    }

    @Test
    void whoAccompaniesAnInspectionAndIsNamedAtOneOfItsMeetingsTakesPartInThatOneOnly() throws Exception {
        Extraction x = extract("Published: 2024-05-17\n"
                + "From Tuesday to Thursday, an inspection team of the provincial government came to the county to check "
                + "its schools. The team was led by Gao Lin, Inspector of the Provincial Department of Education. Xu Bo, "
                + "deputy director of the municipal education bureau, accompanied the inspection.\n"
                + "On Tuesday, the county held a work report meeting. Gao Lin and the team, together with Xu Bo, attended "
                + "the meeting. Fang Yu, county magistrate, presided over the report meeting.\n"
                + "On Thursday, the county held the feedback meeting of the inspection. Gao Lin gave feedback on behalf of "
                + "the team, and Fang Yu made a statement.\n");
        assertThat(x.meetings()).hasSize(2);
        assertThat(x.participations().stream().filter(p -> p.official().equals("Xu Bo")).map(Participation::meetingKey)
                .distinct()).hasSize(1);
    }

    @Test
    void whoTheClosingLinesSayAccompaniedTheVisitOrTookPartInTheAboveActivitiesTakesPartInEachMeeting() throws Exception {
        Extraction x = extract("Published: 2024-04-20\n"
                + "On April 18, a delegation of the Fujian provincial government led by Lin Hua, vice governor, visited the "
                + "province. On the same day, the two sides held a cooperation symposium in the provincial capital, which "
                + "was presided over by Governor Zhao Ming. On April 19, the signing ceremony of the tea trade cooperation "
                + "agreement between the two provinces was held in Pu'er. Qian Li, director of the provincial department of commerce, "
                + "and Sun Wei, deputy director of the Fujian Provincial Department of Commerce, signed the agreement.\n"
                + "Members of the delegation, including Sun Wei and Wu Gang, deputy secretary-general of the Fujian provincial "
                + "government, took part in the above activities. Zhou Lan, vice governor, accompanied the delegation.\n");
        assertThat(x.meetings()).hasSize(2);
        for (String name : List.of("Sun Wei", "Wu Gang", "Zhou Lan")) {
            assertThat(x.participations().stream().filter(p -> p.official().equals(name)).map(Participation::meetingKey)
                    .distinct()).as(name).hasSize(2);
        }
    }

    @Test
    void whoseReportsTheChairListensToSpokeAtTheMeeting() throws Exception {
        Extraction x = extract("Published: 2024-09-12\n"
                + "On September 11, Zhao Ming, governor, presided over a symposium in Anshun, listening to the reports of Qian "
                + "Li, secretary of the Anshun Municipal Party Committee, and Sun Wei, mayor of Anshun, on the city's work.\n");
        assertThat(with(x, Role.SPOKE)).containsExactlyInAnyOrder("Qian Li", "Sun Wei");
        assertThat(with(x, Role.PRESIDED)).containsExactly("Zhao Ming");
        assertThat(attended(x)).contains("Zhao Ming", "Qian Li", "Sun Wei");
    }

    @Test
    void aPronounThatSaysSomethingRightAfterASentenceIsItsSubjectSpeaking() throws Exception {
        Extraction x = extract("Published: 2024-09-12\n"
                + "On September 11, Zhao Ming, governor, presided over a symposium in Anshun, listening to the reports of Qian "
                + "Li, secretary of the Anshun Municipal Party Committee, and Sun Wei, mayor of Anshun. He pointed out that "
                + "the city must keep the monitoring mechanism running.\n");
        assertThat(with(x, Role.SPOKE)).containsExactlyInAnyOrder("Zhao Ming", "Qian Li", "Sun Wei");
        Extraction farther = extract("Published: 2024-09-12\n"
                + "On September 11, Zhao Ming, governor, presided over a symposium in Anshun. The symposium lasted two hours. "
                + "He pointed out that the city must keep the monitoring mechanism running.\n");
        assertThat(with(farther, Role.SPOKE)).isEmpty();
    }

    @Test
    void aReportByABodyNamesNoSpeakerAndWhoIsAppointedDoesNotAttend() throws Exception {
        Extraction x = extract("Published: 2024-06-12\n"
                + "On June 11, the municipal government held an executive meeting. Mayor Qin Shan presided over the meeting. "
                + "The meeting heard a report by the municipal finance bureau and decided to appoint Lu Yan as director of "
                + "the statistics bureau. It then heard a report by Ren Tao, director of the municipal audit bureau.\n");
        assertThat(attended(x)).containsExactlyInAnyOrder("Qin Shan", "Ren Tao");
        assertThat(with(x, Role.SPOKE)).containsExactly("Ren Tao");
    }

    @Test
    void whatWasDoneInAnotherYearIsNotDoneAtThisMeeting() throws Exception {
        Extraction x = extract("Published: 2024-06-12\n"
                + "On June 11, the fifth river forum opened in the provincial capital. Zhao Gang, vice governor, attended "
                + "and delivered a speech. The forum was first held in 2019, when Xu Bin, governor of the province, "
                + "delivered a keynote speech.\n");
        assertThat(attended(x)).containsExactly("Zhao Gang");
        assertThat(with(x, Role.SPOKE)).containsExactly("Zhao Gang");
    }

    @Test
    void feedbackOfAnInspectionIsSpokenButConveyingTheSpiritIsNot() throws Exception {
        Extraction x = extract("Published: 2024-05-17\n"
                + "On May 16, the feedback meeting of the provincial inspection team was held in the county. Qiu Rong, "
                + "leader of the inspection team, conveyed the inspection findings. Lin Tao, deputy leader of the team, gave "
                + "feedback on the rectification. Mo Wen, county magistrate, presided over the meeting and conveyed the "
                + "spirit of the provincial conference.\n");
        assertThat(with(x, Role.SPOKE)).containsExactlyInAnyOrder("Qiu Rong", "Lin Tao");
        assertThat(with(x, Role.PRESIDED)).containsExactly("Mo Wen");
    }

    @Test
    void whoSignsTogetherWithSomeoneSignsWithThem() throws Exception {
        Extraction x = extract("Published: 2024-04-20\n"
                + "On April 19, the tourism cooperation conference of the two cities was held in Fenghuang. Pan Wei, mayor of "
                + "the prefecture, presided. Vice Mayor Qi Lan of the neighbouring city attended as a guest and signed, "
                + "together with Pan Wei, a framework agreement on a joint tourist route.\n");
        assertThat(with(x, Role.SIGNED)).containsExactlyInAnyOrder("Qi Lan", "Pan Wei");
    }

    @Test
    void theMeetingsOwnDateBeforeWhenIsThisMeeting() throws Exception {
        Extraction x = extract("Published: 2024-05-10\n"
                + "The 2024 Lakeside Green Energy Forum opened in Ningbo on May 9, 2024, when Governor Kong Rui delivered a "
                + "keynote speech.\n");
        assertThat(attended(x)).containsExactly("Kong Rui");
        assertThat(with(x, Role.SPOKE)).containsExactly("Kong Rui");
        Extraction y = extract("Published: 2024-05-10\n"
                + "The provincial conference on port logistics was held in Quanzhou on December 20, 2023, when Vice "
                + "Governor Fan Yue addressed the meeting.\n");
        assertThat(attended(y)).containsExactly("Fan Yue");
    }

    @Test
    void aSpeechCitedAsGivenAtThisMeetingWasGivenHere() throws Exception {
        Extraction x = extract("Published: 2024-06-12\n"
                + "On June 11, the provincial conference on grain security was held. As Vice Governor Lu Peng pointed out in "
                + "his speech at the meeting, the counties must keep their farmland. Mayor Ding Hua presided.\n");
        assertThat(attended(x)).contains("Lu Peng");
        assertThat(with(x, Role.SPOKE)).contains("Lu Peng");
        Extraction y = extract("Published: 2024-06-12\n"
                + "On June 11, the municipal meeting on work safety was held. As required by the meeting Vice Mayor Shen "
                + "Kai made a speech on the flood season.\n");
        assertThat(with(y, Role.SPOKE)).contains("Shen Kai");
    }

    @Test
    void whoAccompaniesATripThatHeardReportsAttendsItsSymposium() throws Exception {
        Extraction x = extract("Published: 2024-06-12\n"
                + "On June 11, Governor Pan Jie went to Jinhua to inspect flood prevention and held a symposium with local "
                + "officials. Accompanied by Mayor Lu Sen, Pan Jie inspected the dam and heard the reports of the city and "
                + "county governments.\n");
        assertThat(attended(x)).contains("Lu Sen");
    }
}
