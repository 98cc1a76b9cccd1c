package org.w3id.cadregraph.extract;

/**
 * The sentence of a report that backs a fact.
 *
 * @param sentenceIndex position of the sentence in the report, from 0
 * @param start         character offset of the sentence in the cleaned report text
 * @param end           exclusive end offset
 * @param sentenceText  the sentence as written
 */
public record Evidence(int sentenceIndex, int start, int end, String sentenceText) {}
