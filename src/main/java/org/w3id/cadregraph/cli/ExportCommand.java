package org.w3id.cadregraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the export command lands (being written on its own branch). */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Not written yet.")
public final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException(ExitCodes.USAGE, "export is not available yet");
    }
}
