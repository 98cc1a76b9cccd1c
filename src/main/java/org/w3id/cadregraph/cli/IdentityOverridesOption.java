package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.system.Txn;
import org.w3id.cadregraph.identity.IdentityResolver;
import org.w3id.cadregraph.identity.OverrideFile;
import org.w3id.cadregraph.store.TdbStore;
import picocli.CommandLine.Option;

/**
 * {@code --identity-overrides FILE}, on the commands that resolve identity: a researcher's "same" and "different"
 * decisions, stored in the store's graph of overrides so that every later run keeps them without the option.
 */
public final class IdentityOverridesOption {
    @Option(names = "--identity-overrides", paramLabel = "FILE",
            description = "A researcher's identity decisions, one a line: 'same' or 'different', two officials "
                    + "(official/NAME, or official/NAME@graph/REPORT for one report's mention), a reason. Stored in the "
                    + "store, replacing the decisions stored before; later runs keep them without this option.")
    private Path file;

    /** The file read, before anything is built: a missing or unreadable file is a usage error (exit 2). */
    Optional<OverrideFile> read() {
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OverrideFile.read(file));
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCodes.USAGE, file + ": no such file (--identity-overrides)", e);
        } catch (IOException e) {
            throw new UserException(ExitCodes.USAGE, file + ": cannot read the identity overrides: " + e.getMessage(), e);
        }
    }

    /** Stores the decisions and resolves their names again; says what was applied and names every line that was not. */
    static void apply(TdbStore tdb, Optional<OverrideFile> overrides, PrintWriter out) {
        if (overrides.isEmpty()) {
            return;
        }
        var dsg = tdb.datasetGraph();
        IdentityResolver.OverrideSummary s = Txn.calculateWrite(dsg,
                () -> IdentityResolver.createDefault().applyOverrides(dsg, overrides.get()));
        s.problems().forEach(p -> out.println("identity override not applied: " + p));
        out.println(s.describe());
    }
}
