package org.w3id.cadregraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (Universal Dependencies EWT, from Maven Central), loaded once from the
 * classpath and shared: models are thread-safe, the {@code *ME} objects made from them are not.
 */
public record NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {
    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    public static NlpModels loadDefault() {
        try (InputStream s = open(SENTENCE); InputStream t = open(TOKENS); InputStream p = open(POS)) {
            return new NlpModels(new SentenceModel(s), new TokenizerModel(t), new POSModel(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP models", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }
}
