package org.w3id.cadregraph.pipeline;

import java.time.Duration;
import java.util.List;

/**
 * What a batch did: reports extracted, left as they were stored, rejected (with reasons), facts written.
 *
 * @param read       reports extracted and written
 * @param rejected   problems of the reports that were rejected
 * @param officials  officials written (summed over reports)
 * @param titles     titles written
 * @param meetings   meetings written
 * @param quads      quads written
 * @param elapsed    wall time of the batch
 * @param unchanged  reports whose content the store already held, extracted by this version: not extracted again
 * @param duplicates reports with the same bytes as an earlier file of the batch: stored once
 * @param skipped    what the folders held besides reports, as {@link ReportFiles.Found#describeSkipped()} says it
 * @param pruned     report graphs removed because their file was not among the inputs ({@code --prune})
 * @param warnings   problems that did not reject a report (duplicates)
 */
public record BatchSummary(int read, List<Problem> rejected, int officials, int titles, int meetings, long quads,
                           Duration elapsed, int unchanged, int duplicates, String skipped, int pruned,
                           List<Problem> warnings) {
    /** The end-of-run summary lists this many problems; the log has every one. */
    private static final int MAX_LISTED = 50;

    public BatchSummary {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** A few lines for the end of a run. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("reports read: %d, rejected: %d", read, rejected.size()));
        if (unchanged > 0) {
            s.append(String.format(", unchanged (already stored): %d", unchanged));
        }
        if (duplicates > 0) {
            s.append(String.format(", duplicates stored once: %d", duplicates));
        }
        if (pruned > 0) {
            s.append(String.format(", graphs pruned: %d", pruned));
        }
        s.append(String.format("; officials: %d, titles: %d, meetings: %d; quads: %d; %.1f s",
                officials, titles, meetings, quads, elapsed.toMillis() / 1000.0));
        if (!skipped.isEmpty()) {
            s.append(System.lineSeparator()).append("  ").append(skipped);
        }
        int listed = 0;
        for (Problem p : warnings) {
            if (listed++ < MAX_LISTED) {
                s.append(System.lineSeparator()).append("  ").append(p.file()).append(": ").append(p.reason());
            }
        }
        for (Problem p : rejected) {
            if (listed++ < MAX_LISTED) {
                s.append(System.lineSeparator()).append("  rejected ").append(p.file()).append(": ").append(p.reason());
            }
        }
        if (listed > MAX_LISTED) {
            s.append(System.lineSeparator()).append("  … and ").append(listed - MAX_LISTED)
                    .append(" more, each logged above with its file and reason");
        }
        return s.toString();
    }
}
