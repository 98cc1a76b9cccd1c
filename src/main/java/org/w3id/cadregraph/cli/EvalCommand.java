package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.eval.EvalReport;
import org.w3id.cadregraph.eval.EvalResult;
import org.w3id.cadregraph.eval.GoldFormatException;
import org.w3id.cadregraph.eval.GoldReader;
import org.w3id.cadregraph.eval.GoldReport;
import org.w3id.cadregraph.eval.Prediction;
import org.w3id.cadregraph.eval.Scorer;
import org.w3id.cadregraph.pipeline.BatchRunner;
import org.w3id.cadregraph.pipeline.ReportSink;
import org.w3id.cadregraph.pipeline.BatchSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval}: scores an extraction against gold files ({@code *.gold.json}), with the algorithm and the
 * output of {@code ../shared/eval/score.py}. The extraction is either made here, in memory, from reports
 * (as {@code extract} makes it), or read from a dataset file.
 *
 * <pre>
 *   java -jar target/cadregraph.jar eval --gold src/test/resources/samples-gold samples
 *   java -jar target/cadregraph.jar eval --gold ../shared/eval/dev --pred /tmp/dev.nq --per-doc --json /tmp/dev.json
 * </pre>
 *
 * Exit code 0, or 2 when there is nothing to score: no gold file, a gold file or prediction that cannot be read.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score an extraction against gold annotations (*.gold.json, the format of the evaluation kit).",
                "Give either reports (extracted here, in memory) or --pred with an extraction already made."})
public final class EvalCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(EvalCommand.class);

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "A folder of *.gold.json files; may be repeated.")
    private List<Path> goldDirs;

    @Parameters(arity = "0..*", paramLabel = "REPORTS", description = "Report files or folders of them to extract.")
    private List<Path> reports = List.of();

    @Option(names = "--pred", paramLabel = "FILE", description = "An extraction to score instead: .nq or .trig.")
    private Path pred;

    @Option(names = "--per-doc", description = "Also print each report's errors, one JSON line per report.")
    private boolean perDoc;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores and details to this JSON file.")
    private Path json;

    @Option(names = "--no-progress", description = "No progress bar while extracting.")
    private boolean noProgress;

    @Mixin
    private LoggingMixin logging;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((pred == null) == reports.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give either REPORTS or --pred FILE (one of the two)");
        }
        List<GoldReport> gold = readGold();
        DatasetGraph dsg = pred != null ? readPrediction(pred) : extract(reports);
        EvalResult result = new Scorer().score(gold, new Prediction(dsg));

        PrintWriter out = spec.commandLine().getOut();
        out.print(EvalReport.table(result));
        if (perDoc) {
            EvalReport.detailLines(result).forEach(out::println);
        }
        out.flush();
        if (json != null) {
            Files.writeString(json, EvalReport.json(result), StandardCharsets.UTF_8);
        }
        return ExitCodes.OK;
    }

    private List<GoldReport> readGold() throws IOException {
        for (Path dir : goldDirs) {
            if (!Files.isDirectory(dir)) {
                throw new UserException(ExitCodes.USAGE, "not a folder of gold files: " + dir);
            }
        }
        try {
            List<GoldReport> gold = GoldReader.readDirectories(goldDirs);
            if (gold.isEmpty()) {
                throw new UserException(ExitCodes.USAGE, "no *.gold.json found in " + goldDirs);
            }
            return gold;
        } catch (GoldFormatException e) {
            throw new UserException(ExitCodes.USAGE, "cannot read gold file " + e.getMessage(), e);
        }
    }

    private static DatasetGraph readPrediction(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null || !RDFLanguages.isQuads(lang)) {
            throw new UserException(ExitCodes.USAGE, "the prediction must be a .nq or .trig file: " + file);
        }
        try {
            return RDFDataMgr.loadDatasetGraph(file.toString(), lang);
        } catch (RiotException | RuntimeIOException e) {
            throw new UserException(ExitCodes.USAGE, "cannot read prediction " + file + ": " + e.getMessage(), e);
        }
    }

    /** The reports' graphs in memory, as {@code extract} would write them; rejected reports are logged and left out. */
    private DatasetGraph extract(List<Path> inputs) throws IOException {
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new UserException(ExitCodes.USAGE, "no such report file or folder: " + in);
            }
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        BatchRunner runner = BatchRunner.createDefault(!noProgress);
        BatchSummary summary = runner.run(inputs, ReportSink.inMemory(dsg));
        log.info("{}", summary.describe().lines().findFirst().orElse(""));
        return dsg;
    }
}
