package org.w3id.cadregraph.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.cadregraph.gazetteer.RegionLevel;

class EvidenceScorerTest {
    private static final EvidenceScorer SCORER = new EvidenceScorer(NameModel.loadDefault());
    private static final Place WUXI = new Place("wuxi", "Wuxi", RegionLevel.CITY, List.of("jiangsu-province"));
    private static final Place JIANGSU = new Place("jiangsu-province", "Jiangsu Province", RegionLevel.PROVINCE, List.of());

    private static Mention mention(String report, String name, LocalDate date, Post... posts) {
        return new Mention("graph/" + report, "official/" + report, name, NameKey.of(name), report, Optional.ofNullable(date),
                List.of(posts), List.of(), Map.of(), Set.of());
    }

    private static Post mayorOfWuxi() {
        return new Post("mayor", "org/wuxi-municipal-government", "Wuxi Municipal People's Government", Optional.of(WUXI), Rank.BUREAU);
    }

    private static Post viceGovernorOfJiangsu() {
        return new Post("vice governor", "org/jiangsu-provincial-government", "Jiangsu Provincial People's Government",
                Optional.of(JIANGSU), Rank.VICE_MINISTERIAL);
    }

    @Test
    void aLowerPostBeforeAHigherOneIsACareerAndTheReverseIsLikelierTwoPeople() {
        Mention mayor2015 = mention("r1", "Li Jun", LocalDate.of(2015, 5, 1), mayorOfWuxi());
        Mention viceGovernor2019 = mention("r2", "Li Jun", LocalDate.of(2019, 5, 1), viceGovernorOfJiangsu());
        Mention mayor2022 = mention("r3", "Li Jun", LocalDate.of(2022, 5, 1), mayorOfWuxi());
        Mention mayorUndated = mention("r4", "Li Jun", null, mayorOfWuxi());

        double rise = SCORER.score(List.of(mayor2015), List.of(viceGovernor2019)).logOdds();
        double fall = SCORER.score(List.of(viceGovernor2019), List.of(mayor2022)).logOdds();
        double unordered = SCORER.score(List.of(mayorUndated), List.of(viceGovernor2019)).logOdds();

        // the same posts, the same places: only the order in time differs, by ln(0.9 / 0.5) and ln(0.1 / 0.5)
        assertThat(rise - unordered).isCloseTo(Math.log(1.8), within(1e-9));
        assertThat(fall - unordered).isCloseTo(Math.log(0.2), within(1e-9));
        assertThat(SCORER.score(List.of(mayor2015), List.of(viceGovernor2019)).reasons())
                .anyMatch(r -> r.text().contains("the lower post first"));
    }

    @Test
    void postsOfOneGradeHaveNoOrder() {
        Mention a = mention("r1", "Li Jun", LocalDate.of(2015, 5, 1), mayorOfWuxi());
        Mention b = mention("r2", "Li Jun", LocalDate.of(2019, 5, 1), mayorOfWuxi());
        assertThat(EvidenceScorer.order(Rank.BUREAU, Rank.BUREAU, a.date(), b.date())).isEqualTo(1.0);
        assertThat(SCORER.score(List.of(a), List.of(b)).reasons()).noneMatch(r -> r.text().contains("post first"));
    }

    @Test
    void aLocalBodyWithoutItsRegionIsNotOneBodyButANationalOneIs() {
        Post unplacedCommittee = new Post("secretary", "org/municipal-party-committee", "Municipal Party Committee", Optional.empty(),
                Rank.BUREAU);
        Mention a = mention("r1", "Li Jianguo", LocalDate.of(2016, 5, 1), unplacedCommittee);
        Mention b = mention("r2", "Li Jianguo", LocalDate.of(2017, 5, 1), unplacedCommittee);
        assertThat(SCORER.score(List.of(a), List.of(b)).reasons()).extracting(EvidenceScorer.Reason::kind).doesNotContain("same-body");

        Post ministry = new Post("vice minister", "org/ministry-of-education", "Ministry of Education", Optional.empty(),
                Rank.VICE_MINISTERIAL);
        Mention c = mention("r3", "Sun Yao", LocalDate.of(2016, 5, 1), ministry);
        Mention d = mention("r4", "Sun Yao", LocalDate.of(2017, 5, 1), ministry);
        assertThat(SCORER.score(List.of(c), List.of(d)).reasons()).extracting(EvidenceScorer.Reason::kind).contains("same-body");
    }

    /**
     * "Wang Yubo" of the annotated sets: Governor of Yunnan in one report; in the other no post the extractor finds,
     * no region, no year, no colleague in common. The name is the only evidence, and it is borne by about one
     * other person such a mention could be: a coin toss, kept apart (as {@code cg:possiblySame}).
     */
    @Test
    void aNameWithoutPostPlaceOrDateIsJudgedOnTheNameAlone() {
        Place yunnan = new Place("yunnan-province", "Yunnan Province", RegionLevel.PROVINCE, List.of());
        Mention governor = mention("moe01", "Wang Yubo", LocalDate.of(2024, 9, 10),
                new Post("governor", "org/yunnan-province", "Yunnan Province", Optional.of(yunnan), Rank.MINISTERIAL));
        Mention bare = mention("d2o21", "Wang Yubo", null);

        EvidenceScorer.Score s = SCORER.score(List.of(governor), List.of(bare));

        double namesakes = NameModel.loadDefault().share("Wang Yubo") * Rank.untitledPoolAgainst(Rank.MINISTERIAL);
        assertThat(s.reasons()).extracting(EvidenceScorer.Reason::kind).containsExactly("name");
        assertThat(s.logOdds()).isCloseTo(-Math.log(namesakes), within(1e-9));
        assertThat(namesakes).isBetween(1.0, 2.0);
        assertThat(s.logOdds()).isNegative();
    }
}
