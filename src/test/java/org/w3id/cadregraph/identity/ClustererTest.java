package org.w3id.cadregraph.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.cadregraph.gazetteer.RegionLevel;

class ClustererTest {
    private static final Place JIANGSU = new Place("jiangsu", "Jiangsu", RegionLevel.PROVINCE, List.of());
    private static final Place SUZHOU = new Place("suzhou", "Suzhou", RegionLevel.CITY, List.of("jiangsu"));
    private static final Place WUJIANG = new Place("wujiang", "Wujiang District", RegionLevel.COUNTY, List.of("suzhou", "jiangsu"));
    private static final Place GANSU = new Place("gansu", "Gansu", RegionLevel.PROVINCE, List.of());
    private static final Place PINGLIANG = new Place("pingliang", "Pingliang", RegionLevel.CITY, List.of("gansu"));

    private final EvidenceScorer scorer = new EvidenceScorer(NameModel.loadDefault());
    private final Clusterer clusterer = new Clusterer(scorer, 0.0);

    private static Mention mention(String graph, String name, String date, Place place, String role, String org, Rank rank,
                                   String... colleagues) {
        List<Post> posts = role.isEmpty() ? List.of()
                : List.of(new Post(role, org.isEmpty() ? "" : org + "@" + place.id(), org, Optional.of(place), rank));
        Map<String, Rank> co = new java.util.HashMap<>();
        for (String c : colleagues) {
            co.put(NameKey.of(c), Rank.UNKNOWN);
        }
        return new Mention(graph, "urn:x:" + graph, name, NameKey.of(name), MentionReader.anchor(graph, NameKey.of(name)),
                Optional.of(LocalDate.parse(date)), posts, List.of(place), co, Set.of());
    }

    private Set<Set<String>> partition(List<Cluster> clusters) {
        return clusters.stream().map(c -> c.mentions().stream().map(Mention::graph).collect(Collectors.toSet())).collect(Collectors.toSet());
    }

    @Test
    void aCommonNameNeedsPlaceEvidenceToJoin() {
        Mention a = mention("g1", "Li Ming", "2019-01-01", WUJIANG, "secretary", "District Committee", Rank.DIVISION);
        Mention b = mention("g2", "Li Ming", "2020-01-01", WUJIANG, "secretary", "District Committee", Rank.DIVISION);
        Mention c = mention("g3", "Li Ming", "2020-01-01", PINGLIANG, "", "", Rank.UNKNOWN);
        Mention d = mention("g4", "Li Ming", "2021-01-01", WUJIANG, "district mayor", "District Government", Rank.DIVISION);
        assertThat(partition(clusterer.cluster(List.of(a, b, c, d)))).containsExactlyInAnyOrder(Set.of("g1", "g2", "g4"), Set.of("g3"));
    }

    @Test
    void aRareNameJoinsAcrossProvincesAndGrades() {
        Mention a = mention("g1", "Weng Tiehui", "2012-01-01", SUZHOU, "vice mayor", "Municipal Government", Rank.VICE_BUREAU);
        Mention b = mention("g2", "Weng Tiehui", "2020-01-01", GANSU, "vice governor", "", Rank.VICE_MINISTERIAL);
        assertThat(clusterer.cluster(List.of(a, b))).hasSize(1);
    }

    @Test
    void colleaguesJoinAnUntitledMention() {
        Mention a = mention("g1", "Zhao Yide", "2019-01-01", PINGLIANG, "", "", Rank.UNKNOWN, "Xiao Shengfeng", "Tan Zuojun");
        Mention b = mention("g2", "Zhao Yide", "2019-03-01", PINGLIANG, "mayor", "Municipal Government", Rank.BUREAU, "Xiao Shengfeng", "Tan Zuojun");
        EvidenceScorer.Score s = scorer.score(List.of(a), List.of(b));
        assertThat(s.reasons()).extracting(EvidenceScorer.Reason::kind).contains("colleagues", "same-region");
        assertThat(clusterer.cluster(List.of(a, b))).hasSize(1);
    }

