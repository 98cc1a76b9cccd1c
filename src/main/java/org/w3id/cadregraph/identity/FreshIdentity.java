package org.w3id.cadregraph.identity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
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
 * <p>The name keys of a bucket are decided on {@code threads} threads: a key's decision reads only its own
 * mentions and writes only its own scratch dataset ({@link IdentityResolver#resolveFresh}; the scorer, clusterer
 * and IRI assigner hold nothing but immutable tables), so keys are independent. The outcomes are handed on in key
 * order, as one thread would, so the renames, the identity quads and the counts are the same whatever the number
 * of threads; memory holds one bucket's mentions and outcomes at a time.
 *
 * <pre>
 *   IdentitySummary s = new FreshIdentity(IdentityResolver.createDefault(), threads).resolve(spool, renames::rename, identitySpool::append);
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
    private final int threads;

    /** Decides on the available processors. */
    public FreshIdentity(IdentityResolver resolver) {
        this(resolver, Runtime.getRuntime().availableProcessors());
    }

    /** Decides on {@code threads} threads (1: on the calling thread). */
    public FreshIdentity(IdentityResolver resolver, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.resolver = resolver;
        this.threads = threads;
    }

    public IdentityResolver.IdentitySummary resolve(MentionSpool spool, Renames renames, Consumer<List<Quad>> identityQuads)
            throws IOException {
        long started = System.nanoTime();
        int[] counts = new int[6]; // names, people, joined, apart, rewritten, retired
        Consumer<Decided> handOn = d -> {
            Map<String, Integer> reportOf = new HashMap<>();
            d.numbered().forEach(n -> reportOf.put(n.mention().graph(), n.report()));
            IdentityResolver.KeyOutcome o = d.outcome();
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
        };
        if (threads == 1) {
            spool.forEachKey((key, numbered) -> handOn.accept(decide(key, numbered)));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "identity");
                t.setDaemon(true);
                return t;
            });
            try {
                spool.forEachBucket(keys -> {
                    List<Future<Decided>> decided = new ArrayList<>(keys.size());
                    keys.forEach((key, numbered) -> decided.add(pool.submit(() -> decide(key, numbered))));
                    for (int i = 0; i < decided.size(); i++) {
                        handOn.accept(outcomeOf(decided.get(i)));
                        decided.set(i, null); // handed on: its quads need not wait for the rest of the bucket
                    }
                });
            } finally {
                pool.shutdownNow();
            }
        }
        IdentityResolver.IdentitySummary s = new IdentityResolver.IdentitySummary(counts[0], counts[1], counts[2],
                counts[3], counts[4], counts[5]);
        log.info("{} in {} ms on {} threads", s.describe(), (System.nanoTime() - started) / 1_000_000, threads);
        return s;
    }

    /** One name key decided, with its numbered mentions (to find each rename's report). */
    private record Decided(List<MentionSpool.Numbered> numbered, IdentityResolver.KeyOutcome outcome) {}

    private Decided decide(String key, List<MentionSpool.Numbered> numbered) {
        // a scratch dataset of its own per key: nothing is shared between keys decided at the same time
        IdentityResolver.KeyOutcome o = resolver.resolveFresh(key,
                numbered.stream().map(MentionSpool.Numbered::mention).toList(), DatasetGraphFactory.create());
        return new Decided(numbered, o);
    }

    private static Decided outcomeOf(Future<Decided> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deciding identity", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
