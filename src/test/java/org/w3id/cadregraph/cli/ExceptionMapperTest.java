package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExceptionMapperTest {

    @Test
    void commandLineErrorsAreUsageErrors() {
        CliRun run = CliRun.of("export", "--no-such-option");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown option").doesNotContain("internal error");
    }
}
