package org.w3id.cadregraph.nlp;

/**
 * A name found in a sentence, as token indexes.
 *
 * @param startToken first token
 * @param endToken   exclusive end token
 * @param name       the name normalised for display ("Weng Tiehui" for "WengTiehui")
 * @param probability the finder's confidence in [0, 1]
 */
public record Mention(int startToken, int endToken, String name, double probability) {}
