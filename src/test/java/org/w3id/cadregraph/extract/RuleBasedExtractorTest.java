package org.w3id.cadregraph.extract;

import static org.w3id.cadregraph.extract.ShortReports.hosts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.gazetteer.Region;

/** The extractor on short reports written for these tests, one behaviour each. */
class RuleBasedExtractorTest {
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

    private static List<String> titles(Extraction x, String name) {
        return x.officials().stream().filter(o -> o.name().equals(name)).flatMap(o -> o.titles().stream())
                .map(Title::label).toList();
    }

    private static List<String> with(Extraction x, Role role) {
        return x.participations().stream().filter(p -> p.role() == role).map(Participation::official).toList();
    }

    @Test
    void givesEveryListedOfficialTheirOwnPostsAndRoles() throws Exception {
        Extraction x = extract("Release Date: 2022-05-20\n"
                + "On May 19, the Department of Education of Hunan Province held the provincial vocational education "
                + "conference in Changsha. Gao Ming, Secretary of the Party Leadership Group and Director of the Department "
                + "of Education of Hunan Province, attended the meeting and delivered a speech. Vice mayors Zhou Lan and "
                + "Yi Bo attended. Tan Jun, Deputy Director of the Department of Education of Hunan Province, presided "
                + "over the meeting.\n");
        assertThat(titles(x, "Gao Ming")).containsExactly(
                "Secretary of the Party Leadership Group of the Department of Education of Hunan Province",
                "Director of the Department of Education of Hunan Province");
        assertThat(titles(x, "Yi Bo")).containsExactly("Vice mayor");
        assertThat(with(x, Role.SPOKE)).containsExactly("Gao Ming");
        assertThat(with(x, Role.PRESIDED)).containsExactly("Tan Jun");
        assertThat(with(x, Role.ATTENDED)).containsExactlyInAnyOrder("Gao Ming", "Zhou Lan", "Yi Bo", "Tan Jun");
        Meeting m = x.meetings().get(0);
        assertThat(m.date()).map(PartialDate::iso).contains("2022-05-19");
        assertThat(m.hosts()).extracting(h -> h.region().id()).containsExactly("hunan");
    }

    @Test
    void resolvesShortMentionsToTheFullName() throws Exception {
        Extraction x = extract("Yesterday, Li Hongwei, Vice Minister of Education, attended a forum on rural teachers. "
                + "Minister Li said that rural teachers deserve better pay.\n");
        assertThat(x.officials()).extracting(Official::name).containsExactly("Li Hongwei");
        assertThat(with(x, Role.SPOKE)).containsExactly("Li Hongwei");
    }

    @Test
    void leavesOutBylinesTeachersAndPeopleOnlyMentioned() throws Exception {
        Extraction x = extract("(Reporter Wu Di) On June 3, the municipal education bureau held a teachers' forum. "
                + "Guided by Xi Jinping Thought, Deng Hua, director of the Municipal Education Bureau, presided over the forum. "
                + "Sun Qi, a young physics teacher, spoke at the forum.\nPhoto by Liang Yu\n");
        assertThat(x.officials()).extracting(Official::name).containsExactly("Deng Hua");
    }

