package org.w3id.cadregraph.nlp;

import java.util.List;
import opennlp.tools.namefind.TokenNameFinder;

/** An OpenNLP {@link TokenNameFinder} that also tells each name's canonical spelling. */
public interface NameFinder extends TokenNameFinder {
    /** The person names in a sentence's tokens, left to right. */
    List<Mention> names(String[] tokens);
}
