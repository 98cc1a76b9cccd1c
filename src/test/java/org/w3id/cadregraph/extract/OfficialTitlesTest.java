package org.w3id.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.nlp.RoleWords;

/** Titles and names of officials on short reports written for these tests. */
class OfficialTitlesTest {
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

    @Test
    void judgesAndHonoraryAmbassadorsBeforeAListHoldNoOffice() throws Exception {
        Extraction x = extract("Published: 2024-06-02\n"
                + "On June 1, the Yibin lantern festival opened. Vice Mayor Kong Wei attended and spoke. The festival "
                + "ambassadors, Qiu Lingling and Fang Jiahao, lit the first lantern. The judges, Shen Yue, Du Peng and Lu Xin, "
                + "named the best lantern.\n");
        assertThat(x.officials()).extracting(Official::name).containsExactly("Kong Wei");
        assertThat(RoleWords.namesAnOffice("festival ambassador")).isFalse();
        assertThat(RoleWords.namesAnOffice("Chinese Ambassador")).isTrue();
        assertThat(RoleWords.namesAnOffice("judge of the county court")).isTrue();
        assertThat(RoleWords.namesAnOffice("vice mayor")).isTrue();
    }

    @Test
    void aPostStatedOfANameEndsWhereTheNextClauseBegins() {
        assertThat(OfficialFinder.postBeforeNextClause("head of the Linxia choir of retired teachers and presented the awards"))
                .isEqualTo("head of the Linxia choir of retired teachers");
        assertThat(OfficialFinder.postBeforeNextClause("head of a choir of retired teachers and presented the awards"))
                .isEmpty();
        assertThat(OfficialFinder.postBeforeNextClause("mayor of Anshun while the new airport was built"))
                .isEqualTo("mayor of Anshun");
        assertThat(OfficialFinder.postBeforeNextClause("secretary of the Party committee and director of the bureau"))
                .isEqualTo("secretary of the Party committee and director of the bureau");
    }

    @Test
    void aPostOfAUnionOfStatesKeepsItsProperAdjective() throws Exception {
        Extraction x = extract("Published: 2024-03-12\n"
                + "On March 11, the forum on river shipping was held in Chongqing. European Commissioner for Transport "
                + "Anna Lindqvist attended the forum and delivered a speech.\n");
        assertThat(titles(x, "Anna Lindqvist")).containsExactly("European Commissioner for Transport");
    }

    @Test
    void aPostAfterAListOfAppointedNamesIsEachOnes() throws Exception {
        Extraction x = extract("Published: 2024-01-20\n"
                + "On January 19, the third session of the Hexi County People's Congress held its closing meeting. The "
                + "meeting elected Gao Ping as county magistrate, and elected Shen Li, Kong Bo and Ma Rui as deputy county "
                + "magistrates.\n");
        assertThat(titles(x, "Shen Li")).containsExactly("deputy county magistrate");
        assertThat(titles(x, "Kong Bo")).containsExactly("deputy county magistrate");
        assertThat(titles(x, "Ma Rui")).containsExactly("deputy county magistrate");
    }

    @Test
    void namedAfterSomeoneAppointsNoOne() {
        assertThat(OfficialFinder.APPOINTING_BEFORE.matcher("The prize, named after the poet Ai Qing, went to ").find())
                .isFalse();
        assertThat(OfficialFinder.APPOINTING_BEFORE.matcher("The county congress named ").find()).isTrue();
    }

    @Test
    void aPostHeldThenKeepsItsLabelWithoutThenButBringsNoHost() throws Exception {
        // the post "then" held is dated: its label drops the word, and the province it names hosts nothing now
        Extraction x = extract("Published: 2024-09-20\n"
                + "On September 19, a forum on river trade organized by the Hunan Provincial Department of Commerce "
                + "opened in Changsha. Gao Feng, then Vice Governor of Jiangxi Province, chaired the forum.\n");
        assertThat(titles(x, "Gao Feng")).containsExactly("Vice Governor of Jiangxi Province");
        assertThat(x.meetings()).hasSize(1);
        assertThat(x.meetings().get(0).hosts()).extracting(h -> h.region().name()).doesNotContain("Jiangxi Province");
    }

    @Test
    void aTitleLedByItsBelongsToTheBodyOfTheDelegation() throws Exception {
        Extraction x = extract("Published: 2024-10-16\n"
                + "On October 15, Zhao Ming, Governor, met in the provincial capital with a delegation of the Legislative "
                + "Council of the Hong Kong Special Administrative Region led by its President Leung Kin Wai. "
                + "Leung Kin Wai said that the two places have close ties.\n");
        assertThat(titles(x, "Leung Kin Wai"))
                .containsExactly("President of the Legislative Council of the Hong Kong Special Administrative Region");
    }

