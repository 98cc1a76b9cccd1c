package org.w3id.cadregraph.pipeline;

import java.time.Duration;
import java.util.List;

/**
 * What a batch did: reports read and rejected (with reasons), facts written.
 *
 * @param read       reports extracted
 * @param rejected   problems of the reports that were rejected
 * @param officials  officials written (summed over reports)
 * @param titles     titles written
 * @param meetings   meetings written
 * @param quads      quads written
 * @param elapsed    wall time of the batch
 */
public record BatchSummary(int read, List<Problem> rejected, int officials, int titles, int meetings, long quads,
                           Duration elapsed) {
    public BatchSummary {
        rejected = List.copyOf(rejected);
    }

    /** A few lines for the end of a run. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("reports read: %d, rejected: %d; officials: %d, titles: %d, meetings: %d; quads: %d; %.1f s",
                read, rejected.size(), officials, titles, meetings, quads, elapsed.toMillis() / 1000.0));
        for (Problem p : rejected) {
            s.append(System.lineSeparator()).append("  rejected ").append(p.file()).append(": ").append(p.reason());
        }
        return s.toString();
    }
}
