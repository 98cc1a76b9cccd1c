package org.w3id.cadregraph.cli;

/** The process exit codes of every command, named once so scripts can rely on them. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** Some reports were rejected; the others were processed and stored. ({@code validate}: the data does not conform.) */
    public static final int REPORTS_REJECTED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** A file, the store or the network failed. */
    public static final int IO_FAILURE = 3;
    /** A bug: the stack trace is printed. */
    public static final int INTERNAL_ERROR = 4;
    /** The disk is full: nothing half-written was kept, what was stored before is. */
    public static final int DISK_FULL = 5;
    /** The Java heap is exhausted: run again with a larger {@code -Xmx}. */
    public static final int OUT_OF_MEMORY = 6;

    private ExitCodes() {}
}
