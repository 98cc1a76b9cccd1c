package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples as the README uses them: samples/ builds clean, samples-bad/ shows a rejection. */
class SamplesTest {
    @Test
    void theRejectedSamplesAreRejectedByNameAndReason(@TempDir Path dir) {
        CliRun run = CliRun.of("build", "samples-bad", "--db", dir.resolve("db").toString(), "--no-progress");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REPORTS_REJECTED);
        assertThat(run.err()).contains("rejected", "empty.txt", "empty file");
    }
}
