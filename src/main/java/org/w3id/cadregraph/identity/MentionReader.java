package org.w3id.cadregraph.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cadregraph.gazetteer.RegionLevel;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.graph.Prov;

/**
 * Reads the mentions of one report graph: every {@code cg:Official} in it with the posts, regions, date and
 * colleagues that graph gives. The report graph is the only source, so a mention reads the same whether its
 * report was extracted a moment ago or in an earlier build; Wikidata items come from the links graph.
 *
 * <pre>
 *   List&lt;Mention&gt; ms = new MentionReader(dsg).read(Iris.graph("moe01"));
 * </pre>
 */
public final class MentionReader {
    private static final Node WIKIDATA_LINKS = Iris.linksGraph();

    private final DatasetGraph dsg;

    public MentionReader(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The officials a report graph names, cheaply: name key → the node and the name as written. */
    public Map<String, Map.Entry<String, String>> names(Node graph) {
        Map<String, Map.Entry<String, String>> out = new LinkedHashMap<>();
        for (Node p : subjects(graph, RDF.Nodes.type, CG.Official)) {
            object(graph, p, RDFS.Nodes.label).ifPresent(l -> {
                String key = NameKey.of(l.getLiteralLexicalForm());
                if (!key.isEmpty()) {
                    out.putIfAbsent(key, Map.entry(p.getURI(), l.getLiteralLexicalForm()));
                }
            });
        }
        return out;
    }

    /** How many officials of a report graph bear a name of {@code key}. */
    int officials(Node graph, String key) {
        int n = 0;
        for (Node p : subjects(graph, RDF.Nodes.type, CG.Official)) {
            if (object(graph, p, RDFS.Nodes.label).filter(l -> NameKey.of(l.getLiteralLexicalForm()).equals(key)).isPresent()) {
                n++;
            }
        }
        return n;
    }

    /** The mentions of a report graph, by name key (a graph names each key once). */
    public Map<String, Mention> read(Node graph) {
        Optional<Node> report = object(graph, graph, Prov.wasDerivedFrom);
        String sha = report.flatMap(r -> object(graph, r, CG.sha256)).map(Node::getLiteralLexicalForm).orElse(graph.getURI());
        Optional<LocalDate> date = report.flatMap(r -> object(graph, r, CG.published)).flatMap(MentionReader::date);
        Map<Node, String> names = new LinkedHashMap<>();
        for (Node p : subjects(graph, RDF.Nodes.type, CG.Official)) {
            object(graph, p, RDFS.Nodes.label).ifPresent(l -> names.put(p, l.getLiteralLexicalForm()));
        }
        Map<Node, List<Post>> posts = new HashMap<>();
        Map<String, Rank> ranks = new HashMap<>();
        for (Node p : names.keySet()) {
            List<Post> ps = posts(graph, p);
            posts.put(p, ps);
            Rank r = ps.stream().map(Post::rank).max(java.util.Comparator.comparingInt(x -> x.grade)).orElse(Rank.UNKNOWN);
            ranks.merge(NameKey.of(names.get(p)), r, (a, b) -> a.grade >= b.grade ? a : b);
        }
        Map<String, Mention> out = new LinkedHashMap<>();
        for (Map.Entry<Node, String> e : names.entrySet()) {
            Node p = e.getKey();
            String key = NameKey.of(e.getValue());
            if (key.isEmpty()) {
                continue;
            }
            Map<String, Rank> colleagues = new HashMap<>(ranks);
            colleagues.remove(key);
            Map<String, String> othersInPosts = new HashMap<>();
            posts.forEach((other, ps) -> {
                String otherKey = NameKey.of(names.get(other));
                if (!otherKey.equals(key) && !otherKey.isEmpty()) {
                    ps.forEach(q -> q.soleKey().ifPresent(k -> othersInPosts.merge(k, otherKey, (x, y) -> x.compareTo(y) <= 0 ? x : y)));
                }
            });
            out.putIfAbsent(key, new Mention(graph.getURI(), p.getURI(), e.getValue(), key, anchor(sha, key), date,
                    posts.get(p), seen(graph, p), colleagues, qids(p), othersInPosts));
        }
        return out;
    }

    /** A stable sort key from the report's content and the name: the same in every build, whatever the file is called. */
    static String anchor(String sha, String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((sha + "/" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Post> posts(Node g, Node p) {
        List<Post> out = new ArrayList<>();
        for (Node t : objects(g, p, CG.holdsTitle)) {
            String role = object(g, t, ORG.role.asNode()).flatMap(r -> object(g, r, RDFS.Nodes.label))
                    .map(Node::getLiteralLexicalForm).orElse("");
            Optional<Node> org = object(g, t, ORG.organization.asNode());
            String orgLabel = org.flatMap(o -> object(g, o, RDFS.Nodes.label)).map(Node::getLiteralLexicalForm).orElse("");
            Optional<Place> place = org.flatMap(o -> object(g, o, CG.inRegion)).flatMap(r -> place(g, r));
            Rank rank = Rank.of(role, orgLabel, place.map(Place::level));
            out.add(new Post(role.toLowerCase(java.util.Locale.ROOT), org.map(Node::getURI).orElse(""), orgLabel, place, rank));
        }
        return out;
    }

    private List<Place> seen(Node g, Node p) {
        Set<String> ids = new TreeSet<>();
        List<Place> out = new ArrayList<>();
        for (Node property : List.of(CG.attended, CG.presided, CG.spokeAt, CG.signedAt)) {
            for (Node m : objects(g, p, property)) {
                for (Node via : List.of(CG.hostedBy, CG.locatedIn)) {
                    for (Node r : objects(g, m, via)) {
                        place(g, r).filter(pl -> ids.add(pl.id())).ifPresent(out::add);
                    }
                }
            }
        }
        return out;
    }

    private Optional<Place> place(Node g, Node region) {
        if (!region.isURI()) {
            return Optional.empty();
        }
        Optional<RegionLevel> level = object(g, region, CG.regionLevel).flatMap(MentionReader::level);
        if (level.isEmpty()) {
            return Optional.empty();
        }
        String label = object(g, region, RDFS.Nodes.label).map(Node::getLiteralLexicalForm).orElse(id(region));
        List<String> within = new ArrayList<>();
        Node r = region;
        for (int i = 0; i < 6; i++) {
            Optional<Node> parent = object(g, r, CG.withinRegion);
            if (parent.isEmpty() || object(g, parent.get(), CG.regionLevel).filter(CG.CountryLevel::equals).isPresent()) {
                break;
            }
            within.add(id(parent.get()));
            r = parent.get();
        }
        return Optional.of(new Place(id(region), label, level.get(), within));
    }

    private static String id(Node region) {
        String uri = region.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static Optional<RegionLevel> level(Node n) {
        if (n.equals(CG.CountryLevel)) {
            return Optional.of(RegionLevel.COUNTRY);
        } else if (n.equals(CG.ProvincialLevel)) {
            return Optional.of(RegionLevel.PROVINCE);
        } else if (n.equals(CG.PrefecturalLevel)) {
            return Optional.of(RegionLevel.CITY);
        } else if (n.equals(CG.CountyLevel)) {
            return Optional.of(RegionLevel.COUNTY);
        } else if (n.equals(CG.TownshipLevel)) {
            return Optional.of(RegionLevel.TOWNSHIP);
        }
        return Optional.empty();
    }

    private Set<String> qids(Node p) {
        Set<String> out = new TreeSet<>();
        Iterator<Quad> it = dsg.find(WIKIDATA_LINKS, p, OWL.sameAs.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isURI() && o.getURI().startsWith(Iris.WIKIDATA_ENTITY)) {
                out.add(o.getURI().substring(Iris.WIKIDATA_ENTITY.length()));
            }
        }
        return out;
    }

    private static Optional<LocalDate> date(Node literal) {
        try {
            return Optional.of(LocalDate.parse(literal.getLiteralLexicalForm()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Optional<Node> object(Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private List<Node> objects(Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        out.sort(java.util.Comparator.comparing(Node::toString));
        return out;
    }

    private List<Node> subjects(Node g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        out.sort(java.util.Comparator.comparing(Node::toString));
        return out;
    }
}
