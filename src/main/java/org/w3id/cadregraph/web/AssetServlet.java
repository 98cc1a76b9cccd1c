package org.w3id.cadregraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * {@code /assets/*}: the style sheet and scripts of the pages, and Cytoscape.js from its WebJar,
 * all from the jar, so the pages need no network. Only the files named here are served.
 */
final class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String OURS = "org/w3id/cadregraph/web/assets/";
    private static final String CYTOSCAPE_POM = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

    private record Asset(String resource, String mediaType) {}

    private final transient Map<String, Asset> assets = Map.of(
            "/pages.css", new Asset(OURS + "pages.css", "text/css"),
            "/network.js", new Asset(OURS + "network.js", "text/javascript"),
            "/cytoscape.min.js", new Asset("META-INF/resources/webjars/cytoscape/" + cytoscapeVersion()
                    + "/dist/cytoscape.min.js", "text/javascript"));

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageServlet.securityHeaders(response);
        Asset asset = assets.get(request.getPathInfo());
        InputStream in = asset == null ? null : AssetServlet.class.getClassLoader().getResourceAsStream(asset.resource());
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            response.setContentType(asset.mediaType() + ";charset=UTF-8");
            response.setHeader("Cache-Control", "public, max-age=3600");
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
            out.flush();
        }
    }

    /** The version of the Cytoscape WebJar on the classpath: its files sit under a folder of that name. */
    static String cytoscapeVersion() {
        try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(CYTOSCAPE_POM)) {
            if (in == null) {
                throw new IllegalStateException("the Cytoscape.js WebJar is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
