package org.w3id.cadregraph.link;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a link run goes, as the {@code link} command (or {@code build --link}) was told.
 *
 * @param mode      gazetteers only (the default), or also Wikidata online or from the cache alone
 * @param cacheFile the request cache (used online and offline)
 * @param api       the Wikidata {@code api.php} endpoint
 * @param threshold the least confidence of a Wikidata link, in (0, 1]
 * @param rateLimit the least time between two requests
 * @param timeout   per request
 */
public record LinkSettings(Mode mode, Path cacheFile, URI api, double threshold, Duration rateLimit, Duration timeout) {
    public static final String DEFAULT_CACHE_NAME = "cadregraph-links-cache.json";
    public static final double DEFAULT_THRESHOLD = 0.8;

    /** Where links come from. */
    public enum Mode {
        /** The offline gazetteers only; no cache, no network. */
        GAZETTEER,
        /** Gazetteers, then Wikidata through the cache; misses go to the network and are cached. */
        ONLINE,
        /** Gazetteers, then Wikidata answers from the cache only; a miss is no link, the network is never touched. */
        OFFLINE
    }

    public LinkSettings {
        Objects.requireNonNull(mode);
        Objects.requireNonNull(cacheFile);
        Objects.requireNonNull(api);
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the threshold must be in (0, 1]: " + threshold);
        }
        if (rateLimit.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the rate limit must be >= 0 and the timeout > 0");
        }
    }

    /** The default settings for a database: gazetteers only, the cache file next to the database directory. */
    public static LinkSettings defaults(Path db) {
        return new LinkSettings(Mode.GAZETTEER, defaultCacheFile(db), WikidataClient.DEFAULT_API, DEFAULT_THRESHOLD,
                Duration.ofMillis(500), Duration.ofSeconds(20));
    }

    /** {@code cadregraph-links-cache.json} in the directory that holds the database directory. */
    public static Path defaultCacheFile(Path db) {
        return db.toAbsolutePath().normalize().resolveSibling(DEFAULT_CACHE_NAME);
    }

    public LinkSettings withMode(Mode m) {
        return new LinkSettings(m, cacheFile, api, threshold, rateLimit, timeout);
    }
}
