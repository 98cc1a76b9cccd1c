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
 * @param dated        the text dates the post ("then Governor of …", 时任): held at the time, maybe not now; the
 *                     label drops the dating words, so this flag is what says it places no one now
 */
public record Title(String label, String role, Optional<Organization> organization, Evidence evidence, double confidence,
        boolean dated) {
    public Title(String label, String role, Optional<Organization> organization, Evidence evidence, double confidence) {
        this(label, role, organization, evidence, confidence, false);
    }
}
