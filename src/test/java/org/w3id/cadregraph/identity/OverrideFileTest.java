package org.w3id.cadregraph.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.cadregraph.graph.Iris;

class OverrideFileTest {
    private static final String GAO = Iris.DATA + "official/gao-lin";

    @Test
    void aTabSeparatedLineMayNameReportFilesWithSpaces() {
        OverrideFile f = OverrideFile.parse("o.tsv", List.of(
                "different\tofficial/gao-lin@Report 1.txt\tofficial/gao-lin@杭州 两会.txt\ttwo people: born 1961 and 1970"));

        assertThat(f.problems()).isEmpty();
        OverrideFile.Line line = f.lines().get(0);
        assertThat(line.first()).isEqualTo(new OverrideFile.Side(GAO, Optional.of("Report 1.txt")));
        assertThat(line.second()).isEqualTo(new OverrideFile.Side(GAO, Optional.of("杭州 两会.txt")));
        assertThat(line.reason()).isEqualTo("two people: born 1961 and 1970");
    }

    @Test
    void spacesAndMixedSeparatorsStillRead() {
        OverrideFile f = OverrideFile.parse("o.tsv", List.of(
                "same   official/gao-lin   official/gao-lin-3fa29c   the yearbook lists both posts",
                "same official/gao-lin\tofficial/gao-lin-3fa29c\tone CV"));

        assertThat(f.problems()).isEmpty();
        assertThat(f.lines()).extracting(OverrideFile.Line::reason).containsExactly("the yearbook lists both posts", "one CV");
        assertThat(f.lines()).allSatisfy(l -> assertThat(l.second().person()).isEqualTo(GAO + "-3fa29c"));
    }
}
