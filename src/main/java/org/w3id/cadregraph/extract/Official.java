package org.w3id.cadregraph.extract;

import java.util.List;

/**
 * A person named in a report in an official capacity.
 *
 * @param name       canonical spelling ("Weng Tiehui")
 * @param variants   other spellings the report uses ("WengTiehui")
 * @param titles     the posts the report gives
 * @param evidence   the sentence of the first full mention
 * @param confidence in [0, 1]
 */
public record Official(String name, List<String> variants, List<Title> titles, Evidence evidence, double confidence) {
    public Official {
        variants = List.copyOf(variants);
        titles = List.copyOf(titles);
    }
}
