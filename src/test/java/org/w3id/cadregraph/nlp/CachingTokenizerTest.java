package org.w3id.cadregraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cadregraph.bench.CorpusGenerator;

/** The cache gives the spans the maxent tokenizer gives, for words met the first time and again. */
class CachingTokenizerTest {
    private static NlpModels models;

    @BeforeAll
    static void load() {
        models = NlpModels.loadDefault();
    }

    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>(List.of("Xi Jinping's speech.", "It was held in the U.S. on Jan. 13, 2021.",
                "Co.,Ltd. (\"CNPC\") and Sinopec-led groups'", "e-mail: a.b@gov.cn, http://www.gov.cn/x?y=1",
                "  leading   and trailing\tspaces  ", "", " ", "a", "“Quoted”—dashes…", "ZHENG Limin,WengTiehui;Mr.Li"));
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(f -> !f.toString().endsWith(".md")).sorted().toList()) {
                lines.addAll(Arrays.asList(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n")));
            }
        }
        CorpusGenerator corpus = new CorpusGenerator(7);
        for (int i = 0; i < 200; i++) {
            lines.addAll(Arrays.asList(corpus.report(i).text().split("\n")));
        }
        return lines;
    }

    @Test
    void givesTheSpansOfTheTokenizerItWraps() throws IOException {
        TokenizerME plain = new TokenizerME(models.tokens());
        CachingTokenizer cached = new CachingTokenizer(new TokenizerME(models.tokens()));
        List<String> lines = lines();
        int tokens = 0;
        // twice: the second pass answers from the memory
        for (int pass = 0; pass < 2; pass++) {
            for (String line : lines) {
                Span[] expected = plain.tokenizePos(line);
                assertThat(cached.tokenizePos(line)).as(line).containsExactly(expected);
                tokens += expected.length;
            }
        }
        assertThat(tokens).isGreaterThan(10_000);
    }

    @Test
    void splitsWordsTheModelSplits() {
        CachingTokenizer cached = new CachingTokenizer(new TokenizerME(models.tokens()));
        String text = "Jinping's speech, (2021).";
        List<String> words = Arrays.stream(cached.tokenizePos(text)).map(s -> s.getCoveredText(text).toString()).toList();
        assertThat(words).contains("speech", ",", "(", ")", ".");
        assertThat(words.size()).isGreaterThan(text.split(" ").length);
    }
}
