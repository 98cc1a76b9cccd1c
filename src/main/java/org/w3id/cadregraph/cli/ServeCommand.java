package org.w3id.cadregraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.FusekiConfigException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.serve.FusekiLauncher;
import org.w3id.cadregraph.serve.ServerConfig;
import org.w3id.cadregraph.serve.ServerConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph serve}: serves the store read-only with Fuseki, with the Fuseki UI, until
 * interrupted.
 *
 * <pre>
 *   cadregraph serve                         # http://localhost:3030/ , SPARQL at /cadregraph/sparql
 *   cadregraph serve --db /data/cg-db --port 8080
 *   cadregraph serve --config my-fuseki.ttl  # its tdb2:location is replaced by --db
 * </pre>
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the TDB2 store with Fuseki until interrupted.",
                "The Fuseki UI is at /, read-only SPARQL at /cadregraph/sparql (default graph = union of all report graphs)."})
public final class ServeCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    private StoreOptions store;

    @Mixin
    private LoggingMixin logging;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration (default: " + ServerConfig.DEFAULT_FILE_NAME
                    + " if present, else the copy inside the jar).")
    private Path config;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        return serve(store.db(), port, config);
    }

    /** Serves the store until the process is stopped; shared with {@code run}. */
    static int serve(Path dbOption, int port, Path config) {
        Path db = ExistingDatabase.require(dbOption);
        if (config != null && !Files.isRegularFile(config)) {
            throw new UserException(ExitCodes.IO_FAILURE, "no such Fuseki configuration file: " + config);
        }
        ServerConfig serverConfig = config == null ? ServerConfig.readDefault() : ServerConfig.read(config);
        FusekiServer server = start(serverConfig, db, port);
        log.info("Serving {} ({}): UI {} , SPARQL endpoint {}", db.toAbsolutePath(), serverConfig.source(),
                server.serverURL(), server.datasetURL(FusekiLauncher.SPARQL_ENDPOINT));
        server.join();
        return ExitCodes.OK;
    }

    private static FusekiServer start(ServerConfig serverConfig, Path db, int port) {
        try {
            return new FusekiLauncher(serverConfig, db, port).start();
        } catch (ServerConfigException | FusekiConfigException e) {
            throw new UserException(ExitCodes.USAGE,
                    "bad Fuseki configuration " + serverConfig.source() + ": " + e.getMessage(), e);
        }
    }
}
