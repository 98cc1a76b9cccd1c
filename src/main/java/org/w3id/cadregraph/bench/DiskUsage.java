package org.w3id.cadregraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The disk space a store takes. TDB2 files are sparse (grown in 8 MB steps, mostly holes), so their lengths say
 * little: the blocks allocated do, as {@code du} reports them.
 */
final class DiskUsage {
    private DiskUsage() {}

    static long kilobytes(Path dir) throws IOException, InterruptedException {
        Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (du.waitFor() != 0) {
            throw new IOException("du failed on " + dir + ": " + out);
        }
        return Long.parseLong(out.split("\\s+")[0]);
    }

    static String mb(long kb) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", kb / 1024.0);
    }
}
