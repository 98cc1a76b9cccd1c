package org.w3id.cadregraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor's version changes with what extracts, and only with that. */
class VersionTest {
    @TempDir
    Path dir;

    private static final String RULES = "org/w3id/cadregraph/extract/HostResolver.class";
    private static final String PAGE = "org/w3id/cadregraph/web/templates/official.html";
    private static final String MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    @Test
    void aJarWithOtherRulesOrModelsIsAnotherExtractorAndOtherPagesAreNot() throws IOException {
        String base = Version.extractor("1.0-SNAPSHOT", Optional.of(jar("a.jar", Map.of(RULES, "rules", PAGE, "page", MODEL, "pos"))), Optional.empty());
        String otherRules = Version.extractor("1.0-SNAPSHOT", Optional.of(jar("b.jar", Map.of(RULES, "rules!", PAGE, "page", MODEL, "pos"))), Optional.empty());
        String otherModel = Version.extractor("1.0-SNAPSHOT", Optional.of(jar("c.jar", Map.of(RULES, "rules", PAGE, "page", MODEL, "pos2"))), Optional.empty());
        String otherPage = Version.extractor("1.0-SNAPSHOT", Optional.of(jar("d.jar", Map.of(RULES, "rules", PAGE, "page!", MODEL, "pos"))), Optional.empty());
        String sameAgain = Version.extractor("1.0-SNAPSHOT", Optional.of(jar("e.jar", Map.of(MODEL, "pos", PAGE, "page", RULES, "rules"))), Optional.empty());

        assertThat(base).matches("1\\.0-SNAPSHOT\\+[0-9a-f]{12}");
        assertThat(otherRules).isNotEqualTo(base);
        assertThat(otherModel).isNotEqualTo(base).isNotEqualTo(otherRules);
        assertThat(otherPage).isEqualTo(base);
        assertThat(sameAgain).isEqualTo(base);
    }

    @Test
    void aModelDecidingHostsIsAnotherExtractorAndTheRulesAreNot() throws IOException {
        Path jar = jar("a.jar", Map.of(RULES, "rules"));
        Path model = Files.writeString(dir.resolve("hosts.txt"), "QN\n1\nhost\n");
        String rules = Version.extractor("1.0", Optional.of(jar), Optional.empty());

        assertThat(Version.extractor("1.0", Optional.of(jar), Optional.of("rules"))).isEqualTo(rules);
        assertThat(Version.extractor("1.0", Optional.of(jar), Optional.of("model"))).isEqualTo(rules + "+hosts=model");
        String fromFile = Version.extractor("1.0", Optional.of(jar), Optional.of(model.toString()));
        assertThat(fromFile).startsWith(rules + "+hosts=").isNotEqualTo(rules + "+hosts=model");
        Files.writeString(model, "QN\n1\nnot-host\n");
        assertThat(Version.extractor("1.0", Optional.of(jar), Optional.of(model.toString()))).isNotEqualTo(fromFile);
    }

    @Test
    void theNetworkFilesVersionFollowsTheirWritersAndNotTheRules() throws IOException {
        String writer = "org/w3id/cadregraph/network/GraphMlWriter.class";
        String base = Version.networkFiles("1.0", Optional.of(jar("a.jar", Map.of(writer, "w", RULES, "rules"))));
        String otherWriter = Version.networkFiles("1.0", Optional.of(jar("b.jar", Map.of(writer, "w!", RULES, "rules"))));
        String otherRules = Version.networkFiles("1.0", Optional.of(jar("c.jar", Map.of(writer, "w", RULES, "rules!"))));

        assertThat(base).matches("1\\.0\\+[0-9a-f]{12}");
        assertThat(otherWriter).isNotEqualTo(base);
        assertThat(otherRules).isEqualTo(base);
        assertThat(Version.networkFiles("dev", Optional.empty())).isEqualTo("dev");
    }

    @Test
    void fromClassesItIsTheProjectsVersion() {
        assertThat(Version.extractor("dev", Optional.empty(), Optional.empty())).isEqualTo("dev");
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }
}
