package org.w3id.cadregraph.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.cadregraph.serve.Federation;
import org.w3id.cadregraph.serve.ServerConfig;
import org.w3id.cadregraph.serve.ServerSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of the commands that start Fuseki ({@code serve}, {@code run}): port, interfaces, configuration, federation. */
public final class ServerOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private int port;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration (default: " + ServerConfig.DEFAULT_FILE_NAME
                    + " if present, else the copy inside the jar).")
    private Path config;

    @Option(names = "--localhost", negatable = true,
            description = "Listen on the loopback interface only, so no other machine can connect "
                    + "(the default of 'run'; 'serve' listens on every interface unless given --localhost).")
    private Boolean localhost;

    @Option(names = "--federation",
            description = "Let queries call other SPARQL endpoints with SERVICE: the Wikidata Query Service, or "
                    + "the --federation-endpoint list. Off by default. Loopback, link-local and private addresses are "
                    + "never reachable.")
    private boolean federation;

    @Option(names = "--federation-endpoint", paramLabel = "URL",
            description = "An endpoint SERVICE may call (repeatable; implies --federation; replaces the default "
                    + Federation.WIKIDATA_QUERY_SERVICE_TEXT + ").")
    private List<URI> federationEndpoints = new ArrayList<>();

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

    /** The settings for a store, with the command's own default for {@code --localhost}. */
    ServerSettings settings(Path db, boolean localhostByDefault) {
        return ServerSettings.of(db, port)
                .withLocalhost(localhost != null ? localhost : localhostByDefault)
                .withFederation(federation())
                ;
    }

    private Federation federation() {
        if (!federation && federationEndpoints.isEmpty()) {
            return Federation.off();
        }
        try {
            return Federation.allow(federationEndpoints);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), "--federation-endpoint: " + e.getMessage());
        }
    }
}