    @Test
    void foreignPlacesThatTheReportNamesAsRegionsAreNoPeople() throws Exception {
        // "Bac Lang" and "Ha Son" read as pinyin names, but the report calls them provinces
        Extraction x = extract("Published: 2024-05-20\n"
                + "On May 16, the joint committee of Yunnan Province and the neighbouring provinces of Bac Lang and Ha Son "
                + "held its annual meeting in Kunming. Zhao Ming, governor of Yunnan Province, and Tran Van Hai, secretary of "
                + "the Bac Lang Provincial Party Committee, co-chaired the meeting.\n");
        assertThat(x.officials()).extracting(Official::name).containsExactlyInAnyOrder("Zhao Ming", "Tran Van Hai");
        assertThat(titles(x, "Tran Van Hai")).containsExactly("secretary of the Bac Lang Provincial Party Committee");
    }

    @Test
    void aTitledPersonWhoseNameIsAlsoAPlaceIsStillAPerson() throws Exception {
        Extraction x = extract("Published: 2024-05-20\n"
                + "On May 16, the county held a meeting on forest fire prevention. Secretary Tang Lin presided over the "
                + "meeting and spoke. Tang Lin County officials also reported.\n");
        assertThat(x.officials()).extracting(Official::name).contains("Tang Lin");
        Extraction y = extract("Published: 2024-05-20\n"
                + "On May 16, the provincial forum on rural roads was held. Fu Ming, vice governor, spoke at the forum. "
                + "The delegates visited a village in Fu Ming County.\n");
        assertThat(y.officials()).extracting(Official::name).contains("Fu Ming");
        // the name must stand alone before the region's kind: "Bao Lin" is not the place "Xinbao Lin County"
        Extraction z = extract("Published: 2024-05-20\n"
                + "On May 16, the municipal meeting on grain was held. Director Bao Lin spoke at the meeting. "
                + "Officials of Xinbao Lin County attended.\n");
        assertThat(z.officials()).extracting(Official::name).contains("Bao Lin");
    }

    @Test
    void aSurnameAloneInAListWithAForeignNameIsTheOfficialNamedBefore() throws Exception {
        Extraction x = extract("Published: 2024-10-26\n"
                + "On October 25, Xiao Jianguo, vice chairman of the Provincial People's Congress, met with the delegation "
                + "of the National Assembly of Laos in Kunming. After the meeting, Xiao and Bounmy Phommachack, Vice "
                + "President of the National Assembly of Laos, signed a memorandum of understanding.\n");
        assertThat(x.officials()).extracting(Official::name).doesNotContain("Xiao").contains("Xiao Jianguo");
    }

    @Test
    void aPluralTitleBeforeOneListIsNotTheTitleOfANameAfterIt() throws Exception {
        Extraction x = extract("Published: 2024-03-05\n"
                + "On March 4, the second session of the national committee opened in Beijing. Vice chairpersons of the "
                + "National Committee Li Ming, Zhang Tao, Bagatur and Chen Yu, as well as secretary-general Hu Jie, were "
                + "seated on the rostrum.\n");
        assertThat(titles(x, "Chen Yu")).containsExactly("Vice chairperson of the National Committee");
        assertThat(titles(x, "Hu Jie")).containsExactly("secretary-general");
    }

    @Test
    void aHyphenatedNameInAListAndACommanderAreFound() throws Exception {
        Extraction x = extract("Published: 2024-01-15\n"
                + "On January 14, the regional rural work conference was held. Regional leaders Song Lin, Zhou Ping and "
                + "Bata-Erdene attended the meeting. Also seated on the rostrum was Ma Jun, commander of the Production "
                + "and Construction Corps.\n");
        assertThat(x.officials()).extracting(Official::name).contains("Bata-Erdene", "Ma Jun");
        assertThat(titles(x, "Ma Jun")).containsExactly("commander of the Production and Construction Corps");
    }

