package org.w3id.cadregraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * {@link TokenizerME} with a memory of the words it has split. The maxent tokenizer cuts the text at whitespace and
 * then decides, inside each whitespace-separated word and from that word alone, where it splits ("Jinping's" →
 * "Jinping", "'s"): one model evaluation per character. The split of a word is therefore a function of the word (in
 * OpenNLP 2.5 {@code TokenizerME.tokenizePos} gives its context generator only the word and an offset into it;
 * {@code CachingTokenizerTest} checks the spans against the plain tokenizer, so an upgrade that changes this fails
 * there), and the words of a genre repeat (Zipf), so each distinct word is split by the model once per thread.
 *
 * <pre>
 *   Span[] tokens = new CachingTokenizer(new TokenizerME(model)).tokenizePos(sentence);   // as TokenizerME gives
 * </pre>
 *
 * Not thread-safe, like the tokenizer it wraps.
 */
final class CachingTokenizer {
    /** Distinct words remembered before the memory is started afresh: a few megabytes. */
    static final int MAX_WORDS = 50_000;

    private final TokenizerME tokenizer;
    /** word → its tokens, as offsets inside the word. */
    private final Map<String, Span[]> splits = new HashMap<>();

    CachingTokenizer(TokenizerME tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** The same spans as {@link TokenizerME#tokenizePos(String)}. */
    Span[] tokenizePos(String text) {
        List<Span> out = new ArrayList<>();
        for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            int start = word.getStart();
            for (Span part : splitsOf(text.substring(start, word.getEnd()))) {
                out.add(new Span(start + part.getStart(), start + part.getEnd()));
            }
        }
        return out.toArray(new Span[0]);
    }

    private Span[] splitsOf(String word) {
        Span[] known = splits.get(word);
        if (known != null) {
            return known;
        }
        // a word has no whitespace, so the tokenizer sees it as the one word it is inside a sentence
        Span[] parts = tokenizer.tokenizePos(word);
        if (splits.size() >= MAX_WORDS) {
            splits.clear();
        }
        splits.put(word, parts);
        return parts;
    }
}
