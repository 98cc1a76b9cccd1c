package org.w3id.cadregraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.link.LinkInputs.OfficialFacts;
import org.w3id.cadregraph.link.LinkInputs.OrganizationFacts;
import org.w3id.cadregraph.link.LinkInputs.RegionFacts;
import org.w3id.cadregraph.link.Reconciler.Decision;
import org.w3id.cadregraph.link.Reconciler.Outcome;

/** Candidate filtering, scoring and the threshold/ambiguity rule, against Wikidata-shaped answers on loopback. */
class ReconcilerTest {
    private static final Node GUANGXI = Iris.region("guangxi");
    private static final Node SUZHOU = Iris.region("suzhou-jiangsu");
    private static final Node CHINA = Iris.region("china");
    private static final Map<Node, String> QIDS = Map.of(GUANGXI, "Q15176", SUZHOU, "Q42622", CHINA, "Q148");
    private static final List<String> GUANGXI_POST = List.of(
            "Vice Chairman of the Guangxi Zhuang Autonomous Region People's Government",
            "Guangxi Zhuang Autonomous Region People's Government", "Guangxi Zhuang Autonomous Region");

    private final FakeWikidata server = FakeWikidata.start();
    private final FakeTime time = new FakeTime();
    private final Reconciler reconciler = new Reconciler(new WikidataClient(HttpClient.newHttpClient(),
            WikidataClient.Config.defaults().withApi(server.api()).withMinInterval(Duration.ZERO).withMaxAttempts(2),
            time, time), 0.8, Set.copyOf(QIDS.values()));

    @AfterEach
    void stop() {
        assertThat(server.unexpected()).as("requests nobody scripted").isEmpty();
        server.close();
    }

    private static OfficialFacts guangxiOfficial(String name) {
        return new OfficialFacts(Iris.official(name), name, Optional.empty(), GUANGXI_POST, Set.of(GUANGXI));
    }

    @Test
    void linksTheOneChineseOfficialWithAPostInTheReportsRegion() {
        server.on("search:Lan Zhiyuan", FakeWikidata.json("search-lan-zhiyuan.json"))
                .on("entities:Q990000101|Q990000102|Q990000103", FakeWikidata.json("entities-lan-zhiyuan.json"))
                .on("entities:Q990000901", FakeWikidata.json("entities-position-guangxi-vice-chairman.json"));

        Decision d = reconciler.official(guangxiOfficial("Lan Zhiyuan"), QIDS);

        assertThat(d.outcome()).isEqualTo(Outcome.LINKED);
        assertThat(d.link()).hasValueSatisfying(l -> {
            assertThat(l.qid()).isEqualTo("Q990000101");
            assertThat(l.confidence()).isEqualTo(1.0);
            assertThat(l.method()).isEqualTo("wikidata-search");
            assertThat(l.kind()).isEqualTo(Link.Kind.OFFICIAL);
        });
    }

