package org.w3id.cadregraph.identity;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.cadregraph.gazetteer.RegionLevel;

/**
 * A {@link Mention} as bytes and back, field by field, for the mention spool: a mention read back equals the one
 * written ({@code equals}), so the decisions made on it are the same.
 */
final class MentionCodec {
    private MentionCodec() {}

    static void write(DataOutput out, Mention m) throws IOException {
        str(out, m.graph());
        str(out, m.node());
        str(out, m.name());
        str(out, m.key());
        str(out, m.anchor());
        out.writeBoolean(m.date().isPresent());
        if (m.date().isPresent()) {
            out.writeLong(m.date().get().toEpochDay());
        }
        out.writeInt(m.posts().size());
        for (Post p : m.posts()) {
            str(out, p.role());
            str(out, p.orgKey());
            str(out, p.orgLabel());
            out.writeBoolean(p.place().isPresent());
            if (p.place().isPresent()) {
                place(out, p.place().get());
            }
            str(out, p.rank().name());
        }
        out.writeInt(m.seen().size());
        for (Place p : m.seen()) {
            place(out, p);
        }
        out.writeInt(m.coNamed().size());
        for (Map.Entry<String, Rank> e : m.coNamed().entrySet()) {
            str(out, e.getKey());
            str(out, e.getValue().name());
        }
        out.writeInt(m.qids().size());
        for (String q : m.qids()) {
            str(out, q);
        }
        out.writeInt(m.othersInPosts().size());
        for (Map.Entry<String, String> e : m.othersInPosts().entrySet()) {
            str(out, e.getKey());
            str(out, e.getValue());
        }
    }

    static Mention read(DataInput in) throws IOException {
        String graph = str(in);
        String node = str(in);
        String name = str(in);
        String key = str(in);
        String anchor = str(in);
        Optional<LocalDate> date = in.readBoolean() ? Optional.of(LocalDate.ofEpochDay(in.readLong())) : Optional.empty();
        int n = in.readInt();
        List<Post> posts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String role = str(in);
            String orgKey = str(in);
            String orgLabel = str(in);
            Optional<Place> place = in.readBoolean() ? Optional.of(place(in)) : Optional.empty();
            posts.add(new Post(role, orgKey, orgLabel, place, Rank.valueOf(str(in))));
        }
        n = in.readInt();
        List<Place> seen = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            seen.add(place(in));
        }
        n = in.readInt();
        Map<String, Rank> coNamed = new HashMap<>();
        for (int i = 0; i < n; i++) {
            coNamed.put(str(in), Rank.valueOf(str(in)));
        }
        n = in.readInt();
        Set<String> qids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            qids.add(str(in));
        }
        n = in.readInt();
        Map<String, String> othersInPosts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            othersInPosts.put(str(in), str(in));
        }
        return new Mention(graph, node, name, key, anchor, date, posts, seen, coNamed, qids, othersInPosts);
    }

    private static void place(DataOutput out, Place p) throws IOException {
        str(out, p.id());
        str(out, p.label());
        str(out, p.level().name());
        out.writeInt(p.within().size());
        for (String w : p.within()) {
            str(out, w);
        }
    }

    private static Place place(DataInput in) throws IOException {
        String id = str(in);
        String label = str(in);
        RegionLevel level = RegionLevel.valueOf(str(in));
        int n = in.readInt();
        List<String> within = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            within.add(str(in));
        }
        return new Place(id, label, level, within);
    }

    /** Length and UTF-8 bytes: unlike {@code writeUTF}, no 64 KB limit. */
    private static void str(DataOutput out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(DataInput in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
