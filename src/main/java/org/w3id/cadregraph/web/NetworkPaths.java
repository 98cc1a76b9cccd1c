package org.w3id.cadregraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.cadregraph.network.NetworkFilter;

/** The paths of the network page and its data, with the filter as query parameters. */
final class NetworkPaths {
    static final String PAGE = "/network";
    static final String DATA = "/network/data";

    private NetworkPaths() {}

    /** The network page filtered by one parameter ({@code region} or {@code organization}). */
    static String page(String parameter, String value) {
        return PAGE + "?" + parameter + "=" + encode(value);
    }

    /** {@code ?region=…&from=…} for the parts of the filter that are set, or the empty string. */
    static String query(NetworkFilter filter) {
        List<String> parts = new ArrayList<>();
        add(parts, "region", filter.region());
        add(parts, "organization", filter.organization());
        add(parts, "from", filter.from());
        add(parts, "to", filter.to());
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static void add(List<String> parts, String name, Optional<String> value) {
        value.ifPresent(v -> parts.add(name + "=" + encode(v)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
