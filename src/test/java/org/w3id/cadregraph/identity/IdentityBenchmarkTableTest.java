package org.w3id.cadregraph.identity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The identity benchmark's table: several worlds measured in one run (one JVM, the models loaded once), skipped
 * unless the worlds are given. A world is its options joined by {@code +}: a seed, {@code dense}, {@code regionless},
 * {@code rich} (rich careers); {@code default} is the default seed alone. With {@code -Didentity.benchmark.explain=true}
 * each world's wrong joins and splits are printed too, with the reasons the rule gave. With
 * {@code -Didentity.benchmark.cache=DIR} each world's extracted reports are kept in {@code DIR/<world>-<digest>.nq} and
 * read from there on the next run (identity alone is then measured again). The digest is that of the compiled
 * extraction classes and resources, so a change of the rules extracts again instead of reading another extractor's
 * reports.
 *
 * <pre>
 *   mvn -B -o -q test -Dtest=IdentityBenchmarkTableTest -Didentity.benchmark.worlds=default,7,99,dense,regionless,rich,rich+dense+7
 * </pre>
 */
class IdentityBenchmarkTableTest {
    @Test
    @EnabledIfSystemProperty(named = "identity.benchmark.worlds", matches = ".+")
    void table() throws IOException {
        for (String world : System.getProperty("identity.benchmark.worlds").split(",")) {
            long seed = 20261207L;
            boolean dense = false;
            boolean regionless = false;
            boolean rich = false;
            for (String option : world.strip().split("\\+")) {
                switch (option) {
                    case "default" -> { }
                    case "dense" -> dense = true;
                    case "regionless" -> regionless = true;
                    case "rich" -> rich = true;
                    default -> seed = Long.parseLong(option);
                }
            }
            String cache = System.getProperty("identity.benchmark.cache", "");
            String extraction = cache.isEmpty() ? "" : ExtractionDigest.of(Path.of("target/classes"));
            IdentityBenchmarkTest.Pairwise[] r = IdentityBenchmarkTest.measure(new IdentityBenchmark(seed, dense, regionless, rich),
                    Path.of("target/identity-benchmark-table"), cache.isEmpty() ? null : Path.of(cache, world.strip() + "-" + extraction + ".nq"));
            System.out.printf(Locale.ROOT, "world %-24s %s%n", world.strip(), r[1].describe("(before: " + String.format(Locale.ROOT,
                    "P %.3f R %.3f)", r[0].precision(), r[0].recall())));
        }
    }
}
