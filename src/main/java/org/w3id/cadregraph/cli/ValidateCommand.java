package org.w3id.cadregraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.cadregraph.schema.ShapeValidator;
import org.w3id.cadregraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph validate}: runs the SHACL shapes ({@code ontology/shapes.ttl}) on the store or on files,
 * report graph by report graph, as Jena's {@code shacl validate} would, without another tool.
 *
 * <pre>
 *   cadregraph validate                          # the store ./cadregraph-db
 *   cadregraph validate extracted.nq dump.trig   # files (any RDF syntax, by the extension)
 *   cadregraph validate --shapes my-shapes.ttl --db /data/cg-db
 * </pre>
 *
 * One line per violation on stdout (graph, focus node, path, message, tab-separated), a summary on stderr.
 * Exit code 0 when every report graph conforms, 1 when some do not, 2/3 when the input cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check report graphs against the SHACL shapes (ontology/shapes.ttl), in the store or in files.",
                "Prints one line per violation (graph, focus node, path, message); exit 1 when any graph does not conform."})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Dataset or graph files to check instead of the store (.nq .trig .jsonld .ttl .nt .rdf).")
    private List<Path> files = new ArrayList<>();

    @Mixin
    private StoreOptions store;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Other SHACL shapes (default: the project's, inside the jar).")
    private Path shapesFile;

    @Mixin
    private LoggingMixin logging;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ShapeValidator validator = validator();
        List<ShapeValidator.Result> results = new ArrayList<>();
        if (files.isEmpty()) {
            Path db = ExistingDatabase.require(store.db());
            try (TdbStore tdb = open(db)) {
                results.add(validator.validate(tdb.datasetGraph()));
            }
        } else {
            for (Path file : files) {
                results.add(validateFile(validator, file));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean conforms = true;
        for (int i = 0; i < results.size(); i++) {
            ShapeValidator.Result r = results.get(i);
            r.violations().forEach(v -> out.println(v.line()));
            err.println((files.isEmpty() ? store.db() : files.get(i)) + ": " + r.describe());
            conforms &= r.conforms();
        }
        out.flush();
        err.flush();
        return conforms ? ExitCodes.OK : ExitCodes.REPORTS_REJECTED;
    }

    private ShapeValidator validator() {
        if (shapesFile == null) {
            return ShapeValidator.bundled();
        }
        if (!Files.isRegularFile(shapesFile)) {
            throw new UserException(ExitCodes.IO_FAILURE, "no such shapes file: " + shapesFile);
        }
        try {
            return new ShapeValidator(Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString())));
        } catch (RiotException e) {
            throw new UserException(ExitCodes.USAGE, "cannot read the shapes " + shapesFile + ": " + e.getMessage(), e);
        }
    }

    /** A dataset file: each report graph in it; a graph file (Turtle, N-Triples, RDF/XML): the file as one report graph. */
    private static ShapeValidator.Result validateFile(ShapeValidator validator, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException(ExitCodes.IO_FAILURE, "no such file: " + file);
        }
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString().replaceFirst("\\.gz$", ""));
        if (lang == null) {
            throw new UserException(ExitCodes.USAGE, "cannot tell the RDF syntax of " + file
                    + " from its extension: use .nq, .trig, .jsonld, .ttl, .nt or .rdf");
        }
        try {
            if (RDFLanguages.isQuads(lang)) {
                DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
                RDFDataMgr.read(dsg, file.toString(), lang);
                return validator.validate(dsg);
            }
            return validator.validateGraph(NodeFactory.createURI(file.toAbsolutePath().toUri().toString()),
                    RDFDataMgr.loadGraph(file.toString(), lang));
        } catch (RiotException | RuntimeIOException e) {
            throw new UserException(ExitCodes.USAGE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static TdbStore open(Path db) {
        try {
            return TdbStore.open(db);
        } catch (DBOpEnvException e) {
            throw StoreInUse.explain(db, e, StoreInUse.Action.VALIDATE);
        }
    }
}
