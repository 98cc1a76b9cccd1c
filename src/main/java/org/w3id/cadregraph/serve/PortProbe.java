package org.w3id.cadregraph.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Whether a port can be listened on, asked before anything slow happens: {@code run} would otherwise
 * build the whole store and only then find the port taken.
 */
public final class PortProbe {
    private PortProbe() {}

    /** True when a server could listen on {@code port} (on loopback only, or on every interface); 0 is always free. */
    public static boolean isFree(boolean loopbackOnly, int port) {
        if (port == 0) {
            return true;
        }
        InetAddress address = loopbackOnly ? InetAddress.getLoopbackAddress() : null;
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);   // as Jetty does, so a port in TIME_WAIT counts as free
            socket.bind(address == null ? new InetSocketAddress(port) : new InetSocketAddress(address, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
