package org.w3id.cadregraph.pipeline;

import java.time.Duration;

/**
 * How a batch runs.
 *
 * @param threads       extraction workers (the writer is one more thread, mostly waiting)
 * @param reportTimeout a report still running after this long is abandoned and rejected, so one report can never
 *                      stall the batch
 * @param progressBar   a progress bar on stderr
 * @param prune         remove the graphs of reports that are not among the inputs
 * @param force         extract every report again, even those whose content is stored
 */
public record BatchOptions(int threads, Duration reportTimeout, boolean progressBar, boolean prune, boolean force) {
    /** Generous: a report takes milliseconds; only a pathological one comes near this. */
    public static final Duration DEFAULT_REPORT_TIMEOUT = Duration.ofSeconds(60);

    public BatchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** One worker per available core, the default timeout, no prune, no force. */
    public static BatchOptions defaults(boolean progressBar) {
        return new BatchOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_REPORT_TIMEOUT, progressBar, false, false);
    }

    public BatchOptions withThreads(int n) {
        return new BatchOptions(n, reportTimeout, progressBar, prune, force);
    }

    public BatchOptions withPrune(boolean p) {
        return new BatchOptions(threads, reportTimeout, progressBar, p, force);
    }

    public BatchOptions withForce(boolean f) {
        return new BatchOptions(threads, reportTimeout, progressBar, prune, f);
    }

    public BatchOptions withReportTimeout(Duration d) {
        return new BatchOptions(threads, d, progressBar, prune, force);
    }
}
