package org.w3id.cadregraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** score.py's normalisation; every expected value was printed by score.py's own functions. */
class TextNormTest {

    @Test
    void normLowersAndDropsPunctuationAndPossessives() {
        assertThat(TextNorm.norm("  Minister’s  Office (MOE) ")).isEqualTo("minister office moe");
        assertThat(TextNorm.norm("Secretary-General of the People's Government"))
                .isEqualTo("secretary-general of the people government");
        assertThat(TextNorm.norm("Deputy - Director")).isEqualTo("deputy-director");
        assertThat(TextNorm.norm("Li Na's")).isEqualTo("li na");
        assertThat(TextNorm.norm("Li Na'sa")).isEqualTo("li na sa");
    }

    @Test
    void normUsesPythonsUnicodeClasses() {
        // a no-break space is white space; U+001F is too in Python (not in Java's \s)
        assertThat(TextNorm.norm("Jiangsu\u00a0Province")).isEqualTo("jiangsu province");
        assertThat(TextNorm.norm("Zhang\u001fWei")).isEqualTo("zhang wei");
        // a combining mark is no word character in Python, so it becomes a space; "_" is one
        assertThat(TextNorm.norm("Lu\u0308 Xiao")).isEqualTo("lu xiao");
        assertThat(TextNorm.norm("Wang_Li")).isEqualTo("wang_li");
        assertThat(TextNorm.norm("Lǘ Xiǎo")).isEqualTo("lǘ xiǎo");
        assertThat(TextNorm.norm("İstanbul")).isEqualTo("i stanbul");
    }

    @Test
    void normNameGluesTheParts() {
        assertThat(TextNorm.normName("Shen Yuming")).isEqualTo(TextNorm.normName("ShenYuming")).isEqualTo("shenyuming");
        assertThat(TextNorm.normName("WANG Xiaodong")).isEqualTo("wangxiaodong");
        assertThat(TextNorm.normName("Secretary-General of the People's Government"))
                .isEqualTo("secretarygeneralofthepeoplegovernment");
    }

    @Test
    void normRegionDropsTheLevel() {
        assertThat(TextNorm.normRegion("Guangxi Zhuang Autonomous Region")).isEqualTo("guangxi");
        assertThat(TextNorm.normRegion("the Xinjiang Uygur Autonomous Region")).isEqualTo("xinjiang");
        assertThat(TextNorm.normRegion("Dalian Municipality")).isEqualTo("dalian");
        assertThat(TextNorm.normRegion("Yuhang District")).isEqualTo("yuhang");
        // two suffixes at most
        assertThat(TextNorm.normRegion("Hangzhou City Region")).isEqualTo("hangzhou");
        assertThat(TextNorm.normRegion("Regional Province")).isEqualTo("regional");
        assertThat(TextNorm.normRegion("China")).isEqualTo("china");
    }

    @Test
    void splitTitleSeparatesRoleAndOrganizationWords() {
        assertThat(TextNorm.splitTitle("Vice Minister of the Ministry of Education"))
                .isEqualTo(new TextNorm.TitleParts("deputy minister", List.of("ministry", "education")));
        assertThat(TextNorm.splitTitle("The Deputy Secretary-General of the People's Government of Guizhou Province"))
                .isEqualTo(new TextNorm.TitleParts("deputy secretary general",
                        List.of("people", "government", "guizhou", "province")));
        assertThat(TextNorm.splitTitle("Deputy Director")).isEqualTo(new TextNorm.TitleParts("deputy director", List.of()));
        assertThat(TextNorm.splitTitle("member of the Party Group and Office"))
                .isEqualTo(new TextNorm.TitleParts("member", List.of("party", "group", "office")));
    }

    @Test
    void splitTitleKeepsScorePysVerbatimReplacementOfVice() {
        // "service " contains "vice ": score.py turns it into "serdeputy ", and so must we
        assertThat(TextNorm.splitTitle("Director of the Bureau for Service of the Elderly").orgWords())
                .containsExactly("bureau", "serdeputy", "elderly");
    }

    @Test
    void tokenF1CountsRepeatedWords() {
        assertThat(TextNorm.tokenF1(List.of("a", "b", "b"), List.of("b", "c"))).isCloseTo(0.4, within(1e-12));
        assertThat(TextNorm.tokenF1(List.of(), List.of("a"))).isZero();
        assertThat(TextNorm.tokenF1(List.of("a"), List.of("b"))).isZero();
    }

    @Test
    void titleMatchNeedsTheRoleAndStrictlyHalfTheOrganization() {
        assertThat(TextNorm.titleMatch("Vice Minister of Education", "Deputy Minister of the Ministry of Education", true))
                .isEqualTo(2.0 / 3);
        assertThat(TextNorm.titleMatch("Minister of the Ministry of Finance", "Minister of the Ministry of Education", true))
                .isEqualTo(0.5);
        assertThat(TextNorm.titleMatch("Minister of the Department of Finance", "Minister of the Ministry of Education", true))
                .isZero();
        assertThat(TextNorm.titleMatch("Minister of the Department of Finance", "Minister of the Ministry of Education", false))
                .isEqualTo(1.0);
        assertThat(TextNorm.titleMatch("Vice Governor of Guizhou Province", "Vice Governor", true)).isEqualTo(1.0);
        assertThat(TextNorm.titleMatch("Governor of Guizhou Province", "Vice Governor", false)).isZero();
        assertThat(TextNorm.titleMatch("Director of the Department of Education of Guangdong",
                "Director of the Department of Education of Guangdong Province", true)).isEqualTo(0.8571428571428571);
    }

    @Test
    void wordsOfAnEmptyTextAreNone() {
        assertThat(TextNorm.words("")).isEmpty();
        assertThat(TextNorm.words("press conference")).containsExactly("press", "conference");
    }
}
