package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.cadregraph.export.DumpPrefixes;
import org.w3id.cadregraph.identity.IdentityResolver;
import org.w3id.cadregraph.pipeline.BatchRunner;
import org.w3id.cadregraph.pipeline.ReportSink;
import org.w3id.cadregraph.pipeline.BatchSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract}: reports → an RDF dataset file, one named graph per report, without a store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the knowledge graph of reports into an N-Quads or TriG file (no store).")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Report files or folders of them (.txt, .html).")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Output file: .nq (N-Quads) or .trig (TriG).")
    private Path output;

    @Option(names = "--no-progress", description = "No progress bar.")
    private boolean noProgress;

    @Mixin
    private LoggingMixin logging;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Lang lang = RDFLanguages.filenameToLang(output.getFileName().toString());
        if (lang == null || !RDFLanguages.isQuads(lang)) {
            throw new UserException(ExitCodes.USAGE, "the output must be a .nq or .trig file: " + output);
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        BatchRunner runner = BatchRunner.createDefault(!noProgress);
        BatchSummary summary = runner.run(inputs, ReportSink.inMemory(dsg));
        List<org.apache.jena.graph.Node> graphs = new java.util.ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        var identity = IdentityResolver.createDefault().resolve(dsg, graphs);
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        DumpPrefixes.prefixes().forEach(dsg.prefixes()::add);
        try (OutputStream out = Files.newOutputStream(output)) {
            RDFDataMgr.write(out, dsg, lang);
        }
        spec.commandLine().getErr().println(summary.describe());
        spec.commandLine().getErr().println(identity.describe());
        spec.commandLine().getErr().println("wrote " + output + " (" + lang.getName().toLowerCase(Locale.ROOT) + ")");
        return summary.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.REPORTS_REJECTED;
    }
}
