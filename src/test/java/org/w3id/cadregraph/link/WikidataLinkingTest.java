package org.w3id.cadregraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.gazetteer.RegionGazetteer;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.link.Reconciler.Outcome;
import org.w3id.cadregraph.store.TdbStore;

/**
 * A whole linking run over a TDB2 store against the loopback Wikidata: failures cost one node its link
 * and the batch goes on, the cache makes a rerun send nothing, and offline never sends anything.
 */
class WikidataLinkingTest {
    @TempDir
    Path dir;

    private final FakeWikidata server = FakeWikidata.start();
    private final FakeTime time = new FakeTime();
    private TdbStore store;
    private Path cacheFile;

    @BeforeEach
    void setUp() {
        store = TdbStore.open(dir.resolve("db"));
        cacheFile = dir.resolve("cache.json");
        server.on("search:Lan Zhiyuan", FakeWikidata.json("search-lan-zhiyuan.json"))
                .on("entities:Q990000101|Q990000102|Q990000103", FakeWikidata.json("entities-lan-zhiyuan.json"))
                .on("entities:Q990000901", FakeWikidata.json("entities-position-guangxi-vice-chairman.json"))
                .on("search:Wang Jun", FakeWikidata.json("search-wang-jun.json"))
                .on("entities:Q990000201|Q990000202|Q990000203", FakeWikidata.json("entities-wang-jun.json"))
                .on("entities:Q990000912|Q990000913", FakeWikidata.json("entities-positions-wang-jun.json"))
                .on("search:Qiu Mingyuan", FakeWikidata.json("search-empty.json"))
                .on("search:Sun Lihua", FakeWikidata.status(500), FakeWikidata.json("search-sun-lihua.json"))
                .on("entities:Q990000221", FakeWikidata.json("entities-sun-lihua.json"))
                .on("search:Wujiang District", FakeWikidata.json("search-wujiang-district.json"))
                .on("entities:Q990000301|Q990000302", FakeWikidata.json("entities-wujiang-district.json"))
                .on("search:" + EDUCATION, FakeWikidata.json("search-guangxi-education-department.json"))
                .on("entities:Q990000401", FakeWikidata.json("entities-guangxi-education-department.json"))
                .on("search:" + GOVERNMENT, FakeWikidata.json("search-empty.json"));
    }

    private static final String EDUCATION = "Department of Education of Guangxi Zhuang Autonomous Region";
    private static final String GOVERNMENT = "Guangxi Zhuang Autonomous Region People's Government";

    @AfterEach
    void tearDown() {
        store.close();
        server.close();
    }

    /** Officials who link, who are ambiguous, who are unknown, and (when asked) whose requests fail. */
    private void fill(boolean withFailures) {
        store.replaceReportGraph(Iris.graph("guangxi-report"), out -> {
            ReportQuads r = new ReportQuads("guangxi-report", out);
            Node china = r.region("china", "People's Republic of China", "Q148", null);
            Node guangxi = r.region("guangxi", "Guangxi Zhuang Autonomous Region", "Q15176", china);
            Node suzhou = r.region("suzhou-jiangsu", "Suzhou (Jiangsu)", "Q42622", null);
            r.region("suzhou-jiangsu-wujiang-district", "Wujiang District", null, suzhou);
            Node government = r.organization(GOVERNMENT, "", guangxi);
            Node education = r.organization(EDUCATION, "", guangxi);
            r.official("Lan Zhiyuan", "Vice Chairman of the Guangxi Zhuang Autonomous Region People's Government", government);
            r.official("Sun Lihua", "Vice Chairman of the Guangxi Zhuang Autonomous Region People's Government", government);
            r.official("Wang Jun", "Deputy Director of the " + EDUCATION, education);
            r.official("Qiu Mingyuan", "Director of the " + EDUCATION, education);
            r.official("He Ping", null, null);
            if (withFailures) {
                r.official("Zhou Pei", "Vice Chairman of the Guangxi Zhuang Autonomous Region People's Government", government);
                r.official("Ma Lin", "Vice Chairman of the Guangxi Zhuang Autonomous Region People's Government", government);
                r.official("Tang Hai", "Vice Chairman of the Guangxi Zhuang Autonomous Region People's Government", government);
            }
        });
        if (withFailures) {
            server.on("search:Zhou Pei", FakeWikidata.status(500))
                    .on("search:Ma Lin", FakeWikidata.raw("{\"searchinfo\": {\"search\": \"Ma Lin\"}, \"search\": ["))
                    .on("search:Tang Hai", FakeWikidata.slow(Duration.ofSeconds(3), FakeWikidata.json("search-empty.json")));
        }
    }

    private WikidataClient client() {
        return new WikidataClient(HttpClient.newHttpClient(), WikidataClient.Config.defaults().withApi(server.api())
                .withMinInterval(Duration.ofMillis(500)).withTimeout(Duration.ofMillis(300)).withMaxAttempts(2), time, time);
    }

