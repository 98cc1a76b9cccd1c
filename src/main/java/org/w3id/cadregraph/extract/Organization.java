package org.w3id.cadregraph.extract;

import java.util.Optional;
import org.w3id.cadregraph.gazetteer.Region;

/**
 * A body: ministry, party committee, department, bureau, university.
 *
 * @param name   as written in the report ("Department of Education of Guangxi Zhuang Autonomous Region")
 * @param region the region it belongs to, when the name or the report tells
 */
public record Organization(String name, Optional<Region> region) {}
