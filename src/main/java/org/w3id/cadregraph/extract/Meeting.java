package org.w3id.cadregraph.extract;

import java.util.List;
import java.util.Optional;
import org.w3id.cadregraph.gazetteer.Region;

/**
 * A meeting, conference, forum or ceremony reported as having taken place.
 *
 * @param key        unique within the report ("m1"), for participations to refer to
 * @param name       as written ("provincial education work conference")
 * @param date       when it took place, as far as the text tells
 * @param venue      the place as written
 * @param location   the region of the place
 * @param organizers the bodies that held, sponsored, undertook or co-organized it
 * @param hosts      the regions whose bodies hold it, each with its evidence
 * @param evidence   the sentence that reports it
 * @param confidence in [0, 1]
 */
public record Meeting(String key, String name, Optional<PartialDate> date, Optional<String> venue,
                      Optional<Region> location, List<Organization> organizers, List<Host> hosts,
                      Evidence evidence, double confidence) {
    public Meeting {
        organizers = List.copyOf(organizers);
        hosts = List.copyOf(hosts);
    }

    /** A hosting region with the sentence that shows it and a confidence. */
    public record Host(Region region, Evidence evidence, double confidence) {}
}
