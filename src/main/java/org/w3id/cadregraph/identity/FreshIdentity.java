package org.w3id.cadregraph.identity;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identity for a run into an empty store (a fresh {@code build}, every {@code extract}), from the spooled mentions:
 * name key by name key, as {@link IdentityResolver#resolve} decides in a store, but each report graph's person
 * nodes come out as renames by report number, and the identity graph as quads (a name key's at a time), instead
 * of writes to a store.
 *
 * <pre>
 *   IdentitySummary s = new FreshIdentity(IdentityResolver.createDefault()).resolve(spool, renames::rename, identitySpool::append);
 * </pre>
 */
public final class FreshIdentity {
    private static final Logger log = LoggerFactory.getLogger(FreshIdentity.class);

    /** Where renames go: in report {@code report}, the node {@code from} becomes {@code to}. */
    @FunctionalInterface
    public interface Renames {
        void rename(int report, String from, String to);
    }

    private final IdentityResolver resolver;

    public FreshIdentity(IdentityResolver resolver) {
        this.resolver = resolver;
    }

    public IdentityResolver.IdentitySummary resolve(MentionSpool spool, Renames renames, Consumer<List<Quad>> identityQuads)
            throws IOException {
        long started = System.nanoTime();
        DatasetGraph scratch = DatasetGraphFactory.create();
        int[] counts = new int[6]; // names, people, joined, apart, rewritten, retired
        spool.forEachKey((key, numbered) -> {
            Map<String, Integer> reportOf = new HashMap<>();
            numbered.forEach(n -> reportOf.put(n.mention().graph(), n.report()));
            scratch.clear();
            IdentityResolver.KeyOutcome o = resolver.resolveFresh(key,
                    numbered.stream().map(MentionSpool.Numbered::mention).toList(), scratch);
            for (IdentityResolver.Rename r : o.renames()) {
                renames.rename(reportOf.get(r.graph()), r.from(), r.to());
            }
            identityQuads.accept(o.identityQuads());
            counts[0]++;
            counts[1] += o.people();
            counts[2] += o.joined();
            counts[3] += o.keptApart();
            counts[4] += o.renames().size();
            counts[5] += o.retired();
        });
        IdentityResolver.IdentitySummary s = new IdentityResolver.IdentitySummary(counts[0], counts[1], counts[2],
                counts[3], counts[4], counts[5]);
        log.info("{} in {} ms", s.describe(), (System.nanoTime() - started) / 1_000_000);
        return s;
    }
}