    private LinkSummary run(Optional<WikidataTransport> network) throws IOException {
        LinkCache cache = LinkCache.load(cacheFile);
        CachedTransport transport = new CachedTransport(cache, network);
        Linker linker = new Linker(new GazetteerLinker(RegionGazetteer.loadDefault(), BodyGazetteer.loadDefault()),
                Optional.of(china -> new Reconciler(transport, 0.8, china)));
        try {
            return linker.link(store);
        } finally {
            cache.save();
        }
    }

    private Graph links() {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Graph g = GraphMemFactory.createDefaultGraph();
            store.datasetGraph().getGraph(Linker.LINKS_GRAPH).find().forEachRemaining(g::add);
            return g;
        });
    }

    private static boolean linked(Graph g, String official, String qid) {
        return g.contains(Iris.official(official), OWL.sameAs.asNode(), Iris.wikidata(qid));
    }

    @Test
    void failuresCostOnlyTheirOwnLinks() throws IOException {
        fill(true);

        LinkSummary summary = run(Optional.of(client()));

        Graph links = links();
        assertThat(linked(links, "Lan Zhiyuan", "Q990000101")).isTrue();
        assertThat(linked(links, "Sun Lihua", "Q990000221")).as("linked after a 500 and a retry").isTrue();
        assertThat(links.contains(Iris.region("suzhou-jiangsu-wujiang-district"), OWL.sameAs.asNode(),
                Iris.wikidata("Q990000301"))).isTrue();
        assertThat(links.contains(Iris.organization(EDUCATION, ""), OWL.sameAs.asNode(), Iris.wikidata("Q990000401"))).isTrue();
        assertThat(links.find(Iris.official("Wang Jun"), OWL.sameAs.asNode(), Node.ANY).hasNext()).isFalse();
        assertThat(summary.outcome(Outcome.FAILED)).as("500 forever, malformed JSON, timeout").isEqualTo(3);
        assertThat(summary.outcome(Outcome.AMBIGUOUS)).isEqualTo(1);
        assertThat(summary.outcome(Outcome.NO_CANDIDATE)).as("Qiu Mingyuan, the government").isEqualTo(2);
        assertThat(summary.outcome(Outcome.TOO_LITTLE_EVIDENCE)).as("He Ping").isEqualTo(1);
        assertThat(summary.outcome(Outcome.LINKED)).isEqualTo(4);
        assertThat(summary.linksByKindAndMethod()).containsEntry("official/wikidata-search", 2L)
                .containsEntry("region/wikidata-search", 1L).containsEntry("organization/wikidata-search", 1L);
        assertThat(server.unexpected()).isEmpty();
        assertThat(time.sleeps()).as("the rate limit is kept between requests").contains(Duration.ofMillis(500));
    }

    @Test
    void theCacheMakesASecondRunSendNothingAndWriteTheSameLinks() throws IOException {
        fill(false);
        run(Optional.of(client()));
        int sent = server.requestCount();
        Graph first = links();
        String cacheText = Files.readString(cacheFile);

        LinkSummary again = run(Optional.of(client()));

        assertThat(sent).isPositive();
        assertThat(server.requestCount()).isEqualTo(sent);
        assertThat(links().isIsomorphicWith(first)).isTrue();
        assertThat(Files.readString(cacheFile)).isEqualTo(cacheText);
        assertThat(again.outcome(Outcome.LINKED)).isEqualTo(4);
    }

    @Test
    void offlineWithTheCacheGivesTheOnlineLinksWithoutTheNetwork() throws IOException {
        fill(false);
        run(Optional.of(client()));
        int sent = server.requestCount();
        Graph online = links();

        run(Optional.empty());

        assertThat(server.requestCount()).isEqualTo(sent);
        assertThat(links().isIsomorphicWith(online)).isTrue();
    }

    @Test
    void offlineWithoutACacheSendsNothingAndLinksOnlyFromTheGazetteers() throws IOException {
        fill(true);

        LinkSummary summary = run(Optional.empty());

        assertThat(server.requestCount()).isZero();
        assertThat(summary.outcome(Outcome.NOT_CACHED)).isPositive();
        assertThat(summary.outcome(Outcome.LINKED)).isZero();
        assertThat(summary.links()).allSatisfy(l -> assertThat(l.method()).isEqualTo(Link.GAZETTEER));
    }

    @Test
    void theRunnerOfTheCliSendsNothingOffline() throws IOException {
        fill(true);
        LinkSettings offline = LinkSettings.defaults(dir.resolve("db")).withMode(LinkSettings.Mode.OFFLINE);

        LinkSummary summary = Linker.run(store, new LinkSettings(offline.mode(), cacheFile, server.api(),
                offline.threshold(), offline.rateLimit(), offline.timeout()));

        assertThat(server.requestCount()).isZero();
        assertThat(summary.httpRequests()).isZero();
        assertThat(summary.describe()).contains("not in the cache");
    }
}
