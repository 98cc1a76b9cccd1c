package org.w3id.cadregraph.pipeline;

/** A programming error inside a stage while one report was extracted; its cause is the original exception. */
public final class ExtractionBug extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExtractionBug(RuntimeException cause) {
        super(cause);
    }
}
