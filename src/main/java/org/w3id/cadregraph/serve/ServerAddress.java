package org.w3id.cadregraph.serve;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;

/**
 * Where a running server serves a store, written into the store's directory while it runs
 * ({@value #FILE_NAME}), so that {@code cadregraph query} can send its query there instead of failing on the
 * store's lock, and {@code build} can say which server to stop.
 *
 * <pre>
 *   ServerAddress address = new ServerAddress(URI.create("http://127.0.0.1:3030/"), ProcessHandle.current().pid());
 *   address.writeTo(db);   … address.deleteFrom(db);
 *   ServerAddress.readFrom(db).map(ServerAddress::sparqlEndpoint)
 * </pre>
 *
 * A server killed without a chance to clean up leaves the file behind: a reader checks that the process
 * still runs ({@link #isAlive}), and an answer from the endpoint is the final word.
 *
 * @param base the server's root URL, ending in {@code /}
 * @param pid  the serving process
 */
public record ServerAddress(URI base, long pid) {
    /** The file's name inside the database directory. */
    public static final String FILE_NAME = "cadregraph-server.properties";

    /**
     * The address of a running server as a client on this machine reaches it: the interface Jetty is bound to,
     * or the IPv4 loopback when it listens on every interface.
     */
    public static ServerAddress of(FusekiServer server) {
        String host = "127.0.0.1";
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector.getTransport() instanceof ServerSocketChannel channel) {
                try {
                    if (channel.getLocalAddress() instanceof InetSocketAddress bound && !bound.getAddress().isAnyLocalAddress()) {
                        host = bound.getAddress() instanceof Inet6Address ? "[" + bound.getAddress().getHostAddress() + "]"
                                : bound.getAddress().getHostAddress();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new ServerAddress(URI.create("http://" + host + ":" + server.getHttpPort() + "/"), ProcessHandle.current().pid());
    }

    /** The SPARQL query endpoint of the served store. */
    public URI sparqlEndpoint() {
        return base.resolve(FusekiLauncher.SPARQL_ENDPOINT.substring(1));
    }

    /** Whether the serving process still runs. */
    public boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Writes the file, replacing any earlier one in one move. */
    public void writeTo(Path db) {
        Properties p = new Properties();
        p.setProperty("url", base.toString());
        p.setProperty("sparql", sparqlEndpoint().toString());
        p.setProperty("pid", Long.toString(pid));
        Path file = db.resolve(FILE_NAME);
        Path partial = db.resolve(FILE_NAME + ".partial");
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                p.store(out, "written by 'cadregraph serve' while it serves this store; removed when it stops");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Removes the file if it still names this server. */
    public void deleteFrom(Path db) {
        if (readFrom(db).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(db.resolve(FILE_NAME));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The address a server left in {@code db}, if any and readable. */
    public static Optional<ServerAddress> readFrom(Path db) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(db.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new ServerAddress(URI.create(p.getProperty("url")), Long.parseLong(p.getProperty("pid"))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();    // half-written or edited by hand: as good as none
        }
    }
}