    @Test
    void theOrderOfMentionsNeverChangesThePeople() {
        List<Mention> ms = new ArrayList<>();
        String[] dates = {"2015-01-01", "2017-01-01", "2019-01-01", "2021-01-01"};
        Place[] places = {WUJIANG, SUZHOU, PINGLIANG, JIANGSU};
        for (int i = 0; i < 12; i++) {
            Place p = places[i % places.length];
            ms.add(mention("g" + i, "Li Ming", dates[i % dates.length], p, i % 3 == 0 ? "" : "director", "Bureau", Rank.DIVISION));
        }
        Set<Set<String>> first = partition(clusterer.cluster(ms));
        Random random = new Random(7);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(ms, random);
            assertThat(partition(clusterer.cluster(ms))).isEqualTo(first);
        }
    }

    @Test
    void keepsIrisAndRetiresTheOneNoOneKeeps() {
        Mention a = mention("g1", "Li Ming", "2019-01-01", WUJIANG, "secretary", "District Committee", Rank.DIVISION);
        Mention b = mention("g2", "Li Ming", "2020-01-01", WUJIANG, "secretary", "District Committee", Rank.DIVISION);
        Mention c = mention("g3", "Li Ming", "2020-01-01", PINGLIANG, "", "", Rank.UNKNOWN);
        IriAssigner assigner = new IriAssigner(n -> "bare", (n, s) -> "bare-" + s);
        List<Cluster> joined = clusterer.cluster(List.of(a, b));
        // before, g2 had been given its own IRI; now both are one person: the bare IRI stays, the other is retired
        var assignment = assigner.assign(joined, Map.of("g1", "bare", "g2", "bare-x"), Set.of("bare", "bare-x"));
        assertThat(assignment.iris()).containsExactly("bare");
        assertThat(assignment.retired()).containsEntry("bare-x", "bare");
        // a new person of the name gets a suffix, never a retired IRI
        var two = assigner.assign(clusterer.cluster(List.of(a, b, c)), Map.of("g1", "bare", "g2", "bare"), Set.of("bare", "bare-x"));
        assertThat(two.iris()).hasSize(2).contains("bare").allMatch(i -> !i.equals("bare-x"));
    }

    private static IdentityOverride decided(IdentityOverride.Decision d, Set<String> one, Set<String> other, int line) {
        return new IdentityOverride(d, "liming", one, other, "overrides.tsv line " + line, "");
    }

    @Test
    void aResearchersDifferentKeepsApartWhatTheRuleJoinsAndTheRuleStillPlacesTheRest() {
        Mention a = mention("g1", "Li Ming", "2019-01-01", WUJIANG, "secretary", "District Committee", Rank.DIVISION);
        Mention b = mention("g2", "Li Ming", "2020-01-01", WUJIANG, "secretary", "District Committee", Rank.DIVISION);
        Mention d = mention("g4", "Li Ming", "2021-01-01", WUJIANG, "district mayor", "District Government", Rank.DIVISION);
        var different = decided(IdentityOverride.Decision.DIFFERENT, Set.of("g1"), Set.of("g2"), 1);
        Set<Set<String>> people = partition(clusterer.cluster(List.of(a, b, d), List.of(different)));
        assertThat(people).hasSize(2).allMatch(p -> !(p.contains("g1") && p.contains("g2")));
        assertThat(people.stream().mapToInt(Set::size).sum()).isEqualTo(3);
    }

    @Test
    void aResearchersSameJoinsWhatTheRuleKeepsApartWithAReasonAndConfidenceOne() {
        Mention a = mention("g1", "Li Ming", "2019-01-01", WUJIANG, "secretary", "District Committee", Rank.DIVISION);
        Mention c = mention("g3", "Li Ming", "2020-01-01", PINGLIANG, "", "", Rank.UNKNOWN);
        assertThat(clusterer.cluster(List.of(a, c))).hasSize(2);
        List<Cluster> joined = clusterer.cluster(List.of(c, a), List.of(decided(IdentityOverride.Decision.SAME, Set.of("g3"), Set.of("g1"), 4)));
        assertThat(joined).singleElement().satisfies(p -> {
            assertThat(p.merges()).singleElement().satisfies(m -> {
                assertThat(m.score().probability()).isGreaterThan(0.9995);
                assertThat(m.score().reasons()).singleElement().asString().startsWith("researcher's decision (overrides.tsv line 4)");
            });
        });
    }

    @Test
    void whenSameAndDifferentContradictDifferentWins() {
        Mention a = mention("g1", "Li Ming", "2019-01-01", WUJIANG, "secretary", "District Committee", Rank.DIVISION);
        Mention c = mention("g3", "Li Ming", "2020-01-01", PINGLIANG, "", "", Rank.UNKNOWN);
        List<IdentityOverride> both = List.of(decided(IdentityOverride.Decision.SAME, Set.of("g1"), Set.of("g3"), 1),
                decided(IdentityOverride.Decision.DIFFERENT, Set.of("g3"), Set.of("g1"), 2));
        assertThat(clusterer.cluster(List.of(a, c), both)).hasSize(2);
    }
}
