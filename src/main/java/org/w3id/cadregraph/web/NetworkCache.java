package org.w3id.cadregraph.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.w3id.cadregraph.network.CoAttendanceNetwork;
import org.w3id.cadregraph.network.NetworkFilter;

/**
 * The networks computed lately, by filter: the page, its data and its downloads ask for the same
 * network one after another, and the served store does not change, so each is computed once.
 */
final class NetworkCache {
    private static final int CAPACITY = 16;

    private final Map<NetworkFilter, CoAttendanceNetwork> networks = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<NetworkFilter, CoAttendanceNetwork> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The network of {@code filter}, computed by {@code compute} unless it is cached. */
    CoAttendanceNetwork get(NetworkFilter filter, Function<NetworkFilter, CoAttendanceNetwork> compute) {
        synchronized (networks) {
            CoAttendanceNetwork cached = networks.get(filter);
            if (cached != null) {
                return cached;
            }
        }
        // Computed outside the lock, so one slow network does not hold up the others.
        CoAttendanceNetwork network = compute.apply(filter);
        synchronized (networks) {
            networks.put(filter, network);
        }
        return network;
    }
}
