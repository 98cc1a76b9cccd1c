package org.w3id.cadregraph.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Option;

/**
 * {@code -v}, {@code -vv}, {@code -vvv}: raises the log level of the application's loggers.
 * The level is applied to Log4j2 when the option is parsed, so no static verbosity flag exists.
 */
public final class LoggingMixin {
    @Option(names = {"-v", "--verbose"},
            description = "More log output on stderr: -v each report (debug), -vv everything (trace).")
    public void setVerbose(boolean[] verbose) {
        if (verbose.length == 0) {
            return;
        }
        Level level = verbose.length == 1 ? Level.DEBUG : Level.TRACE;
        Configurator.setLevel("org.w3id.cadregraph", level);
        Configurator.setLevel("cadregraph", level);
    }

    @Option(names = {"-q", "--quiet"}, description = "Only warnings and errors on stderr.")
    public void setQuiet(boolean quiet) {
        if (quiet) {
            Configurator.setLevel("org.w3id.cadregraph", Level.WARN);
            Configurator.setLevel("cadregraph", Level.WARN);
        }
    }
}
