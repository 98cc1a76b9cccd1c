package org.w3id.cadregraph.pipeline;

import java.nio.file.Path;

/**
 * Something wrong with one input file, reported once to a {@link ProblemHandler}.
 *
 * @param file     the report file
 * @param severity how bad: a warning keeps the report, an error rejects it
 * @param reason   what is wrong, for a person to read
 */
public record Problem(Path file, Severity severity, String reason) {
    public enum Severity { WARNING, ERROR }

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
