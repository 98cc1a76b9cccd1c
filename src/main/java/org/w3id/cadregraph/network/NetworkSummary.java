package org.w3id.cadregraph.network;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The unfiltered network page and the network form of a store, counted once: the overview of the whole network
 * (its size, the officials drawn and the links among them, the strongest ties) and the regions and organizations
 * the form offers. On a large store neither can be counted while a page waits (every attendance of the store, and
 * every meeting's region), so {@code build}, {@code load} and {@code summarize} count them and keep them in the
 * store ({@link NetworkSummaryGraph}), and the page reads them there.
 *
 * @param fingerprint the {@link NetworkSummaryGraph#fingerprint} of the store it was counted from
 */
public record NetworkSummary(NetworkOverview overview, List<NetworkChoice> regions, List<NetworkChoice> organizations,
                             String fingerprint) {
    /** No time limit: a store's whole network is counted once, by a command. */
    private static final Duration NO_LIMIT = Duration.ofDays(1);

    public NetworkSummary {
        regions = List.copyOf(regions);
        organizations = List.copyOf(organizations);
    }

    /** Counts the summary of the store's report graphs, in read transactions. */
    public static NetworkSummary count(DatasetGraph dsg) {
        return count(dsg, Optional.empty());
    }

    /**
     * Counts the summary of the store's report graphs, in read transactions, and when {@code db} is given writes the
     * downloads of the whole network into it ({@link NetworkDownloads}) from the same reading of the attendances.
     */
    public static NetworkSummary count(DatasetGraph dsg, Optional<Path> db) {
        String fingerprint = NetworkSummaryGraph.fingerprint(dsg);
        OverviewCounter counter = new OverviewCounter();
        new NetworkQuery(NetworkFilter.ALL).read(dsg, NO_LIMIT, counter);
        NetworkOverview overview = counter.overview(NetworkOverview.MAX_DRAWN, NetworkOverview.MAX_TIES);
        db.ifPresent(dir -> NetworkDownloads.write(dir, counter.network(), fingerprint));
        return new NetworkSummary(overview, NetworkChoices.REGIONS.count(dsg, NO_LIMIT),
                NetworkChoices.ORGANIZATIONS.count(dsg, NO_LIMIT), fingerprint);
    }
}
