package org.w3id.cadregraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PinyinTest {
    private static final Pinyin PINYIN = Pinyin.loadDefault();

    @Test
    void knowsSurnamesInAnyCase() {
        assertThat(PINYIN.isSurname("Huai")).isTrue();
        assertThat(PINYIN.isSurname("ZHENG")).isTrue();
        assertThat(PINYIN.isSurname("Pointed")).isFalse();
    }

    @Test
    void knowsSyllablesIncludingUWithUmlaut() {
        assertThat(PINYIN.isSyllable("jin")).isTrue();
        assertThat(PINYIN.isSyllable("lü")).isTrue();
        assertThat(PINYIN.isSyllable("march")).isFalse();
    }

    @Test
    void countsTheSyllablesOfAGivenName() {
        assertThat(PINYIN.syllableCount("Jinpeng")).isEqualTo(2);
        assertThat(PINYIN.syllableCount("nianfang")).isEqualTo(2);
        assertThat(PINYIN.syllableCount("Li")).isEqualTo(1);
    }

    @Test
    void prefersFewerLongerSyllables() {
        // "xian" is one syllable, not "xi" + "an"
        assertThat(PINYIN.syllableCount("xian")).isEqualTo(1);
    }

    @Test
    void countsNoSyllablesInEnglishWords() {
        assertThat(PINYIN.syllableCount("pointed")).isZero();
        assertThat(PINYIN.syllableCount("March")).isZero();
        assertThat(PINYIN.syllableCount("")).isZero();
        assertThat(PINYIN.syllableCount("Li2")).isZero();
    }

    @Test
    void splitsARunTogetherNameAtTheCapital() {
        assertThat(PINYIN.splitRunTogether("WengTiehui")).hasValueSatisfying(
                parts -> assertThat(parts).containsExactly("Weng", "Tiehui"));
    }

    @Test
    void doesNotSplitAWordThatDoesNotStartWithASurname() {
        assertThat(PINYIN.splitRunTogether("McDonald")).isEmpty();
        assertThat(PINYIN.splitRunTogether("Weng")).isEmpty();
        assertThat(PINYIN.splitRunTogether("WengTiehuiqiang")).isEmpty();
    }

    @Test
    void capitalisesAnyCase() {
        assertThat(Pinyin.capitalise("ZHENG")).isEqualTo("Zheng");
        assertThat(Pinyin.capitalise("nianfang")).isEqualTo("Nianfang");
        assertThat(Pinyin.capitalise("")).isEmpty();
    }

    @Test
    void writesTheCanonicalNameSurnameFirstWithTheGivenNameAsOneWord() {
        assertThat(Pinyin.canonical("XING", List.of("Kong", "Zheng"))).isEqualTo("Xing Kongzheng");
        assertThat(Pinyin.canonical("hu", List.of("nianfang"))).isEqualTo("Hu Nianfang");
        assertThat(Pinyin.canonical("Wang", List.of())).isEqualTo("Wang");
    }

    @Test
    void worksWithItsOwnSmallTables() {
        Pinyin tiny = new Pinyin(Set.of("li", "min"), Set.of("zheng"));

        assertThat(tiny.isSurname("Zheng")).isTrue();
        assertThat(tiny.isSurname("Wang")).isFalse();
        assertThat(tiny.syllableCount("Limin")).isEqualTo(2);
        assertThat(tiny.syllableCount("Jinpeng")).isZero();
    }
}
