package org.w3id.cadregraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cadregraph.graph.CG;

/**
 * The names of the officials, meetings, organizations and regions of the store, looked up by
 * {@link NameKey}: a name matches when its key contains the query's key, or else contains every word
 * of the query in any order.
 *
 * <pre>
 *   SearchIndex index = SearchIndex.build(store);
 *   List&lt;SearchIndex.Hit&gt; hits = index.search("huai jinpeng", 100);
 * </pre>
 */
final class SearchIndex {
    static final PageQuery NAMES = PageQuery.load("search-names");

    /** The kinds, in the order results are listed. */
    enum Kind {
        OFFICIAL("Officials", CG.Official.getURI()),
        ORGANIZATION("Organizations", CG.Organization.getURI()),
        REGION("Regions", CG.Region.getURI()),
        MEETING("Meetings", CG.Meeting.getURI());

        private final String heading;
        private final String typeIri;

        Kind(String heading, String typeIri) {
            this.heading = heading;
            this.typeIri = typeIri;
        }

        public String heading() {
            return heading;
        }

        static Kind of(String typeIri) {
            for (Kind k : values()) {
                if (k.typeIri.equals(typeIri)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("not a searchable type: " + typeIri);
        }
    }

    /** One resource and all its names, with their keys. */
    private record Entry(String iri, Kind kind, String label, String date, List<String> names, List<String> keys) {}

    /**
     * A resource found: its link, its kind, the name that matched when it is not the label, its date
     * (meetings), and how good the match is (0 exact, 1 prefix, 2 inside the name, 3 words in another order).
     */
    record Hit(Link link, Kind kind, String matchedName, String date, int rank) {}

    private final List<Entry> entries;

    private SearchIndex(List<Entry> entries) {
        this.entries = entries;
    }

    static SearchIndex build(StoreReader store) {
        record Names(Kind kind, List<String> labels, List<String> others, String[] date) {}
        Map<String, Names> byResource = new LinkedHashMap<>();
        for (Row row : store.select(NAMES.text())) {
            String iri = row.iri("resource").orElseThrow();
            Names names = byResource.computeIfAbsent(iri, k -> new Names(Kind.of(row.iri("type").orElseThrow()),
                    new ArrayList<>(), new ArrayList<>(), new String[] {""}));
            String name = row.textOrEmpty("name");
            List<String> list = RDFS.label.getURI().equals(row.iri("property").orElse("")) ? names.labels : names.others;
            if (!name.isBlank() && !list.contains(name)) {
                list.add(name);
            }
            row.text("date").ifPresent(d -> names.date[0] = d);
        }
        List<Entry> entries = new ArrayList<>(byResource.size());
        byResource.forEach((iri, n) -> {
            List<String> all = new ArrayList<>(n.labels);
            all.addAll(n.others);
            if (all.isEmpty()) {
                return;
            }
            String label = n.labels.isEmpty() ? all.get(0) : n.labels.stream().sorted().findFirst().orElseThrow();
            entries.add(new Entry(iri, n.kind, label, n.date[0], List.copyOf(all), all.stream().map(NameKey::of).toList()));
        });
        return new SearchIndex(entries);
    }

    int size() {
        return entries.size();
    }

    /** The best {@code limit} matches of {@code query}: by rank, then kind, then name. */
    List<Hit> search(String query, int limit) {
        String key = NameKey.of(query);
        List<String> words = NameKey.words(query);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            int best = Integer.MAX_VALUE;
            String matched = null;
            for (int i = 0; i < e.keys.size(); i++) {
                int rank = rank(e.keys.get(i), key, words);
                if (rank < best) {
                    best = rank;
                    matched = e.names.get(i);
                }
            }
            if (matched != null) {
                hits.add(new Hit(Link.to(e.iri, e.label), e.kind, matched.equals(e.label) ? "" : matched, e.date, best));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(Hit::kind)
                .thenComparing(h -> h.link().text()).thenComparing(h -> h.link().href()));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    private static int rank(String nameKey, String key, List<String> words) {
        if (nameKey.equals(key)) {
            return 0;
        }
        if (nameKey.startsWith(key)) {
            return 1;
        }
        if (nameKey.contains(key)) {
            return 2;
        }
        if (words.size() > 1 && words.stream().allMatch(nameKey::contains)) {
            return 3;
        }
        return Integer.MAX_VALUE;
    }
}
