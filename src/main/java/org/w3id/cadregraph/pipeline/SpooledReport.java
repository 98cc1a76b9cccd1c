package org.w3id.cadregraph.pipeline;

import java.util.List;
import org.w3id.cadregraph.identity.Mention;

/**
 * A report made ready for a spool on its worker thread: its quads as bytes ({@link QuadBytes}) and the mentions of
 * its people as identity reads them from the report's own graph.
 */
public record SpooledReport(byte[] quads, List<Mention> mentions) {
    public SpooledReport {
        mentions = List.copyOf(mentions);
    }
}
