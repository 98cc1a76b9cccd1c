package org.w3id.cadregraph.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What a store already holds, read once when a batch starts, so that a rebuild skips a report whose bytes are
 * stored (by content hash, extracted by this version) and replaces the graphs of a file whose content changed.
 *
 * @param byHash   content hash (SHA-256, hex) → the report graph extracted from it by this extractor version
 * @param bySource absolute source path → its report graphs (normally one)
 * @param all      every report graph in the store (for {@code --prune})
 */
public record StoredReports(Map<String, Node> byHash, Map<String, Set<Node>> bySource, Set<Node> all) {
    public static final StoredReports NONE = new StoredReports(Map.of(), Map.of(), Set.of());

    public Optional<Node> graphOf(String sha256) {
        return Optional.ofNullable(byHash.get(sha256));
    }

    public Set<Node> graphsOfSource(String sourcePath) {
        return bySource.getOrDefault(sourcePath, Set.of());
    }
}
