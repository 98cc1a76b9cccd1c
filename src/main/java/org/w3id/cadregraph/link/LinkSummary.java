package org.w3id.cadregraph.link;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a link run did: the links written, what became of the nodes Wikidata was asked about, and how
 * much network and cache were used.
 *
 * @param links        every link in the links graph after the run
 * @param outcomes     per outcome, how many nodes Wikidata reconciliation reached it (empty when gazetteers only)
 * @param httpRequests HTTP requests sent, retries included
 * @param cache        the cache file and its number of entries, when one was used
 */
public record LinkSummary(List<Link> links, Map<Reconciler.Outcome, Integer> outcomes, long httpRequests,
                          Optional<CacheUse> cache) {
    /** The cache file and how many answers it holds after the run. */
    public record CacheUse(java.nio.file.Path file, int entries) {}

    public LinkSummary {
        links = List.copyOf(links);
        outcomes = Map.copyOf(outcomes);
    }

    /** Links per "kind/method", sorted: {@code {official/wikidata-search=3, region/gazetteer=40}}. */
    public Map<String, Long> linksByKindAndMethod() {
        return links.stream().collect(Collectors.groupingBy(l -> l.kind().label() + "/" + l.method(), TreeMap::new,
                Collectors.counting()));
    }

    public int outcome(Reconciler.Outcome o) {
        return outcomes.getOrDefault(o, 0);
    }

    /** A few lines for the terminal. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("links: ").append(links.size());
        Map<String, Long> by = linksByKindAndMethod();
        if (!by.isEmpty()) {
            sb.append(by.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ", " (", ")")));
        }
        if (!outcomes.isEmpty()) {
            Map<Reconciler.Outcome, Integer> sorted = new EnumMap<>(outcomes);
            sb.append(System.lineSeparator()).append("wikidata: ")
                    .append(sorted.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                            .collect(Collectors.joining(", ")));
        }
        if (!outcomes.isEmpty() || cache.isPresent()) {
            sb.append(System.lineSeparator()).append("network: ").append(httpRequests).append(" HTTP requests");
            cache.ifPresent(c -> sb.append("; cache: ").append(c.entries()).append(" answers in ").append(c.file()));
        }
        return sb.toString();
    }
}
