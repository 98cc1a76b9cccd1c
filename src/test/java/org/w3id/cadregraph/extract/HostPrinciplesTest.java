package org.w3id.cadregraph.extract;

import static org.w3id.cadregraph.extract.ShortReports.hosts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host decision by the annotation guide's principles (issue 8): the bodies that hold a meeting, found where the
 * report names them, give their regions; on short reports written for these tests.
 */
class HostPrinciplesTest {
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

    private static Meeting named(Extraction x, String word) {
        // "forum" names "the forum" and "the Tourism Cooperation Forum" alike
        return x.meetings().stream().filter(m -> m.name().toLowerCase(java.util.Locale.ROOT).contains(word.toLowerCase(java.util.Locale.ROOT))).findFirst()
                .orElseThrow();
    }

    @Test
    void aMeetingWhoseSentenceNamesNoHolderIsHeldByTheBodiesOfTheEventBeforeIt() throws Exception {
        Extraction x = extract("Published: 2025-05-09\n"
                + "On the morning of May 8, a launch meeting jointly held by the Gansu Provincial Department of Agriculture "
                + "and the Tianshui Municipal People's Government took place in Tianshui. Zhang Wei, Vice Governor of "
                + "Gansu Province, spoke at the meeting.\n"
                + "On the afternoon of May 9, the summary meeting was held at the same venue. Liu Ming, Deputy Mayor of "
                + "Tianshui, presided over it.\n");
        assertThat(hosts(named(x, "summary"))).containsExactlyInAnyOrder("Gansu Province", "Tianshui");
    }

    @Test
    void theBodiesThatSignHoldTheSigningAndACompanyAmongThemAddsNoRegion() throws Exception {
        // the headline names the city the signing sits in; the body says the province's government signs
        Extraction province = extract("Changsha and Lingyun Motors join hands on hydrogen trucks\n"
                + "Published: 2024-07-03\n"
                + "On July 2, the Hunan Provincial People's Government and Lingyun Motors Group Co., Ltd. signed a strategic "
                + "cooperation agreement in Changsha on hydrogen trucks. Zhao Ming, governor, attended the signing "
                + "ceremony and delivered a speech.\n");
        assertThat(hosts(named(province, "signing"))).containsExactly("Hunan Province");
        Extraction twoGovernments = extract("Published: 2024-07-03\n"
                + "On July 2, at the signing ceremony held in Kaili City, the Hangzhou Municipal People's Government and the "
                + "People's Government of Qiandongnan Prefecture signed a framework agreement on labour cooperation. Qian "
                + "Li, vice mayor of Hangzhou, attended.\n");
        assertThat(hosts(named(twoGovernments, "signing")))
                .containsExactlyInAnyOrder("Hangzhou", "Qiandongnan Miao and Dong Autonomous Prefecture");
    }

    @Test
    void anEarlierMeetingOnAnotherDayOrInAnotherPlaceGivesNoHolderToTheNextOne() throws Exception {
        Extraction ministry = extract("Published: 2024-05-10\n"
                + "On May 8, the Ministry of Commerce held a press conference in Beijing. On May 9, a symposium on rural "
                + "tourism was held in Dali. Secretary Li Dong of the Dali Prefecture Party Committee presided over the "
                + "symposium. Mayor Yang Yun spoke.\n");
        Meeting symposium = named(ministry, "symposium");
        assertThat(symposium.organizers()).isEmpty();
        assertThat(hosts(symposium)).doesNotContain("China");
        Extraction jointly = extract("Published: 2024-05-10\n"
                + "The Chongqing Municipal Government and the Ministry of Transport jointly held a press conference in "
                + "Beijing on May 7. On May 9, a symposium on river shipping was held in Wanzhou. Li Bo, head of Wanzhou "
                + "District, presided over the symposium.\n");
        assertThat(named(jointly, "shipping").organizers()).isEmpty();
        assertThat(hosts(named(jointly, "shipping"))).doesNotContain("China");
    }

