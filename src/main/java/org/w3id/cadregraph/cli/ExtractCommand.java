package org.w3id.cadregraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.w3id.cadregraph.export.DumpFormat;
import org.w3id.cadregraph.export.DumpWriter;
import org.w3id.cadregraph.export.FormatResolver;
import org.w3id.cadregraph.identity.IdentityResolver;
import org.w3id.cadregraph.pipeline.BatchRunner;
import org.w3id.cadregraph.pipeline.BatchSummary;
import org.w3id.cadregraph.pipeline.ReportFiles;
import org.w3id.cadregraph.pipeline.SpooledRun;
import org.w3id.cadregraph.store.BulkLoad;
import org.w3id.cadregraph.store.TdbStore;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.cadregraph.export.DumpPrefixes;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code extract}: reports → an RDF dataset file, one named graph per report, without a store. Reports go as they
 * are extracted onto disk ({@link SpooledRun}: their quads, and their people's mentions by name), not the heap, so
 * memory does not grow with the corpus; identity decides from the mentions, then the reports are streamed out with
 * their people renamed as decided, and the spools deleted. Identity overrides (and JSON-LD) go through a scratch
 * TDB2 store, bulk-loaded.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the knowledge graph of reports into a dataset file, one named graph per report "
                + "(no store): N-Quads, TriG or JSON-LD, by the extension or --format; - for stdout (N-Quads).")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR|FILE",
            description = "Report files, or folders whose " + ReportFiles.EXTENSIONS + " files are read.")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Output file (.nq, .trig, .jsonld, optionally .gz), or - for stdout.")
    private String output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "nquads (nq), trig or jsonld; default: from the extension, N-Quads on stdout.")
    private String format;

    @Mixin
    private ExtractionOptions extraction;

    @Mixin
    private IdentityOverridesOption identityOverrides;

    @Mixin
    private LoggingMixin logging;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        DumpFormat chosen = FormatResolver.datasetFormats(DumpFormat.NQUADS).resolve(format, output);
        boolean toStdout = FormatResolver.STDOUT.equals(output);
        ReportFiles.Found found = ExtractionOptions.find(inputs);
        var overrides = identityOverrides.read();
        BatchRunner runner = BatchRunner.createDefault(extraction.batchOptions(), ExtractionOptions.clock());
        PrintWriter err = spec.commandLine().getErr();
        Path target = toStdout ? null : Path.of(output).toAbsolutePath();
        Path scratchParent = toStdout ? Path.of(System.getProperty("java.io.tmpdir")) : target.getParent();
        BatchSummary summary;
        // beside the output: the finished file is moved into place on its own file system, and the spools, as large
        // as the output, do not fill /tmp; a killed run's folder is deleted by the next run beside it (ScratchFolder)
        try (ScratchFolder scratchFolder = ScratchFolder.create(scratchParent);
             SpooledRun run = SpooledRun.create(scratchFolder.dir().resolve("spool"), found.reports().size(), false)) {
            Path scratch = scratchFolder.dir();
            summary = runner.run(found, run.sink());
            err.println(run.resolveIdentity(IdentityResolver.createDefault(), extraction.batchOptions().threads()).describe());
            Output out = toStdout ? stream -> {
                try (OutputStream o = new WriterOutputStream(spec.commandLine().getOut())) {
                    stream.write(o);
                }
            } : stream -> writeFile(stream, target, scratch);
            if (overrides.isPresent() || !chosen.streaming()) {
                // a researcher's decisions are applied to a store, and JSON-LD is written from one
                Path db = scratch.resolve("tdb");
                BulkLoad.into(db, BulkLoad.Loader.PHASED, stream -> replay(run, stream));
                try (TdbStore tdb = TdbStore.open(db)) {
                    IdentityOverridesOption.apply(tdb, overrides, err);
                    DumpWriter dump = new DumpWriter(tdb.datasetGraph());
                    out.write(o -> dump.write(chosen, o));
                }
            } else if (chosen == DumpFormat.NQUADS) {
                out.write(o -> run.replayNQuads(o, extraction.batchOptions().threads()));
            } else {
                out.write(o -> {
                    StreamRDF stream = StreamRDFWriter.getWriterStream(o, chosen.rdfFormat());
                    stream.start();
                    if (chosen != DumpFormat.NQUADS) {
                        DumpPrefixes.prefixes().forEach(stream::prefix);
                    }
                    replay(run, stream);
                    stream.finish();
                });
            }
        }
        err.println(summary.describe());
        if (!toStdout) {
            err.println("wrote " + output + " (" + chosen.displayName() + ")");
        }
        return summary.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.REPORTS_REJECTED;
    }

    /** Writes the whole output to a stream. */
    @FunctionalInterface
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Where the output goes: stdout or a file. */
    @FunctionalInterface
    private interface Output {
        void write(Body body) throws IOException;
    }

    private static void replay(SpooledRun run, StreamRDF stream) {
        try {
            run.replay(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Into a file in the scratch folder (beside the output, so on its file system), moved into place at the end:
     * never a half-written output, and a killed run's part goes with its scratch folder.
     */
    private static void writeFile(Body body, Path target, Path scratch) throws IOException {
        Path partial = Files.createTempFile(scratch, "." + target.getFileName(), ".partial");
        try {
            OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
            try (OutputStream out = target.toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file) {
                body.write(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

}
