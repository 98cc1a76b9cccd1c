package org.w3id.cadregraph.extract;

import static org.w3id.cadregraph.extract.ShortReports.hosts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.gazetteer.Region;

/** Meetings and the regions that host them, on short reports written for these tests (issue 8). */
class HostsTest {
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

    @Test
    void aHyphenatedWordKeepsTheMeetingsNameWholeAndANationalMeetingIsTheCountrys() throws Exception {
        Extraction x = extract("Published: 2024-06-05\n"
                + "On June 3, the Ministry of Water Resources held a national on-site meeting on rural drinking water in "
                + "Lishui, Zhejiang Province. The meeting was undertaken by the Zhejiang Provincial Department of Water "
                + "Resources and the Lishui Municipal People's Government.\n"
                + "Vice Minister Tian Xuebin presided over the meeting. Lu Shan, Vice Governor of Zhejiang Province, "
                + "delivered a welcome speech.\n");
        assertThat(x.meetings()).hasSize(1);
        Meeting m = x.meetings().get(0);
        assertThat(m.name()).startsWith("national on-site meeting");
        assertThat(hosts(m)).containsExactly("China");
    }

    @Test
    void aDelegationReceivedByAnNpcLeaderIsTheCountrysGuest() throws Exception {
        Extraction x = extract("Published: 2024-05-16\n"
                + "On May 15, Wang Ping, vice chairman of the NPC Standing Committee, met with a parliamentary delegation "
                + "from Mongolia.\n"
                + "The delegation is also going to Gansu Province.\n");
        Meeting m = x.meetings().get(0);
        assertThat(hosts(m)).containsExactly("China");
        assertThat(HostResolver.CENTRAL.matcher("vice chairwoman of the NPC Standing Committee").find()).isTrue();
    }

    @Test
    void aNationalParkInAMeetingsNameDoesNotMakeItTheCountrys() throws Exception {
        Extraction x = extract("Published: 2024-09-12\n"
                + "On September 11, a work conference on the giant panda national park was held in Chengdu. "
                + "Huang Qiang, governor of Sichuan Province, presided over the conference and delivered a speech.\n");
        Meeting m = x.meetings().get(0);
        assertThat(m.name()).contains("national park");
        assertThat(hosts(m)).containsExactly("Sichuan Province");
        assertThat(HostResolver.NATIONAL_MEETING.matcher("national work conference on forest parks").find()).isTrue();
        assertThat(HostResolver.NATIONAL_MEETING.matcher("symposium on the Qilian Mountain National Park").find()).isFalse();
    }

    @Test
    void aProvincialDepartmentAndACityHoldingAMeetingInTheCapitalBothHostIt() throws Exception {
        Extraction x = extract("Published: 2024-04-11\n"
                + "The Sichuan Provincial People's Government and a state-owned energy group signed a cooperation "
                + "agreement in Chengdu on April 10. Governor Huang Qiang attended the signing.\n"
                + "Also on April 10, the provincial Department of Commerce and the Deyang Municipal People's Government "
                + "held a project matchmaking meeting with the group's subsidiaries in Chengdu.\n");
        Meeting m = x.meetings().stream().filter(mm -> mm.name().contains("matchmaking")).findFirst().orElseThrow();
        assertThat(m.organizers()).extracting(Organization::name).contains("provincial Department of Commerce");
        assertThat(hosts(m)).containsExactlyInAnyOrder("Sichuan Province", "Deyang");
    }

    @Test
    void aHeadlineThatNamesTheMeetingMoreFullyPlacesItWhenItsSentenceDoesNot() throws Exception {
        Extraction x = extract("Teacher exchange launch ceremony at Qiaotou Primary School, Yongjia County\n"
                + "Posted: 2024-05-11\n"
                + "Teachers from two village schools gathered on May 10 for a launch ceremony. They will swap "
                + "classes for a term, as teachers from Qingtian County did last year.\n");
        Meeting m = x.meetings().get(0);
        assertThat(m.name()).isEqualTo("launch ceremony");
        assertThat(hosts(m)).containsExactly("Yongjia County");
    }

    @Test
    void aHeadlinesNameOfTheMeetingEndsAtItsVerbAndMustNameTheSameKind() {
        assertThat(HostResolver.headlineName("National on-site meeting on housing held in Yichang", "national on-site meeting"))
                .isEqualTo("National on-site meeting on housing");
        assertThat(HostResolver.headlineName("Forum on rural schools opens in Xining", "forum on rural schools"))
                .isEqualTo("Forum on rural schools");
        assertThat(HostResolver.headlineName("Governor visits Qinghai schools", "symposium")).isEmpty();
    }

