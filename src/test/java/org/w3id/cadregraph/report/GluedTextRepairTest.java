package org.w3id.cadregraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GluedTextRepairTest {
    private final GluedTextRepair repair = new GluedTextRepair();

    @Test
    void separatesASentenceGluedToTheNext() {
        assertThat(repair.repair("the meeting voted on the list.Gao Ming, county head, presided over it."))
                .isEqualTo("the meeting voted on the list. Gao Ming, county head, presided over it.");
    }

    @Test
    void separatesCapitalisedWordsGluedTogether() {
        assertThat(repair.repair("Director of the Standing Committee of the Provincial CongressMa LinAnnounced the opening."))
                .isEqualTo("Director of the Standing Committee of the Provincial Congress Ma Lin Announced the opening.");
    }

    @Test
    void separatesAnOrdinalAndASemicolonFromTheNextWord() {
        assertThat(repair.repair("before the 20thNational Congress;12 members were present"))
                .isEqualTo("before the 20th National Congress; 12 members were present");
    }

    @Test
    void joinsAPinyinSyllableSetApartByItsApostrophe() {
        assertThat(repair.repair("Wang Wei ‘an and Li Ji’ en attended")).isEqualTo("Wang Wei'an and Li Ji'en attended");
    }

    @Test
    void leavesWordsThatEnglishWritesJoinedAlone() {
        String text = "He posted on WeChat and iPhone apps near McDonald's, e.g. the U.S. office; Xi'an and China ‘a model’.";
        assertThat(repair.repair(text)).isEqualTo(text);
    }
}
