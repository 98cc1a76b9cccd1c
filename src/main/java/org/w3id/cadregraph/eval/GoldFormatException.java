package org.w3id.cadregraph.eval;

/** A gold file that cannot be read or does not follow the schema; the message names the file. */
public class GoldFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public GoldFormatException(String message) {
        super(message);
    }

    public GoldFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