    @Test
    void aCeremonyIsNoPartOfAMeetingLastWeekNorOfAnExpoItDoesNotName() throws Exception {
        Extraction lastWeek = extract("Published: 2024-05-10\n"
                + "Last week, the Shandong Provincial Government held a meeting on flood control. On May 9, the opening "
                + "ceremony was held in Qingdao City. Secretary Lu Zhiyuan of the Qingdao Municipal Party Committee "
                + "presided over the ceremony. Mayor Zhao Haozhi spoke.\n");
        assertThat(named(lastWeek, "ceremony").organizers()).isEmpty();
        Extraction festival = extract("Published: 2024-05-10\n"
                + "The Ministry of Culture and Tourism and the Yunnan Provincial Government jointly held the 2024 Tourism "
                + "Expo in Kunming in April. On May 9, the opening ceremony of the Dali tea festival was held. Secretary "
                + "Li Dong presided over the opening ceremony. Mayor Yang Yun spoke.\n");
        assertThat(named(festival, "tea festival").organizers()).isEmpty();
        assertThat(hosts(named(festival, "tea festival"))).doesNotContain("China");
    }

    @Test
    void aForumAfterAHospitalsOwnConferenceIsNoRegionsEither() throws Exception {
        Extraction x = extract("Published: 2025-03-02\n"
                + "On March 1, the Second People's Hospital of Mianyang held a conference in Mianyang to mark its 60th "
                + "anniversary. Chen Jun, vice mayor of Mianyang, attended and spoke.\n"
                + "In the afternoon, the Fuling Cardiology Forum was held. He Qiang, president of the hospital, presided.\n");
        assertThat(hosts(named(x, "Cardiology"))).isEmpty();
    }

    @Test
    void aBodyNamedByItsKindIsTheOneNamedInFullBeforeAndACentralTeamsMeetingIsTheCountrysAndThePresidersRegions()
            throws Exception {
        Extraction x = extract("Published: 2025-06-04\n"
                + "The Second Central Inspection Team on Work Safety arrived in Qinghai Province on June 2 for a month of "
                + "inspection.\n"
                + "The inspection team held a mobilization meeting in Xining on June 3. The meeting was presided over by "
                + "Wu Xiaojun, governor of Qinghai Province.\n");
        Meeting m = named(x, "mobilization");
        assertThat(m.organizers()).extracting(Organization::name).containsExactly("Second Central Inspection Team on Work Safety");
        assertThat(hosts(m)).containsExactlyInAnyOrder("China", "Qinghai Province");
    }

    @Test
    void aNationalCommissionsConferenceHeldInAProvinceIsTheCountrys() throws Exception {
        Extraction x = extract("Published: 2025-05-06\n"
                + "On May 5, the National Health Commission held a work conference on village doctors in Guiyang, Guizhou "
                + "Province. Li Bin, deputy director of the National Health Commission, presided over the conference and "
                + "delivered a speech.\n");
        assertThat(hosts(x.meetings().get(0))).containsExactly("China");
    }

    @Test
    void centralBodiesAreNamedSoButUniversitiesHospitalsAndZonesThatCarryTheWordAreNot() {
        assertThat(HostResolver.CENTRAL.matcher("Central Commission for Discipline Inspection").find()).isTrue();
        assertThat(HostResolver.CENTRAL.matcher("State Administration for Market Regulation").find()).isTrue();
        assertThat(HostResolver.CENTRAL.matcher("National Development and Reform Commission").find()).isTrue();
        assertThat(HostResolver.CENTRAL.matcher("Central South University").find()).isFalse();
        assertThat(HostResolver.CENTRAL.matcher("Xuzhou Central Hospital").find()).isFalse();
        assertThat(HostResolver.CENTRAL.matcher("Administrative Committee of the Hefei National High-tech Industry Development Zone").find())
                .isFalse();
        assertThat(HostResolver.CENTRAL.matcher("State-owned Assets Supervision and Administration Commission of Hunan Province")
                .find()).isFalse();
    }