    @Test
    void twoNamesakesTheReportCannotTellApartGetNoLink() {
        server.on("search:Wang Jun", FakeWikidata.json("search-wang-jun.json"))
                .on("entities:Q990000201|Q990000202|Q990000203", FakeWikidata.json("entities-wang-jun.json"))
                .on("entities:Q990000912|Q990000913", FakeWikidata.json("entities-positions-wang-jun.json"));
        OfficialFacts wang = new OfficialFacts(Iris.official("Wang Jun"), "Wang Jun", Optional.empty(),
                List.of("Deputy Director of the Department of Education of Guangxi Zhuang Autonomous Region"), Set.of(GUANGXI));

        Decision d = reconciler.official(wang, QIDS);

        assertThat(d.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(d.link()).isEmpty();
        assertThat(d.detail()).contains("Q990000201").contains("Q990000202").doesNotContain("Q990000203");
    }

    @Test
    void thePostInTheReportsRegionTellsNamesakesApart() {
        server.on("search:Chen Hong", FakeWikidata.json("search-chen-hong.json"))
                .on("entities:Q990000211|Q990000212", FakeWikidata.json("entities-chen-hong.json"))
                .on("entities:Q990000901|Q990000922", FakeWikidata.json("entities-positions-chen-hong.json"));

        Decision d = reconciler.official(guangxiOfficial("Chen Hong"), QIDS);

        assertThat(d.outcome()).isEqualTo(Outcome.LINKED);
        assertThat(d.link().orElseThrow().qid()).isEqualTo("Q990000211");
    }

    @Test
    void theNameAloneIsNotEnough() {
        server.on("search:Lan Zhiyuan", FakeWikidata.json("search-lan-zhiyuan.json"))
                .on("entities:Q990000101|Q990000102|Q990000103", FakeWikidata.json("entities-lan-zhiyuan.json"))
                .on("entities:Q990000901", FakeWikidata.json("entities-position-guangxi-vice-chairman.json"));
        OfficialFacts shandong = new OfficialFacts(Iris.official("Lan Zhiyuan"), "Lan Zhiyuan", Optional.empty(),
                List.of("Vice Governor of Shandong Province", "Shandong Province"), Set.of(Iris.region("shandong")));

        Decision d = reconciler.official(shandong, Map.of(Iris.region("shandong"), "Q43407"));

        assertThat(d.outcome()).isEqualTo(Outcome.BELOW_THRESHOLD);
        assertThat(d.detail()).contains("Q990000101 scores 70");
    }

    @Test
    void anOfficialWithoutAnyTitleIsNotEvenSearched() {
        OfficialFacts bare = new OfficialFacts(Iris.official("He Ping"), "He Ping", Optional.empty(), List.of(), Set.of());

        assertThat(reconciler.official(bare, QIDS).outcome()).isEqualTo(Outcome.TOO_LITTLE_EVIDENCE);
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aChineseNameThatDisagreesRulesTheCandidateOut() {
        server.on("search:Lan Zhiyuan", FakeWikidata.json("search-lan-zhiyuan.json"))
                .on("entities:Q990000101|Q990000102|Q990000103", FakeWikidata.json("entities-lan-zhiyuan.json"))
                .on("entities:Q990000901", FakeWikidata.json("entities-position-guangxi-vice-chairman.json"));
        OfficialFacts other = new OfficialFacts(Iris.official("Lan Zhiyuan"), "Lan Zhiyuan", Optional.of("兰志远"),
                GUANGXI_POST, Set.of(GUANGXI));

        assertThat(reconciler.official(other, QIDS).outcome()).isEqualTo(Outcome.NO_CANDIDATE);
    }

    @Test
    void noSearchResultIsNoCandidate() {
        server.on("search:Qiu Mingyuan", FakeWikidata.json("search-empty.json"));

        Decision d = reconciler.official(guangxiOfficial("Qiu Mingyuan"), QIDS);

        assertThat(d.outcome()).isEqualTo(Outcome.NO_CANDIDATE);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aFailedRequestIsADecisionNotAnException() {
        server.on("search:Zhou Pei", FakeWikidata.status(500));
        server.on("search:Ma Lin", FakeWikidata.raw("{\"search\": [{\"id\": "));

        assertThat(reconciler.official(guangxiOfficial("Zhou Pei"), QIDS).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(reconciler.official(guangxiOfficial("Ma Lin"), QIDS).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void linksADistrictWithinItsLinkedParentAndLeavesItsNamesake() {
        server.on("search:Wujiang District", FakeWikidata.json("search-wujiang-district.json"))
                .on("entities:Q990000301|Q990000302", FakeWikidata.json("entities-wujiang-district.json"));
        RegionFacts wujiang = new RegionFacts(Iris.region("suzhou-jiangsu-wujiang-district"), "Wujiang District",
                List.of(), Optional.empty(), Optional.of(SUZHOU), Optional.empty());

        Decision d = reconciler.region(wujiang, QIDS);

        assertThat(d.outcome()).isEqualTo(Outcome.LINKED);
        assertThat(d.link().orElseThrow().qid()).isEqualTo("Q990000301");
        assertThat(d.link().orElseThrow().confidence()).isEqualTo(0.9);
    }

    @Test
    void aDistrictWhoseCodeDisagreesIsNotLinked() {
        server.on("search:Wujiang District", FakeWikidata.json("search-wujiang-district.json"))
                .on("entities:Q990000301|Q990000302", FakeWikidata.json("entities-wujiang-district.json"));
        RegionFacts wrongCode = new RegionFacts(Iris.region("suzhou-jiangsu-wujiang-district"), "Wujiang District",
                List.of(), Optional.of("32 05 99"), Optional.of(SUZHOU), Optional.empty());

        assertThat(reconciler.region(wrongCode, QIDS).outcome()).isEqualTo(Outcome.NO_CANDIDATE);
    }

    @Test
    void aDistrictWithNeitherCodeNorLinkedParentIsNotSearched() {
        RegionFacts alone = new RegionFacts(Iris.region("wujiang-district"), "Wujiang District",
                List.of(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(reconciler.region(alone, QIDS).outcome()).isEqualTo(Outcome.TOO_LITTLE_EVIDENCE);
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void linksABodyLocatedInItsRegion() {
        String name = "Department of Education of Guangxi Zhuang Autonomous Region";
        server.on("search:" + name, FakeWikidata.json("search-guangxi-education-department.json"))
                .on("entities:Q990000401", FakeWikidata.json("entities-guangxi-education-department.json"));

        Decision d = reconciler.organization(new OrganizationFacts(Iris.organization(name, ""), name, Optional.of(GUANGXI)), QIDS);

        assertThat(d.outcome()).isEqualTo(Outcome.LINKED);
        assertThat(d.link().orElseThrow().qid()).isEqualTo("Q990000401");
    }

    @Test
    void doesNotLinkABodyToAnItemInAnotherRegion() {
        String name = "Department of Education of Guangxi Zhuang Autonomous Region";
        server.on("search:" + name, FakeWikidata.json("search-guangxi-education-department.json"))
                .on("entities:Q990000401", FakeWikidata.json("entities-guangxi-education-department.json"));
        Node shandong = Iris.region("shandong");

        Decision d = reconciler.organization(new OrganizationFacts(Iris.organization(name, ""), name, Optional.of(shandong)),
                Map.of(shandong, "Q43407"));

        assertThat(d.outcome()).isEqualTo(Outcome.NO_CANDIDATE);
    }
}
