package org.w3id.cadregraph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept downloads are served only for the summary and the writers they were written with. */
class NetworkDownloadsTest {
    private static final CoAttendanceNetwork NETWORK = new CoAttendanceNetwork(
            List.of(new NetworkNode("https://w3id.org/cadregraph/id/official/a", "Li A", 2),
                    new NetworkNode("https://w3id.org/cadregraph/id/official/b", "Bo B", 2)),
            List.of(new NetworkEdge("https://w3id.org/cadregraph/id/official/a",
                    "https://w3id.org/cadregraph/id/official/b", 2)), 2);

    @TempDir
    Path db;

    @Test
    void filesWrittenByOtherWritersAreNotServed() throws IOException {
        assertThat(NetworkDownloads.write(db, NETWORK, "f1", "0.1+aaaa")).isTrue();

        assertThat(NetworkDownloads.isCurrent(db, "f1", "0.1+aaaa")).isTrue();
        Path csv = NetworkDownloads.file(db, NetworkFormat.CSV_EDGES, "f1", "0.1+aaaa").orElseThrow();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(csv))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("Li A", "Bo B");
        }
        assertThat(NetworkDownloads.isCurrent(db, "f1", "0.1+bbbb")).isFalse();
        assertThat(NetworkDownloads.file(db, NetworkFormat.CSV_EDGES, "f1", "0.1+bbbb")).isEmpty();
        assertThat(NetworkDownloads.isCurrent(db, "f2", "0.1+aaaa")).isFalse();
    }

    @Test
    void writingAgainReplacesTheStamp() {
        NetworkDownloads.write(db, NETWORK, "f1", "0.1+aaaa");
        NetworkDownloads.write(db, NETWORK, "f1", "0.1+bbbb");

        assertThat(NetworkDownloads.isCurrent(db, "f1", "0.1+bbbb")).isTrue();
        assertThat(NetworkDownloads.isCurrent(db, "f1", "0.1+aaaa")).isFalse();
        assertThat(db.resolve(NetworkDownloads.DIRECTORY + ".new")).doesNotExist();
    }
}
