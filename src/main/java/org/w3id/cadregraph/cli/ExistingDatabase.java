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
}
