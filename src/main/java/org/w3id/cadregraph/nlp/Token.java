package org.w3id.cadregraph.nlp;

/**
 * A token with its part-of-speech tag.
 *
 * @param text  the token as written
 * @param start character offset into the report text
 * @param end   exclusive end offset
 * @param pos   the POS tag (Universal Dependencies tag set, as the OpenNLP UD models give)
 */
public record Token(String text, int start, int end, String pos) {}
