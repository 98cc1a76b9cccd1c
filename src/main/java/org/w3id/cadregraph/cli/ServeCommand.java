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

    @Mixin
    private ServerOptions server;

    @Override
    public Integer call() {
        return serve(store.db(), server.port(), server.config());
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
