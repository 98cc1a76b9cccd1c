package org.w3id.cadregraph.extract;

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

    private static List<String> hosts(Meeting m) {
        return m.hosts().stream().map(h -> h.region().name()).toList();
    }

    private static Meeting named(Extraction x, String word) {
        return x.meetings().stream().filter(m -> m.name().contains(word)).findFirst().orElseThrow();
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
}
