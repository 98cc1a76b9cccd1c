package org.w3id.cadregraph.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * The words of a label as the meeting-label index holds them: every run of letters and digits
 * ({@link Character#isLetterOrDigit}), lower-cased. Nothing else: no stop words, no stemming, no rule that
 * looks at a character's neighbours (Lucene's StandardTokenizer keeps "3.5" or "don't" whole), so a word of a
 * searched substring that has a non-word character on each side is a whole word of every label containing
 * the substring. {@code queries/officials-at-meeting.rq} builds its {@code text:query} on that (and the
 * SPARQL {@code [^\p{L}\p{Nd}]} it splits on is this class's complement). Named by class in
 * {@code fuseki-config/config.ttl} ({@code text:GenericAnalyzer}), so it needs its public no-argument constructor.
 */
public final class LabelAnalyzer extends Analyzer {
    /** Longer runs are cut (Lucene refuses terms over 32,766 bytes); no label word comes near it. */
    static final int MAX_WORD = 4096;

    public LabelAnalyzer() {}

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new Words();
        return new TokenStreamComponents(words, new LowerCaseFilter(words));
    }

    /** Wildcard terms of a query are not tokenised, only normalised: lower-cased like the words. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static final class Words extends CharTokenizer {
        Words() {
            super(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, MAX_WORD);
        }

        @Override
        protected boolean isTokenChar(int c) {
            return Character.isLetterOrDigit(c);
        }
    }
}
