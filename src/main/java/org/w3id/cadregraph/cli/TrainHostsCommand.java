package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.FileEventStream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.Version;
import org.w3id.cadregraph.eval.GoldFormatException;
import org.w3id.cadregraph.eval.GoldReader;
import org.w3id.cadregraph.eval.GoldReport;
import org.w3id.cadregraph.eval.HostAlignment;
import org.w3id.cadregraph.eval.Prediction;
import org.w3id.cadregraph.extract.Extraction;
import org.w3id.cadregraph.extract.HostDecider;
import org.w3id.cadregraph.extract.HostQuestion;
import org.w3id.cadregraph.extract.MaxentHostDecider;
import org.w3id.cadregraph.extract.PlainTextModelWriter;
import org.w3id.cadregraph.graph.ExtractionMapper;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.pipeline.ReportPipeline;
import org.w3id.cadregraph.report.BadReportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code train-hosts}: trains the maxent model of the learned host decision from annotated folders (each report beside
 * its {@code .gold.json}). Every report is extracted with the rules; each of its meetings that the scorer aligns with a
 * gold meeting gives one event per candidate region, labelled {@code host} when the candidate is one of the gold
 * meeting's hosts (by the scorer's region match), else {@code not-host}. The events go to OpenNLP's maxent trainer.
 *
 * <pre>
 *   java -jar target/cadregraph.jar train-hosts --gold ../shared/eval/dev --gold /work/folds/A -o hosts.txt
 *   java -Dcadregraph.hosts=hosts.txt -jar target/cadregraph.jar extract /work/folds/B -o b.nq
 * </pre>
 */
@Command(name = "train-hosts", mixinStandardHelpOptions = true,
        description = {"Train the learned host decision (OpenNLP maxent) from folders of reports with *.gold.json.",
                "Use the model with java -Dcadregraph.hosts=FILE -jar ... (or 'model' for the one in the jar)."})
