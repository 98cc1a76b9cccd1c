package org.w3id.cadregraph.link;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.cadregraph.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A polite client of the Wikidata Action API over {@link HttpClient}: a User-Agent as the Wikimedia
 * User-Agent policy asks (tool name and version, a URL to contact, the library), at most one request
 * per {@code minInterval}, {@code maxlag} on every request, a per-request timeout, and retries with
 * exponential backoff on timeouts, I/O errors, 5xx and maxlag errors. A 429 or 503 with
 * {@code Retry-After} waits the time the server asks for. After three connection failures in a row (no network)
 * every request fails at once with {@link WikidataUnreachableException} ({@link CircuitBreaker}). Time is read
 * from an injected {@link Clock}
 * and waited through an injected {@link Sleeper}, so tests neither wait nor depend on the wall clock.
 *
 * <pre>
 *   WikidataClient client = WikidataClient.create(WikidataClient.Config.defaults());
 *   JsonObject json = client.get(SearchEntities.request("Lan Zhiyuan"));
 * </pre>
 */
public final class WikidataClient implements WikidataTransport {
    private static final Logger log = LoggerFactory.getLogger(WikidataClient.class);

    public static final URI DEFAULT_API = URI.create("https://www.wikidata.org/w/api.php");
    /** Connection failures in a row after which every request fails at once ({@link CircuitBreaker}). */
    public static final int CONNECTION_FAILURES_TO_GIVE_UP = 3;

    /** Waits; {@code Thread::sleep} in production, a recorder in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * @param api           the {@code api.php} endpoint
     * @param userAgent     sent on every request
     * @param minInterval   the least time between the starts of two requests (the rate limit)
     * @param timeout       per request (and per connection attempt)
     * @param maxAttempts   attempts per request, the first included
     * @param firstBackoff  the wait after the first failed attempt; doubled after each further one
     * @param maxBackoff    the longest backoff wait
     * @param maxRetryAfter a longer {@code Retry-After} than this is not waited for: the request fails
     * @param maxlag        the {@code maxlag} parameter in seconds (Wikimedia recommends 5)
     */
    public record Config(URI api, String userAgent, Duration minInterval, Duration timeout, int maxAttempts,
                         Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter, int maxlag) {
        public Config {
            Objects.requireNonNull(api);
            Objects.requireNonNull(userAgent);
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
        }

        public static Config defaults() {
            return new Config(DEFAULT_API, defaultUserAgent(), Duration.ofMillis(500), Duration.ofSeconds(20), 4,
                    Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofMinutes(5), 5);
        }

        public Config withApi(URI newApi) {
            return new Config(newApi, userAgent, minInterval, timeout, maxAttempts, firstBackoff, maxBackoff, maxRetryAfter, maxlag);
        }

        public Config withMinInterval(Duration d) {
            return new Config(api, userAgent, d, timeout, maxAttempts, firstBackoff, maxBackoff, maxRetryAfter, maxlag);
        }

        public Config withTimeout(Duration d) {
            return new Config(api, userAgent, minInterval, d, maxAttempts, firstBackoff, maxBackoff, maxRetryAfter, maxlag);
        }

        public Config withMaxAttempts(int n) {
            return new Config(api, userAgent, minInterval, timeout, n, firstBackoff, maxBackoff, maxRetryAfter, maxlag);
        }
    }

    /** {@code cadregraph/<version> (https://w3id.org/cadregraph; research knowledge graph) Java-http-client/<java>}. */
    public static String defaultUserAgent() {
        return "cadregraph/" + Version.get() + " (https://w3id.org/cadregraph; research knowledge graph) Java-http-client/"
                + Runtime.version().feature();
    }

    private final HttpClient http;
    private final Config config;
    private final Clock clock;
    private final Sleeper sleeper;
    private final CircuitBreaker breaker;
    private Instant lastSent;
    private long requestsSent;

    public WikidataClient(HttpClient http, Config config, Clock clock, Sleeper sleeper) {
        this.http = http;
        this.config = config;
        this.clock = clock;
        this.sleeper = sleeper;
        this.breaker = new CircuitBreaker(config.api(), CONNECTION_FAILURES_TO_GIVE_UP);
    }

    /** A client with its own {@link HttpClient}, the system clock and real sleeping. */
    public static WikidataClient create(Config config) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        return new WikidataClient(http, config, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
    }

    /** HTTP requests sent so far, retries included. */
    public synchronized long requestsSent() {
        return requestsSent;
    }

