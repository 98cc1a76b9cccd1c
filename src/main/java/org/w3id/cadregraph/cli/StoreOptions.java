package org.w3id.cadregraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that opens the TDB2 store. */
public final class StoreOptions {
    /** Must agree with {@code tdb2:location} in {@code fuseki-config/config.ttl}. */
    public static final String DEFAULT_DB = "cadregraph-db";

    @Option(names = "--db", paramLabel = "DIR", defaultValue = DEFAULT_DB,
            description = "TDB2 database directory (default: ${DEFAULT-VALUE}).")
    private Path db;

    public Path db() {
        return db;
    }
}