    @Test
    void aRegionsOwnOfficeThatCarriesCentralNationalOrStateIsNoCentralBody() throws Exception {
        assertThat(HostResolver.CENTRAL.matcher("Guangdong Provincial National Defense Mobilization Office").find()).isFalse();
        assertThat(HostResolver.CENTRAL.matcher("Nanjing Municipal State Security Bureau").find()).isFalse();
        assertThat(HostResolver.CENTRAL.matcher("Provincial Central Urban Work Office").find()).isFalse();
        assertThat(HostResolver.CENTRAL.matcher("Lishui County National Defense Education Office").find()).isFalse();
        Extraction office = extract("Published: 2024-05-10\n"
                + "On May 9, the Guangdong Provincial National Defense Mobilization Office held a work meeting in "
                + "Guangzhou. Director Chen Gang presided over the meeting. Vice Governor Zhang Xin spoke.\n");
        assertThat(hosts(office.meetings().get(0))).containsExactly("Guangdong Province");
        Extraction jointly = extract("Published: 2024-05-10\n"
                + "On May 9, the Nanjing Municipal State Security Bureau and the Nanjing Municipal Education Bureau jointly "
                + "held a meeting. Mayor Chen Zhichang attended and spoke.\n");
        assertThat(hosts(jointly.meetings().get(0))).doesNotContain("China");
        Extraction named = extract("Published: 2024-05-10\n"
                + "On May 9, the Nanjing State Security Bureau held a meeting on campus safety in Nanjing. Mayor Chen "
                + "Zhichang attended and spoke.\n");
        assertThat(hosts(named.meetings().get(0))).doesNotContain("China");
        Extraction ofOffice = extract("Published: 2024-05-10\n"
                + "On May 9, the Jilin Provincial Party Committee held a meeting of the Provincial Central Urban Work "
                + "Office. Secretary Huang Qiang presided over the meeting. Governor Hu Yuting spoke.\n");
        assertThat(hosts(ofOffice.meetings().get(0))).doesNotContain("China");
    }

    @Test
    void aMinistryAndARegionNamedAsCoHostsOfAnEventEachAddTheirRegion() throws Exception {
        Extraction x = extract("Published: 2025-09-03\n"
                + "The Fourth Silk Road Tea Fair, co-hosted by the Ministry of Agriculture and Rural Affairs and the People's "
                + "Government of Fujian Province, opened in Fuzhou on September 2.\n"
                + "Vice Minister Zhang Xingwang attended the opening ceremony and delivered a speech. Zhao Long, governor of "
                + "Fujian Province, presided over the ceremony.\n");
        assertThat(hosts(named(x, "ceremony"))).containsExactlyInAnyOrder("China", "Fujian Province");
    }

    @Test
    void aMinistryAndARegionThatMeetEachOtherMakeAMinistryRegionMeetingHostedByTheRegion() throws Exception {
        Extraction x = extract("Published: 2025-09-03\n"
                + "On September 2, the Ministry of Agriculture and Rural Affairs and the People's Government of Fujian "
                + "Province held a ministry-province consultation meeting in Fuzhou. Zhao Long, governor of Fujian "
                + "Province, presided over the meeting.\n");
        assertThat(hosts(named(x, "consultation"))).containsExactly("Fujian Province");
    }

    @Test
    void aPrefectureThatHoldsAConferenceInItsSeatHostsItNotTheSeat() throws Exception {
        Extraction x = extract("Published: 2025-04-02\n"
                + "Recently, the Enshi Tujia and Miao Autonomous Prefecture held a conference on the high-quality "
                + "development of the tea industry in Lichuan City. Wang Min, governor of the prefecture, presided over "
                + "the conference.\n");
        assertThat(hosts(x.meetings().get(0))).containsExactly("Enshi Tujia and Miao Autonomous Prefecture");
    }

