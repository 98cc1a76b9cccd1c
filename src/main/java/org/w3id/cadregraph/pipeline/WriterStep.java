package org.w3id.cadregraph.pipeline;

import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A step that the one writer runs on each extracted report, in input order, just before storing it: the place
 * for decisions about the whole store (who is who across reports), which must see every report stored before
 * this one and must not depend on thread timing.
 *
 * <pre>
 *   WriterStep step = (report, store) -> report.withQuads(resolvePeople(report, store));
 * </pre>
 */
@FunctionalInterface
public interface WriterStep {
    /** Does nothing. */
    WriterStep NONE = (report, store) -> report;

    /**
     * @param report the report as extracted and mapped
     * @param store  the store with every report written before this one, inside the writer's open write
     *               transaction (read it without starting another); empty when the sink is a file
     * @return the report to store
     */
    ExtractedReport apply(ExtractedReport report, Optional<DatasetGraph> store);
}
