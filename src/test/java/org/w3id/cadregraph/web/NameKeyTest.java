package org.w3id.cadregraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void pinyinWithOrWithoutSpacesTonesAndCaseGivesOneKey() {
        assertThat(NameKey.of("Huai Jinpeng")).isEqualTo("huaijinpeng");
        assertThat(NameKey.of("huaijinpeng")).isEqualTo("huaijinpeng");
        assertThat(NameKey.of("HUAI Jin-peng")).isEqualTo("huaijinpeng");
        assertThat(NameKey.of("Huái Jìnpéng")).isEqualTo("huaijinpeng");
        assertThat(NameKey.of("huai2 jin4peng2")).isEqualTo("huaijinpeng");
        assertThat(NameKey.of("Wang Yi'ou")).isEqualTo(NameKey.of("Wang Yiou"));
        assertThat(NameKey.of("Lǚ Xīn")).isEqualTo("luxin");
    }

    @Test
    void keepsNumbersThatAreNoTones() {
        assertThat(NameKey.of("2024 Hebei Provincial Education Work Conference")).startsWith("2024hebei");
        assertThat(NameKey.of("No. 1 Middle School")).isEqualTo("no1middleschool");
        assertThat(NameKey.of("Area 51")).isEqualTo("area51");
    }

    @Test
    void keepsChineseCharacters() {
        assertThat(NameKey.of("北京市")).isEqualTo("北京市");
    }

    @Test
    void wordsAreKeyedOneByOne() {
        assertThat(NameKey.words("  Jinpeng   HUAI ")).containsExactly("jinpeng", "huai");
        assertThat(NameKey.words("- ,")).isEmpty();
    }
}