    @Test
    void aCentralTeamWhoseActAtAMeetingTheSentenceReportsHoldsItBeforeTheRegionItReportsTo() throws Exception {
        Extraction x = extract("Published: 2025-07-10\n"
                + "With the approval of the CPC Central Committee, the Third Central Inspection Team on Work Safety, which "
                + "inspected Gansu Province from April 1 to May 1, gave feedback on its findings to the Gansu Provincial "
                + "Party Committee at a meeting held in Lanzhou on July 8.\n"
                + "The meeting was presided over by Ren Zhenhe, governor of Gansu Province.\n");
        Meeting m = x.meetings().get(0);
        assertThat(m.organizers()).extracting(Organization::name).containsExactly("Third Central Inspection Team on Work Safety");
        assertThat(hosts(m)).containsExactlyInAnyOrder("China", "Gansu Province");
    }

    @Test
    void aBodyThatOnlyDoesSomethingAtAMeetingDoesNotHoldIt() throws Exception {
        Extraction signed = extract("Published: 2024-05-10\n"
                + "On May 9, the Guizhou Provincial Government signed agreements worth 10 billion yuan at the conference on "
                + "investment held in Shenzhen. Vice Governor Chen Yan attended the conference and spoke.\n");
        assertThat(signed.meetings()).allSatisfy(m -> assertThat(m.organizers()).isEmpty());
        Extraction city = extract("Published: 2024-05-10\n"
                + "On May 9, the Wuhan Municipal People's Government signed agreements with five companies at a conference "
                + "on investment. Mayor Cheng Yonghua attended the conference. Vice Mayor Li Qiang presided.\n");
        assertThat(city.meetings()).allSatisfy(m -> assertThat(m.organizers()).isEmpty());
        Extraction praised = extract("Published: 2024-05-10\n"
                + "On May 9, the Hubei Provincial Department of Education spoke highly of the teachers at a meeting held in "
                + "Wuhan. Director Ma Li presided over the meeting. Deputy Director Chen Jun spoke at the meeting.\n");
        assertThat(praised.meetings()).allSatisfy(m -> assertThat(m.organizers()).isEmpty());
    }

    @Test
    void aNationalAdministrationsConferenceThatAProvinceUndertakesIsTheCountrys() throws Exception {
        Extraction x = extract("Published: 2025-08-02\n"
                + "On August 1, the State Administration of Sports held a fitness conference in Jinan. The conference was "
                + "undertaken by the Shandong Provincial Sports Bureau.\n");
        assertThat(hosts(x.meetings().get(0))).containsExactly("China");
    }

    @Test
    void aSpecialAdministrativeRegionsGovernmentHostsBesideAProvinceAndAForeignOneNever() throws Exception {
        Extraction sar = extract("Published: 2025-08-02\n"
                + "On August 1, the Guangdong Provincial People's Government and the Government of the Hong Kong Special "
                + "Administrative Region jointly held the plenary of the cooperation joint conference in Guangzhou. Wang "
                + "Weizhong, governor of Guangdong Province, presided over the meeting.\n");
        assertThat(hosts(sar.meetings().get(0)))
                .containsExactlyInAnyOrder("Guangdong Province", "Hong Kong Special Administrative Region");
        Extraction foreign = extract("Published: 2025-08-02\n"
                + "On August 1, the Heilongjiang Provincial People's Government and the Government of Amur Oblast of Russia "
                + "jointly held an economic and trade forum in Heihe. Liang Huiling, governor of Heilongjiang Province, "
                + "presided over the forum.\n");
        assertThat(hosts(foreign.meetings().get(0))).containsExactly("Heilongjiang Province");
    }

    @Test
    void aMeetingWhoseNameSaysItIsACentralBodysIsTheCountrysAndThePresidersRegionNotOnlyTheRegionItIsTo() throws Exception {
        Extraction x = extract("Published: 2025-06-06\n"
                + "The feedback meeting of the Second Central Ecological Inspection Team to Hubei Province was held in Wuhan on "
                + "June 5. Team leader Ma Li gave the feedback. The meeting was presided over by Wang Zhonglin, governor of "
                + "Hubei Province.\n");
        assertThat(hosts(x.meetings().get(0))).containsExactlyInAnyOrder("China", "Hubei Province");
        assertThat(HostResolver.centralBodyOfName("study session on the spirit of the Plenary Session of the CPC Central Committee"))
                .isFalse();
    }