    @Test
    void keepsTwoMeetingsOnDifferentDaysApart() throws Exception {
        Extraction x = extract("Updated: 2021-11-12\n"
                + "On November 9, the Hangzhou Municipal Bureau of Education held a working conference on school safety. "
                + "Chen Ping, Director of Hangzhou Municipal Bureau of Education, delivered a speech.\n"
                + "On November 10, a signing ceremony on teacher training was held at Zhejiang University. "
                + "Ma Li, Deputy Director of Hangzhou Municipal Bureau of Education, signed the agreement.\n");
        assertThat(x.meetings()).extracting(m -> m.date().map(PartialDate::iso).orElse(""))
                .containsExactly("2021-11-09", "2021-11-10");
        assertThat(x.participations()).filteredOn(p -> p.role() == Role.SIGNED)
                .extracting(Participation::official, Participation::meetingKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ma Li", "m2"));
    }

    private static List<String> dates(Extraction x) {
        return x.meetings().stream().map(m -> m.date().map(PartialDate::iso).orElse("")).toList();
    }

    @Test
    void readsAWeekdayAgainstTheDatelineNotThePageDate() throws Exception {
        Extraction x = extract("Premier chairs executive meeting\n\nUpdated: 2023-06-10 10:00\n\n"
                + "BEIJING, June 9 (Xinhua) -- Premier Li Wenbo on Wednesday presided over an executive meeting of the State "
                + "Council. Vice Premier Zhou Kai attended the meeting.\n");
        assertThat(dates(x)).containsExactly("2023-06-07");
    }

    @Test
    void countsTheNextDayFromTheDayTheTextReachedLast() throws Exception {
        Extraction x = extract("Vice governor in Yueyang\n\nRelease time: 2023-07-14 09:12\n\n"
                + "On July 11, the Hunan Provincial Party Committee held the provincial conference on ecology. Gao Ming, "
                + "Vice Governor of Hunan Province, attended the conference. Since the plan was adopted on 3 March 2021, the "
                + "province has planted forests. The next day, Gao Ming presided over a symposium on flood control. "
                + "Tan Jun, Director of the Water Resources Department of Hunan Province, attended the symposium.\n");
        assertThat(dates(x)).containsExactly("2023-07-11", "2023-07-12");
    }

    @Test
    void datesTheSameDayByASentenceThatOpensWithIt() throws Exception {
        Extraction x = extract("Vice governor inspects schools\n\nRelease time: 2023-07-14 09:12\n\n"
                + "This year the province has built forty schools. On July 11, Gao Ming, Vice Governor of Hunan Province, "
                + "inspected three schools in Yueyang. On the afternoon of the same day, Gao Ming presided over a symposium "
                + "on the education work of Yueyang. Tan Jun, Director of the Department of Education of Hunan Province, "
                + "attended the symposium.\n");
        assertThat(dates(x)).containsExactly("2023-07-11");
    }

    @Test
    void takesTheDayFromTheHeadlineWhenTheBodyGivesNone() throws Exception {
        Extraction x = extract("Municipal work conference on safety held on September 5\n\nDate: 2022-09-08\n\n"
                + "The Jingzhou Municipal People's Government held the municipal work conference on safety in production. "
                + "Wang Li, Mayor of Jingzhou, presided over the meeting and delivered a speech.\n");
        assertThat(dates(x)).containsExactly("2022-09-05");
    }

    @Test
    void takesTheYearAYearlyWorkConferencePlansFor() throws Exception {
        Extraction x = extract("Annual education work conference\n\n"
                + "The annual education work conference of Jingzhou was held on February 23. Wang Li, Mayor of Jingzhou, "
                + "attended the meeting. The conference summarized the work of 2015 and deployed the key tasks for 2016.\n");
        assertThat(dates(x)).containsExactly("2016-02-23");
        // a plan of another span is no year for the meeting
        Extraction y = extract("Annual education work conference\n\n"
                + "The annual education work conference of Jingzhou was held on February 23. Wang Li, Mayor of Jingzhou, "
                + "attended the meeting. The conference reviewed the work of 2015 and deployed the tasks for 2020.\n");
        assertThat(dates(y)).containsExactly("");
    }

    @Test
    void aMeetingOnAVisitIsTheVisitedRegionsNotThatOfBodiesReportingAtIt() throws Exception {
        Extraction x = extract("Minister visits Gansu\n\n"
                + "Recently, Wang Dong, Minister of Water Resources, made an inspection trip to Gansu Province. He also attended "
                + "a workshop on irrigation, where he listened to reports by representatives of the Lanzhou municipal government "
                + "and of two farms.\n");
        assertThat(x.meetings()).hasSize(1);
        assertThat(x.meetings().get(0).hosts()).extracting(h -> h.region().id()).containsExactly("gansu");
    }

    @Test
    void aGuestsMeetingIsHostedByTheGovernmentThatInvitedThem() throws Exception {
        Extraction x = extract("Sister cities\n\n"
                + "The mayor of Lyon, Pierre Martin, said on Tuesday that his city wants closer ties with Tianjin. He was in "
                + "Tianjin at the invitation of the municipal government meeting with Zhou Ping, vice chairman of the Standing "
                + "Committee of the National People's Congress. Zhou Ping said that the cooperation between Tianjin and Lyon "
                + "has produced fruitful results.\n");
        assertThat(x.meetings()).hasSize(1);
        assertThat(x.meetings().get(0).hosts()).extracting(h -> h.region().id()).containsExactly("tianjin");
        // invited by a ministry: the country
        Extraction y = extract("Minister meets guests\n\n"
                + "The delegation of the University of Lyon was in Beijing at the invitation of the Ministry of Education, "
                + "meeting with Zhou Ping, Vice Minister of Education.\n");
        assertThat(y.meetings().get(0).hosts()).extracting(h -> h.region().qid().orElse("")).containsExactly("Q148");
    }

    @Test
    void aMeetingHeldRecentlyTakesNoDayFromAnEarlierSentence() throws Exception {
        Extraction x = extract("County implements provincial notice\n\nDate: 2022-06-20\n\n"
                + "On May 4, the Provincial Department of Education issued a notice on summer school safety. Recently, the "
                + "Tongbai County People's Government held a meeting on summer school safety. Liu Qiang, county magistrate "
                + "of Tongbai County, presided over the meeting.\n");
        assertThat(dates(x)).containsExactly("");
    }

    @Test
    void aDelegationReceivedIsHostedWhereItIsReceivedNotWhereItComesFrom() throws Exception {
        Extraction x = extract("Mayor meets investors\n\nDate: 2021-07-10\n\n"
                + "On July 8, Wang Li, Mayor of Jingzhou, met with a delegation of investors from Hong Kong. Sun Rong, Vice "
                + "Mayor of Jingzhou, attended the meeting.\n");
        assertThat(x.meetings()).hasSize(1);
        assertThat(x.meetings().get(0).hosts()).extracting(h -> h.region().id()).containsExactly("jingzhou");
    }

    @Test
    void neverGuessesAYear() throws Exception {
        Extraction x = extract("On October 12, the county held a symposium on preschool education. "
                + "Fang Yu, Deputy County Mayor, presided over the symposium.\n");
        assertThat(x.meetings()).hasSize(1);
        assertThat(x.meetings().get(0).date()).isEmpty();
    }

    @Test
    void aNationalMinistryAloneHostsForChina() throws Exception {
        Extraction x = extract("Recently, the Ministry of Education held a symposium in Beijing on school libraries. "
                + "Huai Jinpeng, Minister of Education, attended the symposium and delivered a speech.\n");
        assertThat(x.meetings().get(0).hosts()).extracting(h -> h.region().qid().orElse("")).containsExactly("Q148");
        Region location = x.meetings().get(0).location().orElseThrow();
        assertThat(location.id()).isEqualTo("beijing");
    }

    @Test
    void givesASharedPluralTitleToEachPersonItCovers() throws Exception {
        Extraction x = extract("Published: 2020-10-09\nOn October 8, the province held a forum on school safety. "
                + "Zhou Wen and Qian Li, members of the Party Group of the Provincial Department of Education, attended. "
                + "Also present were Governor Kong Rui and Lin Tao, Secretary-General of the Provincial Government, both of "
                + "whom are members of the Provincial Safety Committee.\n");
        assertThat(titles(x, "Zhou Wen")).containsExactly("member of the Party Group of the Provincial Department of Education");
        assertThat(titles(x, "Kong Rui")).contains("Governor", "member of the Provincial Safety Committee");
        assertThat(titles(x, "Lin Tao")).contains("member of the Provincial Safety Committee");
        assertThat(with(x, Role.ATTENDED)).contains("Zhou Wen", "Qian Li", "Kong Rui", "Lin Tao");
    }

    @Test
    void bodiesThatHoldAMeetingJointlyEachHostItEvenACityAndItsDistrict() throws Exception {
        Extraction x = extract("Published: 2025-04-12\n"
                + "On April 10, an opening meeting jointly held by the Hangzhou Municipal Education Bureau and the Xihu "
                + "District People's Government took place in the district's conference hall. Shen Hui, Deputy Director "
                + "of the Hangzhou Municipal Education Bureau, spoke at the meeting.\n"
                + "On April 11, the closing meeting was held at the same place. Pan Yu, Director of the Xihu District "
                + "Education Bureau, attended the closing meeting.\n");
        assertThat(x.meetings()).extracting(Meeting::name).containsExactly("opening meeting", "closing meeting");
        assertThat(hosts(x.meetings().get(0))).containsExactlyInAnyOrder("Hangzhou", "Xihu District");
        assertThat(x.participations()).filteredOn(p -> p.official().equals("Pan Yu"))
                .extracting(Participation::meetingKey).containsOnly("m2");
    }

    @Test
    void aSponsorsRegionCoversItsUndertakers() throws Exception {
        Extraction x = extract("Published: 2025-05-08\n"
                + "On May 7, sponsored by the Department of Education of Hunan Province and undertaken by the Zhuzhou "
                + "Municipal Education Bureau, the provincial vocational skills contest opening ceremony was held in "
                + "Zhuzhou. Liu Fang, Deputy Director of the Department of Education of Hunan Province, attended.\n");
        assertThat(hosts(x.meetings().get(0))).containsExactly("Hunan Province");
    }

    @Test
    void aUniversitysOwnMeetingHasNoHostRegion() throws Exception {
        Extraction x = extract("Posted: 2024-03-21\n"
                + "On March 20, the Party Committee of Qinghe University of Science and Technology held its annual "
                + "discipline inspection work meeting in Xi'an. Ma Ling, secretary of the university party committee, "
                + "presided over the meeting. Guo Wei, deputy director of the Shaanxi Provincial Department of "
                + "Education, attended and delivered a speech.\n");
        Meeting m = x.meetings().get(0);
        assertThat(m.organizers()).extracting(Organization::name)
                .containsExactly("Party Committee of Qinghe University of Science and Technology");
        assertThat(m.hosts()).isEmpty();
    }

    @Test
    void aCollegeRunByACountyGovernmentMakesItsMeetingTheCountys() throws Exception {
        Extraction x = extract("Posted: 2024-09-03\n"
                + "On September 2, Lishui Technician College, run by the Songyang County People's Government, and "
                + "Dongfang Valve Co., Ltd. held a school-enterprise cooperation signing ceremony. Wu Jie, deputy county "
                + "magistrate of Songyang County, and Ye Qing, deputy director of Lishui Municipal Education Bureau, "
                + "attended the ceremony.\n");
        Meeting m = x.meetings().get(0);
        assertThat(m.organizers()).extracting(Organization::name)
                .containsExactly("Lishui Technician College", "Dongfang Valve Co., Ltd.");
        assertThat(hosts(m)).containsExactly("Songyang County");
    }

    @Test
    void theSameKindOfMeetingHeldByAnotherBodyIsAnotherMeeting() throws Exception {
        Extraction x = extract("2025-01-09  Hubei Education News\n"
                + "On January 8, the Ministry of Education held a national video conference on winter campus safety. "
                + "Zhao Lin, Vice Minister of Education, attended and spoke.\n"
                + "Immediately after the national meeting, Hubei Province held a video conference to arrange the work "
                + "in the province. Xia Min, Director of the Provincial Department of Education, presided over the "
                + "meeting.\n");
        assertThat(x.meetings()).hasSize(2);
        assertThat(hosts(x.meetings().get(0))).containsExactly("China");
        assertThat(hosts(x.meetings().get(1))).containsExactly("Hubei Province");
        assertThat(x.meetings().get(1).date()).map(PartialDate::iso).contains("2025-01-08");
        assertThat(x.participations()).filteredOn(p -> p.official().equals("Xia Min"))
                .extracting(Participation::meetingKey).containsOnly("m2");
    }

    @Test
    void bodiesNamedOnceForAListOfRegionsEachHostTheMeeting() throws Exception {
        Extraction x = extract("2023-10-19 Pearl River Daily\n"
                + "On October 18, the 2023 joint conference on the Pan-Pearl River Delta was held in Haikou, co-hosted "
                + "by the people's governments of Guangdong Province, Hainan Province and Fujian Province. Feng Yun, "
                + "Governor of Hainan Province, presided over the conference.\n");
        assertThat(hosts(x.meetings().get(0)))
                .containsExactlyInAnyOrder("Guangdong Province", "Hainan Province", "Fujian Province");

        Extraction bodies = extract("2023-10-19 Spring City Daily\n"
                + "On October 18, the vocational education forum was held in Kunming, co-hosted by the education "
                + "departments of Yunnan Province, Kunming University and Yunnan Normal University.\n");
        assertThat(bodies.meetings().get(0).organizers()).extracting(Organization::name)
                .noneMatch(n -> n.contains("departments of Kunming University"));
    }

    @Test
    void aRegionWhoseLeaderPresidesHostsTooWhenTheNameGivesAnother() throws Exception {
        Extraction x = extract("2022-08-12 Southwest Herald\n"
                + "Yesterday, the Sichuan-Chongqing cooperation symposium on the Chengdu-Chongqing economic circle was "
                + "held in Chongqing. Ma Tao, Secretary of the Chongqing Municipal Party Committee, presided over the "
                + "symposium. Luo Jie, Secretary of the Sichuan Provincial Party Committee, attended and spoke.\n");
        assertThat(hosts(x.meetings().get(0))).containsExactlyInAnyOrder("Sichuan Province", "Chongqing Municipality");
    }

    @Test
    void aPresidingCompanyHeadOrAFormerPostBringsNoRegion() throws Exception {
        Extraction company = extract("2023-04-11 Jiangnan Business Daily\n"
                + "Yesterday, the Jiangsu provincial investment promotion conference was held in Nanjing. Zhou Bin, "
                + "Chairman of Shandong Hi-Speed Group, presided over the conference.\n");
        assertThat(hosts(company.meetings().get(0))).containsExactly("Jiangsu Province");
        Extraction former = extract("2023-04-11 Lingnan Herald\n"
                + "Yesterday, the Guangdong provincial work conference on ports was held in Guangzhou. Wang Hao, former "
                + "Vice Governor of Zhejiang Province, presided over the conference.\n");
        assertThat(hosts(former.meetings().get(0))).containsExactly("Guangdong Province");
    }

    @Test
    void aMinistrysMeetingThatLocalBodiesOnlyUndertakeIsTheCountrys() throws Exception {
        Extraction x = extract("2024-06-14 Water Resources News\n"
                + "On June 13, the flood control work conference, hosted by the Ministry of Water Resources and "
                + "undertaken by the Department of Water Resources of Hubei Province and the Wuhan Municipal People's "
                + "Government, was held in Wuhan. Wei Ping, Vice Minister of Water Resources, attended and spoke.\n");
        assertThat(hosts(x.meetings().get(0))).containsExactly("China");
    }

    @Test
    void givesAPluralTitleBeforeAListToEveryNameInIt() throws Exception {
        Extraction x = extract("Posted: 2024-11-02\n"
                + "On November 1, Xijing University held its teaching work conference. Vice Secretaries of the University "
                + "Party Committee DONG Li and QIN Hao, and Vice Presidents SHI Ming, KANG Yue and LEI Bo attended the "
                + "conference, together with representatives of Party branch secretaries.\n");
        assertThat(titles(x, "Qin Hao")).containsExactly("Vice Secretary of the University Party Committee");
        assertThat(titles(x, "Lei Bo")).containsExactly("Vice President");
        assertThat(x.meetings()).hasSize(1);
    }

    @Test
    void aMeetingIntroducedLaterTheSameDayIsAnotherMeetingAndAOneWordNameInAListIsAnOfficial() throws Exception {
        Extraction x = extract("Published: 2024-07-05\n"
                + "On July 4, Meng Qi, Secretary of the Chifeng Municipal Party Committee, presided over the second plenary "
                + "meeting of the Municipal Education Work Leading Group. Sun Yu, Mayor, Temur, member of the Standing "
                + "Committee of the Municipal Party Committee, and Xu Na, vice mayor, attended the meeting.\n"
                + "On the afternoon of the same day, the Chifeng Municipal People's Government held a special meeting on "
                + "school bus safety. Sun Yu presided over the meeting.\n");
        assertThat(titles(x, "Temur")).containsExactly("member of the Standing Committee of the Municipal Party Committee");
        assertThat(x.meetings()).hasSize(2);
        assertThat(x.meetings().get(1).date()).map(PartialDate::iso).contains("2024-07-04");
        assertThat(x.participations()).filteredOn(p -> p.role() == Role.PRESIDED)
                .extracting(p -> p.official() + "@" + p.meetingKey()).containsExactly("Meng Qi@m1", "Sun Yu@m2");
    }

    @Test
    void anOrganizingBodyBesideASponsorWorksForItAndAPartySchoolOfTheCentralCommitteeIsNoUniversity() {
        assertThat(HostResolver.isInstitution("Party School of the CPC Central Committee")).isFalse();
        assertThat(HostResolver.isInstitution("Office of the Provincial Leading Group for Schools")).isFalse();
        assertThat(HostResolver.isInstitution("Party Committee of Qinghe University")).isTrue();
    }

    @Test
    void aSponsorCoversTheBodyThatOrganizesForIt() throws Exception {
        Extraction x = extract("Published: 2025-05-08\n"
                + "On May 7, the provincial teaching skills contest, sponsored by the Department of Education of Hunan "
                + "Province and organized by the Zhuzhou Municipal Education Bureau, was held in Zhuzhou. Liu Fang, Deputy "
                + "Director of the Department of Education of Hunan Province, attended.\n");
        assertThat(hosts(x.meetings().get(0))).containsExactly("Hunan Province");
    }

    @Test
    void aTeaPartyIsAGathering() throws Exception {
        Extraction x = extract("Published: 2025-01-02\n"
                + "On January 1, the Wuhan Municipal Committee of the CPPCC held a New Year Tea Party. Chen Gang, Chairman "
                + "of the Wuhan Municipal Committee of the CPPCC, presided over the tea party.\n");
        assertThat(x.meetings()).extracting(Meeting::name).containsExactly("New Year Tea Party");
        assertThat(hosts(x.meetings().get(0))).containsExactly("Wuhan");
    }

    @Test
    void aMeetingWithAPersonIsAMeetingOfBothHostedByTheRegionOfTheLocalLeader() throws Exception {
        Extraction x = extract("Published: 2023-06-02\n"
                + "Minister of Education Lin Zhao and Vice Minister of Education Qiu Dan visited Gansu and Qinghai Province "
                + "this week. In Lanzhou, Lin met with Ren Haobo, Secretary of the Gansu Provincial Party Committee. "
                + "Lin Zhao also attended a symposium on rural schools and delivered a speech. "
                + "In Xining, Lin Zhao met with Wu Xiaoyun, Governor of Qinghai Province.\n");
        assertThat(x.meetings()).extracting(Meeting::name)
                .containsExactly("meeting with Ren Haobo", "symposium", "meeting with Wu Xiaoyun");
        assertThat(attendees(x, "m1")).containsExactlyInAnyOrder("Lin Zhao", "Qiu Dan", "Ren Haobo");
        assertThat(attendees(x, "m2")).containsExactlyInAnyOrder("Lin Zhao", "Qiu Dan");
        assertThat(attendees(x, "m3")).containsExactlyInAnyOrder("Lin Zhao", "Qiu Dan", "Wu Xiaoyun");
        assertThat(x.meetings().get(0).hosts()).extracting(h -> h.region().id()).containsExactly("gansu");
        assertThat(x.meetings().get(2).hosts()).extracting(h -> h.region().id()).containsExactly("qinghai");
    }

    @Test
    void whoAccompaniesTheTeamToOnePartOfAVisitIsNotAtTheOtherMeetings() throws Exception {
        Extraction x = extract("Published: 2023-03-09\n"
                + "An inspection team led by Deng Qiang, Deputy Director of the Provincial Department of Education, came to "
                + "the county on March 7. Ma Lijun, Director of the County Education Bureau, accompanied the team to the "
                + "schools. In the afternoon, the county held a report meeting, which Deng Qiang attended. "
                + "On March 8, the county held a feedback meeting. Deng Qiang presided over the feedback meeting.\n");
        assertThat(attendees(x, "m1")).containsExactly("Deng Qiang");
        assertThat(attendees(x, "m2")).containsExactly("Deng Qiang");
    }

    @Test
    void announcingTheOpeningAndGivingAPartyClassAreSpeakingAndAThingSignedIsNoSigner() throws Exception {
        Extraction x = extract("Published: 2022-07-02\n"
                + "On July 1, the county held a commendation meeting for outstanding Party members. "
                + "Xu Hongyan, Secretary of the County Party Committee, announced the opening of the meeting. "
                + "Tao Ran, Deputy Secretary of the County Party Committee, gave a Party class. "
                + "A letter of commitment drafted by Luo Bin was signed at the meeting.\n");
        assertThat(with(x, Role.SPOKE)).containsExactlyInAnyOrder("Xu Hongyan", "Tao Ran");
        assertThat(with(x, Role.SIGNED)).isEmpty();
    }

    @Test
    void aPostThatAMeetingElectsSomeoneToIsTheirs() throws Exception {
        Extraction x = extract("Published: 2024-01-20\n"
                + "On January 19, the presidium of the congress held its first meeting, which elected Bai Yunfei and others "
                + "as the executive chairmen of the presidium. Gu Ting was appointed as deputy secretary-general of the "
                + "session.\n");
        assertThat(titles(x, "Bai Yunfei")).containsExactly("executive chairman of the presidium");
        assertThat(titles(x, "Gu Ting")).containsExactly("deputy secretary-general of the session");
    }

    @Test
    void aPluralTitleOfOneGroupStaysWithItAcrossASemicolon() throws Exception {
        Extraction x = extract("Published: 2023-05-11\n"
                + "On May 10, the county party committee held its standing committee meeting. Ran Lu and Fu Jian, members "
                + "of the standing committee of the county party committee, attended the meeting as observers; Ke Ming, "
                + "chairman of the county CPPCC committee, attended the meeting as an observer.\n");
        assertThat(titles(x, "Ran Lu")).containsExactly("member of the standing committee of the county party committee");
        assertThat(titles(x, "Ke Ming")).containsExactly("chairman of the county CPPCC committee");
    }

    @Test
    void aRostrumListAttendsAndANationalMeetingIsHostedByChina() throws Exception {
        Extraction x = extract("Published: 2024-03-06\n"
                + "On March 5, the second session of the 14th National People's Congress opened in Beijing. "
                + "Seated on the rostrum were Tang Renjian, Pagbalha Geleg Namgyai and Song Xiuyan. "
                + "Zhao Chunlin attended the meeting together with Ma Zeng and Qiao Yu.\n");
        assertThat(with(x, Role.ATTENDED)).containsExactlyInAnyOrder("Tang Renjian", "Pagbalha Geleg Namgyai",
                "Song Xiuyan", "Zhao Chunlin", "Ma Zeng", "Qiao Yu");
        assertThat(x.meetings().get(0).hosts()).extracting(h -> h.region().id()).containsExactly("china");
    }

    @Test
    void aDirectorAtADepartmentIsItsDirector() throws Exception {
        Extraction x = extract("Published: 2023-04-20\n"
                + "On April 19, Director Peng Lin at the Provincial Department of Commerce signed the agreement.\n");
        assertThat(titles(x, "Peng Lin")).containsExactly("Director of the Provincial Department of Commerce");
    }

    @Test
    void anOfficialWhoHoldsAMeetingChairsItAndLeadersPresentSuchAsAttend() throws Exception {
        Extraction x = extract("Posted: 2018-01-11\n"
                + "Mayor Fan Jiawei held a special meeting on flood control on January 10. Leaders were present at the "
                + "meeting such as Liu Xuemei, Deputy Mayor, and Gu Pingan, Secretary-General of the Municipal "
                + "Government.\n");
        assertThat(with(x, Role.PRESIDED)).containsExactly("Fan Jiawei");
        assertThat(with(x, Role.ATTENDED)).containsExactlyInAnyOrder("Fan Jiawei", "Liu Xuemei", "Gu Pingan");
    }

    @Test
    void givesTheBodyWrittenOnceAfterAListOfTitlesToEachAndKeepsTheFullestNameOfAPost() throws Exception {
        Extraction x = extract("Posted: 2016-05-04\n"
                + "Attending the signing were Party Secretary Ke Lan, President Ding Yu and Vice President Mo Qi of HNU. "
                + "Xiang Wen, chairman of the town people's congress, presided. Xiang Wen, chairman of the Shilong town "
                + "people's congress, said the town would help.\n");
        assertThat(titles(x, "Ke Lan")).containsExactly("Party Secretary of HNU");
        assertThat(titles(x, "Ding Yu")).containsExactly("President of HNU");
        assertThat(titles(x, "Mo Qi")).containsExactly("Vice President of HNU");
        assertThat(titles(x, "Xiang Wen")).containsExactly("chairman of the Shilong town people's congress");
    }

    @Test
    void whoseSpeechIsReadOutOrWhoSendsInstructionsWasNotThere() throws Exception {
        Extraction x = extract("Published: 2019-10-14\n"
                + "On October 13, the provincial conference on lifelong learning was held in Hefei. Yu Ming, Director of "
                + "the Provincial Department of Education, read out the speech by Vice Governor Kang Li. Kang Li pointed "
                + "out that learning never ends. Qian Hua, Secretary of the Provincial Party Committee, made important "
                + "instructions on the work. Cao Nan attended the meeting and delivered a speech.\n");
        assertThat(with(x, Role.ATTENDED)).containsExactlyInAnyOrder("Yu Ming", "Cao Nan");
        assertThat(with(x, Role.SPOKE)).containsExactlyInAnyOrder("Yu Ming", "Cao Nan");
    }

    @Test
    void readsTheDayOfAMonthWrittenShortAndTheDateThatEndsTheHeadline() throws Exception {
        Extraction x = extract("Hunan University signs an agreement with Yuelu District2017-04-02\n"
                + "On March 31, a ceremony for the signing of the agreement was held. Zhao Lu, President of Hunan "
                + "University, attended.\n");
        assertThat(x.meetings().get(0).date()).map(PartialDate::iso).contains("2017-03-31");
        Extraction y = extract("Source: www.example.gov.cn\n2023-01-17\n"
                + "The closing session of the 2023 provincial work conference was held on Jan. 13 in Hefei. "
                + "Zhao Lu attended.\n");
        assertThat(y.meetings().get(0).date()).map(PartialDate::iso).contains("2023-01-13");
    }

    @Test
    void hostsFromTheMostLocalRegionOfTheNameAListOfHoldersAndAMinistryMeetingWithAProvince() throws Exception {
        Extraction x = extract("Published: 2022-02-01\n"
                + "The Third Plenary Session of the Sixth Discipline Inspection Commission of the CPC in Xuhui District, "
                + "Shanghai was held on January 30. Cao Min presided over the session.\n");
        assertThat(x.meetings().get(0).hosts()).extracting(h -> h.region().name()).containsExactly("Xuhui District");
        Extraction y = extract("Published: 2020-04-10\n"
                + "On April 9, Ganzhou Municipal People's Government, Ganzhou Economic and Technological Development Zone "
                + "and Jiangxi Normal University held a signing ceremony. Wen Qing attended.\n");
        assertThat(y.meetings().get(0).hosts()).extracting(h -> h.region().id()).containsExactly("ganzhou");
        Extraction z = extract("Published: 2023-09-12\n"
                + "The Ministry of Education convened a consultation meeting with the Gansu Provincial Government on "
                + "September 11 in Lanzhou. Huai Jinpeng attended.\n");
        assertThat(z.meetings().get(0).hosts()).extracting(h -> h.region().id()).containsExactly("gansu");
        Extraction w = extract("Published: 2013-10-14\n"
                + "On October 13, the opening ceremony of the learning week was held in Binhai New District of Tianjin, "
                + "which was hosted by the Department of Vocational and Adult Education of the Ministry of Education. "
                + "Ge Qian attended.\n");
        assertThat(w.meetings().get(0).hosts()).extracting(h -> h.region().id()).containsExactly("china");
    }

    @Test
    void readsAnAmbassadorToACountryAndPluralHeadsBeforeAList() throws Exception {
        Extraction x = extract("Published: 2023-06-10\n"
                + "On June 9, Chinese Ambassador to Laos Jiang Zaidong attended the handover ceremony in Vientiane. "
                + "Deputy county heads Lin Tao and Ma Rui attended.\n");
        assertThat(titles(x, "Jiang Zaidong")).containsExactly("Chinese Ambassador to Laos");
        assertThat(titles(x, "Ma Rui")).containsExactly("Deputy county head");
    }

    @Test
    void givesEachTitleOfACommaListBeforeANameToThatPerson() throws Exception {
        Extraction x = extract("Published: 2023-01-14\n"
                + "On January 13, the fourth session of the 14th Henan Provincial People's Congress held its presidium "
                + "meeting. Secretary of the Provincial Party Committee, Director of the Standing Committee of the "
                + "Provincial People's Congress Lou Yangsheng presided over the meeting.\n");
        assertThat(titles(x, "Lou Yangsheng")).containsExactly("Secretary of the Provincial Party Committee",
                "Director of the Standing Committee of the Provincial People's Congress");
        assertThat(with(x, Role.PRESIDED)).containsExactly("Lou Yangsheng");
    }

    @Test
    void neverTakesTheGivenNameOfAChineseOfficialForAShortMention() throws Exception {
        // "Xi" is Zhang Xi's given name, not a way to name her: "General Secretary Xi Jinping's speech" is not hers
        Extraction x = extract("Published: 2023-03-02\n"
                + "The plenary session of the district discipline commission was held on the afternoon of March 1. Zhu "
                + "Hong, Secretary of the District Party Committee, and Zhang Xi, Deputy District Mayor, attended the "
                + "session. Zhu Hong pointed out that General Secretary Xi Jinping's important speech at the Second "
                + "Plenary Session of the Central Commission for Discipline Inspection summarized the experience of the "
                + "Party.\n");
        assertThat(with(x, Role.SPOKE)).containsExactly("Zhu Hong");
        assertThat(with(x, Role.ATTENDED)).containsExactlyInAnyOrder("Zhu Hong", "Zhang Xi");
    }

    @Test
    void aMeetingOfAnotherKindReportedHeldIsAnotherMeetingEvenWithThe() throws Exception {
        Extraction x = extract("Published: 2022-01-09\n"
                + "On January 8, the first session of the 9th Hexi County People's Congress held an election meeting. "
                + "Zhou Lan presided over the election meeting. After the election meeting, the closing general meeting "
                + "will be held. Zhou Lan and Ma Rui sat in the front row of the rostrum.\n");
        assertThat(x.meetings()).extracting(Meeting::name).hasSize(2).anyMatch(n -> n.startsWith("closing general meeting"));
        assertThat(attendees(x, x.meetings().get(1).key())).contains("Ma Rui");
    }

    @Test
    void aPartOfAnEventIsTheEventWhenTheTextLaterReportsItHeld() throws Exception {
        Extraction x = extract("Published: 2023-12-07\n"
                + "On December 6, the launch event of the Model Schools Initiative, organized by the Education Bureau of "
                + "Hexi District, was held at Hexi Normal College. The event consisted of two stages: a campus tour and "
                + "an experience sharing session. The experience sharing session was held in the college library. The "
                + "session was presided over by Ma Rui, President of the college. Lin Tao spoke at the session.\n");
        assertThat(x.meetings()).hasSize(1);
        assertThat(with(x, Role.PRESIDED)).containsExactly("Ma Rui");
    }

    @Test
    void aTownshipThatHoldsAMeetingHostsIt() throws Exception {
        Extraction x = extract("Published: 2023-09-08\n"
                + "On September 7, Liuhe Township, Hexi County, held its Teachers' Day commendation conference. Ma Rui, "
                + "head of the township, attended and spoke.\n");
        assertThat(x.meetings().get(0).hosts()).extracting(h -> h.region().name()).containsExactly("Liuhe Township");
    }

    @Test
    void readingOutADecisionIsAttendingNotSpeaking() throws Exception {
        Extraction x = extract("Published: 2023-07-02\n"
                + "On July 1, Hexi County held a commendation meeting for outstanding party members. Liu Qiang, secretary "
                + "of the county party committee, delivered a speech. Ma Lin, head of the organization department, read "
                + "out the decision on the commendation. Zhou Lan announced the list of model branches.\n");
        assertThat(with(x, Role.SPOKE)).containsExactly("Liu Qiang");
        assertThat(with(x, Role.ATTENDED)).containsExactlyInAnyOrder("Liu Qiang", "Ma Lin", "Zhou Lan");
    }

    private static List<String> attendees(Extraction x, String meetingKey) {
        return x.participations().stream().filter(p -> p.meetingKey().equals(meetingKey) && p.role() == Role.ATTENDED)
                .map(Participation::official).toList();
    }

    @Test
    void theOpeningSentencePlacesTheMeetingItLeadsWith() throws Exception {
        Extraction x = extract("Published: 2024-03-11\n"
                + "The annual session of the provincial political advisory body concluded at the People's Hall in Lanzhou "
                + "on Sunday afternoon. Ma Lin and Zhou Lan attended the closing meeting. Ma Lin, chairman of the Gansu "
                + "Provincial Committee of the CPPCC, presided over the closing meeting.\n");
        assertThat(x.meetings()).hasSize(1);
        assertThat(x.meetings().get(0).location()).map(r -> r.name()).contains("Lanzhou");
    }
}
