package org.w3id.cadregraph.identity;

import java.util.List;
import org.w3id.cadregraph.gazetteer.RegionLevel;

/**
 * A region as identity sees it: its id, level and the ids of the regions it lies within, nearest first.
 *
 * @param id     the region's id (the last segment of its IRI)
 * @param label  its name, for the reasons a decision gives
 * @param level  its administrative level
 * @param within the ids of the regions that contain it, nearest first ("suzhou", "jiangsu")
 */
public record Place(String id, String label, RegionLevel level, List<String> within) {
    public Place {
        within = List.copyOf(within);
    }

    /** True when this place is {@code other} or lies within it. */
    public boolean isWithin(Place other) {
        return id.equals(other.id) || within.contains(other.id);
    }

    /** China itself says nothing about where a person works. */
    public boolean isCountry() {
        return level == RegionLevel.COUNTRY;
    }

    /** How many regions of this level China has: the chance that a stranger is from this one is one in that. */
    public int regionsOfItsLevel() {
        return switch (level) {
            case COUNTRY -> 1;
            case PROVINCE -> 31;
            case CITY -> 333;
            case COUNTY -> 2_850;
            case TOWNSHIP -> 38_000;
        };
    }
}
