package org.w3id.cadregraph.extract;

/**
 * An official taking part in a meeting in a role.
 *
 * @param official   the official's canonical name
 * @param meetingKey the meeting's key
 * @param role       attended, presided, spoke or signed
 * @param evidence   the sentence
 * @param confidence in [0, 1]
 */
public record Participation(String official, String meetingKey, Role role, Evidence evidence, double confidence) {}
