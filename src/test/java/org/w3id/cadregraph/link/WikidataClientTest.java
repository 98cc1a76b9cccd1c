package org.w3id.cadregraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The transport against a loopback server: retries, Retry-After, timeouts, malformed answers, politeness. */
class WikidataClientTest {
    private final FakeWikidata server = FakeWikidata.start();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private WikidataClient client(WikidataClient.Config config) {
        return new WikidataClient(HttpClient.newHttpClient(), config, time, time);
    }

    private WikidataClient client() {
        return client(WikidataClient.Config.defaults().withApi(server.api()).withMinInterval(Duration.ZERO)
                .withTimeout(Duration.ofSeconds(5)).withMaxAttempts(3));
    }

    @Test
    void searchesAndParsesHits() throws Exception {
        server.on("search:Lan Zhiyuan", FakeWikidata.json("search-lan-zhiyuan.json"));

        List<SearchEntities.Hit> hits = SearchEntities.search(client(), "Lan Zhiyuan");

        assertThat(hits).extracting(SearchEntities.Hit::id).containsExactly("Q990000101", "Q990000102", "Q990000103");
        assertThat(server.received()).singleElement().satisfies(r -> {
            assertThat(r.params()).containsEntry("language", "en").containsEntry("type", "item")
                    .containsEntry("limit", "10").containsEntry("format", "json").containsEntry("maxlag", "5");
        });
    }

    @Test
    void getsEntitiesWithTheClaimsTheLinkerNeeds() throws Exception {
        server.on("entities:Q990000301|Q990000302", FakeWikidata.json("entities-wujiang-district.json"));

        var items = GetEntities.fetch(client(), Set.of("Q990000302", "Q990000301"));

        assertThat(items).containsOnlyKeys("Q990000301", "Q990000302");
        WikidataEntity wujiang = items.get("Q990000301");
        assertThat(wujiang.labelEn()).contains("Wujiang District");
        assertThat(wujiang.labelZh()).contains("吴江区");
        assertThat(wujiang.instanceOf()).containsExactly("Q1065118");
        assertThat(wujiang.adminCodes()).containsExactly("32 05 09");
        assertThat(wujiang.locatedIn()).containsExactly("Q42622");
        assertThat(server.received().get(0).params())
                .containsEntry("props", "labels|aliases|claims").containsEntry("languages", "en|zh");
    }

    @Test
    void sendsAUserAgentThatNamesTheToolAndAWayToReachUs() throws Exception {
        server.on("search:Lan Zhiyuan", FakeWikidata.json("search-lan-zhiyuan.json"));

        client().get(SearchEntities.request("Lan Zhiyuan"));

        String ua = server.received().get(0).userAgent();
        assertThat(ua).startsWith("cadregraph/").contains("(https://w3id.org/cadregraph; research knowledge graph)");
    }

