package org.w3id.cadregraph.serve;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;

/**
 * Runs Fuseki over the TDB2 store: the read-only service {@code /cadregraph} from the configuration
 * file, and the Fuseki UI at {@code /}.
 *
 * <pre>
 *   FusekiLauncher launcher = new FusekiLauncher(ServerConfig.readDefault(), Path.of("cadregraph-db"), 3030);
 *   FusekiServer server = launcher.start();     // port 0 picks a free port: server.getPort()
 *   ...
 *   launcher.stop();
 *
 *   FusekiServer server = FusekiLauncher.startServer(db, 3030, null);   // the same, in one call
 * </pre>
 *
 * The caller checks that {@code db} holds a TDB2 database: the TDB2 assembler would silently create
 * an empty one.
 */
public final class FusekiLauncher {
    /** The service name in the configuration: the dataset URL is {@code /cadregraph}. */
    public static final String DATASET = "/cadregraph";
    /** The SPARQL query endpoint under {@link #DATASET}. */
    public static final String SPARQL_ENDPOINT = DATASET + "/sparql";

    private final ServerConfig config;
    private final Path db;
    private final int port;
    private FusekiServer server;

    /**
     * @param config the Fuseki configuration; its {@code tdb2:location} is replaced by {@code db}
     * @param db     the TDB2 database directory
     * @param port   the HTTP port, 0 for any free port
     */
    public FusekiLauncher(ServerConfig config, Path db, int port) {
        this.config = config;
        this.db = db;
        this.port = port;
    }

    /**
     * Builds and starts a server from {@code configFile} ({@code null}: the default file or the jar's
     * copy) over {@code db}. The caller stops it with {@link FusekiServer#stop()}.
     */
    public static FusekiServer startServer(Path db, int port, Path configFile) {
        ServerConfig config = configFile == null ? ServerConfig.readDefault() : ServerConfig.read(configFile);
        return new FusekiLauncher(config, db, port).start();
    }

    /** Starts the server and returns it; {@code getPort()} tells the port when 0 was asked for. */
    public synchronized FusekiServer start() {
        if (server != null) {
            throw new IllegalStateException("the server is already running on port " + server.getPort());
        }
        FusekiServer built = builder().build();
        try {
            built.start();
        } catch (FusekiException e) {
            if (e.getCause() instanceof BindException) {
                // A busy port is the user's to fix: an I/O failure with a clear message, not a bug.
                throw new UncheckedIOException(new BindException("port " + port + " is already in use"));
            }
            throw e;
        }
        server = built;
        return built;
    }

    /** Stops the server if it runs. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The configuration pointed at {@code db}, plus the UI. */
    private FusekiServer.Builder builder() {
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .parseConfig(config.withLocation(db).model());
        return withUi(builder);
    }

    /**
     * Adds the Fuseki UI the way Fuseki 5's full server does, minus its admin module.
     *
     * <p>{@link FMod_UI} is Fuseki's own UI module: at build time it points the static file base at
     * the {@code webapp/} directory of the jena-fuseki-ui jar on the classpath and adds the
     * {@code /$/validate/*} and {@code /$/stats} services. In the full server it runs after the admin
     * module ({@code FMod_Admin}), which we leave out because it adds dataset create, delete, backup and
     * compact over HTTP and keeps a {@code run/} area on disk; the service must stay read-only. So we
     * give FMod_UI the two things it and the browser app expect from the admin module:
     * <ul>
     * <li>the server-control attribute FMod_UI reads to find a {@code $FUSEKI_BASE/webapp} override
     *     (no base area is created: only its {@code setup()} writes to disk, and it is not called);</li>
     * <li>{@code /$/ping} and {@code /$/server}, the read-only status calls the UI uses to list the
     *     datasets and their endpoints.</li>
     * </ul>
     */
    private static FusekiServer.Builder withUi(FusekiServer.Builder builder) {
        return builder
                .fusekiModules(FusekiModules.create(FMod_UI.create()))
                .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(null))
                .addServlet("/$/server", new ActionServerStatus())
                .enablePing(true);
    }
}
