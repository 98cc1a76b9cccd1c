package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.dboe.DBOpEnvException;
import org.w3id.cadregraph.link.LinkSettings;
import org.w3id.cadregraph.link.LinkSummary;
import org.w3id.cadregraph.link.Linker;
import org.w3id.cadregraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code link}: owl:sameAs links to Wikidata, from the gazetteers and optionally from Wikidata itself. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link regions, bodies and officials in the store to Wikidata. The links replace the graph "
                + "https://w3id.org/cadregraph/id/links; each carries a cg:Assertion with its confidence and method.",
                "Without --online or --offline only the offline gazetteers are used."})
public final class LinkCommand implements Callable<Integer> {

    @Mixin
    private StoreOptions store;

    // Not an exclusive @ArgGroup: picocli's parse errors get their exit code from ExceptionMapper, which
    // does not map ParameterException to USAGE; checked in settings() instead, so the user gets 2.
    @Option(names = "--online", description = "Also reconcile with Wikidata over the network (answers are cached).")
    private boolean online;

    @Option(names = "--offline", description = "Also reconcile with Wikidata, answering from the cache only; never uses the network.")
    private boolean offline;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Wikidata answer cache (default: " + LinkSettings.DEFAULT_CACHE_NAME + " next to the database).")
    private Path cache;

    @Option(names = "--api", paramLabel = "URL", defaultValue = "https://www.wikidata.org/w/api.php",
            description = "Wikidata Action API endpoint (default: ${DEFAULT-VALUE}).")
    private URI api;

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.8",
            description = "Least confidence of a Wikidata link, in (0, 1] (default: ${DEFAULT-VALUE}).")
    private double threshold;

    @Option(names = "--rate-limit-ms", paramLabel = "MS", defaultValue = "500",
            description = "Least time between two Wikidata requests (default: ${DEFAULT-VALUE}).")
    private long rateLimitMs;

    @Option(names = "--timeout-s", paramLabel = "S", defaultValue = "20",
            description = "Timeout of one Wikidata request (default: ${DEFAULT-VALUE}).")
    private long timeoutS;

    @Mixin
    private LoggingMixin logging;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LinkSettings settings = settings();
        Path db = store.db();
        if (!Files.isDirectory(db)) {
            throw new UserException(ExitCodes.IO_FAILURE, "no database at " + db + " (build one first)");
        }
        LinkSummary summary;
        try (TdbStore tdb = open(db)) {
            summary = Linker.run(tdb, settings);
        }
        spec.commandLine().getOut().println(summary.describe());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static TdbStore open(Path db) {
        try {
            return TdbStore.open(db);
        } catch (DBOpEnvException e) {
            throw StoreInUse.explain(db, e, StoreInUse.Action.LINK);
        }
    }

    private LinkSettings settings() {
        if (online && offline) {
            throw new UserException(ExitCodes.USAGE, "--online and --offline are mutually exclusive");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new UserException(ExitCodes.USAGE, "--threshold must be in (0, 1]: " + threshold);
        }
        if (rateLimitMs < 0 || timeoutS <= 0) {
            throw new UserException(ExitCodes.USAGE, "--rate-limit-ms must be >= 0 and --timeout-s > 0");
        }
        String scheme = api.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new UserException(ExitCodes.USAGE, "--api must be an http(s) URL: " + api);
        }
        LinkSettings.Mode mode = online ? LinkSettings.Mode.ONLINE
                : offline ? LinkSettings.Mode.OFFLINE : LinkSettings.Mode.GAZETTEER;
        Path cacheFile = cache != null ? cache : LinkSettings.defaultCacheFile(store.db());
        return new LinkSettings(mode, cacheFile, api, threshold, Duration.ofMillis(rateLimitMs), Duration.ofSeconds(timeoutS));
    }
}
