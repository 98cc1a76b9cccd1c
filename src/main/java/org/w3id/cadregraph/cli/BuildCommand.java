package org.w3id.cadregraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the build command lands. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Not written yet.")
public final class BuildCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException(ExitCodes.USAGE, "build is not available yet");
    }
}
