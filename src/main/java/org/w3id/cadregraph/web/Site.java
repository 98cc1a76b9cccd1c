package org.w3id.cadregraph.web;

import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.w3id.cadregraph.network.NetworkSummary;
import org.w3id.cadregraph.network.NetworkSummaryGraph;

/**
 * What the servlets of the pages share: the store of the served dataset, the templates, the search
 * index. One per server; the store is found in Fuseki's registry when the first servlet starts.
 */
final class Site {
    private final String datasetPath;
    private final Duration timeout;
    private final Templates templates;
    private volatile StoreReader store;
    private volatile SearchIndex searchIndex;
    private volatile NetworkOptions networkOptions;
    private volatile Optional<NetworkSummary> networkSummary;
    private final NetworkCache networks = new NetworkCache();

    /**
     * @param datasetPath the Fuseki service path of the dataset, {@code /cadregraph}
     * @param timeout     the time limit of each query a page runs
     */
    Site(String datasetPath, Duration timeout) {
        this.datasetPath = datasetPath;
        this.timeout = timeout;
        this.templates = new Templates(this);
    }

    /** Finds the served dataset in Fuseki's registry; called by each servlet's {@code init}. */
    synchronized void attach(ServletContext context) {
        if (store != null) {
            return;
        }
        DataAccessPoint access = DataAccessPointRegistry.get(context).get(datasetPath);
        if (access == null) {
            throw new IllegalStateException("the server has no dataset " + datasetPath + " for the pages to show");
        }
        store = new StoreReader(access.getDataService().getDataset(), timeout);
    }

    StoreReader store() {
        StoreReader s = store;
        if (s == null) {
            throw new IllegalStateException("the pages are not attached to a server yet");
        }
        return s;
    }

    Templates templates() {
        return templates;
    }

    /** The Fuseki service path of the dataset, {@code /cadregraph}. */
    public String datasetPath() {
        return datasetPath;
    }

    /** The SPARQL endpoint's path. */
    public String sparqlEndpoint() {
        return datasetPath + "/sparql";
    }

    /** A new record of the queries of one page. */
    PageData pageData() {
        return new PageData(store(), datasetPath);
    }

    NetworkCache networks() {
        return networks;
    }

    /** The choices of the network form, loaded on first use (the served store does not change). */
    NetworkOptions networkOptions() {
        NetworkOptions options = networkOptions;
        if (options == null) {
            synchronized (this) {
                if (networkOptions == null) {
                    networkOptions = NetworkOptions.load(store(), networkSummary());
                }
                options = networkOptions;
            }
        }
        return options;
    }

    /**
     * The network summary the store keeps ({@link NetworkSummaryGraph}), read on first use: the unfiltered network
     * page and the form answer from it. Empty for a store that has none (loaded by another tool): the pages then
     * count the network when asked, as they did before.
     */
    Optional<NetworkSummary> networkSummary() {
        Optional<NetworkSummary> summary = networkSummary;
        if (summary == null) {
            synchronized (this) {
                if (networkSummary == null) {
                    networkSummary = NetworkSummaryGraph.read(store().dataset());
                }
                summary = networkSummary;
            }
        }
        return summary;
    }

    /**
     * The search index, built on first use. The served store cannot change while it is served (Fuseki
     * serves it read-only, and TDB2 locks it against other processes), so one build holds.
     */
    SearchIndex searchIndex() {
        SearchIndex index = searchIndex;
        if (index == null) {
            synchronized (this) {
                if (searchIndex == null) {
                    searchIndex = SearchIndex.build(store());
                }
                index = searchIndex;
            }
        }
        return index;
    }
}
