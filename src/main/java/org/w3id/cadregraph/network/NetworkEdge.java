package org.w3id.cadregraph.network;

/**
 * Two officials who attended the same meetings; undirected, {@code source} sorts before {@code target}.
 *
 * @param weight the number of distinct meetings both attended
 */
public record NetworkEdge(String source, String target, int weight) {}
