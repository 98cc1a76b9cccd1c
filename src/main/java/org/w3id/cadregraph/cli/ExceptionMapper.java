package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RiotException;
import org.w3id.cadregraph.export.FormatException;
import org.w3id.cadregraph.link.WikidataUnreachableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * The one place where exceptions become exit codes and messages (Jena's {@code CmdMain.mainRun} habit):
 * a user error prints one line, only a bug prints a stack trace.
 */
final class ExceptionMapper implements IExitCodeExceptionMapper, IExecutionExceptionHandler {

    /** The messages the JDK gives for a full disk or quota (ENOSPC, EDQUOT, Windows' ERROR_DISK_FULL). */
    private static final List<String> DISK_FULL_MESSAGES =
            List.of("No space left on device", "Disk quota exceeded", "There is not enough space on the disk");

    @Override
    public int getExitCode(Throwable t) {
        if (cause(t, OutOfMemoryError.class) != null) {
            return ExitCodes.OUT_OF_MEMORY;
        }
        if (diskFull(t) != null) {
            return ExitCodes.DISK_FULL;
        }
        if (t instanceof UserException u) {
            return u.exitCode();
        }
        if (t instanceof CommandLine.ParameterException) {
            // picocli asks this mapper for command-line errors too (bad option, missing argument).
            return ExitCodes.USAGE;
        }
        if (t instanceof IOException || t instanceof UncheckedIOException || t instanceof DBOpEnvException
                || t instanceof WikidataUnreachableException
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
        return report(ex, cmd.getErr());
    }

    /** Prints what {@code t} means to the user on {@code err} (one line, or a trace for a bug) and returns the exit code. */
    int report(Throwable t, PrintWriter err) {
        int code = getExitCode(t);
        if (code == ExitCodes.OUT_OF_MEMORY || code == ExitCodes.DISK_FULL) {
            err.println("cadregraph: " + fatalMessage(t));
        } else if (code == ExitCodes.INTERNAL_ERROR) {
            err.println("cadregraph: internal error (a bug, please report it with this trace):");
            t.printStackTrace(err);
        } else {
            err.println("cadregraph: " + message(t));
        }
        err.flush();
        return code;
    }

    /**
     * One line for an exhausted resource, whatever wrapped it (TDB2's FileException, an executor's
     * ExecutionException): the cause, and what to do.
     */
    static String fatalMessage(Throwable t) {
        OutOfMemoryError oom = cause(t, OutOfMemoryError.class);
        if (oom != null) {
            return "out of memory (" + oom.getMessage() + "; this JVM may use " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB of heap): run it with more, e.g. java -Xmx4g -jar cadregraph.jar ...; what was stored before is kept";
        }
        Throwable full = diskFull(t);
        if (full != null) {
            return "the disk is full (" + full.getMessage() + "): free some space and run again; "
                    + "what was stored before is kept";
        }
        return message(t);
    }

    /**
     * The exception that says the disk is full, among the causes and suppressed exceptions of {@code t}. TDB2
     * writes through memory-mapped files: on a full disk the JVM gets SIGBUS and throws an InternalError ("a fault
     * occurred in a recent unsafe memory access operation"), with the I/O error only suppressed inside it.
     */
    private static Throwable diskFull(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c.getMessage();
            if (m != null && DISK_FULL_MESSAGES.stream().anyMatch(m::contains)) {
                Throwable deeper = diskFull(c.getCause());   // the JDK's own words, not a wrapper's "IOException: …"
                return deeper != null ? deeper : c;
            }
            for (Throwable suppressed : c.getSuppressed()) {
                Throwable found = diskFull(suppressed);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        if (t.getCause() != null && t.getCause().getMessage() != null && !(t instanceof UserException)) {
            m = m == null ? t.getCause().getMessage() : m + ": " + t.getCause().getMessage();
        }
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
