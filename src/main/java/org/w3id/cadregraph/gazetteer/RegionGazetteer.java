package org.w3id.cadregraph.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The regions of China that the project knows offline: provinces and prefecture-level divisions with their
 * English name forms, codes and Wikidata items, read from {@code regions.tsv}.
 *
 * <pre>
 *   RegionGazetteer regions = RegionGazetteer.loadDefault();
 *   List&lt;RegionGazetteer.Match&gt; found = regions.find("held in Liuzhou, Guangxi");
 * </pre>
 */
public final class RegionGazetteer {
    /** The classpath resource compiled for the project; its header names the sources. */
    public static final String RESOURCE = "/org/w3id/cadregraph/gazetteer/regions.tsv";

    private static final List<String> HEADER = List.of("id", "level", "name", "aliases", "zh", "code", "parent", "qid");

    private final Map<String, Region> byId;
    private final Map<String, List<Region>> byName;
    private final NameTrie names;

    /** A region name found in a text. */
    public record Match(int start, int end, String text, List<Region> candidates) {}

    private RegionGazetteer(Map<String, Region> byId) {
        this.byId = byId;
        this.byName = new HashMap<>();
        for (Region r : byId.values()) {
            for (String form : forms(r)) {
                List<Region> list = byName.computeIfAbsent(key(form), k -> new ArrayList<>());
                if (!list.contains(r)) {
                    list.add(r);
                }
            }
        }
        // Names are proper nouns: matched capitalised, on word boundaries, so "yichun" in a URL or
        // "Taizhou" inside "Taizhoucheng" is not a region.
        this.names = new NameTrie(byName.keySet().stream().filter(k -> k.length() > 2).toList());
    }

    /** The gazetteer shipped with cadregraph. */
    public static RegionGazetteer loadDefault() {
        return TsvRows.loadResource(RESOURCE, RegionGazetteer::load);
    }

    /** Reads a gazetteer in the {@code regions.tsv} format: {@code #} comments, a header row, tab-separated rows. */
    public static RegionGazetteer load(InputStream in) throws IOException {
        List<String[]> rows = TsvRows.read(in, "regions.tsv", HEADER);
        Map<String, String[]> rowById = new LinkedHashMap<>();
        for (String[] row : rows) {
            rowById.put(row[0], row);
        }
        Map<String, Region> built = new LinkedHashMap<>();
        for (String id : rowById.keySet()) {
            build(id, rowById, built);
        }
        return new RegionGazetteer(built);
    }

    private static Region build(String id, Map<String, String[]> rows, Map<String, Region> built) {
        Region done = built.get(id);
        if (done != null) {
            return done;
        }
        String[] row = rows.get(id);
        if (row == null) {
            throw new IllegalArgumentException("regions.tsv: unknown parent id " + id);
        }
        Optional<Region> parent = row[6].isBlank() ? Optional.empty() : Optional.of(build(row[6], rows, built));
        List<String> aliases = row[3].isBlank() ? List.of()
                : Arrays.stream(row[3].split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        Region region = new Region(id, RegionLevel.parse(row[1]), row[2].trim(), aliases, row[4].trim(), row[5].trim(),
                parent, row[7].isBlank() ? Optional.empty() : Optional.of(row[7].trim()));
        built.put(id, region);
        return region;
    }

    private static Set<String> forms(Region r) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(r.name());
        forms.addAll(r.aliases());
        forms.add(r.shortName());
        return forms;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("^the\\s+", "").replaceAll("\\s+", " ").trim();
    }

    public Optional<Region> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Region china() {
        return byId("china").orElseThrow(() -> new IllegalStateException("gazetteer has no 'china' row"));
    }

    /** Every region whose name or alias is exactly {@code name} (case-insensitive); several when ambiguous. */
    public List<Region> lookup(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    /** Region names in a text, longest match first, left to right. Only capitalised forms count. */
    public List<Match> find(CharSequence text) {
        List<Match> out = new ArrayList<>();
        for (NameTrie.Found f : names.find(text)) {
            String found = text.subSequence(f.start(), f.end()).toString();
            if (!Character.isUpperCase(found.charAt(0))) {
                continue;
            }
            out.add(new Match(f.start(), f.end(), found, lookup(found.replaceAll("\\s+", " "))));
        }
        return out;
    }

    /** Every name form the gazetteer knows, lower case (for tests of the matcher). */
    Set<String> names() {
        return java.util.Collections.unmodifiableSet(byName.keySet());
    }

    public int size() {
        return byId.size();
    }
}
