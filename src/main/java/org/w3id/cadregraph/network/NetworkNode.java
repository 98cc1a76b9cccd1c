package org.w3id.cadregraph.network;

/**
 * An official in the co-attendance network.
 *
 * @param iri      the official's IRI, also the node id in every export format
 * @param label    the official's name
 * @param meetings how many of the network's meetings the official attended
 */
public record NetworkNode(String iri, String label, int meetings) {}