    @Test
    void aDecisionThatAppointsOrRemovesGivesEachNamedThePost() throws Exception {
        Extraction x = extract("Published: 2024-06-20\n"
                + "On June 19, the 9th meeting of the Standing Committee of the Wuxi Municipal People's Congress was held. "
                + "Zhao Ming, director of the Standing Committee, presided over the meeting. The meeting decided to appoint "
                + "Sun Liwei as director of the Wuxi Municipal Bureau of Commerce, Hu Jiannan as director of the Wuxi "
                + "Municipal Audit Bureau, and Peng Yuhua as director of the Municipal Civil Affairs Bureau; decided to "
                + "remove Tao Guoqiang from the post of director of the Wuxi Municipal Audit Bureau; appointed Xia Lin as "
                + "judge of the Wuxi Maritime Court and member of its judicial committee; approved the appointment of "
                + "Luo Hai as the chief procurator of the People's Procuratorate of Binhu District.\n");
        assertThat(titles(x, "Sun Liwei")).containsExactly("director of the Wuxi Municipal Bureau of Commerce");
        assertThat(titles(x, "Hu Jiannan")).containsExactly("director of the Wuxi Municipal Audit Bureau");
        assertThat(titles(x, "Peng Yuhua")).containsExactly("director of the Municipal Civil Affairs Bureau");
        assertThat(titles(x, "Tao Guoqiang")).containsExactly("director of the Wuxi Municipal Audit Bureau");
        assertThat(titles(x, "Xia Lin")).containsExactly("judge of the Wuxi Maritime Court",
                "member of the judicial committee of the Wuxi Maritime Court");
        assertThat(titles(x, "Luo Hai")).containsExactly("chief procurator of the People's Procuratorate of Binhu District");
    }

    @Test
    void aListElectedTogetherAndAPostWhoseVerbIsLeftOutAreEachTheirs() throws Exception {
        Extraction x = extract("Published: 2024-01-12\n"
                + "On January 11, the first session of the 18th People's Congress of Pingnan County closed. Fang Da was "
                + "elected chairman of the Standing Committee of the County People's Congress; Ye Qing, Lan Hui and Wu Bo "
                + "were elected vice chairmen of the Standing Committee of the County People's Congress; Chen Jie was "
                + "elected president of the county people's court, and Lin Feng chief procurator of the county people's "
                + "procuratorate. Comrade Huang Rong is appointed secretary of the County Party Committee; Comrade Xu Kun "
                + "no longer serves as secretary of the County Party Committee.\n");
        for (String name : List.of("Ye Qing", "Lan Hui", "Wu Bo")) {
            assertThat(titles(x, name)).containsExactly("vice chairman of the Standing Committee of the County People's Congress");
        }
        assertThat(titles(x, "Chen Jie")).containsExactly("president of the county people's court");
        assertThat(titles(x, "Lin Feng")).containsExactly("chief procurator of the county people's procuratorate");
        assertThat(titles(x, "Huang Rong")).containsExactly("secretary of the County Party Committee");
        assertThat(titles(x, "Xu Kun")).containsExactly("secretary of the County Party Committee");
    }

    @Test
    void aPluralTitleOfSeveralBodiesIsNoPostOfTheNamesItIntroduces() throws Exception {
        Extraction x = extract("Published: 2024-03-02\n"
                + "On March 1, the county held its spring farming meeting. Members of the leading groups of the County "
                + "Party Committee, the county government and the County CPPCC, including Pan Li, Gu Wei and Shi Min, "
                + "attended the meeting. Village Party secretaries of the 9 towns, including Qiu Ping, secretary of the "
                + "Dongxi Village Party Branch, spoke.\n");
        assertThat(titles(x, "Pan Li")).isEmpty();
        assertThat(titles(x, "Gu Wei")).isEmpty();
        assertThat(titles(x, "Qiu Ping")).containsExactly("secretary of the Dongxi Village Party Branch");
        assertThat(x.officials()).extracting(Official::name).contains("Pan Li", "Gu Wei", "Shi Min", "Qiu Ping");
    }

    @Test
    void aPostStatedOfANameAQualifierInBracketsAndABodyInLowerCaseBeforeTheRole() throws Exception {
        Extraction x = extract("Published: 2024-03-06\n"
                + "On March 5, the Shaanxi delegation held a plenary meeting. Zhao Ming, governor of Shaanxi Province, and "
                + "deputies Li Hua and Wang Fang spoke. Li Hua is chairperson of the Standing Committee of the Provincial "
                + "People's Congress. Vice President of the Provincial Administration Institute (executive) Sun Lei and the "
                + "transport bureau director of Baoji Zhou Jun attended.\n");
        assertThat(titles(x, "Li Hua")).containsExactly("chairperson of the Standing Committee of the Provincial People's Congress");
        assertThat(titles(x, "Wang Fang")).isEmpty();
        assertThat(titles(x, "Sun Lei")).containsExactly("Vice President of the Provincial Administration Institute (executive)");
        assertThat(titles(x, "Zhou Jun")).containsExactly("transport bureau director of Baoji");
    }

    @Test
    void aNameWithItsOwnPostAfterAListIsNotGovernedByThePluralTitleBeforeIt() throws Exception {
        Extraction x = extract("Published: 2024-06-12\n"
                + "On June 11, Mayor Zhao Ming presided over the 20th executive meeting of the municipal government. Vice "
                + "mayors Qian Li, Sun Wei and Zhou Lan, and Wu Gang, secretary-general of the municipal government, "
                + "attended the meeting.\n");
        for (String name : List.of("Qian Li", "Sun Wei", "Zhou Lan")) {
            assertThat(titles(x, name)).containsExactly("Vice mayor");
        }
        assertThat(titles(x, "Wu Gang")).containsExactly("secretary-general of the municipal government");
    }

