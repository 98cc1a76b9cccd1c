package org.w3id.cadregraph.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.web.HttpSC;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * The rows of a SELECT as Fuseki streams them, so that a timeout in the middle of the stream becomes an HTTP
 * error. Fuseki would catch the {@link QueryCancelledException} and append a "Query cancelled" comment to
 * the 200 response, which makes JSON and XML results invalid and looks complete to a client that does not
 * parse them. Here the timeout passes Fuseki's writer as a {@link TimedOut}, and once the writer has
 * flushed what it held, {@link #respond} decides:
 * <ul>
 * <li>nothing sent yet (the rows so far still fit in the response buffer): the buffer is dropped and the
 *     client gets 503 with a one-line reason;</li>
 * <li>part of the results already sent (the status line is out): the connection is closed before the end
 *     of the chunked body, which every HTTP client reports as an error, not as a short result.</li>
 * </ul>
 */
final class TimedOutResults implements RowSet {
    /** The query timed out while its results were being written. */
    static final class TimedOut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TimedOut(QueryCancelledException cause) {
            super("query timed out while its results were being sent", cause, false, false);
        }
    }

    private final RowSet rows;

    TimedOutResults(RowSet rows) {
        this.rows = rows;
    }

    @Override
    public boolean hasNext() {
        try {
            return rows.hasNext();
        } catch (QueryCancelledException e) {
            throw new TimedOut(e);
        }
    }

    @Override
    public Binding next() {
        try {
            return rows.next();
        } catch (QueryCancelledException e) {
            throw new TimedOut(e);
        }
    }

    @Override
    public List<Var> getResultVars() {
        return rows.getResultVars();
    }

    @Override
    public long getRowNumber() {
        return rows.getRowNumber();
    }

    @Override
    public void close() {
        rows.close();
    }

    /** The error for a {@link TimedOut} that came out of Fuseki's writer; the response is dealt with first. */
    static ActionErrorException respond(HttpAction action, long timeoutMillis) {
        String limit = timeoutMillis > 0 ? " after " + timeoutMillis / 1000.0 + " s" : "";
        return abandon(action, "query timed out" + limit + " (this server's limit): narrow it or add a LIMIT");
    }

    /**
     * Ends a response whose query was given up while its results were being sent: 503 with {@code reason} when
     * nothing was sent yet, else the connection is closed so that the client sees an incomplete body.
     */
    static ActionErrorException abandon(HttpAction action, String reason) {
        HttpServletResponse response = action.getResponse();
        if (response.isCommitted()) {
            // Closing the connection is the one signal HTTP/1.1 has for "this body is not complete": the chunked
            // body never gets its last chunk. The error below then finds the connection closed and writes nothing.
            action.log.info("[{}] {} after part of the results was sent: connection closed", action.id, reason);
            ServletContextRequest.getServletContextRequest(action.getRequest()).getConnectionMetaData()
                    .getConnection().getEndPoint().close();
        } else {
            response.resetBuffer();
        }
        return new ActionErrorException(HttpSC.SERVICE_UNAVAILABLE_503, reason, null);
    }
}
