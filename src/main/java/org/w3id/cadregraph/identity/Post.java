package org.w3id.cadregraph.identity;

import java.util.Optional;

/**
 * One post a report gives a person, as identity compares posts.
 *
 * @param role      the role, lower case ("deputy director")
 * @param orgKey    the body, normalised and scoped by its region ("education-bureau--dalian"); empty when none is named
 * @param orgLabel  the body's name as written, for the reasons a decision gives
 * @param place     the region the body belongs to, when known
 * @param rank      the post's grade
 */
public record Post(String role, String orgKey, String orgLabel, Optional<Place> place, Rank rank) {}
