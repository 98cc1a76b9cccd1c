package org.w3id.cadregraph.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The queries one page runs, recorded as they run so that the page can link to each of them.
 */
final class PageData {
    private final StoreReader store;
    private final String datasetPath;
    private final List<SparqlLink> queries = new ArrayList<>();

    PageData(StoreReader store, String datasetPath) {
        this.store = store;
        this.datasetPath = datasetPath;
    }

    /** Runs {@code query} about {@code iri}; {@code title} names the part of the page it fills. */
    List<Row> rows(PageQuery query, String iri, String title) {
        String text = query.about(iri);
        queries.add(SparqlLink.of(title, text, datasetPath));
        return store.select(text);
    }

    /** Records a query that the page does not run itself (the browser fetches its data). */
    void link(String title, String text) {
        queries.add(SparqlLink.of(title, text, datasetPath));
    }

    List<SparqlLink> queries() {
        return List.copyOf(queries);
    }
}
