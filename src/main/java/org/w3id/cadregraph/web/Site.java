package org.w3id.cadregraph.web;

import jakarta.servlet.ServletContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.cadregraph.network.NetworkDownloads;
import org.w3id.cadregraph.network.NetworkFormat;
import org.w3id.cadregraph.network.NetworkSummary;
import org.w3id.cadregraph.network.NetworkSummaryGraph;

/**
 * What the servlets of the pages share: the store of the served dataset, the templates, the search
 * index. One per server; the store is found in Fuseki's registry when the first servlet starts.
 */
final class Site {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Site.class);
    /**
     * The time limit of the one query that reads every name for the search index: it runs once per server, in the
     * background, so it is not held to a page's limit (on 100,000 reports it takes about 20 s on a quiet machine).
     */
    static final Duration SEARCH_INDEX_TIMEOUT = Duration.ofMinutes(10);

    private final String datasetPath;
    private final Duration timeout;
    private final Templates templates;
    private volatile StoreReader store;
    private final Function<StoreReader, SearchIndex> searchIndexBuilder;
    private final AtomicReference<CompletableFuture<SearchIndex>> searchIndex = new AtomicReference<>();
    private volatile NetworkOptions networkOptions;
    private volatile Optional<NetworkSummary> networkSummary;
    private final NetworkCache networks = new NetworkCache();

    /**
     * @param datasetPath the Fuseki service path of the dataset, {@code /cadregraph}
     * @param timeout     the time limit of each query a page runs
     */
    Site(String datasetPath, Duration timeout) {
        this(datasetPath, timeout, store -> SearchIndex.build(store.withTimeout(SEARCH_INDEX_TIMEOUT)));
    }

    /** @param searchIndexBuilder reads the search index from the store (tests give a slow one) */
    Site(String datasetPath, Duration timeout, Function<StoreReader, SearchIndex> searchIndexBuilder) {
        this.datasetPath = datasetPath;
        this.timeout = timeout;
        this.searchIndexBuilder = searchIndexBuilder;
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
        // The search index reads every name of the store: begun when the server starts (Jetty starts the servlet), so that a
        // search on a large store need not wait for it (nor be stopped by a page's time limit while it reads).
        searchIndexBuild();
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
     * page and the form answer from it. Empty for a store that has none (loaded by another tool) or whose summary is
     * marked stale (a build or load killed before it was counted again): the pages then count the network when asked.
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
     * The gzipped download of the whole network in {@code format} that the store keeps beside its summary
     * ({@link NetworkDownloads}), if it keeps one of that summary; empty for a store without (an in-memory dataset, a
     * store summarized before there were downloads, a stale summary): the download is then counted when asked.
     */
    Optional<Path> networkDownload(NetworkFormat format) {
        return networkSummary().flatMap(summary -> storeDirectory()
                .flatMap(db -> NetworkDownloads.file(db, format, summary.fingerprint())));
    }

    /** The directory of the served TDB2 store, under the text dataset and whatever else wraps it. */
    private Optional<Path> storeDirectory() {
        DatasetGraph dsg = store().dataset();
        // down to TDB2's switchable dataset, whose location is the store's directory (the storage under it is in Data-NNNN)
        while (!DatabaseMgr.isTDB2(dsg) && dsg instanceof DatasetGraphWrapper wrapper) {
            dsg = wrapper.getWrapped();
        }
        if (!DatabaseMgr.isTDB2(dsg)) {
            return Optional.empty();
        }
        Location location = DatabaseMgr.location(dsg);
        return location.isMem() ? Optional.empty() : Optional.of(Path.of(location.getDirectoryPath()));
    }

    /**
     * The search index, waiting for its build at most a page's time limit. The served store cannot change while it is
     * served (Fuseki serves it read-only, and TDB2 locks it against other processes), so one build holds.
     *
     * @throws SearchIndexNotReady when the build has not finished within the page's limit
     */
    SearchIndex searchIndex() {
        try {
            return searchIndexBuild().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SearchIndexNotReady();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchIndexNotReady();
        } catch (ExecutionException e) {
            // logged where the build failed; the next request starts it again
            throw new IllegalStateException("the search index could not be built", e.getCause());
        }
    }

    /** The build of the search index: the one under way or done, or a new one when there is none or it failed. */
    private CompletableFuture<SearchIndex> searchIndexBuild() {
        while (true) {
            CompletableFuture<SearchIndex> build = searchIndex.get();
            if (build != null && !build.isCompletedExceptionally()) {
                return build;
            }
            CompletableFuture<SearchIndex> fresh = new CompletableFuture<>();
            if (searchIndex.compareAndSet(build, fresh)) {
                StoreReader reader = store();
                Thread thread = new Thread(() -> {
                    long start = System.nanoTime();
                    try {
                        SearchIndex index = searchIndexBuilder.apply(reader);
                        log.info("search index: {} names in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
                        fresh.complete(index);
                    } catch (RuntimeException | Error e) {
                        log.error("the search index could not be built: {}", e.toString(), e);
                        fresh.completeExceptionally(e);
                    }
                }, "search-index");
                thread.setDaemon(true);   // a server stopping must not wait for it
                thread.start();
                return fresh;
            }
        }
    }

    /** The search index is still being read from the store. */
    static final class SearchIndexNotReady extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SearchIndexNotReady() {
            super("the search index is still being read from the store", null, false, false);
        }
    }
}
