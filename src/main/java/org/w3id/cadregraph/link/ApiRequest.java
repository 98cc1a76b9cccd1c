package org.w3id.cadregraph.link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One Wikidata API request, as its action parameters in sorted order. The sorted query string is the
 * request's identity: the cache key and the query sent. Transport parameters ({@code format},
 * {@code maxlag}) are the client's business and not part of it, so they can change without
 * invalidating the cache.
 *
 * <pre>
 *   ApiRequest r = ApiRequest.of("action", "wbsearchentities", "search", "Lan Zhiyuan");
 *   r.queryString();   // "action=wbsearchentities&amp;search=Lan+Zhiyuan"
 * </pre>
 */
public record ApiRequest(SortedMap<String, String> params) {
    public ApiRequest {
        params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
        Objects.requireNonNull(params.get("action"), "an API request needs an action");
    }

    /** A request from alternating keys and values. */
    public static ApiRequest of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate");
        }
        SortedMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new ApiRequest(map);
    }

    public String action() {
        return params.get("action");
    }

    /**
     * The member every good answer to this action has ({@code search} for wbsearchentities,
     * {@code entities} for wbgetentities), so a body without it is refused before it is cached.
     */
    public Optional<String> answerMember() {
        return switch (action()) {
            case "wbsearchentities" -> Optional.of("search");
            case "wbgetentities" -> Optional.of("entities");
            default -> Optional.empty();
        };
    }

    /** The parameters URL-encoded in key order: {@code action=wbgetentities&ids=Q1%7CQ2}. */
    public String queryString() {
        return params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return queryString();
    }
}
