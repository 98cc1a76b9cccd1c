package org.w3id.cadregraph.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.cadregraph.network.CoAttendanceNetwork;
import org.w3id.cadregraph.network.NetworkDownloads;
import org.w3id.cadregraph.network.NetworkEdge;
import org.w3id.cadregraph.network.NetworkFilter;
import org.w3id.cadregraph.network.NetworkFormat;
import org.w3id.cadregraph.network.NetworkNode;
import org.w3id.cadregraph.network.NetworkOverview;
import org.w3id.cadregraph.network.NetworkQuery;
import org.w3id.cadregraph.network.NetworkSummary;

/**
 * {@code /network}: the co-attendance network, filtered by the parameters {@code region},
 * {@code organization} (IRIs), {@code from} and {@code to} (2023, 2023-04, 2023-04-17).
 * <ul>
 * <li>{@code /network}: the page, which draws the network in the browser;</li>
 * <li>{@code /network/data}: the nodes and edges the page draws, as JSON (the strongest
 *     {@value NetworkOverview#MAX_DRAWN} officials);</li>
 * <li>{@code /network/co-attendance.graphml}, {@code .gexf}, {@code .csv}: the whole network, to download.</li>
 * </ul>
 */
final class NetworkServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    private static final String FILE = NetworkDownloads.FILE;

    NetworkServlet(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        NetworkFilter filter = filter(request);
        if (path.isEmpty() || path.equals("/")) {
            render(response, HttpServletResponse.SC_OK, page(filter));
        } else if (path.equals("/data")) {
            json(response, overview(filter));
        } else if (path.startsWith("/" + FILE + ".")) {
            Optional<NetworkFormat> format = formatOf(path.substring(FILE.length() + 1));
            if (format.isEmpty()) {
                sendError(response, HttpServletResponse.SC_NOT_FOUND, "Not found", "No such download: " + path);
                return;
            }
            Optional<Path> kept = filter.isEmpty() ? site.networkDownload(format.get()) : Optional.empty();
            if (kept.isPresent()) {
                sendKept(request, response, format.get(), kept.get());
            } else {
                download(response, format.get(), network(filter));
            }
        } else {
            sendError(response, HttpServletResponse.SC_NOT_FOUND, "Not found", "No such page: /network" + path);
        }
    }

    private static NetworkFilter filter(HttpServletRequest request) {
        try {
            return NetworkFilter.of(request.getParameter("region"), request.getParameter("from"),
                    request.getParameter("to"), request.getParameter("organization"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private CoAttendanceNetwork network(NetworkFilter filter) {
        return site.networks().get(filter, f -> new NetworkQuery(f).run(site.store().dataset(), site.store().timeout()));
    }

    /**
     * What the page and its data show: for the unfiltered network, the store's summary when it has one (counted
     * when the store was built: on a large store every attendance cannot be read while a page waits), else the
     * network counted now.
     */
    private NetworkOverview overview(NetworkFilter filter) {
        if (filter.isEmpty()) {
            Optional<NetworkSummary> summary = site.networkSummary();
            if (summary.isPresent()) {
                return summary.get().overview();
            }
        }
        return NetworkOverview.of(network(filter));
    }

    private Page page(NetworkFilter filter) {
        NetworkOverview network = overview(filter);
        String query = NetworkPaths.query(filter);
        List<NetworkView.Tie> ties = network.ties().stream()
                .map(t -> new NetworkView.Tie(Link.to(t.source(), t.sourceLabel()), Link.to(t.target(), t.targetLabel()),
                        t.weight()))
                .toList();
        NetworkView view = new NetworkView(filter.region().orElse(""), filter.organization().orElse(""),
                filter.from().orElse(""), filter.to().orElse(""), site.networkOptions().regions(),
                site.networkOptions().organizations(), network.officials(), network.links(),
                network.meetings(), network.drawn().nodes().size(), NetworkPaths.DATA + query,
                List.of(new Link("GraphML", NetworkPaths.PAGE + "/" + FILE + NetworkFormat.GRAPHML.extension() + query),
                        new Link("GEXF", NetworkPaths.PAGE + "/" + FILE + NetworkFormat.GEXF.extension() + query),
                        new Link("CSV edge list", NetworkPaths.PAGE + "/" + FILE + NetworkFormat.CSV_EDGES.extension() + query)),
                ties);
        PageData data = site.pageData();
        data.link("Who attended which of these meetings", new NetworkQuery(filter).text());
        return Page.site("network", "Who met whom", data.queries(), view);
    }

    private static Optional<NetworkFormat> formatOf(String extension) {
        for (NetworkFormat f : NetworkFormat.values()) {
            if (f.extension().equals(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static void json(HttpServletResponse response, NetworkOverview overview) throws IOException {
        CoAttendanceNetwork drawn = overview.drawn();
        JsonObject json = new JsonObject();
        JsonArray nodes = new JsonArray();
        for (NetworkNode n : drawn.nodes()) {
            JsonObject node = new JsonObject();
            node.put("id", n.iri());
            node.put("label", n.label());
            node.put("meetings", n.meetings());
            IdMapping.href(n.iri()).ifPresent(href -> node.put("href", href));
            nodes.add(node);
        }
        JsonArray edges = new JsonArray();
        for (NetworkEdge e : drawn.edges()) {
            JsonObject edge = new JsonObject();
            edge.put("source", e.source());
            edge.put("target", e.target());
            edge.put("weight", e.weight());
            edges.add(edge);
        }
        json.put("nodes", nodes);
        json.put("edges", edges);
        json.put("totalNodes", overview.officials());
        json.put("totalEdges", overview.links());
        json.put("meetings", overview.meetings());
        response.setContentType("application/json;charset=UTF-8");
        OutputStream out = response.getOutputStream();
        JSON.write(out, json);
        out.flush();
    }

    /**
     * Sends the whole network's file that build kept ({@link org.w3id.cadregraph.network.NetworkDownloads}), gzipped:
     * as it is to a client that takes gzip ({@code Content-Encoding: gzip}; a browser saves it unpacked), unpacked as
     * it is read to one that does not. Either way the bytes are those of the download counted when asked.
     */
    private static void sendKept(HttpServletRequest request, HttpServletResponse response, NetworkFormat format, Path gz)
            throws IOException {
        response.setContentType(format.mediaType() + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + FILE + format.extension() + "\"");
        response.setHeader("Vary", "Accept-Encoding");
        OutputStream out = response.getOutputStream();
        if (acceptsGzip(request)) {
            response.setHeader("Content-Encoding", "gzip");
            response.setContentLengthLong(Files.size(gz));
            Files.copy(gz, out);
        } else {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz), 1 << 16)) {
                in.transferTo(out);
            }
        }
        out.flush();
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        for (String value : Collections.list(request.getHeaders("Accept-Encoding"))) {
            for (String coding : value.split(",")) {
                String[] parts = coding.strip().split(";");
                boolean refused = parts.length > 1 && parts[1].strip().replace(" ", "").matches("q=0(\\.0*)?");
                if (parts[0].strip().equalsIgnoreCase("gzip") && !refused) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void download(HttpServletResponse response, NetworkFormat format, CoAttendanceNetwork network)
            throws IOException {
        response.setContentType(format.mediaType() + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + FILE + format.extension() + "\"");
        OutputStream out = response.getOutputStream();
        format.write(network, out);
        out.flush();
    }
}
