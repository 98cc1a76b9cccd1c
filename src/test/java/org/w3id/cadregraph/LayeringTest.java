package org.w3id.cadregraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies go one way: extraction knows no RDF, the RDF side knows no NLP, stages know no CLI. */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/org/w3id/cadregraph");

    private static List<String> importing(String pkg, String forbidden) throws IOException {
        try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
            return files.filter(f -> {
                try {
                    return Files.readString(f).lines().anyMatch(l -> l.startsWith("import " + forbidden));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
    }

    @Test
    void extractionNeverImportsJena() throws IOException {
        assertThat(importing("extract", "org.apache.jena")).isEmpty();
    }

    @Test
    void theRdfSideNeverImportsOpenNlp() throws IOException {
        assertThat(importing("graph", "opennlp")).isEmpty();
    }

    @Test
    void stagesNeverImportTheCommandLine() throws IOException {
        for (String pkg : List.of("report", "nlp", "extract", "graph", "store", "pipeline", "gazetteer", "link", "eval")) {
            assertThat(importing(pkg, "org.w3id.cadregraph.cli")).as(pkg).isEmpty();
            assertThat(importing(pkg, "picocli")).as(pkg).isEmpty();
        }
    }
}
