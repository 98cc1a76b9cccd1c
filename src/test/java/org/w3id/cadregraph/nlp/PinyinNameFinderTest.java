package org.w3id.cadregraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class PinyinNameFinderTest {
    private final PinyinNameFinder finder = new PinyinNameFinder(Pinyin.loadDefault(), s -> s.equals("Liuzhou"));

    /** Tokens as OpenNLP writes them: the test strings separate punctuation by spaces. */
    private static String[] tokens(String text) {
        return text.split(" ");
    }

    private List<String> names(String text) {
        return finder.names(tokens(text)).stream().map(Mention::name).toList();
    }

    @Test
    void findsASurnameAndATwoSyllableGivenName() {
        assertThat(names("Minister Huai Jinpeng attended the meeting .")).containsExactly("Huai Jinpeng");
    }

    @Test
    void findsAnUpperCaseSurnameAndWritesItCapitalised() {
        assertThat(names("ZHENG Limin , deputy director , spoke .")).containsExactly("Zheng Limin");
    }

    @Test
    void findsAGivenNameWithASyllableApostrophe() {
        assertThat(names("Wang Wei'an , Li Tingkai attended")).containsExactly("Wang Wei'an", "Li Tingkai");
    }

    @Test
    void findsGarbledSpellingsOfMachineTranslation() {
        assertThat(names("deputy mayor liu hongwei , Party Secretary Tan E , and GuoXiaoLin attended"))
                .containsExactly("Liu Hongwei", "Tan E", "Guo Xiaolin");
    }

    @Test
    void takesNoEnglishVerbForALowerCaseGivenName() {
        assertThat(names("General Secretary Xi made important instructions")).isEmpty();
    }

    @Test
    void takesNoLowerCaseWordAfterAnArticleOrInsideALongerProperNounForAGivenName() {
        // "Lao" and "Kong" are surnames and "side" and "are" spell as pinyin: English here
        assertThat(names("He said the Lao side values the ties .")).isEmpty();
        assertThat(names("Sichuan and Hong Kong are partners .")).doesNotContain("Kong Are");
        assertThat(names("Deputy Mayor Hu nianfang , and Wang Lei attended")).containsExactly("Hu Nianfang", "Wang Lei");
    }

    @Test
    void findsARunTogetherName() {
        assertThat(names("Director WengTiehui presided .")).containsExactly("Weng Tiehui");
    }

    @Test
    void joinsAGivenNameWrittenAsTwoCapitalisedWords() {
        assertThat(names("Xing Kong Zheng attended the forum .")).containsExactly("Xing Kongzheng");
    }

    @Test
    void joinsAGivenNameWrittenAsACapitalisedAndALowerCaseWord() {
        assertThat(names("Feng Li jian delivered a speech .")).containsExactly("Feng Lijian");
    }

    @Test
    void findsALowerCaseTwoSyllableGivenNameBeforeAComma() {
        assertThat(names("Guests included Hu nianfang , Zhang Wei and others .")).containsExactly("Hu Nianfang", "Zhang Wei");
    }

    @Test
    void findsEveryNameInARunOnList() {
        assertThat(names("Huai Jinpeng Zheng Limin Weng Tiehui")).containsExactly("Huai Jinpeng", "Zheng Limin", "Weng Tiehui");
    }

    @Test
    void doesNotTakeASurnameFollowedByAnEnglishWord() {
        assertThat(names("He pointed out that education matters .")).isEmpty();
    }

    @Test
    void doesNotTakeLongMarch() {
        assertThat(names("The Long March museum was opened .")).isEmpty();
    }

    @Test
    void doesNotTakeARegionName() {
        assertThat(names("Guangxi Zhuang Autonomous Region")).isEmpty();
    }

    @Test
    void doesNotTakeAPlaceWrittenRunTogether() {
        assertThat(names("The delegation visited LiuZhou on Monday .")).isEmpty();
    }

    @Test
    void doesNotTakeAPlaceWrittenAsTwoWords() {
        assertThat(names("The delegation visited Liu Zhou on Monday .")).isEmpty();
    }

    @Test
    void doesNotTakeLowerCaseEnglishWordsThatArePinyin() {
        assertThat(names("he can hang a man in the long run , and she ran .")).isEmpty();
        assertThat(names("The students and teachers met in the hall to discuss the plan .")).isEmpty();
    }

    @Test
    void doesNotTakeAOneSyllableLowerCaseGivenName() {
        assertThat(names("Ma gang , the teacher")).isEmpty();
    }

    @Test
    void reportsPersonSpansThroughTheTokenNameFinderInterface() {
        Span[] spans = finder.find(tokens("Minister Huai Jinpeng met WengTiehui and Xing Kong Zheng ."));

        assertThat(spans).extracting(Span::getStart, Span::getEnd, Span::getType).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 3, "person"),
                org.assertj.core.groups.Tuple.tuple(4, 5, "person"),
                org.assertj.core.groups.Tuple.tuple(6, 9, "person"));
        assertThat(spans).allSatisfy(s -> assertThat(s.getProb()).isBetween(0.0, 1.0));
    }

    @Test
    void givesALowerCaseSpellingLessConfidenceThanACapitalisedOne() {
        double capitalised = finder.names(tokens("Hu Nianfang , and")).get(0).probability();
        double lowerCase = finder.names(tokens("Hu nianfang , and")).get(0).probability();

        assertThat(lowerCase).isLessThan(capitalised);
    }

    @Test
    void findsNothingInNoTokens() {
        assertThat(finder.find(new String[0])).isEmpty();
    }
}
