package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchFolderTest {
    @TempDir
    Path dir;

    /** A folder as a killed run leaves it: spool files and a lock file that nobody holds, made an hour ago. */
    private Path leftByAKilledRun(String name) throws IOException {
        Path d = Files.createDirectories(dir.resolve(ScratchFolder.PREFIX + name));
        Files.createDirectories(d.resolve("spool")).resolve("reports.bin").toFile().createNewFile();
        Path lock = Files.createFile(d.resolve(".lock"));
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        return d;
    }

    @Test
    void theNextRunDeletesWhatAKilledRunLeftAndItsOwnFolderOnClose() throws IOException {
        Path stale = leftByAKilledRun("1");
        Path mine;
        try (ScratchFolder scratch = ScratchFolder.create(dir)) {
            mine = scratch.dir();
            assertThat(stale).doesNotExist();
            assertThat(mine).isDirectory().hasParent(dir);
            assertThat(mine.getFileName().toString()).startsWith(ScratchFolder.PREFIX);
        }
        assertThat(mine).doesNotExist();
    }

    @Test
    void aLiveRunsFolderIsLeftAlone() throws IOException {
        try (ScratchFolder running = ScratchFolder.create(dir)) {
            Files.setLastModifiedTime(running.dir().resolve(".lock"),
                    FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
            assertThat(ScratchFolder.clearStale(dir)).isZero();
            try (ScratchFolder second = ScratchFolder.create(dir)) {
                assertThat(running.dir()).isDirectory();
                assertThat(second.dir()).isNotEqualTo(running.dir());
            }
            assertThat(running.dir()).isDirectory();
        }
    }

    @Test
    void aFolderWithoutALockOrWithAFreshOneIsLeftAlone() throws IOException {
        Path older = Files.createDirectories(dir.resolve(ScratchFolder.PREFIX + "old-version"));
        Path starting = Files.createDirectories(dir.resolve(ScratchFolder.PREFIX + "starting"));
        Files.createFile(starting.resolve(".lock"));
        Path other = Files.createDirectories(dir.resolve("not-ours"));
        assertThat(ScratchFolder.clearStale(dir)).isZero();
        assertThat(older).isDirectory();
        assertThat(starting).isDirectory();
        assertThat(other).isDirectory();
    }
}
