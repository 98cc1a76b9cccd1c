package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RiotException;
import org.w3id.cadregraph.export.FormatException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * The one place where exceptions become exit codes and messages (Jena's {@code CmdMain.mainRun} habit):
 * a user error prints one line, only a bug prints a stack trace.
 */
final class ExceptionMapper implements IExitCodeExceptionMapper, IExecutionExceptionHandler {

    @Override
    public int getExitCode(Throwable t) {
        if (t instanceof UserException u) {
            return u.exitCode();
        }
        if (t instanceof CommandLine.ParameterException) {
            // picocli asks this mapper for command-line errors too (bad option, missing argument).
            return ExitCodes.USAGE;
        }
        if (t instanceof IOException || t instanceof UncheckedIOException || t instanceof DBOpEnvException
                || t instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP
                || t instanceof org.apache.jena.atlas.web.HttpException) {
            return ExitCodes.IO_FAILURE;
        }
        if (t instanceof QueryParseException || t instanceof RiotException || t instanceof FormatException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        int code = getExitCode(ex);
        if (code == ExitCodes.INTERNAL_ERROR) {
            cmd.getErr().println("cadregraph: internal error (a bug, please report it with this trace):");
            ex.printStackTrace(cmd.getErr());
        } else {
            cmd.getErr().println("cadregraph: " + message(ex));
        }
        cmd.getErr().flush();
        return code;
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        if (t.getCause() != null && t.getCause().getMessage() != null && !(t instanceof UserException)) {
            m = m == null ? t.getCause().getMessage() : m + ": " + t.getCause().getMessage();
        }
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
