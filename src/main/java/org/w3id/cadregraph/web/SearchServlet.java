package org.w3id.cadregraph.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /search?q=NAME}: officials, organizations, regions and meetings whose name matches, pinyin
 * with or without spaces and tones, in any case. Without {@code q}, the search form alone.
 */
final class SearchServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 200;
    private static final int MAX_QUERY = 200;

    /** The hits of one kind, under its heading. */
    record Group(String heading, List<SearchIndex.Hit> hits) {}

    record View(String query, List<Group> groups, int count, boolean truncated, int names) {}

    SearchServlet(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = Optional.ofNullable(request.getParameter("q")).map(String::strip).orElse("");
        if (query.length() > MAX_QUERY) {
            throw new BadRequestException("a search of more than " + MAX_QUERY + " characters");
        }
        SearchIndex index = site.searchIndex();
        List<SearchIndex.Hit> hits = query.isEmpty() ? List.of() : index.search(query, LIMIT + 1);
        boolean truncated = hits.size() > LIMIT;
        List<SearchIndex.Hit> shown = truncated ? hits.subList(0, LIMIT) : hits;
        Map<SearchIndex.Kind, List<SearchIndex.Hit>> byKind = new EnumMap<>(SearchIndex.Kind.class);
        shown.forEach(h -> byKind.computeIfAbsent(h.kind(), k -> new ArrayList<>()).add(h));
        List<Group> groups = new ArrayList<>();
        byKind.forEach((kind, list) -> groups.add(new Group(kind.heading(), list)));
        PageData data = site.pageData();
        data.link("Every name the search looks in", SearchIndex.NAMES.text());
        String title = query.isEmpty() ? "Search" : "Search: " + query;
        render(response, HttpServletResponse.SC_OK,
                Page.site("search", title, data.queries(), new View(query, groups, shown.size(), truncated, index.size())));
    }
}
