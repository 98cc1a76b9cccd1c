package org.w3id.cadregraph.report;

/** A report that cannot be used: empty, binary, too large. The message is the reason, without the file name. */
public class BadReportException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadReportException(String reason) {
        super(reason);
    }
}
