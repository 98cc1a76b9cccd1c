package org.w3id.cadregraph.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.jena.atlas.io.IO;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.identity.FreshIdentity;
import org.w3id.cadregraph.identity.IdentityResolver;

/**
 * A run into an empty store or a file, in three stages on disk: the batch into the spools ({@link #sink()}), identity
 * from the spooled mentions ({@link #resolveIdentity}), then the renamed reports and the identity graph to a stream
 * ({@link #replay}). Memory holds a few reports, one bucket of mentions and one file of renames at a time.
 *
 * <pre>
 *   try (SpooledRun run = SpooledRun.create(dir, found.reports().size(), false)) {
 *       summary = runner.run(found, run.sink());
 *       run.resolveIdentity(IdentityResolver.createDefault());
 *       run.replay(writerStream);
 *   }   // deletes dir
 * </pre>
 */
public final class SpooledRun implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SpooledRun.class);
    private final Path dir;
    private final SpoolSink sink;
    private final RenameSpool renames;
    private final ReportSpool identity;

    private SpooledRun(Path dir, SpoolSink sink, RenameSpool renames, ReportSpool identity) {
        this.dir = dir;
        this.sink = sink;
        this.renames = renames;
        this.identity = identity;
    }

    /** A run whose spools live in {@code dir} (created; deleted on close). */
    public static SpooledRun create(Path dir, int expectedReports, boolean recordSources) throws IOException {
        Files.createDirectories(dir);
        return new SpooledRun(dir, SpoolSink.create(dir, expectedReports, recordSources),
                new RenameSpool(dir.resolve("renames")), new ReportSpool(dir.resolve("identity.bin")));
    }

    public SpoolSink sink() {
        return sink;
    }

    /** Decides who is who from the spooled mentions, on the available processors (see below). */
    public IdentityResolver.IdentitySummary resolveIdentity(IdentityResolver resolver) throws IOException {
        return resolveIdentity(resolver, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Decides who is who from the spooled mentions, name keys on {@code threads} threads; the renames and identity
     * records go to their spools in the same order whatever the number of threads.
     */
    public IdentityResolver.IdentitySummary resolveIdentity(IdentityResolver resolver, int threads) throws IOException {
        sink.close();
        return new FreshIdentity(resolver, threads).resolve(sink.mentions(), renames::rename, SpooledRun::identityBytes,
                this::appendIdentity);
    }

    /** A key's identity quads in their stored form as bytes (on the deciding threads). */
    private static byte[] identityBytes(List<Quad> quads) {
        Set<Quad> stored = new LinkedHashSet<>();
        quads.forEach(q -> stored.add(StoredForm.of(q)));
        return QuadBytes.encode(stored);
    }

    private void appendIdentity(byte[] quads) {
        try {
            identity.append(quads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends every report, renamed, and the identity graph to {@code out} (not started or finished here). */
    public long replay(StreamRDF out) throws IOException {
        identity.close();
        return SpoolReplay.replay(sink.reports(), renames, identity, out);
    }

    /** The same as N-Quads, copying what needs no rename as the workers wrote it (the caller closes {@code out}). */
    public void replayNQuads(java.io.OutputStream out) throws IOException {
        replayNQuads(out, 1);
    }

    /** The same, renaming reports on {@code threads} threads; the bytes are the same for any number. */
    public void replayNQuads(java.io.OutputStream out, int threads) throws IOException {
        identity.close();
        long started = System.nanoTime();
        long renamed = SpoolReplay.replayNQuads(sink.reports(), renames, identity, out, threads);
        log.info("replay: {} reports, {} renamed, in {} ms on {} threads", sink.reports().size(), renamed,
                (System.nanoTime() - started) / 1_000_000, threads);
    }

    /** Deletes the spools. */
    @Override
    public void close() throws IOException {
        sink.close();
        renames.close();
        identity.close();
        if (Files.exists(dir)) {
            IO.deleteAll(dir);
        }
    }
}
