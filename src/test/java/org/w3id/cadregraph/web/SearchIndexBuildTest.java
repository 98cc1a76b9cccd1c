package org.w3id.cadregraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.serve.FusekiLauncher;
import org.w3id.cadregraph.serve.ServerConfig;

/**
 * The search index of a served store is read in the background from the first use of any page, and a search that
 * comes before it is ready answers 503 "not ready yet" within the page's time limit instead of holding the request
 * (on a large store the read takes longer than a page may).
 */
class SearchIndexBuildTest {
    // A store per test: a stopped server's text index may still hold its Lucene lock within this JVM.
    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aSearchBeforeTheIndexIsReadAnswersNotReadyThenTheIndex() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<StoreReader, SearchIndex> slow = store -> {
            started.countDown();
            await(release);
            return SearchIndex.build(store);
        };
        FusekiLauncher launcher = serve(slow);
        try {
            String base = "http://localhost:" + launcher.start().getPort();
            // Another page first: the index is begun with it, before anyone searches.
            assertThat(get(base + "/id/region/guizhou").statusCode()).isEqualTo(200);
            assertThat(started.await(30, TimeUnit.SECONDS)).as("index begun by the first page").isTrue();

            HttpResponse<String> early = get(base + "/search?q=guizhou");
            assertThat(early.statusCode()).isEqualTo(503);
            assertThat(early.headers().firstValue("Retry-After")).contains("30");
            assertThat(early.body()).contains("Not ready yet").contains("search index");

            release.countDown();
            HttpResponse<String> ready = get(base + "/search?q=guizhou");
            for (int i = 0; i < 50 && ready.statusCode() == 503; i++) {
                ready = get(base + "/search?q=guizhou");
            }
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("/id/region/guizhou");
        } finally {
            release.countDown();
            launcher.stop();
        }
    }

    @Test
    void aFailedReadIsTriedAgainByTheNextSearch() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        Function<StoreReader, SearchIndex> failsOnce = store -> {
            if (builds.incrementAndGet() == 1) {
                throw new IllegalStateException("the store went away");
            }
            return SearchIndex.build(store);
        };
        FusekiLauncher launcher = serve(failsOnce);
        try {
            String base = "http://localhost:" + launcher.start().getPort();
            // The first read (begun when the page's servlet started) fails; the search that finds it failed, or
            // the next one, begins another instead of keeping the failure for the server's life.
            HttpResponse<String> answer = get(base + "/search?q=guizhou");
            if (answer.statusCode() == 500) {
                answer = get(base + "/search?q=guizhou");
            }
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("/id/region/guizhou");
            assertThat(builds).hasValue(2);
        } finally {
            launcher.stop();
        }
    }

    private FusekiLauncher serve(Function<StoreReader, SearchIndex> builder) {
        Path db = SampleServer.build(dir);
        Site site = new Site(FusekiLauncher.DATASET, Duration.ofSeconds(1), builder);
        return new FusekiLauncher(ServerConfig.readDefault(), db, 0).add(b -> WebPages.addTo(b, site));
    }

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
