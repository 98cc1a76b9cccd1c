package org.w3id.cadregraph.cli;

/**
 * A failure the user can fix (a missing input, a store that cannot be opened, a bad query).
 * Its message is printed without a stack trace and its exit code is taken from it.
 */
public class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public UserException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
