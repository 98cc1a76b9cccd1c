package org.w3id.cadregraph.identity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One person as one report names them: what identity knows of them from that report alone. Every decision
 * about who is who is made on mentions, so it is the same whichever run or order they came in.
 *
 * @param graph      the report graph's IRI (a string, so this package's decisions need no RDF)
 * @param node       the IRI the person has in that graph now
 * @param name       the name as the report writes it
 * @param key        the name's identity key: lower-case letters ("wangyiou" for "Wang Yi'ou" and "Wang Yiou")
 * @param anchor     a stable, content-derived sort key (the report's SHA-256 and the key): the oldest-minted order
 *                   of a fresh build, and what breaks ties, so decisions never depend on arrival order
 * @param date       the report's date, when known
 * @param posts      the posts the report gives the person
 * @param seen       regions of the meetings the person took part in (where they were, not where they work)
 * @param coNamed    identity keys of the other officials the report names, with their highest grade there
 * @param qids       Wikidata items the person's node is linked to
 * @param othersInPosts the sole posts ({@link Post#soleKey}) the same report gives to other officials, with the
 *                   holder's name key: who held a post on the report's date, for {@link Succession}
 */
public record Mention(String graph, String node, String name, String key, String anchor, Optional<LocalDate> date,
                      List<Post> posts, List<Place> seen, java.util.Map<String, Rank> coNamed, Set<String> qids,
                      java.util.Map<String, String> othersInPosts) {
    public static final Comparator<Mention> BY_ANCHOR = Comparator.comparing(Mention::anchor).thenComparing(Mention::graph);

    public Mention {
        posts = List.copyOf(posts);
        seen = List.copyOf(seen);
        coNamed = java.util.Map.copyOf(coNamed);
        qids = Set.copyOf(qids);
        othersInPosts = java.util.Map.copyOf(othersInPosts);
    }

    /** A mention whose report names no one else in a sole post. */
    public Mention(String graph, String node, String name, String key, String anchor, Optional<LocalDate> date,
                   List<Post> posts, List<Place> seen, java.util.Map<String, Rank> coNamed, Set<String> qids) {
        this(graph, node, name, key, anchor, date, posts, seen, coNamed, qids, java.util.Map.of());
    }

    /** The highest grade of the person's posts in this report. */
    public Rank rank() {
        return posts.stream().map(Post::rank).max(Comparator.comparingInt(r -> r.grade)).orElse(Rank.UNKNOWN);
    }

    /** The highest standing ({@link Post#standing}) of the person's posts in this report; 0 when none is known. */
    public int standing() {
        return posts.stream().mapToInt(Post::standing).max().orElse(0);
    }

    /** The regions of the bodies the person holds posts in, China left out. */
    public List<Place> homes() {
        return posts.stream().flatMap(p -> p.place().stream()).filter(p -> !p.isCountry()).distinct().toList();
    }
}
