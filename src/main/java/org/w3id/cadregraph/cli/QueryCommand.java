package org.w3id.cadregraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the query command lands (being written on its own branch). */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Not written yet.")
public final class QueryCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException(ExitCodes.USAGE, "query is not available yet");
    }
}
