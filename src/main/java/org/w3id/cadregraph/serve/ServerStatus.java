package org.w3id.cadregraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.ctl.ActionCtl;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.mgt.ServerMgtConst;
import org.apache.jena.fuseki.server.ServerConst;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.WebContent;
import org.w3id.cadregraph.Version;

/**
 * {@code /$/server}, the status call the Fuseki UI makes to list the datasets and show a version: Fuseki's
 * own answer ({@code ActionServerStatus}), with the version saying what runs. In the one-jar build every
 * package's manifest version is cadregraph's, so Fuseki would present cadregraph's version as its own;
 * this says {@code cadregraph 0.1.0 (Apache Jena Fuseki 5.6.0)}, the Fuseki version read from its Maven
 * metadata, which the jar keeps.
 */
final class ServerStatus extends ActionCtl {
    private static final String FUSEKI_POM = "META-INF/maven/org.apache.jena/jena-fuseki-core/pom.properties";

    private final String version = "cadregraph " + Version.get() + " (Apache Jena Fuseki " + fusekiVersion() + ")";

    /** What {@code /$/server} reports as the version. */
    String version() {
        return version;
    }

    @Override
    public void validate(HttpAction action) {}

    @Override
    public void execGet(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void execute(HttpAction action) {
        JsonBuilder builder = new JsonBuilder().startObject()
                .pair(ServerMgtConst.version, version)
                .pair(ServerMgtConst.startDT, Fuseki.serverStartedAt())
                .pair(ServerMgtConst.uptime, Fuseki.serverUptimeSeconds())
                .key(ServerConst.datasets);
        JsonDescription.arrayDatasets(builder, action.getDataAccessPointRegistry());
        builder.finishObject();
        action.setResponseContentType(WebContent.contentTypeJSON);
        action.setResponseCharacterEncoding(WebContent.charsetUTF8);
        try {
            OutputStream out = action.getResponseOutputStream();
            JSON.write(out, builder.build());
            out.write('\n');
            out.flush();
            ServletOps.success(action);
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }

    private static String fusekiVersion() {
        try (InputStream in = ServerStatus.class.getClassLoader().getResourceAsStream(FUSEKI_POM)) {
            if (in == null) {
                return "unknown version";
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version", "unknown version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
