package org.w3id.cadregraph.link;

import org.w3id.cadregraph.gazetteer.TsvRows;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The central Party and state bodies of {@code bodies.tsv}, looked up by English name or alias.
 *
 * <pre>
 *   BodyGazetteer bodies = BodyGazetteer.loadDefault();
 *   bodies.lookup("State Council");   // [state-council, Q59261]
 * </pre>
 */
public final class BodyGazetteer {
    public static final String RESOURCE = "/org/w3id/cadregraph/gazetteer/bodies.tsv";

    private static final List<String> HEADER = List.of("id", "name", "aliases", "zh", "region", "qid");

    /**
     * One body.
     *
     * @param regionId the {@code regions.tsv} id of the region it belongs to ("china" for central bodies)
     * @param qid      the verified Wikidata item, when there is one
     */
    public record Body(String id, String name, List<String> aliases, String nameZh, String regionId, Optional<String> qid) {
        public Body {
            aliases = List.copyOf(aliases);
        }
    }

    private final List<Body> bodies;
    private final Map<String, List<Body>> byName = new HashMap<>();

    private BodyGazetteer(List<Body> bodies) {
        this.bodies = List.copyOf(bodies);
        for (Body b : bodies) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(b.name());
            forms.addAll(b.aliases());
            for (String form : forms) {
                List<Body> list = byName.computeIfAbsent(NameLib.key(form), k -> new ArrayList<>());
                if (!list.contains(b)) {
                    list.add(b);
                }
            }
        }
    }

    public static BodyGazetteer loadDefault() {
        return TsvRows.loadResource(RESOURCE, BodyGazetteer::load);
    }

    /** Reads the {@code bodies.tsv} format: {@code #} comments, a header row, six tab-separated columns. */
    public static BodyGazetteer load(InputStream in) throws IOException {
        List<Body> bodies = new ArrayList<>();
        for (String[] cols : TsvRows.read(in, "bodies.tsv", HEADER)) {
            List<String> aliases = Arrays.stream(cols[2].split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            bodies.add(new Body(cols[0].trim(), cols[1].trim(), aliases, cols[3].trim(), cols[4].trim(),
                    cols[5].isBlank() ? Optional.empty() : Optional.of(cols[5].trim())));
        }
        return new BodyGazetteer(bodies);
    }

    /** The bodies whose name or alias is {@code name}, ignoring case, spacing and a leading "the". */
    public List<Body> lookup(String name) {
        return byName.getOrDefault(NameLib.key(name), List.of());
    }

    public List<Body> bodies() {
        return bodies;
    }
}
