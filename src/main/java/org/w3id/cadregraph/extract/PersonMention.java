package org.w3id.cadregraph.extract;

import org.w3id.cadregraph.nlp.Sentence;

/**
 * A person named in a sentence, full or short ("Minister Huai"), resolved to an official's key.
 *
 * @param key         the official's identity key (canonical name without spaces, lower case)
 * @param sentence    the sentence
 * @param startToken  first token
 * @param endToken    exclusive end token
 * @param start       character offset in the report text
 * @param end         exclusive character offset
 */
record PersonMention(String key, Sentence sentence, int startToken, int endToken, int start, int end) {
    static String keyOf(String canonicalName) {
        return canonicalName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
