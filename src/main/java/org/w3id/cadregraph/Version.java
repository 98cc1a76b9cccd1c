package org.w3id.cadregraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.extract.MaxentHostDecider;

/** cadregraph's version, and the extractor's, recorded in each report graph's provenance. */
public final class Version {
    /**
     * What makes a report's graph: the cleaner, the NLP, the rules, the gazetteers, the mapping to RDF and the pipeline
     * that joins them, with their resources, and the OpenNLP models.
     */
    private static final List<String> EXTRACTION = List.of("org/w3id/cadregraph/report/", "org/w3id/cadregraph/nlp/",
            "org/w3id/cadregraph/extract/", "org/w3id/cadregraph/gazetteer/", "org/w3id/cadregraph/graph/",
            "org/w3id/cadregraph/pipeline/ReportPipeline", "opennlp/", "opennlp-", "org/jsoup/");
    /**
     * What writes the network downloads kept with a store's summary (GraphML, GEXF, CSV) and counts the network they
     * hold: the network package.
     */
    private static final List<String> NETWORK_FILES = List.of("org/w3id/cadregraph/network/");
    private static final Logger log = LoggerFactory.getLogger(Version.class);

    private Version() {}

    /** The jar manifest's Implementation-Version, or "dev" when run from classes. */
    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * The version of the extractor, which a rebuild compares to decide whether a stored report must be extracted
     * again: the project's version and a digest of what extracts ({@code 0.1.0-SNAPSHOT+3fa2c1d9e0b4}). A snapshot's
     * version stays the same from build to build while its rules change, so without the digest a rebuild with a new
     * jar would keep every report as the old rules read it. The digest covers the names, sizes and CRCs of the jar's
     * extraction classes, resources and models and of the HTML parser (from the jar's directory, without reading their
     * bytes), so a jar whose only change is elsewhere (the pages, the CLI, the store) keeps its reports; as class
     * files carry line numbers, any edit of an extraction class counts as a change. "dev" when run from classes.
     */
    public static String extractor() {
        return Extractor.VERSION;
    }

    /**
     * The version of what writes the network downloads a store keeps ({@code 0.1.0-SNAPSHOT+5d0e…}), so that a jar
     * whose GraphML, GEXF or CSV writer changed writes them again instead of serving the old jar's files; "dev" when
     * run from classes.
     */
    public static String networkFiles() {
        return NetworkFiles.VERSION;
    }

    /** Worked out once, so that every part of a run records and compares the same version. */
    private static final class Extractor {
        static final String VERSION = extractor(get(), jar(),
                Optional.ofNullable(System.getProperty(MaxentHostDecider.PROPERTY)));
    }

    private static final class NetworkFiles {
        static final String VERSION = networkFiles(get(), jar());
    }

    /** The version of the network files' writers of {@code version} run from {@code jar}. */
    static String networkFiles(String version, Optional<Path> jar) {
        return jar.map(j -> version + "+" + digest(j, NETWORK_FILES)).orElse(version);
    }

    /**
     * The extractor's version of {@code version} run from {@code jar}, with the host decider {@code hosts} asks for
     * (a model's hosts are another extraction: {@code +hosts=model}, or the digest of a model file); {@code version}
     * itself when not from a jar.
     */
    static String extractor(String version, Optional<Path> jar, Optional<String> hosts) {
        if (jar.isEmpty() && !version.equals("dev")) {
            log.warn("cannot find the jar cadregraph runs from: a rebuild will not see a change of its rules");
        }
        String v = jar.map(j -> version + "+" + digest(j, EXTRACTION)).orElse(version);
        String decider = hosts.map(String::strip).filter(h -> !h.isEmpty() && !h.equals("rules")).map(h -> h.equals("model")
                ? "model" : fileDigest(Path.of(h))).map(h -> "+hosts=" + h).orElse("");
        return v + decider;
    }

    private static String fileDigest(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)), 0, 6);
        } catch (IOException e) {
            return "unreadable";   // the decider reports the unreadable model itself
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> jar() {
        try {
            CodeSource source = Version.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** A digest of the names, sizes and CRCs of the entries of {@code jar} under any of {@code prefixes}. */
    private static String digest(Path jar, List<String> prefixes) {
        try (JarFile file = new JarFile(jar.toFile())) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            file.stream().filter(e -> !e.isDirectory() && prefixes.stream().anyMatch(e.getName()::startsWith))
                    .sorted(Comparator.comparing(JarEntry::getName))
                    .forEach(e -> sha.update((e.getName() + '\t' + e.getSize() + '\t' + e.getCrc() + '\n')
                            .getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the jar " + jar + " to tell its version", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