public final class TrainHostsCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(TrainHostsCommand.class);

    @Option(names = "--gold", paramLabel = "DIR",
            description = "A folder of reports, each with its <report>.gold.json beside it; may be repeated.")
    private List<Path> goldDirs = List.of();

    @Option(names = "--from-events", paramLabel = "FILE",
            description = "Train from events written before by --events instead of extracting; may be repeated.")
    private List<Path> eventFiles = List.of();

    @Option(names = "--algorithm", defaultValue = QNTrainer.MAXENT_QN_VALUE,
            description = {"OpenNLP's maxent trainer: MAXENT_QN (L-BFGS with L1 and L2 costs 0.1, the default) or MAXENT "
                    + "(GIS, no smoothing). In cross-validation GIS did worse (README)."})
    private String algorithm;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The model file, OpenNLP's plain-text format (feature names and weights).")
    private Path output;

    @Option(names = "--events", paramLabel = "FILE",
            description = "Also write the training events, one a line: outcome, then the features (OpenNLP's event format).")
    private Path events;

    @Option(names = "--iterations", defaultValue = "100",
            description = "Iterations: of GIS, or L-BFGS's most (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--cutoff", defaultValue = "1",
            description = "Features seen fewer times than this are dropped (default: ${DEFAULT-VALUE}).")
    private int cutoff;

    @Mixin
    private LoggingMixin logging;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /** Keeps every question the extractor asks, and answers with the rules. */
    private static final class Recorder implements HostDecider {
        final List<HostQuestion> questions = new ArrayList<>();

        @Override
        public List<org.w3id.cadregraph.gazetteer.Region> decide(HostQuestion q) {
            q.candidates();
            questions.add(q);
            return q.ruleHosts();
        }
    }

    @Override
    public Integer call() throws IOException {
        if (goldDirs.isEmpty() == eventFiles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give either --gold DIR... or --from-events FILE...");
        }
        if (!eventFiles.isEmpty()) {
            List<Event> read = new ArrayList<>();
            for (Path f : eventFiles) {
                try (FileEventStream in = new FileEventStream(f.toFile())) {
                    for (Event e = in.read(); e != null; e = in.read()) {
                        read.add(e);
                    }
                }
            }
            write(train(read, algorithm, iterations, cutoff), output);
            spec.commandLine().getErr().printf("%d events; model written to %s%n", read.size(), output);
            return ExitCodes.OK;
        }
        Recorder recorder = new Recorder();
        ReportPipeline pipeline = ReportPipeline.factory(ReportPipeline.Resources.loadDefault(), Clock.systemUTC(),
                recorder).get();
        ExtractionMapper mapper = new ExtractionMapper(Version.extractor());
        List<Event> all = new ArrayList<>();
        int reports = 0;
        int meetings = 0;
        int goldHosts = 0;
        int missed = 0;
        for (Path dir : goldDirs) {
            for (GoldReport gold : readGold(dir)) {
                Path file = dir.resolve(gold.doc());
                if (!Files.isRegularFile(file)) {
                    log.warn("skipped {}: no report file {} beside its gold file", gold.doc(), file);
                    continue;
                }
                recorder.questions.clear();
                Extraction x;
                try {
                    x = pipeline.run(file);
                } catch (BadReportException e) {
                    log.warn("skipped {}: {}", file, e.getMessage());
                    continue;
                }
                DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
                Txn.executeWrite(dsg, () -> mapper.map(x, Instant.EPOCH, StreamRDFLib.dataset(dsg)));
                Map<String, List<GoldReport.Region>> hosts = HostAlignment.goldHosts(gold, new Prediction(dsg));
                reports++;
                for (HostQuestion q : recorder.questions) {
                    List<GoldReport.Region> gh = hosts.get(Iris.meeting(q.reportId(), q.meetingKey()).getURI());
                    if (gh == null) {
                        continue; // a meeting the gold does not have: nothing to learn about its hosts
                    }
                    meetings++;
                    goldHosts += gh.size();
                    int found = 0;
                    for (HostQuestion.Candidate c : q.candidates()) {
                        boolean host = HostAlignment.isHost(c.region().name(), c.region().qid(), gh);
                        found += host ? 1 : 0;
                        all.add(new Event(host ? MaxentHostDecider.HOST : MaxentHostDecider.NOT_HOST,
                                c.features().toArray(String[]::new)));
                    }
                    missed += Math.max(0, gh.size() - found);
                }
            }
        }
        if (all.isEmpty()) {
            throw new UserException(ExitCodes.USAGE, "no training events: no report of " + goldDirs
                    + " has a meeting aligned with its gold");
        }
        if (events != null) {
            try (Writer w = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
                for (Event e : all) {
                    w.write(FileEventStream.toLine(e));
                }
            }
        }
        MaxentModel model = train(all, algorithm, iterations, cutoff);
        write(model, output);
        spec.commandLine().getErr().printf("%d reports, %d aligned meetings, %d events, %d gold hosts "
                        + "(%d not among the candidates); model written to %s%n",
                reports, meetings, all.size(), goldHosts, missed, output);
        return ExitCodes.OK;
    }

    /** A model over the events: L-BFGS maxent (MAXENT_QN) by default, GIS with --algorithm MAXENT. */
    public static MaxentModel train(List<Event> events, String algorithm, int iterations, int cutoff) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    /** A maxent model in OpenNLP's plain-text layout, one value a line; a file named .bin in OpenNLP's binary format. */
    static void write(MaxentModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (file.toString().endsWith(".bin")) {
            new opennlp.tools.ml.model.GenericModelWriter((AbstractModel) model, file.toFile()).persist();
        } else {
            PlainTextModelWriter.write((AbstractModel) model, file);
        }
    }

    private List<GoldReport> readGold(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UserException(ExitCodes.USAGE, "not a folder of reports and gold files: " + dir);
        }
        try {
            return GoldReader.readDirectories(List.of(dir));
        } catch (GoldFormatException e) {
            throw new UserException(ExitCodes.USAGE, "cannot read gold file " + e.getMessage(), e);
        }
    }
}
