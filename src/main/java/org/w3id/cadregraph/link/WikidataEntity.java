package org.w3id.cadregraph.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the linker reads of one Wikidata item: labels and aliases in English and Chinese, and the few
 * statements it checks (deprecated statements left out).
 *
 * @param instanceOf  P31 item ids
 * @param citizenship P27 item ids
 * @param positions   P39 (position held) item ids
 * @param adminCodes  P442 (China administrative division code) strings, as Wikidata writes them ("45 02")
 * @param locatedIn   P131 (located in the administrative territorial entity) item ids
 * @param country     P17 item ids
 * @param jurisdiction P1001 (applies to jurisdiction) item ids, for positions
 */
public record WikidataEntity(String id, Optional<String> labelEn, Optional<String> labelZh, List<String> aliasesEn,
                             List<String> aliasesZh, Set<String> instanceOf, Set<String> citizenship,
                             Set<String> positions, Set<String> adminCodes, Set<String> locatedIn,
                             Set<String> country, Set<String> jurisdiction) {
    public WikidataEntity {
        aliasesEn = List.copyOf(aliasesEn);
        aliasesZh = List.copyOf(aliasesZh);
        instanceOf = Set.copyOf(instanceOf);
        citizenship = Set.copyOf(citizenship);
        positions = Set.copyOf(positions);
        adminCodes = Set.copyOf(adminCodes);
        locatedIn = Set.copyOf(locatedIn);
        country = Set.copyOf(country);
        jurisdiction = Set.copyOf(jurisdiction);
    }
}
