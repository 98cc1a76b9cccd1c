package org.w3id.cadregraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/** An OpenNLP {@link TokenNameFinder} that also tells each name's canonical spelling. */
public interface NameFinder extends TokenNameFinder {
    /** The OpenNLP span type of every name found. */
    String PERSON = "person";

    /** The person names in a sentence's tokens, left to right. */
    List<Mention> names(String[] tokens);

    /**
     * The person names, knowing what the finders before this one found ({@code found}): a finder that works by
     * context, such as the company names keep in a list, overrides this.
     */
    default List<Mention> names(String[] tokens, List<Mention> found) {
        return names(tokens);
    }

    /**
     * The names a finder reads at token positions, left to right: {@code nameAt} gives the name starting at a position
     * (or null), and the scan goes on after each name it finds.
     */
    static List<Mention> scan(String[] tokens, BiFunction<String[], Integer, Mention> nameAt) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            Mention m = nameAt.apply(tokens, i);
            if (m != null) {
                out.add(m);
                i = m.endToken();
            } else {
                i++;
            }
        }
        return out;
    }

    @Override
    default Span[] find(String[] tokens) {
        return names(tokens).stream().map(m -> new Span(m.startToken(), m.endToken(), PERSON, m.probability()))
                .toArray(Span[]::new);
    }

    /** Rule-based finders keep no adaptive data. */
    @Override
    default void clearAdaptiveData() {
    }
}
