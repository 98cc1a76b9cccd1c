package org.w3id.cadregraph.network;

import java.util.Optional;

/**
 * A region or an organization the network can be narrowed to, with the number of its meetings.
 *
 * @param label the name the store gives it, if any
 */
public record NetworkChoice(String iri, Optional<String> label, int meetings) {}
