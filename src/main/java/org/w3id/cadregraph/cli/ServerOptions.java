package org.w3id.cadregraph.cli;

import java.nio.file.Path;
import org.w3id.cadregraph.serve.ServerConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --port} and {@code --config} options of the commands that start Fuseki ({@code serve}, {@code run}). */
public final class ServerOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private int port;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration (default: " + ServerConfig.DEFAULT_FILE_NAME
                    + " if present, else the copy inside the jar).")
    private Path config;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    void setPort(int port) {
        if (port < 0 || port > 65535) {
            throw new ParameterException(mixee.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        this.port = port;
    }

    public int port() {
        return port;
    }

    /** The configuration file given, or null for the default. */
    public Path config() {
        return config;
    }
}
