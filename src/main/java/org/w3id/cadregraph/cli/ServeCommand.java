package org.w3id.cadregraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.FusekiConfigException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.serve.FusekiLauncher;
import org.w3id.cadregraph.serve.PortProbe;
import org.w3id.cadregraph.serve.ServerAddress;
import org.w3id.cadregraph.serve.ServerConfig;
import org.w3id.cadregraph.serve.ServerConfigException;
import org.w3id.cadregraph.serve.ServerSettings;
import org.w3id.cadregraph.web.WebPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code cadregraph serve}: serves the store read-only with Fuseki, with the Fuseki UI, until
 * interrupted.
 *
 * <pre>
 *   cadregraph serve                         # http://localhost:3030/ , SPARQL at /cadregraph/sparql
 *   cadregraph serve --db /data/cg-db --port 8080 --localhost
 *   cadregraph serve --config my-fuseki.ttl  # its tdb2:location is replaced by --db
 * </pre>
 *
 * While it runs, the server's address is in the store's directory ({@link ServerAddress}), so that
 * {@code cadregraph query} sends its queries there and {@code build} can say which server holds the store.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the TDB2 store with Fuseki until interrupted.",
                "The Fuseki UI is at /, read-only SPARQL at /cadregraph/sparql (default graph = union of all report graphs).",
                "Listens on every interface unless given --localhost; federated queries (SERVICE) are off unless given --federation."})
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
        ServerSettings settings = server.settings(store.db(), false);
        checkBeforeStart(settings, server.config());
        return serve(settings, server.config());
    }

    /**
     * What can be checked before anything slow happens ({@code run} checks it before building): the port is
     * free, the configuration file exists.
     */
    static void checkBeforeStart(ServerSettings settings, Path config) {
        if (config != null && !Files.isRegularFile(config)) {
            throw new UserException(ExitCodes.IO_FAILURE, "no such Fuseki configuration file: " + config);
        }
        if (!PortProbe.isFree(settings.localhost(), settings.port())) {
            throw portInUse(settings.port());
        }
    }

    /** Serves the store until the process is stopped; shared with {@code run}. */
    static int serve(ServerSettings settings, Path config) {
        Path db = ExistingDatabase.require(settings.db());
        StoreInUse.requireFree(db, StoreInUse.Action.SERVE);
        ServerConfig serverConfig = config == null ? ServerConfig.readDefault() : ServerConfig.read(config);
        // The pages (/id/…, /search, /network) on the same port, reading the same dataset.
        FusekiLauncher launcher = new FusekiLauncher(serverConfig, settings)
                .add(builder -> WebPages.addTo(builder, FusekiLauncher.DATASET));
        FusekiServer server = start(launcher, serverConfig);
        ServerAddress address = ServerAddress.of(server);
        address.writeTo(db);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> address.deleteFrom(db), "cadregraph-server-address"));
        log.info("Serving {} ({}) on {}: UI {} , SPARQL endpoint {}{}", db.toAbsolutePath(), serverConfig.source(),
                settings.localhost() ? "localhost only" : "every interface", server.serverURL(),
                server.datasetURL(FusekiLauncher.SPARQL_ENDPOINT),
                settings.federation().enabled() ? ", SERVICE allowed to " + settings.federation().endpoints() : "");
        server.join();
        return ExitCodes.OK;
    }

    private static FusekiServer start(FusekiLauncher launcher, ServerConfig serverConfig) {
        try {
            return launcher.start();
        } catch (ServerConfigException | FusekiConfigException e) {
            throw new UserException(ExitCodes.USAGE,
                    "bad Fuseki configuration " + serverConfig.source() + ": " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof java.net.BindException) {
                throw portInUse(launcher.settings().port());
            }
            throw e;
        }
    }

    private static UserException portInUse(int port) {
        return new UserException(ExitCodes.IO_FAILURE, "port " + port + " is already in use (another server?): "
                + "stop it, or choose another port with --port");
    }
}
