package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.RuntimeIOException;
import org.junit.jupiter.api.Test;

class ExceptionMapperTest {
    private final ExceptionMapper mapper = new ExceptionMapper();

    @Test
    void commandLineErrorsAreUsageErrors() {
        CliRun run = CliRun.of("export", "--no-such-option");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown option").doesNotContain("internal error");
    }

    @Test
    void aFullDiskHasItsOwnCodeAndSaysSo() {
        // The real error of a write to a full device, inside what TDB2 throws when its memory-mapped file cannot
        // grow: an InternalError from SIGBUS, the I/O error only suppressed inside it (seen on a full tmpfs).
        IOException enospc = writeToFullDevice();
        InternalError tdb2 = new InternalError("a fault occurred in a recent unsafe memory access operation in compiled Java code");
        tdb2.addSuppressed(new RuntimeIOException(enospc));

        assertThat(mapper.getExitCode(tdb2)).isEqualTo(ExitCodes.DISK_FULL);
        assertThat(report(tdb2)).singleElement().asString()
                .isEqualTo("cadregraph: the disk is full (No space left on device): free some space and run again; "
                        + "what was stored before is kept");
        assertThat(mapper.getExitCode(new RuntimeIOException(enospc))).isEqualTo(ExitCodes.DISK_FULL);
    }

    @Test
    void outOfMemoryHasItsOwnCodeWhereverItIsWrapped() {
        Exception fromAWorker = new IllegalStateException("extraction worker failed on a.txt",
                new OutOfMemoryError("Java heap space"));

        assertThat(mapper.getExitCode(fromAWorker)).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(mapper.getExitCode(new OutOfMemoryError("Java heap space"))).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(report(fromAWorker)).singleElement().asString()
                .startsWith("cadregraph: out of memory (Java heap space; this JVM may use ").contains("-Xmx");
    }

    @Test
    void anOrdinaryBugStillPrintsItsTrace() {
        assertThat(mapper.getExitCode(new IllegalStateException("oops"))).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(report(new IllegalStateException("oops"))).first().asString().contains("internal error");
    }

    private java.util.List<String> report(Throwable t) {
        StringWriter err = new StringWriter();
        mapper.report(t, new PrintWriter(err));
        return err.toString().lines().toList();
    }

    private static IOException writeToFullDevice() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs Linux's /dev/full");
        try {
            Files.write(full, new byte[] {1});
        } catch (IOException e) {
            return e;
        }
        throw new AssertionError("/dev/full accepted a write");
    }
}