    @Test
    void aCentralBodysMeetingThatARegionsLeaderPresidesOverIsTheCountrysAndTheRegions() throws Exception {
        Extraction x = extract("Published: 2023-08-03\n"
                + "On August 1, the Ministry of Ecology and Environment held a mobilization meeting in Hefei. The meeting "
                + "was presided over by Wang Qingxian, Governor of Anhui Province. Vice Minister Zhao Yingmin delivered "
                + "a speech.\n");
        assertThat(hosts(x.meetings().get(0))).containsExactly("China", "Anhui Province");
        // a region's leader who only welcomes the guests does not make the region a host
        Extraction y = extract("Published: 2023-08-03\n"
                + "On August 1, the Ministry of Ecology and Environment held a mobilization meeting in Hefei. Vice "
                + "Minister Zhao Yingmin presided over the meeting. Wang Qingxian, Governor of Anhui Province, delivered "
                + "a welcome speech.\n");
        assertThat(hosts(y.meetings().get(0))).containsExactly("China");
        // a region's leader presiding over a national conference's sub-venue does not make it a host
        Extraction z = extract("Published: 2024-03-06\n"
                + "On March 5, the State Council held a video conference on work safety. Premier Li Qiang attended and "
                + "delivered a speech. Wang Hao, Governor of Zhejiang Province, presided over the meeting at the Zhejiang "
                + "sub-venue.\n");
        assertThat(hosts(z.meetings().get(0))).containsExactly("China");
        Extraction n = extract("Published: 2024-03-06\n"
                + "On March 5, the Ministry of Education held a national video conference on school safety. Wang Hao, "
                + "Governor of Zhejiang Province, presided over the meeting.\n");
        assertThat(hosts(n.meetings().get(0))).containsExactly("China");
    }

    @Test
    void aMeetingHeldAsAVideoConferenceIsOneMeeting() throws Exception {
        Extraction x = extract("Published: 2024-12-31\n"
                + "On December 30, the rural work conference of Qinghai Province was held in Xining. Wu Xiaojun, Governor "
                + "of Qinghai Province, attended and delivered a speech. The conference was held as a video conference, "
                + "with sub-venues in the prefectures, cities and counties. Li Ming, Mayor of Haidong, attended at the "
                + "Haidong sub-venue.\n");
        assertThat(x.meetings()).extracting(Meeting::name).containsExactly("rural work conference of Qinghai Province");
        assertThat(hosts(x.meetings().get(0))).containsExactly("Qinghai Province");
    }

    @Test
    void aBodyThatMeetsTheNextDayHoldsASecondMeetingWithItsOwnParticipants() throws Exception {
        Extraction x = extract("Published: 2024-03-26\n"
                + "On March 24, the Anxi County Committee of the CPC held the county economic work conference. Zhou Jun, "
                + "Secretary of the Anxi County Committee, delivered a speech. Wu Yan, head of Anxi County, attended.\n"
                + "The next day, on the 25th, the Standing Committee of the Anxi County Committee met to study the tasks of "
                + "the year. Zhou Jun presided over the meeting. Lin Bo, deputy head of Anxi County, spoke.\n");
        assertThat(x.meetings()).extracting(Meeting::name).containsExactly("county economic work conference",
                "meeting of the Standing Committee of the Anxi County Committee");
        assertThat(x.meetings().get(1).date()).map(PartialDate::iso).contains("2024-03-25");
        assertThat(x.participations()).filteredOn(p -> p.official().equals("Lin Bo"))
                .extracting(Participation::meetingKey).containsOnly("m2");
        assertThat(x.participations()).filteredOn(p -> p.official().equals("Wu Yan"))
                .extracting(Participation::meetingKey).containsOnly("m1");
        assertThat(hosts(x.meetings().get(1))).containsExactly("Anxi County");
    }

