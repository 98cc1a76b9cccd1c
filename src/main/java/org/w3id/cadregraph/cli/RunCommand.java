package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run}: build the store from reports, then serve it. The README's main command. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Build the store from reports (as 'build'), then serve it with Fuseki (as 'serve'). "
                + "Rejected reports are listed and do not stop the server.")
public final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Report files or folders of them (.txt, .html).")
    private List<Path> inputs;

    @Mixin
    private StoreOptions store;

    @Mixin
    private ServerOptions server;

    @Option(names = "--no-progress", description = "No progress bar.")
    private boolean noProgress;

    @Option(names = "--link", description = "Link regions and bodies to Wikidata from the offline gazetteer before serving.")
    private boolean link;

    @Mixin
    private LoggingMixin logging;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        BuildCommand.build(inputs, store.db(), !noProgress, link, spec.commandLine().getErr());
        return ServeCommand.serve(store.db(), server.port(), server.config());
    }
}