    @Test
    void theBodyWrittenAfterTheLastNameOfAListUnderAPluralRoleIsEachOnesBody() throws Exception {
        Extraction x = extract("Published: 2024-01-20\n"
                + "On January 19, the third session of the 12th county CPPCC opened. Vice chairmen Qian Li, Sun Wei and "
                + "Zhou Lan of the county CPPCC attended the opening meeting.\n");
        for (String name : List.of("Qian Li", "Sun Wei", "Zhou Lan")) {
            assertThat(titles(x, name)).containsExactly("Vice chairman of the county CPPCC");
        }
    }

    @Test
    void aPostAfterTheOtherFormOfANameInBracketsIsTheNames() throws Exception {
        Extraction x = extract("Published: 2025-01-08\n"
                + "On January 7, the municipal economic work conference was held in Lhasa. Tenzin Dorje, mayor, presided over "
                + "the conference. Dawa Yangzom (Dawa Yangdzom), chairwoman of the municipal CPPCC, attended the conference.\n");
        assertThat(titles(x, "Dawa Yangzom")).containsExactly("chairwoman of the municipal CPPCC");
    }

    @Test
    void aMongolianNameKeepsTheInitialOfItsPatronymicAndItsSentence() throws Exception {
        // "Ts." and "B." end no sentence: the name after them is the person, initial and all
        Extraction x = extract("Published: 2024-07-10\n"
                + "On July 9, Zhao Ming, vice chairman of the autonomous region, met with a delegation led by Ts. Dorjsuren, "
                + "Governor of Khentii Province of Mongolia. Dorjsuren thanked the region for its support. B. Enkhbold, "
                + "chairman of the Citizens' Representative Khural of Khentii Province, attended the meeting.\n");
        assertThat(titles(x, "Ts. Dorjsuren")).containsExactly("Governor of Khentii Province of Mongolia");
        assertThat(titles(x, "B. Enkhbold")).containsExactly("chairman of the Citizens' Representative Khural of Khentii Province");
        assertThat(x.officials()).extracting(Official::name).doesNotContain("Dorjsuren", "Enkhbold");
    }

    @Test
    void aPluralPremiersBeforeAListGivesEachThePost() throws Exception {
        Extraction x = extract("Published: 2024-08-02\n"
                + "On August 1, Premier Zhao Ming presided over an executive meeting of the State Council. Vice premiers "
                + "Qian Li, Sun Wei and Zhou Lan attended the meeting.\n");
        for (String name : List.of("Qian Li", "Sun Wei", "Zhou Lan")) {
            assertThat(titles(x, name)).containsExactly("Vice premier");
        }
    }

    @Test
    void aPossessiveBeforeATitleBeforeANameIsTheBodyOfThePost() throws Exception {
        Extraction x = extract("Published: 2024-05-11\n"
                + "On May 10, the Corporation’s chairman Zhao Ming attended the signing ceremony of a cooperation agreement "
                + "with the Yichang municipal government and spoke.\n");
        assertThat(titles(x, "Zhao Ming")).containsExactly("chairman of the Corporation");
    }

    @Test
    void aTitleOpeningTheSentenceBeforeANameSetOffByCommasAndAPostServedBefore() throws Exception {
        Extraction x = extract("Published: 2024-09-04\n"
                + "On September 3, the Hefei–Bristol trade forum was held in Hefei. The mayor of Bristol, Tom Clarke, said "
                + "that the two cities would deepen their cooperation. Zhao Ming, born in 1963, previously served as "
                + "governor of Anhui Province. Zhao Ming attended the forum.\n");
        assertThat(titles(x, "Tom Clarke")).containsExactly("mayor of Bristol");
        assertThat(titles(x, "Zhao Ming")).containsExactly("governor of Anhui Province");
        // a title before another person's name is not carried over a comma to the next name
        Extraction y = extract("Published: 2024-09-04\n"
                + "On September 3, the county held a meeting on flood control. Li Hua, director of the county water bureau, "
                + "Wang Fang, spoke at the meeting.\n");
        assertThat(titles(y, "Wang Fang")).isEmpty();
        // without its article, a title and a comma before a name are no appositive of it
        Extraction z = extract("Published: 2024-09-04\n"
                + "On September 3, the city held a meeting on rural finance. Branch manager of the Rural Bank, Li Hua, and "
                + "the heads of relevant departments attended the meeting.\n");
        assertThat(titles(z, "Li Hua")).isEmpty();
    }
}