    /**
     * @throws WikidataUnreachableException when Wikidata could not be connected to several times in a row, in this
     *                                      request or the ones before: no further request is sent
     */
    @Override
    public synchronized JsonObject get(ApiRequest request) throws WikidataApiException {
        URI uri = uri(request);
        WikidataApiException failure = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            breaker.check();
            Duration wait;
            try {
                pace();
                HttpResponse<String> response = send(uri);
                breaker.answered();
                Optional<Duration> retryAfter = retryAfter(response);
                int status = response.statusCode();
                if (status == 200) {
                    JsonObject json = parse(response.body(), request);
                    if (!isMaxlag(json)) {
                        return json;
                    }
                    failure = new WikidataHttpException(status, "maxlag: the servers are lagging: " + request);
                    wait = retryAfter.orElse(Duration.ofSeconds(5));
                } else if (status == 429 || status >= 500) {
                    failure = new WikidataHttpException(status, "HTTP " + status + " for " + request);
                    wait = retryAfter.orElse(backoff(attempt));
                } else {
                    throw new WikidataHttpException(status, "HTTP " + status + " for " + request);
                }
                if (retryAfter.isPresent() && retryAfter.get().compareTo(config.maxRetryAfter()) > 0) {
                    throw new WikidataHttpException(status, "HTTP " + status + ": the server asks to retry after "
                            + retryAfter.get().toSeconds() + " s, longer than we wait: " + request);
                }
            } catch (HttpTimeoutException e) {
                breaker.failed(e);
                failure = new WikidataTimeoutException("timed out after " + config.timeout().toMillis() + " ms: " + request, e);
                wait = backoff(attempt);
            } catch (IOException e) {
                breaker.failed(e);
                failure = new WikidataTransportException(e.getClass().getSimpleName() + ": " + request, e);
                wait = backoff(attempt);
            }
            breaker.check();    // no backoff before giving up
            if (attempt < config.maxAttempts()) {
                log.debug("attempt {} of {} failed ({}); retrying in {} ms", attempt, config.maxAttempts(),
                        failure.getMessage(), wait.toMillis());
                sleep(wait);
            }
        }
        throw failure;
    }

    private URI uri(ApiRequest request) {
        String base = config.api().toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + request.queryString()
                + "&format=json&maxlag=" + config.maxlag());
    }

    private HttpResponse<String> send(URI uri) throws IOException, WikidataTransportException {
        HttpRequest req = HttpRequest.newBuilder(uri)
                .timeout(config.timeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", "application/json")
                .GET()
                .build();
        requestsSent++;
        lastSent = clock.instant();
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataTransportException("interrupted", e);
        }
    }

    /** Waits until {@code minInterval} has passed since the last request started. */
    private void pace() throws WikidataTransportException {
        if (lastSent == null) {
            return;
        }
        Duration wait = Duration.between(clock.instant(), lastSent.plus(config.minInterval()));
        if (!wait.isNegative() && !wait.isZero()) {
            sleep(wait);
        }
    }

    private void sleep(Duration d) throws WikidataTransportException {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataTransportException("interrupted while waiting", e);
        }
    }

    private Duration backoff(int attempt) {
        Duration d = config.firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return d.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : d;
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date (RFC 9110). */
    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After").map(String::trim);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String v = header.get();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(clock.instant(), at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static JsonObject parse(String body, ApiRequest request) throws WikidataResponseException {
        JsonObject json;
        try {
            json = JsonLib.parseObject(body);
        } catch (JsonException e) {
            throw new WikidataResponseException("malformed JSON for " + request + ": " + e.getMessage(), e);
        }
        if (json.hasKey("error") && !isMaxlag(json)) {
            JsonObject error = json.get("error").isObject() ? json.getObj("error") : new JsonObject();
            throw new WikidataResponseException("API error " + JsonLib.string(error, "code").orElse("?") + " ("
                    + JsonLib.string(error, "info").orElse("") + ") for " + request);
        }
        Optional<String> member = request.answerMember();
        if (member.isPresent() && !isMaxlag(json) && !json.hasKey(member.get())) {
            throw new WikidataResponseException("answer without '" + member.get() + "' for " + request);
        }
        return json;
    }

    private static boolean isMaxlag(JsonObject json) {
        return json.hasKey("error") && json.get("error").isObject()
                && JsonLib.string(json.getObj("error"), "code").filter("maxlag"::equals).isPresent();
    }
}
