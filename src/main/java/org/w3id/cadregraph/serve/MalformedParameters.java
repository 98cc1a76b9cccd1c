package org.w3id.cadregraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * A request whose parameters Jetty cannot decode ({@code ?q=%FF}: not UTF-8; {@code ?q=%G1}: not percent-encoding;
 * the same in a form body) is the client's error: 400 before any servlet runs. Otherwise the first servlet to read
 * a parameter (Fuseki's SPARQL endpoint, the search and network pages) gets Jetty's exception and answers 500,
 * with a stack trace in the log for every such request. Jetty parses the parameters once per request, so reading
 * them here costs the servlets nothing.
 */
final class MalformedParameters implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            request.getParameterMap();
        } catch (BadMessageException e) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_BAD_REQUEST,
                    "The request's parameters are not UTF-8 percent-encoding (" + e.getReason() + ")");
            return;
        }
        chain.doFilter(request, response);
    }
}
