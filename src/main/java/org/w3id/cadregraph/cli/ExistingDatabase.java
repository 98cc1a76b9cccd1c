package org.w3id.cadregraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.tdb2.sys.DatabaseOps;

/**
 * The check made before reading a store: TDB2 creates an empty database wherever it is pointed, so
 * a mistyped {@code --db} would otherwise serve, query or export nothing, without a word.
 */
final class ExistingDatabase {
    private ExistingDatabase() {}

    /** Returns {@code db}, or fails with exit code 3 when it holds no TDB2 database. */
    static Path require(Path db) {
        if (!Files.isDirectory(db)) {
            throw new UserException(ExitCodes.IO_FAILURE,
                    "no database at " + db + ": build one with `cadregraph build`, or give --db DIR");
        }
        if (DatabaseOps.findStorageLocation(db) == null) {
            throw new UserException(ExitCodes.IO_FAILURE, db + " holds no TDB2 database");
        }
        return db;
    }

    /** What a store's folder holds beside TDB2's {@code Data-NNNN}: cadregraph's own files, and nothing a user keeps. */
    private static final java.util.Set<String> STORE_FILES = java.util.Set.of("tdb.lock", "text-index", "network-downloads",
            "cadregraph-server.properties", "cadregraph-server.properties.partial");

    /**
     * Returns {@code db} when a build or load may write a store there: nothing there yet, an empty folder, or a
     * store. A folder of other files ({@code --db samples}, {@code --db ~/Documents}: a slip of the argument) fails
     * with a usage error before anything is written, rather than TDB2 making a store among the user's files.
     */
    static Path requireStoreOrEmpty(Path db) throws java.io.IOException {
        if (!Files.isDirectory(db) || DatabaseOps.findStorageLocation(db) != null) {
            return db;
        }
        try (var entries = Files.list(db)) {
            java.util.List<String> others = entries.map(p -> p.getFileName().toString())
                    .filter(name -> !STORE_FILES.contains(name)).sorted().limit(3).toList();
            if (!others.isEmpty()) {
                throw new UserException(ExitCodes.USAGE, db + " is a folder of other files (" + String.join(", ", others)
                        + (others.size() == 3 ? ", …" : "") + "), not a store: give --db a new or empty folder, or a store's");
            }
        }
        return db;
    }
}
