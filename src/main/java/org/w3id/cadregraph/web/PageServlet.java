package org.w3id.cadregraph.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every servlet of the pages does alike: attach to the served store, send the security headers,
 * render a page, and turn a failure into an error page. Only GET and HEAD are answered: the pages are
 * read-only, so every other method gets 405 from {@link HttpServlet}.
 */
abstract class PageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(PageServlet.class);
    /**
     * Scripts and styles only from this server: nothing inline, nothing from elsewhere, so even a
     * value that escaped escaping could not run. Images may be data: URLs (the network's PNG export).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    protected final transient Site site;

    PageServlet(Site site) {
        this.site = site;
    }

    @Override
    public void init() throws ServletException {
        site.attach(getServletContext());
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        securityHeaders(response);
        try {
            get(request, response);
        } catch (BadRequestException e) {
            sendError(response, HttpServletResponse.SC_BAD_REQUEST, "Bad request", e.getMessage());
        } catch (Site.SearchIndexNotReady e) {
            response.setHeader("Retry-After", "30");
            sendError(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Not ready yet",
                    "The search index is still being read from the store (once, after the server starts; on a large "
                            + "store this takes a minute or so). Try again shortly.");
        } catch (QueryCancelledException e) {
            log.warn("{}: a query ran out of time", request.getRequestURI());
            sendError(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Too slow",
                    "A query behind this page took longer than " + site.store().timeout().toSeconds()
                            + " s and was stopped. Narrow it down, or run its SPARQL query on the endpoint.");
        } catch (RuntimeException e) {
            log.error("{}: {}", request.getRequestURI(), e.toString(), e);
            sendError(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Error",
                    "The page could not be made. The server log has the details.");
        }
    }

    /** Answers a GET (and HEAD); throws {@link BadRequestException} for a request that cannot be answered. */
    protected abstract void get(HttpServletRequest request, HttpServletResponse response) throws IOException;

    static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    protected void render(HttpServletResponse response, int status, Page page) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        site.templates().render(page, out);
        out.flush();
    }

    protected void sendError(HttpServletResponse response, int status, String title, String message)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        render(response, status, Page.site("error", title, List.of(), new ErrorView(status, message)));
    }

    /** What an error page says. */
    record ErrorView(int status, String message) {}

    /** A request the pages cannot answer as asked: the message says why, and goes to the user. */
    static final class BadRequestException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequestException(String message) {
            super(message);
        }
    }
}