    @Test
    void retriesAfterA500WithExponentialBackoff() throws Exception {
        server.on("search:Sun Lihua", FakeWikidata.status(500), FakeWikidata.status(503),
                FakeWikidata.json("search-sun-lihua.json"));

        assertThat(SearchEntities.search(client(), "Sun Lihua")).hasSize(1);
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void givesUpAfterTheLastAttemptWithATypedException() {
        server.on("search:Zhou Pei", FakeWikidata.status(500));

        assertThatThrownBy(() -> client().get(SearchEntities.request("Zhou Pei")))
                .isInstanceOfSatisfying(WikidataHttpException.class, e -> assertThat(e.status()).isEqualTo(500));
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void waitsWhatRetryAfterSaysOnA429() throws Exception {
        server.on("search:Sun Lihua", FakeWikidata.status(429, "7"), FakeWikidata.json("search-sun-lihua.json"));

        assertThat(SearchEntities.search(client(), "Sun Lihua")).hasSize(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void doesNotWaitForAnUnreasonableRetryAfter() {
        server.on("search:Sun Lihua", FakeWikidata.status(429, "86400"));

        assertThatThrownBy(() -> client().get(SearchEntities.request("Sun Lihua")))
                .isInstanceOfSatisfying(WikidataHttpException.class, e -> assertThat(e.status()).isEqualTo(429));
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void retriesWhenTheServersLag() throws Exception {
        server.on("search:Sun Lihua", ex -> {
            ex.getResponseHeaders().add("Retry-After", "6");
            FakeWikidata.json("maxlag.json").send(ex);
        }, FakeWikidata.json("search-sun-lihua.json"));

        assertThat(SearchEntities.search(client(), "Sun Lihua")).hasSize(1);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(6));
    }

    @Test
    void retriesATimeoutAndThenGivesUp() {
        server.on("search:Tang Hai", FakeWikidata.slow(Duration.ofSeconds(3), FakeWikidata.json("search-empty.json")));
        WikidataClient client = client(WikidataClient.Config.defaults().withApi(server.api())
                .withMinInterval(Duration.ZERO).withTimeout(Duration.ofMillis(200)).withMaxAttempts(2));

        assertThatThrownBy(() -> client.get(SearchEntities.request("Tang Hai")))
                .isInstanceOf(WikidataTimeoutException.class);
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aTimeoutFollowedByAnAnswerSucceeds() throws Exception {
        server.on("search:Sun Lihua", FakeWikidata.slow(Duration.ofSeconds(3), FakeWikidata.json("search-sun-lihua.json")),
                FakeWikidata.json("search-sun-lihua.json"));
        WikidataClient client = client(WikidataClient.Config.defaults().withApi(server.api())
                .withMinInterval(Duration.ZERO).withTimeout(Duration.ofMillis(200)).withMaxAttempts(2));

        assertThat(SearchEntities.search(client, "Sun Lihua")).hasSize(1);
    }

    @Test
    void malformedJsonIsATypedExceptionAndNotRetried() {
        server.on("search:Ma Lin", FakeWikidata.raw("{\"search\": [ {\"id\": \"Q1\", "));

        assertThatThrownBy(() -> client().get(SearchEntities.request("Ma Lin")))
                .isInstanceOf(WikidataResponseException.class).hasMessageContaining("malformed JSON");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void jsonCutOffInsideAnArrayIsMalformedNotACrash() {
        server.on("search:Ma Lin", FakeWikidata.raw("{\"search\": ["));

        assertThatThrownBy(() -> client().get(SearchEntities.request("Ma Lin")))
                .isInstanceOf(WikidataResponseException.class).hasMessageContaining("malformed JSON");
    }

    @Test
    void anHtmlPageOrAnAnswerOfTheWrongShapeIsMalformedToo() {
        server.on("search:Ma Lin", FakeWikidata.raw("<html>Wikimedia error</html>"));
        server.on("search:Qiu Mingyuan", FakeWikidata.raw("{\"entities\": {}}"));

        assertThatThrownBy(() -> client().get(SearchEntities.request("Ma Lin"))).isInstanceOf(WikidataResponseException.class);
        assertThatThrownBy(() -> client().get(SearchEntities.request("Qiu Mingyuan")))
                .isInstanceOf(WikidataResponseException.class).hasMessageContaining("'search'");
    }

    @Test
    void anApiErrorIsReportedWithItsCode() {
        server.on("search:Ma Lin", FakeWikidata.json("api-error.json"));

        assertThatThrownBy(() -> client().get(SearchEntities.request("Ma Lin")))
                .isInstanceOf(WikidataResponseException.class).hasMessageContaining("param-missing");
    }

    @Test
    void aClientErrorIsNotRetried() {
        server.on("search:Ma Lin", FakeWikidata.status(403));

        assertThatThrownBy(() -> client().get(SearchEntities.request("Ma Lin")))
                .isInstanceOfSatisfying(WikidataHttpException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void keepsTheMinimumIntervalBetweenRequests() throws Exception {
        server.on("search:Sun Lihua", FakeWikidata.json("search-sun-lihua.json"));
        WikidataClient client = client(WikidataClient.Config.defaults().withApi(server.api())
                .withMinInterval(Duration.ofMillis(500)));

        client.get(SearchEntities.request("Sun Lihua"));
        client.get(SearchEntities.request("Sun Lihua"));
        client.get(SearchEntities.request("Sun Lihua"));

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
        assertThat(client.requestsSent()).isEqualTo(3);
    }

    @Test
    void aConnectionRefusedIsATransportFailure() throws Exception {
        java.net.URI dead;
        try (FakeWikidata other = FakeWikidata.start()) {
            dead = other.api();
        }
        WikidataClient client = client(WikidataClient.Config.defaults().withApi(dead)
                .withMinInterval(Duration.ZERO).withMaxAttempts(2));

        assertThatThrownBy(() -> client.get(SearchEntities.request("Sun Lihua")))
                .isInstanceOf(WikidataTransportException.class);
    }

    @Test
    void givesUpOnTheWholeRunAfterThreeConnectionFailuresInARow() throws Exception {
        java.net.URI dead;
        try (FakeWikidata other = FakeWikidata.start()) {
            dead = other.api();
        }
        WikidataClient client = client(WikidataClient.Config.defaults().withApi(dead).withMinInterval(Duration.ZERO));

        assertThatThrownBy(() -> client.get(SearchEntities.request("Sun Lihua")))
                .isInstanceOf(WikidataUnreachableException.class)
                .hasMessageContaining("cannot reach Wikidata at " + dead)
                .hasMessageContaining("3 connection attempts in a row failed (ConnectException")
                .hasMessageContaining("--offline");
        assertThat(client.requestsSent()).isEqualTo(3);
        assertThat(time.sleeps()).as("backoff between attempts, none after the last").hasSize(2);

        assertThatThrownBy(() -> client.get(SearchEntities.request("Ma Lin"))).isInstanceOf(WikidataUnreachableException.class);
        assertThat(client.requestsSent()).as("no request once open").isEqualTo(3);
    }

    @Test
    void anAnswerInBetweenResetsTheCount() throws Exception {
        server.on("search:Sun Lihua", FakeWikidata.json("search-sun-lihua.json"));
        WikidataClient client = client(WikidataClient.Config.defaults().withApi(server.api())
                .withMinInterval(Duration.ZERO).withMaxAttempts(2));

        assertThat(client.get(SearchEntities.request("Sun Lihua"))).isNotNull();
        assertThat(CircuitBreaker.isConnectionFailure(new java.io.IOException("reset"))).isFalse();
        assertThat(CircuitBreaker.isConnectionFailure(new java.io.IOException(new java.net.UnknownHostException("x")))).isTrue();
    }
}
