package org.w3id.cadregraph.serve;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a served store is: where, on which port, reachable from where, and allowed to query what.
 *
 * @param db         the TDB2 database directory
 * @param port       the HTTP port, 0 for any free one
 * @param localhost  bind the loopback interface only (no other machine can connect)
 * @param federation which SERVICE endpoints queries may call; {@link Federation#off()} by default
 */
public record ServerSettings(Path db, int port, boolean localhost, Federation federation) {
    public ServerSettings {
        Objects.requireNonNull(db);
        Objects.requireNonNull(federation);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** All interfaces, no federation. */
    public static ServerSettings of(Path db, int port) {
        return new ServerSettings(db, port, false, Federation.off());
    }

    public ServerSettings withLocalhost(boolean onlyLocalhost) {
        return new ServerSettings(db, port, onlyLocalhost, federation);
    }

    public ServerSettings withFederation(Federation f) {
        return new ServerSettings(db, port, localhost, f);
    }
}
