package org.w3id.cadregraph.extract;

import java.util.Optional;

/**
 * One post an official holds, as a report states it.
 *
 * @param label        the full title: "Deputy Director of the Department of Education of Guangxi Zhuang Autonomous Region"
 * @param role         the role alone: "Deputy Director"
 * @param organization the body, when the text names it
 * @param evidence     the sentence
 * @param confidence   in [0, 1]
 */
public record Title(String label, String role, Optional<Organization> organization, Evidence evidence, double confidence) {}
