package org.w3id.cadregraph.link;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Wikidata API on loopback for tests (WDTK's fake-transport idea over real HTTP): serves the JSON
 * files under {@code src/test/resources/wikidata/} for scripted requests, keyed {@code search:<text>}
 * or {@code entities:<id|id>}. Each key has a list of replies; the last one repeats. A request nobody
 * scripted is answered 400 and recorded in {@link #unexpected()}, so it fails loudly.
 */
final class FakeWikidata implements AutoCloseable {

    /** One request as the server saw it. */
    record Received(String key, Map<String, String> params, String userAgent) {}

    @FunctionalInterface
    interface Reply {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Deque<Reply>> script = new ConcurrentHashMap<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

    private FakeWikidata() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static FakeWikidata start() {
        try {
            return new FakeWikidata();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI api() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
    }

    /** Scripts the replies to one request key; the last reply repeats. */
    FakeWikidata on(String key, Reply... replies) {
        script.put(key, new ArrayDeque<>(List.of(replies)));
        return this;
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    int requestCount() {
        return received.size();
    }

    List<String> unexpected() {
        synchronized (unexpected) {
            return List.copyOf(unexpected);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> params = params(ex.getRequestURI().getRawQuery());
            String key = switch (params.getOrDefault("action", "")) {
                case "wbsearchentities" -> "search:" + params.get("search");
                case "wbgetentities" -> "entities:" + params.get("ids");
                default -> "?" + ex.getRequestURI();
            };
            received.add(new Received(key, params, ex.getRequestHeaders().getFirst("User-Agent")));
            Deque<Reply> replies = script.get(key);
            if (replies == null) {
                unexpected.add(key);
                status(400).send(ex);
                return;
            }
            Reply reply;
            synchronized (replies) {
                reply = replies.size() > 1 ? replies.poll() : replies.peek();
            }
            reply.send(ex);
        }
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> out = new TreeMap<>();
        if (rawQuery == null) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    // ---- Replies

    /** 200 with a JSON file from {@code src/test/resources/wikidata/}. */
    static Reply json(String resource) {
        byte[] body;
        try (InputStream in = FakeWikidata.class.getResourceAsStream("/wikidata/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource wikidata/" + resource);
            }
            body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ex -> send(ex, 200, body, Map.of("Content-Type", "application/json; charset=utf-8"));
    }

    /** 200 with a raw body, e.g. malformed JSON. */
    static Reply raw(String body) {
        return ex -> send(ex, 200, body.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/json"));
    }

    static Reply status(int code) {
        return ex -> send(ex, code, ("{\"error\":{\"code\":\"http-" + code + "\"}}").getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Reply status(int code, String retryAfter) {
        return ex -> send(ex, code, new byte[0], Map.of("Retry-After", retryAfter));
    }

    /** Answers only after {@code d}, past the client's timeout. */
    static Reply slow(Duration d, Reply then) {
        return ex -> {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            then.send(ex);
        };
    }

    private static void send(HttpExchange ex, int code, byte[] body, Map<String, String> headers) throws IOException {
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
