package org.w3id.cadregraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.dboe.DBOpEnvException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.export.DumpFormat;
import org.w3id.cadregraph.export.DumpWriter;
import org.w3id.cadregraph.export.FormatResolver;
import org.w3id.cadregraph.network.NetworkFormat;
import org.w3id.cadregraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph export}: dumps the store as TriG, N-Quads or JSON-LD (one named graph per report) or
 * as Turtle, N-Triples or RDF/XML (all reports merged).
 *
 * <pre>
 *   cadregraph export -o dump.trig              # format from the extension
 *   cadregraph export -o dump.nq.gz             # N-Quads, gzip-compressed
 *   cadregraph export --format turtle | less    # stdout
 *   cadregraph export -o network.graphml --region https://w3id.org/cadregraph/id/region/guizhou
 * </pre>
 *
 * A file is written under a temporary name and renamed when complete, so a failed export never
 * leaves a truncated dump that still parses.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Dumps the TDB2 store to RDF.",
                "trig, nquads and jsonld keep one named graph per report; turtle, ntriples and rdfxml merge them "
                        + "into one graph.",
                "graphml, gexf and csv-edges write the co-attendance network of the officials instead."})
public final class ExportCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ExportCommand.class);
    private static final String STDOUT = FormatResolver.STDOUT;

    @Mixin
    private StoreOptions store;

    @Mixin
    private LoggingMixin logging;

    @Mixin
    private NetworkExportOptions network;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = DumpFormat.NAMES + ", or graphml, gexf, csv-edges for the network. Default: from the -o extension (.ttl .nt .rdf .jsonld .trig .nq, "
                    + "each optionally .gz); turtle on stdout. A format that disagrees with the extension is refused.")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = STDOUT,
            description = "Output file; a name ending in .gz is gzip-compressed; - is stdout (the default).")
    private String output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<NetworkFormat> networkFormat = network.format(format, output, STDOUT.equals(output));
        if (networkFormat.isPresent()) {
            return exportNetwork(networkFormat.get());
        }
        DumpFormat chosen = chosenFormat();
        Path db = ExistingDatabase.require(store.db());
        long count;
        try (TdbStore tdb = open(db)) {
            DumpWriter writer = new DumpWriter(tdb.datasetGraph());
            count = STDOUT.equals(output) ? toStdout(out -> writer.write(chosen, out))
                    : toFile(out -> writer.write(chosen, out), Path.of(output));
        }
        log.info("Exported {} {} from {} to {} ({})", count, chosen.keepsGraphs() ? "quads" : "triples",
                db, STDOUT.equals(output) ? "stdout" : output, chosen.displayName());
        return ExitCodes.OK;
    }

    private static TdbStore open(Path db) {
        try {
            return TdbStore.open(db);
        } catch (DBOpEnvException e) {
            throw StoreInUse.explain(db, e, StoreInUse.Action.EXPORT);
        }
    }

    private DumpFormat chosenFormat() {
        return FormatResolver.anyFormat(DumpFormat.TURTLE).resolve(format, output);
    }

    private int exportNetwork(NetworkFormat chosen) throws IOException {
        Path db = ExistingDatabase.require(store.db());
        long edges;
        try (TdbStore tdb = TdbStore.open(db)) {
            Writing writing = out -> network.write(tdb.datasetGraph(), chosen, out);
            edges = STDOUT.equals(output) ? toStdout(writing) : toFile(writing, Path.of(output));
        }
        log.info("Exported the co-attendance network ({} edges) from {} to {} ({})", edges, db,
                STDOUT.equals(output) ? "stdout" : output, chosen.cliName());
        return ExitCodes.OK;
    }

    /** Writes an output and says how many quads, triples or edges it wrote. */
    private interface Writing {
        long write(OutputStream out) throws IOException;
    }

    private long toStdout(Writing writing) throws IOException {
        try (OutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
            return writing.write(out);
        }
    }

    private long toFile(Writing writing, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            long count;
            try (OutputStream out = open(partial, file.getFileName().toString().endsWith(".gz"))) {
                count = writing.write(out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out;
        try {
            out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCodes.IO_FAILURE, "cannot write " + file + ": no such directory", e);
        } catch (AccessDeniedException e) {
            throw new UserException(ExitCodes.IO_FAILURE, "cannot write " + file + ": permission denied", e);
        }
        return gzip ? new GZIPOutputStream(out, 1 << 16) : out;
    }
}
