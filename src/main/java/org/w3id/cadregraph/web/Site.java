package org.w3id.cadregraph.web;

import jakarta.servlet.ServletContext;
import java.time.Duration;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;

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
                    networkOptions = NetworkOptions.load(store());
                }
                options = networkOptions;
            }
        }
        return options;
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