    @Test
    void everyBodyOfAListThatJointlyHoldsAMeetingHostsItButTheUndertakerDoesNot() throws Exception {
        Extraction x = extract("Published: 2023-08-15\n"
                + "On August 14, a symposium on the ecology of the Wu River was held in Tongren. The symposium was jointly "
                + "held by the Chongqing Municipal Committee of the CPPCC, the Hunan Provincial Committee of the CPPCC and "
                + "the Guizhou Provincial Committee of the CPPCC, and undertaken by the Tongren Municipal Committee of the "
                + "CPPCC. Ma Lin, vice chairman of the Hunan Provincial Committee of the CPPCC, spoke at the symposium.\n");
        assertThat(hosts(named(x, "symposium"))).containsExactlyInAnyOrder("Chongqing Municipality", "Hunan Province",
                "Guizhou Province");
    }

    @Test
    void aSecretariatNamedInLowerCaseHoldsTheMeetingAndTheRegionThatUndertakesItDoesNot() throws Exception {
        Extraction x = extract("Published: 2023-09-20\n"
                + "LANZHOU -- A seminar on oasis protection, jointly held by the secretariat of the Asian Partnership for "
                + "Oases and Drylands (APOD) and China's National Water Conservancy and Oasis Administration, took place in "
                + "this city on September 18. The seminar was "
                + "undertaken by the People's Government of Gansu Province and the Lanzhou Municipal People's Government. "
                + "Li Hua, vice governor of Gansu Province, spoke at the seminar.\n");
        assertThat(hosts(named(x, "seminar"))).containsExactly("China");
    }

    @Test
    void thePlaceBetweenHeldAndByDoesNotHideTheBodiesThatHoldIt() throws Exception {
        Extraction x = extract("Published: 2023-11-03\n"
                + "On November 2, the Yunnan-Hong Kong Tourism Cooperation Forum was jointly held in Kunming by the Yunnan "
                + "Provincial People's Government and the Government of the Hong Kong Special Administrative Region. "
                + "Wang Qiang, vice governor of Yunnan Province, presided over the forum.\n");
        assertThat(hosts(named(x, "forum"))).containsExactlyInAnyOrder("Yunnan Province",
                "Hong Kong Special Administrative Region");
    }

    @Test
    void anAutonomousCountyIsOneCountyAndItsShortNameIsTheSameCounty() throws Exception {
        Extraction x = extract("Published: 2022-11-21\n"
                + "On November 20, a conference marking the 60th anniversary of the founding of Menglian Lahu and Wa "
                + "Autonomous County was held by the CPC Menglian County Committee and the Menglian County People's "
                + "Government. Li Ming, secretary of the CPC Menglian County Committee, presided over the conference.\n");
        assertThat(hosts(named(x, "conference"))).containsExactly("Menglian Lahu and Wa Autonomous County");
    }

    @Test
    void theProvincialCommitteeOfAReportOnAMacaoDelegationIsTheProvincesNotMacaos() throws Exception {
        Extraction x = extract("Published: 2025-05-23\n"
                + "On the 22nd, the Hexi-Macao Trade Exchange Meeting was jointly held in Lanzhou by the Gansu Provincial "
                + "People's Government and the Government of the Macao Special Administrative Region. Before the meeting, "
                + "Ma Lin, deputy secretary of the Provincial Party Committee, met with the Macao SAR government "
                + "delegation led by Ho Wai, secretary for economy of the Macao SAR government. Macao and Gansu will "
                + "open a Macao trade office in Lanzhou, and Macao firms will join the Macao week.\n");
        assertThat(hosts(named(x, "meeting with"))).containsExactly("Gansu Province");
    }
}
