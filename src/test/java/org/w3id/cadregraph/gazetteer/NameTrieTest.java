package org.w3id.cadregraph.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.cadregraph.bench.CorpusGenerator;

/** The trie finds what the regular expression it replaced found: the same spans on the samples and on edge cases. */
class NameTrieTest {
    private static final List<String> NAMES = List.of("guangxi", "liuzhou", "taizhou", "inner mongolia",
            "inner mongolia autonomous region", "xi'an", "ürümqi", "hong kong", "gui");

    /** The expression {@code RegionGazetteer} used before, built the same way. */
    private static Pattern regex(List<String> names) {
        String alternation = names.stream().filter(k -> k.length() > 2)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(k -> Arrays.stream(k.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?i:(?:" + alternation + "))(?![\\p{L}\\p{N}])");
    }

    private static List<String> byRegex(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> byTrie(NameTrie t, String text) {
        return t.find(text).stream().map(f -> f.start() + "-" + f.end()).toList();
    }

    @Test
    void findsWhatTheRegexFoundOnEdgeCases() {
        NameTrie trie = new NameTrie(NAMES);
        Pattern regex = regex(NAMES);
        for (String text : List.of("held in Liuzhou, Guangxi", "LIUZHOU and liuzhou", "Taizhoucheng and Taizhou2 and xTaizhou",
                "Inner   Mongolia Autonomous\n Region", "Inner Mongolia Autonomous Regions", "Inner Mongolia\tAutonomous",
                "Xi'an, XI'AN, Xi’an", "Ürümqi and ÜRÜMQI", "Hong Kong's", "Guizhou Gui", "http://liuzhou.gov.cn/x",
                "", "Gu", "Guangxi", "①Guangxi", "Guangxi①", "Guangxi\u00A0Liuzhou", "Inner Mongolia Autonomous Region")) {
            assertThat(byTrie(trie, text)).as(text).isEqualTo(byRegex(regex, text));
        }
    }

    @Test
    void findsWhatTheRegexFoundWithTheShippedGazetteerOnTheSamples() throws IOException {
        RegionGazetteer gazetteer = RegionGazetteer.loadDefault();
        List<String> names = gazetteer.names().stream().filter(k -> k.length() > 2).toList();
        NameTrie trie = new NameTrie(names);
        Pattern regex = regex(names);
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(samples).isNotEmpty();
        int found = 0;
        for (Path f : samples) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            List<String> expected = byRegex(regex, text);
            assertThat(byTrie(trie, text)).as(f.toString()).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).isGreaterThan(20);
    }

    @Test
    void findsWhatTheRegexFoundWithTheShippedGazetteerOnTheSyntheticCorpus() {
        RegionGazetteer gazetteer = RegionGazetteer.loadDefault();
        List<String> names = gazetteer.names().stream().filter(k -> k.length() > 2).toList();
        NameTrie trie = new NameTrie(names);
        Pattern regex = regex(names);
        CorpusGenerator corpus = new CorpusGenerator(42);
        int found = 0;
        for (int i = 0; i < 300; i++) {
            String text = corpus.report(i).text();
            List<String> expected = byRegex(regex, text);
            assertThat(byTrie(trie, text)).as("report %d", i).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).isGreaterThan(300);
    }
}
