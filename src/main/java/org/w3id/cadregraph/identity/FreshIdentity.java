package org.w3id.cadregraph.identity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.concurrent.Pools;

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
        return resolve(spool, renames, quads -> quads, identityQuads);
    }

    /**
     * The same, with each key's identity quads first turned into what {@code identity} takes by {@code prepare}
     * (their bytes, say), on the deciding threads; {@code identity} gets them in key order on the calling thread.
     */
    public <T> IdentityResolver.IdentitySummary resolve(MentionSpool spool, Renames renames,
                                                        Function<List<Quad>, T> prepare, Consumer<T> identity)
            throws IOException {
        long started = System.nanoTime();
        int[] counts = new int[6]; // names, people, joined, apart, rewritten, retired
        Consumer<Decided<T>> handOn = d -> {
            IdentityResolver.KeyOutcome o = d.outcome();
            if (!o.renames().isEmpty()) {
                Map<String, Integer> reportOf = new HashMap<>();
                d.numbered().forEach(n -> reportOf.put(n.mention().graph(), n.report()));
                for (IdentityResolver.Rename r : o.renames()) {
                    renames.rename(reportOf.get(r.graph()), r.from(), r.to());
                }
            }
            identity.accept(d.identity());
            counts[0]++;
            counts[1] += o.people();
            counts[2] += o.joined();
            counts[3] += o.keptApart();
            counts[4] += o.renames().size();
            counts[5] += o.retired();
        };
        if (threads == 1) {
            spool.forEachKey((key, numbered) -> handOn.accept(decide(key, numbered, prepare)));
        } else {
            ExecutorService pool = Pools.daemon("identity", threads);
            try {
                // a bucket's keys are decided while the calling thread reads the next bucket, and handed on after it:
                // two buckets in memory at a time; keys go in small groups (most keys have one mention, a task each
                // would cost more than deciding it)
                List<List<Future<List<Decided<T>>>>> pending = new ArrayList<>(1);
                spool.forEachBucket(keys -> {
                    List<Future<List<Decided<T>>>> decided = new ArrayList<>(keys.size() / KEYS_PER_TASK + 1);
                    List<Map.Entry<String, List<MentionSpool.Numbered>>> group = new ArrayList<>(KEYS_PER_TASK);
                    for (Map.Entry<String, List<MentionSpool.Numbered>> k : keys.entrySet()) {
                        group.add(k);
                        if (group.size() == KEYS_PER_TASK) {
                            decided.add(submit(pool, group, prepare));
                            group = new ArrayList<>(KEYS_PER_TASK);
                        }
                    }
                    if (!group.isEmpty()) {
                        decided.add(submit(pool, group, prepare));
                    }
                    if (!pending.isEmpty()) {
                        handOnAll(pending.remove(0), handOn);
                    }
                    pending.add(decided);
                });
                if (!pending.isEmpty()) {
                    handOnAll(pending.remove(0), handOn);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        IdentityResolver.IdentitySummary s = new IdentityResolver.IdentitySummary(counts[0], counts[1], counts[2],
                counts[3], counts[4], counts[5]);
        log.info("{} in {} ms on {} threads", s.describe(), (System.nanoTime() - started) / 1_000_000, threads);
        return s;
    }

    /** Name keys a pool task decides in a row. */
    private static final int KEYS_PER_TASK = 64;

    private <T> Future<List<Decided<T>>> submit(ExecutorService pool,
                                                List<Map.Entry<String, List<MentionSpool.Numbered>>> group,
                                                Function<List<Quad>, T> prepare) {
        return pool.submit(() -> {
            List<Decided<T>> out = new ArrayList<>(group.size());
            group.forEach(k -> out.add(decide(k.getKey(), k.getValue(), prepare)));
            return out;
        });
    }

    private static <T> void handOnAll(List<Future<List<Decided<T>>>> decided, Consumer<Decided<T>> handOn) {
        for (int i = 0; i < decided.size(); i++) {
            outcomeOf(decided.get(i)).forEach(handOn);
            decided.set(i, null); // handed on: its quads need not wait for the rest of the bucket
        }
    }

    /** One name key decided, with its numbered mentions (to find each rename's report) and its prepared quads. */
    private record Decided<T>(List<MentionSpool.Numbered> numbered, IdentityResolver.KeyOutcome outcome, T identity) {}

    private <T> Decided<T> decide(String key, List<MentionSpool.Numbered> numbered, Function<List<Quad>, T> prepare) {
        // a scratch dataset of its own per key: nothing is shared between keys decided at the same time
        IdentityResolver.KeyOutcome o = resolver.resolveFresh(key,
                numbered.stream().map(MentionSpool.Numbered::mention).toList(), DatasetGraphFactory.create());
        return new Decided<>(numbered, o, prepare.apply(o.identityQuads()));
    }

    private static <T> T outcomeOf(Future<T> f) {
        try {
            return Pools.join(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deciding identity", e);
        }
    }
}
