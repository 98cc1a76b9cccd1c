package org.w3id.cadregraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the serve command lands (being written on its own branch). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Not written yet.")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException(ExitCodes.USAGE, "serve is not available yet");
    }
}
