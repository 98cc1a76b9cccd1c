package org.w3id.cadregraph.extract;

import java.util.List;
import org.w3id.cadregraph.gazetteer.Region;

/**
 * The last step of placing a meeting: which regions host it, given what the rules decided and the candidate regions
 * with their features. {@link #RULES} keeps the rules' decision; {@link MaxentHostDecider} lets a trained model decide.
 */
public interface HostDecider {
    /** The rules' decision, unchanged. */
    HostDecider RULES = HostQuestion::ruleHosts;

    List<Region> decide(HostQuestion question);
}
