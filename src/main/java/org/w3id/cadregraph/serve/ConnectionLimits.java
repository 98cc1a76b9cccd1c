package org.w3id.cadregraph.serve;

import java.time.Duration;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Jetty settings that keep slow or stalled clients from holding the server's threads. Fuseki reads a request
 * body and writes results with blocking I/O, one thread per request; a client that sends its query a byte at
 * a time, or asks for a large result and never reads it, holds that thread until the I/O times out, and
 * enough of them would take every thread. So:
 * <ul>
 * <li>{@link #ioIdleTimeout}: a blocked read or write fails after this long without progress;</li>
 * <li>{@link #minDataRate} bytes/s: a request body or a response that moves slower fails, however it trickles;</li>
 * <li>{@link #connectionIdleTimeout}: an open connection with nothing to do is closed;</li>
 * <li>{@link #maxThreads} threads and at most {@link #maxConnections} connections, new ones waiting in the
 *     accept queue beyond that, so that threads remain for the clients that behave;</li>
 * <li>{@link #outputBufferSize} bytes of response buffer. Fuseki asks Jetty for 5 MB, and Jetty takes it from
 *     direct memory, whose limit is the heap's size: 50 clients that ask for a large result and do not read it
 *     held 256 MB of it until their writes timed out, and every other response failed ("Cannot reserve 5242880
 *     bytes of direct buffer memory") with its connection closed. With 64 KB, 400 threads hold 25 MB at most.
 *     The price: a query that times out after 64 KB of its results were sent ends with a cut connection
 *     rather than a 503.</li>
 * </ul>
 *
 * @see <a href="https://jetty.org/docs/jetty/12/operations-guide/modules/standard.html">Jetty's http and connectionlimit modules</a>
 */
public record ConnectionLimits(int maxThreads, int maxConnections, Duration connectionIdleTimeout,
                               Duration ioIdleTimeout, long minDataRate, int outputBufferSize) {

    /** The limits {@code serve} and {@code run} use. */
    public static ConnectionLimits defaults() {
        return new ConnectionLimits(400, 1000, Duration.ofSeconds(30), Duration.ofSeconds(10), 1024, 64 * 1024);
    }

    /** Applies the limits to a server built but not yet started. */
    void applyTo(Server jetty) {
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector server) {
                server.setIdleTimeout(connectionIdleTimeout.toMillis());
            }
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                HttpConfiguration config = http.getHttpConfiguration();
                config.setIdleTimeout(ioIdleTimeout.toMillis());
                config.setMinRequestDataRate(minDataRate);
                config.setMinResponseDataRate(minDataRate);
                config.setOutputBufferSize(outputBufferSize);
            }
        }
        jetty.addBean(new NetworkConnectionLimit(maxConnections, jetty));
    }
}
