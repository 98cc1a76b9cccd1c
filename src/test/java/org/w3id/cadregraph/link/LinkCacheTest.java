package org.w3id.cadregraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCacheTest {
    @TempDir
    Path dir;

    private static final ApiRequest A = SearchEntities.request("Lan Zhiyuan");
    private static final ApiRequest B = SearchEntities.request("Chen Hong");

    private static JsonObject answer(String text) {
        return JSON.parse("{\"search\": [], \"searchinfo\": {\"search\": \"" + text + "\"}}");
    }

    @Test
    void aMissingFileIsAnEmptyCache() throws IOException {
        assertThat(LinkCache.load(dir.resolve("none.json")).size()).isZero();
    }

    @Test
    void keepsAnswersAcrossRuns() throws IOException {
        Path file = dir.resolve("cache.json");
        LinkCache cache = LinkCache.load(file);
        cache.put(A, answer("Lan Zhiyuan"));
        cache.save();

        LinkCache again = LinkCache.load(file);
        assertThat(again.get(A)).contains(answer("Lan Zhiyuan"));
        assertThat(again.get(B)).isEmpty();
    }

    @Test
    void writesTheSameFileWhateverTheOrderOfRequests() throws IOException {
        Path one = dir.resolve("one.json");
        Path two = dir.resolve("two.json");
        LinkCache first = LinkCache.load(one);
        first.put(A, answer("Lan Zhiyuan"));
        first.put(B, answer("Chen Hong"));
        first.save();
        LinkCache second = LinkCache.load(two);
        second.put(B, answer("Chen Hong"));
        second.put(A, answer("Lan Zhiyuan"));
        second.save();

        assertThat(Files.readString(one)).isEqualTo(Files.readString(two));
        assertThat(Files.readString(one).indexOf("Chen+Hong")).isLessThan(Files.readString(one).indexOf("Lan+Zhiyuan"));
    }

    @Test
    void refusesAFileThatIsNotACache() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"entries\": [");
        assertThatThrownBy(() -> LinkCache.load(file)).isInstanceOf(IOException.class).hasMessageContaining("not valid JSON");
        Files.writeString(file, "{\"something\": 1}");
        assertThatThrownBy(() -> LinkCache.load(file)).isInstanceOf(IOException.class).hasMessageContaining(LinkCache.FORMAT);
    }

    @Test
    void offlineAMissFailsWithoutTheNetwork() throws Exception {
        LinkCache cache = LinkCache.load(dir.resolve("cache.json"));
        cache.put(A, answer("Lan Zhiyuan"));
        CachedTransport offline = new CachedTransport(cache, Optional.empty());

        assertThat(offline.get(A)).isEqualTo(answer("Lan Zhiyuan"));
        assertThatThrownBy(() -> offline.get(B)).isInstanceOf(NotCachedException.class);
    }

    @Test
    void onlineAMissIsFetchedOnceAndKept() throws Exception {
        LinkCache cache = LinkCache.load(dir.resolve("cache.json"));
        int[] calls = {0};
        CachedTransport online = new CachedTransport(cache, Optional.of(r -> {
            calls[0]++;
            return answer("Chen Hong");
        }));

        online.get(B);
        online.get(B);

        assertThat(calls[0]).isEqualTo(1);
        assertThat(cache.get(B)).isPresent();
    }

    @Test
    void aFailureIsNotKept() throws Exception {
        LinkCache cache = LinkCache.load(dir.resolve("cache.json"));
        CachedTransport online = new CachedTransport(cache, Optional.of(r -> {
            throw new WikidataHttpException(500, "HTTP 500");
        }));

        assertThatThrownBy(() -> online.get(B)).isInstanceOf(WikidataHttpException.class);
        assertThat(cache.size()).isZero();
    }
}
