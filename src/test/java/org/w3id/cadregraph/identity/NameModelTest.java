package org.w3id.cadregraph.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.cadregraph.gazetteer.RegionLevel;

class NameModelTest {
    private final NameModel names = NameModel.loadDefault();

    @Test
    void aOneSyllableNameOfACommonSurnameIsFarCommonerThanARareOne() {
        assertThat(names.share("Li Ming")).isBetween(1e-4, 2e-3);
        assertThat(names.share("Weng Tiehui")).isLessThan(1e-6);
        assertThat(names.share("Li Ming") / names.share("Li Jinpeng")).isGreaterThan(10);
    }

    @Test
    void spellingsOfOneNameHaveOneShare() {
        assertThat(names.share("Wang Yi'ou")).isEqualTo(names.share("Wang Yiou"));
        assertThat(names.shareOfKey("wangyiou")).isEqualTo(names.share("Wang Yiou"));
        assertThat(NameKey.of("WengTiehui")).isEqualTo(NameKey.of("Weng Tiehui"));
    }

    @Test
    void splitsAGivenNameIntoSyllables() {
        assertThat(names.syllablesOf("tiehui")).containsExactly("tie", "hui");
        assertThat(names.syllablesOf("xyz")).isEmpty();
    }

    @Test
    void gradesPostsByRoleAndBody() {
        assertThat(Rank.of("Vice Governor", "", Optional.empty())).isEqualTo(Rank.VICE_MINISTERIAL);
        assertThat(Rank.of("Minister", "Ministry of Education", Optional.empty())).isEqualTo(Rank.MINISTERIAL);
        assertThat(Rank.of("director", "MOE Department of Vocational and Adult Education", Optional.empty())).isEqualTo(Rank.BUREAU);
        assertThat(Rank.of("secretary", "CPC Wujiang District Committee", Optional.of(RegionLevel.COUNTY))).isEqualTo(Rank.DIVISION);
        assertThat(Rank.of("Director", "Education Bureau", Optional.of(RegionLevel.CITY))).isEqualTo(Rank.DIVISION);
        assertThat(Rank.of("member", "Standing Committee of the Provincial Party Committee", Optional.of(RegionLevel.PROVINCE)))
                .isEqualTo(Rank.VICE_MINISTERIAL);
        assertThat(Rank.of("Premier", "", Optional.empty())).isEqualTo(Rank.STATE);
        assertThat(Rank.of("Deputy Director", "", Optional.empty())).isEqualTo(Rank.UNKNOWN);
    }
}
