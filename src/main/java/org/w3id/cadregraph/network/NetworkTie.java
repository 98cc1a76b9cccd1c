package org.w3id.cadregraph.network;

/**
 * Two officials and the number of meetings both attended, with their names: a row of the page's
 * "strongest ties".
 */
public record NetworkTie(String source, String sourceLabel, String target, String targetLabel, int weight) {}
