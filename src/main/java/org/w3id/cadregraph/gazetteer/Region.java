package org.w3id.cadregraph.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrative region, from the gazetteer or found in a report ("Wujiang District").
 *
 * @param id      stable slug, unique within the gazetteer; names the region's IRI
 * @param level   administrative level
 * @param name    the full English name
 * @param aliases other English name forms
 * @param nameZh  the Chinese name, empty when unknown
 * @param code    administrative division code as Wikidata P442 writes it ("45 02"), empty when unknown
 * @param parent  the region it lies within
 * @param qid     the Wikidata item, when verified
 */
public record Region(String id, RegionLevel level, String name, List<String> aliases, String nameZh, String code,
                     Optional<Region> parent, Optional<String> qid) {
    public Region {
        Objects.requireNonNull(id);
        Objects.requireNonNull(level);
        Objects.requireNonNull(name);
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(parent);
        Objects.requireNonNull(qid);
    }

    /** A region found in a report that the gazetteer does not hold. */
    public static Region found(String name, RegionLevel level, Optional<Region> parent) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String id = parent.map(p -> p.id() + "-" + slug).orElse(slug);
        return new Region(id, level, name, List.of(), "", "", parent, Optional.empty());
    }

    /** This region's province-level ancestor (or itself), if any. */
    public Optional<Region> province() {
        Region r = this;
        while (r != null) {
            if (r.level == RegionLevel.PROVINCE) {
                return Optional.of(r);
            }
            r = r.parent.orElse(null);
        }
        return Optional.empty();
    }

    /** True when {@code other} is this region or one of its ancestors. */
    public boolean isWithin(Region other) {
        for (Region r = this; r != null; r = r.parent.orElse(null)) {
            if (r.id.equals(other.id)) {
                return true;
            }
        }
        return false;
    }

    /** The bare name, without "Province", "City", "Zhuang Autonomous Region"… ("Guangxi"). */
    public String shortName() {
        return name.replaceAll("\\s+(Zhuang |Hui |Uygur |Uyghur |Korean |Tibetan |Yi |Miao |Dong )?"
                + "(Province|Municipality|City|Autonomous Region|Autonomous Prefecture|Prefecture|League|District|County|New Area)$", "");
    }

    @Override
    public String toString() {
        return name;
    }
}
