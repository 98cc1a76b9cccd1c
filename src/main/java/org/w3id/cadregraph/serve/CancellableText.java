package org.w3id.cadregraph.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string that a regular expression reads through, which stops the match when its query is cancelled.
 *
 * <p>ARQ checks a query's cancel signal between the rows it produces, but one {@code regex()} call on a
 * long string with a pattern that backtracks exponentially runs inside a single row for minutes, long
 * after the timeout. {@code java.util.regex} reads its input only through {@link #charAt}, so checking the
 * signal there (every 1024 reads, one volatile read each time) bounds the match by the query's timeout.
 */
final class CancellableText implements CharSequence {
    private static final int CHECK_EVERY = 1024;

    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    /** {@code text} itself when there is no signal to watch (outside a query execution). */
    static CharSequence of(String text, AtomicBoolean cancelled) {
        return cancelled == null ? text : new CancellableText(text, cancelled);
    }

    @Override
    public char charAt(int index) {
        if (++reads % CHECK_EVERY == 0 && cancelled.get()) {
            throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}
