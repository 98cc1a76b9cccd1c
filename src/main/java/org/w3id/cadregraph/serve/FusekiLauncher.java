package org.w3id.cadregraph.serve;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;

/**
 * Runs Fuseki over the TDB2 store: the read-only service {@code /cadregraph} from the configuration
 * file, and the Fuseki UI at {@code /}.
 *
 * <pre>
 *   FusekiLauncher launcher = new FusekiLauncher(ServerConfig.readDefault(),
 *           ServerSettings.of(Path.of("cadregraph-db"), 3030).withLocalhost(true));
 *   launcher.add(builder -> builder.addServlet("/page/*", new PageServlet()));   // more on the same server
 *   FusekiServer server = launcher.start();     // port 0 picks a free port: server.getPort()
 *   ...
 *   launcher.stop();
 * </pre>
 *
 * What the launcher adds to the configuration, for a public endpoint: a query operation whose timeout
 * stops the work and never answers a timed-out query with 200 ({@link CadregraphQueryService}); federated
 * queries only as {@link Federation} allows ({@link ServiceGuard}); Jetty limits for slow clients
 * ({@link ConnectionLimits}); a status call that names cadregraph's version ({@link ServerStatus}).
 * The caller checks that {@code db} holds a TDB2 database: the TDB2 assembler would silently create
 * an empty one.
 */
public final class FusekiLauncher {
    /** The service name in the configuration: the dataset URL is {@code /cadregraph}. */
    public static final String DATASET = "/cadregraph";
    /** The SPARQL query endpoint under {@link #DATASET}. */
    public static final String SPARQL_ENDPOINT = DATASET + "/sparql";
    /** The longest a federated call may take, whatever time its query has left. */
    static final Duration MAX_SERVICE_CALL = Duration.ofSeconds(30);

    /** Something more to serve from the same server (servlets, filters), added to the builder last. */
    @FunctionalInterface
    public interface Extension {
        void addTo(FusekiServer.Builder builder);
    }

    private final ServerConfig config;
    private final ServerSettings settings;
    private final ConnectionLimits limits;
    private final Predicate<InetAddress> reachable;
    private final List<Extension> extensions = new ArrayList<>();
    private FusekiServer server;

    /**
     * @param config   the Fuseki configuration; its {@code tdb2:location} is replaced by the settings' database
     * @param settings database, port, interfaces, federation
     * @param limits   Jetty limits for slow clients
     */
    public FusekiLauncher(ServerConfig config, ServerSettings settings, ConnectionLimits limits) {
        this(config, settings, limits, PublicAddresses::isPublic);
    }

    /** {@code reachable}: the addresses federated queries may reach; tests let loopback through, nothing else does. */
    FusekiLauncher(ServerConfig config, ServerSettings settings, ConnectionLimits limits, Predicate<InetAddress> reachable) {
        this.config = config;
        this.settings = settings;
        this.limits = limits;
        this.reachable = reachable;
    }

    /** With the default {@link ConnectionLimits}. */
    public FusekiLauncher(ServerConfig config, ServerSettings settings) {
        this(config, settings, ConnectionLimits.defaults());
    }

    /** All interfaces, no federation, default limits. */
    public FusekiLauncher(ServerConfig config, Path db, int port) {
        this(config, ServerSettings.of(db, port));
    }

    /**
     * Builds and starts a server from {@code configFile} ({@code null}: the default file or the jar's
     * copy) over {@code db}. The caller stops it with {@link FusekiServer#stop()}.
     */
    public static FusekiServer startServer(Path db, int port, Path configFile) {
        ServerConfig config = configFile == null ? ServerConfig.readDefault() : ServerConfig.read(configFile);
        return new FusekiLauncher(config, db, port).start();
    }

    /** Adds {@code extension} to the servers this launcher starts from now on; returns this launcher. */
    public synchronized FusekiLauncher add(Extension extension) {
        extensions.add(extension);
        return this;
    }

    public ServerSettings settings() {
        return settings;
    }

    /**
     * Starts the server and returns it; {@code getPort()} tells the port when 0 was asked for.
     *
     * @throws UncheckedIOException with a {@link BindException} when the port is taken
     */
    public synchronized FusekiServer start() {
        if (server != null) {
            throw new IllegalStateException("the server is already running on port " + server.getPort());
        }
        // Fuseki takes a SNAPSHOT version for "development mode" and then names itself and Jetty, with cadregraph's
        // version (the one manifest of the jar), in a Server header of every response. Jena's own switches.
        Fuseki.outputFusekiServerHeader = false;
        Fuseki.outputJettyServerHeader = false;
        FusekiServer built = builder().build();
        limits.applyTo(built.getJettyServer());
        try {
            built.start();
        } catch (RuntimeException e) {
            if (causedByBind(e)) {
                // A busy port is the user's to fix: an I/O failure with a clear message, not a bug.
                built.stop();
                throw new UncheckedIOException(new BindException("port " + settings.port() + " is already in use"));
            }
            throw e;
        }
        server = built;
        return built;
    }

    private static boolean causedByBind(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** Stops the server if it runs. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The configuration pointed at the database, the guarded query operation, the UI, then the extensions. */
    private FusekiServer.Builder builder() {
        ServiceGuard serviceGuard = new ServiceGuard(settings.federation(), reachable, MAX_SERVICE_CALL, Clock.systemUTC());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.localhost())
                .maxServerThreads(limits.maxThreads())
                .registerOperation(Operation.Query, new CadregraphQueryService(serviceGuard, Clock.systemUTC()))
                .parseConfig(config.forStore(settings.db()).model())
                .addFilter("/*", new MalformedParameters());
        withUi(builder);
        extensions.forEach(e -> e.addTo(builder));
        return builder;
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
     *     datasets and their endpoints ({@link ServerStatus}: with cadregraph's version).</li>
     * </ul>
     */
    private static void withUi(FusekiServer.Builder builder) {
        builder.fusekiModules(FusekiModules.create(FMod_UI.create()))
                .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(null))
                .addServlet("/$/server", new ServerStatus())
                .enablePing(true);
    }
}
