package org.w3id.cadregraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the run command lands. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Not written yet.")
public final class RunCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException(ExitCodes.USAGE, "run is not available yet");
    }
}
