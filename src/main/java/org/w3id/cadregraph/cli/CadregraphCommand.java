package org.w3id.cadregraph.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cadregraph} command: news reports about Chinese officials → a knowledge graph in TDB2,
 * served by Fuseki.
 *
 * <pre>
 *   java -jar target/cadregraph.jar run samples
 *   java -jar target/cadregraph.jar extract ../shared/eval/dev -o /tmp/dev.nq
 * </pre>
 */
@Command(name = "cadregraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds a knowledge graph of Chinese officials and the meetings they attend "
                + "from news reports, stores it in TDB2 and serves it with Fuseki.",
        subcommands = {
                ExtractCommand.class,
                BuildCommand.class,
                IndexCommand.class,
                ServeCommand.class,
                RunCommand.class,
                EvalCommand.class,
                TrainHostsCommand.class,
                QueryCommand.class,
                ExportCommand.class,
                LinkCommand.class,
                ValidateCommand.class,
                CompactCommand.class,
                SummarizeCommand.class,
                LoadCommand.class,
                BenchCommand.class,
                CorpusCommand.class,
                CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:OK",
                "1:some reports were rejected (the rest was processed and stored)",
                "2:usage error",
                "3:I/O, store or network failure",
                "4:internal error (a bug; a stack trace is printed)",
                "5:the disk is full (what was stored before is kept)",
                "6:out of memory (run again with a larger -Xmx)"
        })
public final class CadregraphCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command.");
    }

    /** A configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        ExceptionMapper mapper = new ExceptionMapper();
        return new CommandLine(new CadregraphCommand())
                // stdout carries data (RDF dumps, query results), which must be UTF-8 whatever the
                // locale: Java 17 would otherwise encode with the platform charset, and under LANG=C
                // every Chinese name would become "?".
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setExitCodeExceptionMapper(mapper)
                .setExecutionExceptionHandler(mapper)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        // Errors (OutOfMemoryError; the InternalError of a store's memory-mapped file on a full disk) are not
        // handed to the exception mapper by picocli: without this the JVM would print a trace and exit 1, the
        // code for "some reports were rejected".
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                System.exit(new ExceptionMapper().report(e, err));
            }
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace();
        });
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Error e) {
            code = new ExceptionMapper().report(e, err);
        }
        System.exit(code);
    }
}
