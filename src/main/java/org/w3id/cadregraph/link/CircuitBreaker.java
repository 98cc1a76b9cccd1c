package org.w3id.cadregraph.link;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Opens after {@code threshold} connection failures in a row, and from then on fails every request at once.
 * Without a network each request would otherwise be retried with backoff and then logged, node after node:
 * 248 attempts in 14 minutes, and a run that ended "successfully". Any HTTP answer, even an error status,
 * proves the server reachable and closes the count. Only failures to connect count: a read timeout or a 5xx
 * is the server's trouble, retried as before.
 *
 * <pre>
 *   breaker.check();                           // before an attempt: throws once open
 *   breaker.failed(e) / breaker.answered()     // after it
 * </pre>
 */
final class CircuitBreaker {
    private final URI api;
    private final int threshold;
    private int failuresInARow;
    private IOException last;

    CircuitBreaker(URI api, int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        this.api = api;
        this.threshold = threshold;
    }

    /** @throws WikidataUnreachableException when open */
    void check() {
        if (isOpen()) {
            throw new WikidataUnreachableException("cannot reach Wikidata at " + api + ": " + failuresInARow
                    + " connection attempts in a row failed (" + describe(last) + "); check the network, "
                    + "or link from the answers cached so far with --offline");
        }
    }

    boolean isOpen() {
        return failuresInARow >= threshold;
    }

    void answered() {
        failuresInARow = 0;
        last = null;
    }

    /** Counts {@code e} when it is a failure to connect; other I/O errors neither count nor reset. */
    void failed(IOException e) {
        if (isConnectionFailure(e)) {
            failuresInARow++;
            last = e;
        }
    }

    static boolean isConnectionFailure(Throwable e) {
        return connectionFailure(e) != null;
    }

    private static Throwable connectionFailure(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof UnknownHostException || c instanceof NoRouteToHostException
                    || c instanceof HttpConnectTimeoutException || c instanceof UnresolvedAddressException) {
                return c;
            }
        }
        return null;
    }

    /** "ConnectException", "UnknownHostException: www.wikidata.org": the failure itself, not its wrappers. */
    private static String describe(Throwable e) {
        Throwable c = connectionFailure(e);
        return c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
    }
}
