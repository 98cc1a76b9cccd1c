package org.w3id.cadregraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.store.MeetingLabelIndex;

/**
 * A Fuseki configuration file read as an RDF model, so the TDB2 location can be replaced before
 * the model is handed to {@code FusekiServer.Builder.parseConfig}.
 *
 * <pre>
 *   ServerConfig config = ServerConfig.readDefault();       // fuseki-config/config.ttl, else the jar's copy
 *   Model model = config.withLocation(Path.of("/data/cg-db")).model();
 * </pre>
 *
 * Instances are immutable: {@link #withLocation} returns a new one.
 */
public final class ServerConfig {
    private static final Logger log = LoggerFactory.getLogger(ServerConfig.class);
    /** The configuration file, relative to the working directory (the project root). */
    public static final String DEFAULT_FILE_NAME = "fuseki-config/config.ttl";
    /** {@link #DEFAULT_FILE_NAME} as a path. */
    public static final Path DEFAULT_FILE = Path.of(DEFAULT_FILE_NAME);
    /** The copy of {@link #DEFAULT_FILE} that the build puts in the jar (see pom.xml {@code <resources>}). */
    public static final String BUNDLED_RESOURCE = "fuseki-config/config.ttl";

    private final Model model;
    private final String source;

    private ServerConfig(Model model, String source) {
        this.model = model;
        this.source = source;
    }

    /** Reads a configuration file (Turtle or any RDF syntax RIOT recognises by its extension). */
    public static ServerConfig read(Path file) {
        return new ServerConfig(RDFDataMgr.loadModel(file.toString()), file.toString());
    }

    /** The configuration bundled in the jar. */
    public static ServerConfig bundled() {
        URL url = ServerConfig.class.getClassLoader().getResource(BUNDLED_RESOURCE);
        if (url == null) {
            throw new IllegalStateException("classpath resource " + BUNDLED_RESOURCE + " is missing from the build");
        }
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = url.openStream()) {
            RDFParser.source(in).lang(Lang.TURTLE).base(url.toString()).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServerConfig(model, "classpath:" + BUNDLED_RESOURCE);
    }

    /**
     * {@link #DEFAULT_FILE} when it exists, else the bundled copy: run from the project root, an
     * edited file wins; run from anywhere else, the jar still knows how to serve.
     */
    public static ServerConfig readDefault() {
        return Files.isRegularFile(DEFAULT_FILE) ? read(DEFAULT_FILE) : bundled();
    }

    /** Where the configuration came from, for messages. */
    public String source() {
        return source;
    }

    /** The value of the one {@code tdb2:location} in the configuration. */
    public String location() {
        return locationStatement().getString();
    }

    /**
     * A copy whose {@code tdb2:location} is {@code db} as an absolute path, so the server opens the
     * database the CLI was given whatever the working directory of the config file was.
     */
    public ServerConfig withLocation(Path db) {
        Model copy = ModelFactory.createDefaultModel().add(model);
        copy.setNsPrefixes(model);
        Statement old = new ServerConfig(copy, source).locationStatement();
        copy.remove(old);
        copy.add(old.getSubject(), VocabTDB2.pLocation, db.toAbsolutePath().toString());
        return new ServerConfig(copy, source);
    }

    /**
     * The configuration for serving {@code db}: {@link #withLocation}, with the text index's {@code text:directory}
     * pointed at the store's {@code text-index} folder when that index is current, or, when it is not (a store
     * built before the index, a build stopped half-way), without the text dataset, said once in the log. Without
     * it {@code text:query} binds nothing and the queries scan the labels instead: the same answers, slower.
     * Never pointed at a missing index: jena-text would create an empty one there, and every text query would
     * then find nothing.
     */
    public ServerConfig forStore(Path db) {
        ServerConfig located = withLocation(db);
        List<Statement> directories = located.model.listStatements(null, TextVocab.pDirectory, (RDFNode) null).toList();
        if (directories.isEmpty()) {
            return located;
        }
        if (!MeetingLabelIndex.isCurrent(db)) {
            log.warn("{} has no current text index of meeting labels ({}): serving the store without it, so "
                    + "text:query finds nothing and queries/officials-at-meeting.rq reads every meeting label; "
                    + "`cadregraph index --db {}` makes the index", db, MeetingLabelIndex.directory(db), db);
            return located.withoutTextIndex();
        }
        String dir = MeetingLabelIndex.directory(db).toAbsolutePath().toString();
        for (Statement old : directories) {
            located.model.remove(old);
            located.model.add(old.getSubject(), TextVocab.pDirectory, dir);
        }
        return located;
    }

    /**
     * A copy that serves the dataset inside each {@code text:TextDataset} in its place, the text dataset and its
     * index dropped from the model (so that nothing opens, or creates, their directory).
     */
    ServerConfig withoutTextIndex() {
        Model copy = model();
        for (Statement wrapping : copy.listStatements(null, TextVocab.pDataset, (RDFNode) null).toList()) {
            Resource text = wrapping.getSubject();
            RDFNode inner = wrapping.getObject();
            for (Statement use : copy.listStatements(null, null, text).toList()) {
                copy.remove(use);
                copy.add(use.getSubject(), use.getPredicate(), inner);
            }
            for (Statement index : copy.listStatements(text, TextVocab.pIndex, (RDFNode) null).toList()) {
                if (index.getObject().isResource()) {
                    copy.removeAll(index.getObject().asResource(), null, null);
                }
            }
            copy.removeAll(text, null, null);
        }
        return new ServerConfig(copy, source);
    }

    /** A copy of the configuration model. */
    public Model model() {
        return ModelFactory.createDefaultModel().add(model).setNsPrefixes(model);
    }

    private Statement locationStatement() {
        List<Statement> found = model.listStatements(null, VocabTDB2.pLocation, (RDFNode) null).toList();
        if (found.size() != 1) {
            throw new ServerConfigException(source + ": expected exactly one tdb2:location, found " + found.size());
        }
        return found.get(0);
    }
}
