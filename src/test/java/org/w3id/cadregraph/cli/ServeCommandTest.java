package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.store.SmallStore;

/**
 * The refusals of {@code cadregraph serve}, which happen before the server starts. Serving itself
 * blocks until interrupted; FusekiLauncherTest covers it through the same launcher.
 */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void refusesAMissingDatabaseWithoutCreatingIt() {
        Path missing = dir.resolve("no-such-db");

        CliRun run = CliRun.of("serve", "--db", missing.toString(), "--port", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(run.err().lines()).singleElement().asString().contains("no database at", missing.toString());
        assertThat(missing).doesNotExist();
    }

    @Test
    void refusesADirectoryWithoutTdb2() throws Exception {
        Path notDb = Files.createDirectory(dir.resolve("reports"));
        Files.writeString(notDb.resolve("a.txt"), "not a database");

        CliRun run = CliRun.of("serve", "--db", notDb.toString(), "--port", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(run.err()).contains("holds no TDB2 database");
        assertThat(notDb).isDirectoryNotContaining("glob:**Data-*");
    }

    @Test
    void refusesAMissingConfigFile() {
        SmallStore.create(dir.resolve("db"));

        CliRun run = CliRun.of("serve", "--db", dir.resolve("db").toString(), "--port", "0",
                "--config", dir.resolve("nope.ttl").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(run.err()).contains("no such Fuseki configuration file");
    }

    @Test
    void refusesAConfigWithoutTdb2Location() throws Exception {
        SmallStore.create(dir.resolve("db"));
        Path config = Files.writeString(dir.resolve("bad.ttl"),
                "PREFIX fuseki: <http://jena.apache.org/fuseki#>\n[] a fuseki:Server .\n");

        CliRun run = CliRun.of("serve", "--db", dir.resolve("db").toString(), "--port", "0",
                "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("bad Fuseki configuration", "tdb2:location");
    }

    @Test
    void aPortInUseIsOneLineAndExit3() throws Exception {
        SmallStore.create(dir.resolve("db"));
        try (ServerSocket taken = new ServerSocket(0)) {
            CliRun run = CliRun.of("serve", "--db", dir.resolve("db").toString(), "--port", String.valueOf(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
            assertThat(run.err().lines()).singleElement().asString()
                    .contains("port " + taken.getLocalPort() + " is already in use", "--port");
        }
    }

    @Test
    void runChecksThePortBeforeItBuilds() throws Exception {
        Path db = dir.resolve("never-built");
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("run", "samples", "--db", db.toString(), "--no-progress",
                    "--port", String.valueOf(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
            assertThat(run.err().lines()).singleElement().asString().contains("is already in use");
            assertThat(db).doesNotExist();
        }
    }

    @Test
    void federationEndpointsMustBeHttpUrls() {
        CliRun run = CliRun.of("serve", "--db", dir.resolve("db").toString(), "--federation-endpoint", "file:///etc/passwd");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("not an http(s) endpoint URL");
    }

    @Test
    void refusesAPortOutOfRange() {
        CliRun run = CliRun.of("serve", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--port");
    }
}
