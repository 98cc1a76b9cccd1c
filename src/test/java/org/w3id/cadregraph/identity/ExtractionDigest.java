package org.w3id.cadregraph.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of the compiled classes and resources that make a report's graph (the packages {@code Version} counts as
 * the extractor in a jar), read from a classes folder: tests run from classes, where {@code Version.extractor()} is
 * only "dev", and a cache of extracted reports must not outlive the rules that extracted them.
 */
final class ExtractionDigest {
    private static final List<String> EXTRACTION = List.of("org/w3id/cadregraph/report", "org/w3id/cadregraph/nlp",
            "org/w3id/cadregraph/extract", "org/w3id/cadregraph/gazetteer", "org/w3id/cadregraph/graph",
            "org/w3id/cadregraph/pipeline");

    private ExtractionDigest() {}

    /** The first 12 hex digits of SHA-256 over the relative names and bytes of the extraction files under {@code classes}. */
    static String of(Path classes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String folder : EXTRACTION) {
                Path root = classes.resolve(folder);
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(classes.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(f));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled classes in " + classes, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
