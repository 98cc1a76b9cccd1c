package org.w3id.cadregraph.nlp;

import java.util.List;

/**
 * A sentence of a report with its tokens and the person names found in it.
 *
 * @param index   position in the report, from 0
 * @param start   character offset into the report text
 * @param end     exclusive end offset
 * @param text    the sentence text
 * @param tokens  its tokens
 * @param persons person-name mentions
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, List<Mention> persons) {
    public Sentence {
        tokens = List.copyOf(tokens);
        persons = List.copyOf(persons);
    }
}
