package org.w3id.cadregraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the extract command lands. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Not written yet.")
public final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException(ExitCodes.USAGE, "extract is not available yet");
    }
}
