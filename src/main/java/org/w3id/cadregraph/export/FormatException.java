package org.w3id.cadregraph.export;

/** An output format that cannot be used as asked; the message says what to type instead. A usage error. */
public class FormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public FormatException(String message) {
        super(message);
    }
}
