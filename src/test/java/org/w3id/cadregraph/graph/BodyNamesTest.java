package org.w3id.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyNamesTest {
    @Test
    void shortFormsOfAMinistryAreTheMinistry() {
        assertThat(BodyNames.canonical("Education", "Vice Minister")).isEqualTo("Ministry of Education");
        assertThat(BodyNames.canonical("MOE", "")).isEqualTo("Ministry of Education");
        assertThat(BodyNames.canonical("Education", "Director")).isEqualTo("Education");
    }

    @Test
    void theNameGivesTheImmediateParent() {
        assertThat(BodyNames.parent("Publicity Department of the CPC Dalian Municipal Committee")).contains("CPC Dalian Municipal Committee");
        assertThat(BodyNames.parent("Party Group of the Ministry of Education")).contains("Ministry of Education");
        assertThat(BodyNames.parent("Department of Personnel of the Ministry of Education")).contains("Ministry of Education");
        assertThat(BodyNames.parent("Standing Committee of the Political Bureau of the CPC Central Committee"))
                .contains("Political Bureau of the CPC Central Committee");
        assertThat(BodyNames.parent("Vocational Education Division of the Department of Education of Guangxi Zhuang Autonomous Region"))
                .contains("Department of Education of Guangxi Zhuang Autonomous Region");
        assertThat(BodyNames.parent("MOE Department of Vocational and Adult Education")).contains("Ministry of Education");
        assertThat(BodyNames.parent("Department of Education of Guangxi Zhuang Autonomous Region")).isEmpty();
        assertThat(BodyNames.parent("Ministry of Education")).isEmpty();
    }

    @Test
    void aGenericNameNamesNoBodyByItself() {
        assertThat(BodyNames.isGeneric("Publicity Department")).isTrue();
        assertThat(BodyNames.isGeneric("Municipal Party Committee")).isTrue();
        assertThat(BodyNames.isGeneric("CPC Dalian Municipal Committee")).isFalse();
        assertThat(BodyNames.isPartyDepartment("Publicity Department")).isTrue();
        assertThat(BodyNames.isPartyCommittee("CPC Committee of Dalian")).isTrue();
        assertThat(BodyNames.isPartyCommittee("Standing Committee of the CPC Dalian Municipal Committee")).isFalse();
    }
}