    @Test
    void aSecondMeetingChairedADayLaterIsSeparateAndForBetweenABodyNounAndACapitalBelongsToTheName() throws Exception {
        Extraction x = extract("Published: 2024-07-10\n"
                + "The Hunan Provincial Committee for Ethnic Affairs held its annual work conference in Changsha on July 8. "
                + "Qin Hong, Vice Governor of Hunan Province, spoke at the conference.\n"
                + "On the morning of the 9th, Li Hua chaired a meeting of the Party Group of the Provincial Committee for "
                + "Ethnic Affairs on the budget. Deng Jun, deputy director of the Provincial Committee for Ethnic Affairs, "
                + "also spoke.\n");
        assertThat(x.meetings()).extracting(Meeting::name).containsExactly("annual work conference",
                "meeting of the Party Group of the Provincial Committee for Ethnic Affairs");
        assertThat(x.meetings().get(1).date()).map(PartialDate::iso).contains("2024-07-09");
        assertThat(x.participations()).filteredOn(p -> p.official().equals("Li Hua"))
                .extracting(Participation::meetingKey).containsOnly("m2");
        assertThat(x.participations()).filteredOn(p -> p.official().equals("Qin Hong"))
                .extracting(Participation::meetingKey).containsOnly("m1");
        assertThat(hosts(x.meetings().get(1))).containsExactly("Hunan Province");
    }

    @Test
    void aMeetingsPlaceMayComeFromAnotherSentenceThatReportsIt() throws Exception {
        Extraction x = extract("Published: 2024-01-21\n"
                + "Li Qiang presided over a plenary meeting of the State Council to discuss the draft government work "
                + "report.\n"
                + "On January 20, Premier Li Qiang presided over the third plenary meeting of the State Council in "
                + "Beijing. Vice Premier Ding Xuexiang attended the meeting.\n");
        assertThat(x.meetings()).hasSize(1);
        assertThat(x.meetings().get(0).location()).map(Region::id).contains("beijing");
        assertThat(hosts(x.meetings().get(0))).containsExactly("China");
        Extraction y = extract("Published: 2024-03-06\n"
                + "Wang Xiangxi presided over a national teleconference on work safety to deploy the spring inspections.\n"
                + "Our province attended the teleconference at a sub-venue in Lanzhou.\n");
        assertThat(y.meetings().get(0).location()).isEmpty();
    }

    @Test
    void theProvincialMeetingAfterANationalConferenceIsAnotherMeetingHostedByTheProvince() throws Exception {
        Extraction x = extract("Published: 2024-03-06\n"
                + "On March 5, the Ministry of Education held a national video conference on school safety. Vice Minister "
                + "Wang Jiayi attended and delivered a speech. After the national conference, Wang Hao, Governor of "
                + "Zhejiang Province, presided over the provincial meeting to implement it.\n");
        assertThat(x.meetings()).extracting(Meeting::name)
                .containsExactly("national video conference", "provincial meeting");
        assertThat(hosts(x.meetings().get(0))).containsExactly("China");
        assertThat(hosts(x.meetings().get(1))).containsExactly("Zhejiang Province");
        assertThat(MeetingFinder.scope("Provincial Education Work Conference")).contains("provincial");
        assertThat(MeetingFinder.scope("meeting of the Standing Committee")).isEmpty();
    }
    @Test
    void aRegionInTheHeadlinesSubjectDoesNotHostTheMeetingItsOfficialJoins() throws Exception {
        Extraction x = extract("Jiangxi Vice Governor joins rural tourism forum held in Guilin\n"
                + "Published: 2024-06-13\n"
                + "The rural tourism forum on mountain villages was held on June 12. Chen Wei, Vice Governor of Jiangxi "
                + "Province, took part and gave a talk.\n");
        assertThat(hosts(x.meetings().get(0))).doesNotContain("Jiangxi Province");
        assertThat(HostResolver.headlineName("Hebei Governor attends trade fair opening ceremony held in Xiamen",
                "opening ceremony")).isEqualTo("trade fair opening ceremony");
    }

    @Test
    void aPlaceASentenceMentionsOnlyInPassingIsNotWhereTheMeetingTookPlace() throws Exception {
        Extraction x = extract("Published: 2024-09-03\n"
                + "On September 2, the Fujian Provincial People's Government held a standing meeting. At the meeting, members "
                + "heard a report on flood relief work in Jiangxi and on the harvest. Zhao Long, Governor of Fujian "
                + "Province, presided over the meeting.\n");
        assertThat(x.meetings().get(0).location()).isEmpty();
    }

    @Test
    void aRegionAfterForInAMeetingsPurposeDoesNotHostIt() throws Exception {
        Extraction x = extract("Published: 2024-04-03\n"
                + "On April 2, Liu Fang, Mayor of Wuxi, presided over a welcome reception for Tibet medical "
                + "volunteers. Chen Gang, Deputy Mayor of Wuxi, was also present.\n");
        Meeting m = x.meetings().get(0);
        assertThat(m.name()).isEqualTo("welcome reception");
        assertThat(hosts(m)).containsExactly("Wuxi");
    }
}
