package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.cadregraph.serve.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run}: build the store from reports, then serve it. The README's main command. It serves on the
 * loopback interface only unless given {@code --no-localhost}: a first try on a laptop should not publish an
 * endpoint to the network. The port is checked before the build, which can take long.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Build the store from reports (as 'build'), then serve it with Fuseki (as 'serve'). "
                + "Rejected reports are listed and do not stop the server.",
                "Listens on localhost only unless given --no-localhost."})
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
    private IdentityOverridesOption identityOverrides;

    @Mixin
    private LoggingMixin logging;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ServerSettings settings = server.settings(store.db(), true);
        ServeCommand.checkBeforeStart(settings, server.config());
        BuildCommand.build(inputs, store.db(), !noProgress, link, identityOverrides.read(), spec.commandLine().getErr());
        return ServeCommand.serve(settings, server.config());
    }
}
