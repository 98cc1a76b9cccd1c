package org.w3id.cadregraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IO;

/**
 * Every figure of the scale issue, from one command, in child JVMs that run the commands as a user would
 * (heap as given): extract throughput on 1 and N threads, build throughput and store size, compaction against
 * {@code tdb2.tdbcompact}, store writes against {@code tdb2.tdbloader} on the same N-Quads, an unchanged rebuild,
 * the median time of every shipped query through Fuseki (a query that takes a parameter with its default and again
 * with the values of the store chosen by {@link StoreParameters}, each with its answer's size), and of the pages (official, meeting, organization, region,
 * report, search, network) of the same server. Prints a Markdown table.
 *
 * <pre>
 *   new Benchmark(settings, out).run();
 * </pre>
 */
public final class Benchmark {
    /**
     * @param reports    corpus size
     * @param sample     reports of the 1-thread / N-thread comparison (the first ones of the corpus)
     * @param threads    N
     * @param heap       -Xmx of every child JVM
     * @param work       folder for the corpus, stores, outputs and logs (the corpus is kept between runs)
     * @param queries    folder of .rq files
     * @param queryRuns  timed runs per query (after 2 warm-up runs)
     * @param seed       corpus seed
     */
    public record Settings(int reports, int sample, int threads, String heap, Path work, Path queries, int queryRuns,
                           long seed) {}

    private final Settings s;
    private final PrintWriter out;
    private final List<String[]> rows = new ArrayList<>();
    private final ChildJvm jvm;

    public Benchmark(Settings settings, PrintWriter out) {
        this.s = settings;
        this.out = out;
        // a fixed extraction time makes every run's output byte-comparable
        this.jvm = new ChildJvm(settings.heap(), settings.work().resolve("logs"), Map.of("SOURCE_DATE_EPOCH", "1700000000"));
    }

    public void run() throws IOException, InterruptedException {
        String loadBefore = load();
        Path corpus = s.work().resolve("corpus-" + s.seed() + "-" + s.reports());
        if (!Files.isDirectory(corpus)) {
            note("writing the corpus: %d reports", s.reports());
            new CorpusGenerator(s.seed()).write(corpus, s.reports());
        }
        Path sample = s.work().resolve("sample-" + s.seed() + "-" + s.sample());
        if (!Files.isDirectory(sample)) {
            new CorpusGenerator(s.seed()).write(sample, s.sample());
        }
        String n = Integer.toString(s.threads());

        // -- extraction, 1 and N threads on the sample
        ChildJvm.Run one = must(jvm.cadregraph("extract", sample.toString(), "-o", file("sample-1.nq"), "--threads", "1",
                "--no-progress", "-q"));
        ChildJvm.Run many = must(jvm.cadregraph("extract", sample.toString(), "-o", file("sample-n.nq"), "--threads", n,
                "--no-progress", "-q"));
        boolean same = Files.mismatch(s.work().resolve("sample-1.nq"), s.work().resolve("sample-n.nq")) == -1;
        row("extract, 1 thread (" + s.sample() + " reports)", rate(s.sample(), one.seconds()) + " reports/s",
                "peak RSS " + one.peakRss(), "extract SAMPLE -o x.nq --threads 1");
        row("extract, " + n + " threads (" + s.sample() + " reports)", rate(s.sample(), many.seconds()) + " reports/s",
                String.format(Locale.ROOT, "%.2f× one thread; output identical: %s", one.seconds() / many.seconds(),
                        same ? "yes" : "NO"), "extract SAMPLE -o x.nq --threads " + n);

        // -- extraction of the whole corpus
        Path nquads = s.work().resolve("corpus.nq");
        ChildJvm.Run all = must(jvm.cadregraph("extract", corpus.toString(), "-o", nquads.toString(), "--threads", n,
                "--no-progress", "-q"));
        long quads = lines(nquads);
        row("extract, " + n + " threads (" + s.reports() + " reports)", rate(s.reports(), all.seconds()) + " reports/s",
                String.format(Locale.ROOT, "%.0f s, %d quads, peak RSS %s with -Xmx%s", all.seconds(), quads,
                        all.peakRss(), s.heap()), "extract CORPUS -o corpus.nq");

        // -- build, fresh
        Path db = s.work().resolve("db");
        deleteIfExists(db);
        ChildJvm.Run build = must(jvm.cadregraph("build", corpus.toString(), "--db", db.toString(), "--threads", n,
                "--no-compact", "--no-progress", "-q"));
        long raw = DiskUsage.kilobytes(db);
        row("build, new store (" + s.reports() + " reports)", rate(s.reports(), build.seconds()) + " reports/s",
                String.format(Locale.ROOT, "%.0f s, peak RSS %s; store %s as bulk-loaded", build.seconds(),
                        build.peakRss(), DiskUsage.mb(raw)), "build CORPUS --no-compact");
        Path fresh = s.work().resolve("db-fresh-tdbcompact");
        deleteIfExists(fresh);
        copyTree(db, fresh);
        must(jvm.run("tdb2.tdbcompact", "--loc", fresh.toString()));
        deleteOldGenerations(fresh);
        row("new store against tdb2.tdbcompact", DiskUsage.mb(raw), String.format(Locale.ROOT,
                "%.2f× tdb2.tdbcompact's %s: a bulk-loaded store needs no compaction", (double) raw
                        / DiskUsage.kilobytes(fresh), DiskUsage.mb(DiskUsage.kilobytes(fresh))),
                "build CORPUS; tdb2.tdbcompact --loc COPY");
        ChildJvm.Run compact = must(jvm.cadregraph("compact", "--db", db.toString(), "-q"));
        long compacted = DiskUsage.kilobytes(db);
        row("compact", DiskUsage.mb(compacted), String.format(Locale.ROOT, "%.0f s", compact.seconds()), "compact");

        // -- rebuilds
        ChildJvm.Run unchanged = must(jvm.cadregraph("build", corpus.toString(), "--db", db.toString(), "--threads", n,
                "--no-progress", "-q"));
        row("rebuild, nothing changed", String.format(Locale.ROOT, "%.1f s", unchanged.seconds()),
                "every report skipped by its content hash", "build CORPUS (again)");
        ChildJvm.Run forced = null;
        for (int i = 0; i < 2; i++) {
            forced = must(jvm.cadregraph("build", corpus.toString(), "--db", db.toString(), "--threads", n, "--force",
                    "--no-progress", "-q"));
        }
        long afterRebuilds = DiskUsage.kilobytes(db);
        Path copy = s.work().resolve("db-tdbcompact");
        deleteIfExists(copy);
        copyTree(db, copy);
        must(jvm.run("tdb2.tdbcompact", "--loc", copy.toString()));
        deleteOldGenerations(copy);
        long jena = DiskUsage.kilobytes(copy);
        row("store after 1 build + 2 forced rebuilds", DiskUsage.mb(afterRebuilds), String.format(Locale.ROOT,
                "%.2f× tdb2.tdbcompact's %s; a forced rebuild took %.0f s", (double) afterRebuilds / jena,
                DiskUsage.mb(jena), forced.seconds()), "build CORPUS --force (twice); tdb2.tdbcompact --loc COPY");

        // -- store writes against tdb2.tdbloader, the same N-Quads
        Path loaderDb = s.work().resolve("db-tdbloader");
        deleteIfExists(loaderDb);
        ChildJvm.Run tdbloader = must(jvm.run("tdb2.tdbloader", "--loc", loaderDb.toString(), nquads.toString()));
        Path ourDb = s.work().resolve("db-load");
        deleteIfExists(ourDb);
        ChildJvm.Run ours = must(jvm.cadregraph("load", nquads.toString(), "--db", ourDb.toString(), "--no-compact", "--no-summary", "-q"));
        row("store writes (" + quads + " quads)", rate(quads, ours.seconds()) + " quads/s",
                String.format(Locale.ROOT, "%.2f× tdb2.tdbloader's %s quads/s", tdbloader.seconds() / ours.seconds(),
                        rate(quads, tdbloader.seconds())), "load corpus.nq --no-compact; tdb2.tdbloader --loc DIR corpus.nq");

        // -- queries through Fuseki
        queries(db);
        String loadAfter = load();
        print(loadBefore, loadAfter);
    }

    private void queries(Path db) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = jvm.start("org.w3id.cadregraph.cli.CadregraphCommand", "serve", "--db", db.toString(),
                "--port", Integer.toString(port), "-q");
        try {
            QueryTimer timer = new QueryTimer(URI.create("http://localhost:" + port + "/cadregraph/sparql"));
            if (!timer.awaitUp(Duration.ofMinutes(2))) {
                row("queries", "server did not start", "", "serve");
                return;
            }
            // The server reads its search index in the background from its start (a core for 20-80 s on 100,000
            // reports): queries timed meanwhile measured that read as much as themselves, so they wait for it too.
            awaitSearchIndex(new PageTimer(URI.create("http://localhost:" + port), s.queryRuns()));
            List<Path> files;
            try (Stream<Path> list = Files.list(s.queries())) {
                files = list.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
            }
            StoreParameters storeParameters = new StoreParameters(timer::select);
            for (Path f : files) {
                String query = Files.readString(f);
                String name = "query " + f.getFileName();
                if (query.contains("SERVICE")) {
                    row(name, "not timed", "federated: needs the network", "");
                    continue;
                }
                List<QueryParameter> parameters = QueryParameter.of(query);
                timeQuery(timer, name, query, parameters.isEmpty() ? "" : "; " + parameters.get(0) + " (the default)");
                if (!parameters.isEmpty()) {
                    timeWithStoreParameters(timer, storeParameters, name, query, parameters.get(0));
                }
            }
            pages(URI.create("http://localhost:" + port));
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /**
     * The query again with each value the store holds for its first parameter by the rules of {@link StoreParameters}
     * (a default absent from the store times a lookup that finds nothing); a row says so when no rule covers the
     * parameter or the store could not answer a rule.
     */
    private void timeWithStoreParameters(QueryTimer timer, StoreParameters store, String name, String query,
                                         QueryParameter parameter) throws IOException, InterruptedException {
        List<StoreParameters.Choice> choices;
        try {
            choices = store.choose(parameter, query);
        } catch (IOException e) {
            row(name + " with a store parameter", "not timed", "choosing ?" + parameter.variable() + " failed: "
                    + e.getMessage(), "");
            return;
        }
        if (choices.isEmpty() && StoreParameters.covers(parameter, query)) {
            row(name + " with a store parameter", "not timed", "the store holds no value by the rule: "
                    + StoreParameters.describe(parameter, query), "");
        }
        for (StoreParameters.Choice c : choices) {
            QueryParameter chosen = new QueryParameter(parameter.variable(), c.value());
            timeQuery(timer, name + ", " + chosen, QueryParameter.substitute(query, parameter.variable(), c.value()),
                    "; " + c.describe());
        }
    }

    /** One row: p50 as the figure, p95, status, the answer's rows and bytes (an empty answer shows) and {@code why}. */
    private void timeQuery(QueryTimer timer, String what, String query, String why)
            throws IOException, InterruptedException {
        QueryTimer.Timing t;
        try {
            t = timer.time(query, 2, s.queryRuns());
        } catch (HttpTimeoutException e) {
            // a query slower than the client waits is a figure too; the other queries and the pages still count
            row(what, "no answer", "the client gave up after " + QueryTimer.CLIENT_TIMEOUT.toSeconds() + " s" + why,
                    "POST /cadregraph/sparql");
            return;
        }
        row(what, String.format(Locale.ROOT, "p50 %.0f ms", t.p50Millis()),
                String.format(Locale.ROOT, "p95 %.0f ms, HTTP %d, %s rows, %d bytes%s", t.p95Millis(), t.status(),
                        t.rows() < 0 ? "no" : Long.toString(t.rows()), t.bytes(), why),
                "POST /cadregraph/sparql");
    }

    /** Waits until the server's search index is read, and records how long that took from the first poll after the server is up. */
    private void awaitSearchIndex(PageTimer timer) throws InterruptedException {
        try {
            double ready = timer.awaitSearchIndex(Duration.ofMinutes(10), Duration.ofSeconds(1));
            row("search index ready", String.format(Locale.ROOT, "%.1f s", ready / 1000),
                    "from the server's first request; the search answers 503 until then, the queries and pages are "
                            + "timed after it", "GET /search?q=wang");
        } catch (IOException e) {
            // the queries and pages are still worth timing; the row says the index may have been read meanwhile
            row("search index ready", "not ready", e.getMessage() + "; the queries and pages are timed anyway",
                    "GET /search?q=wang");
        }
    }

    /** The pages of the same server, as a browser gets them (see {@link PageTimer}). */
    private void pages(URI server) throws IOException, InterruptedException {
        PageTimer timer = new PageTimer(server, s.queryRuns());
        timer.timeAll((kind, t, example) -> row("page " + kind,
                String.format(Locale.ROOT, "p50 %.0f ms", t.p50Millis()),
                String.format(Locale.ROOT, "p95 %.0f ms, first request %.0f ms; %d pages × %d requests; %s", t.p95Millis(),
                        t.firstMillis(), t.pages(), t.requests() / Math.max(1, t.pages()), t.statuses()),
                "GET " + example));
    }

    /**
     * Only the queries and pages, on a store already built (for instance by an earlier run): the figures
     * that depend on the served store, re-taken without rebuilding it.
     */
    public void runServed(Path db) throws IOException, InterruptedException {
        String loadBefore = load();
        queries(db);
        print(loadBefore, load());
    }

    private void print(String loadBefore, String loadAfter) {
        out.println();
        out.println("| what | figure | detail | command |");
        out.println("|---|---|---|---|");
        for (String[] r : rows) {
            out.println("| " + String.join(" | ", r) + " |");
        }
        out.println();
        out.println("Machine: " + machine() + "; load average before " + loadBefore + ", after " + loadAfter
                + "; child JVMs -Xmx" + s.heap() + ".");
        out.flush();
    }

    private void row(String what, String figure, String detail, String command) {
        // a parameter value may hold a bar, which would end a Markdown cell
        rows.add(new String[] {cell(what), cell(figure), cell(detail), command.isEmpty() ? "" : "`" + command + "`"});
        note("%s: %s (%s)", what, figure, detail);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private void note(String format, Object... args) {
        System.err.println("bench: " + String.format(Locale.ROOT, format, args));
    }

    private ChildJvm.Run must(ChildJvm.Run run) throws IOException {
        // exit 1 means some reports were rejected: the corpus has a few empty ones on purpose
        if (run.exitCode() != 0 && run.exitCode() != 1) {
            throw new IOException("a benchmark step failed with exit code " + run.exitCode() + "; see " + run.log());
        }
        return run;
    }

    private String file(String name) {
        return s.work().resolve(name).toString();
    }

    private static String rate(long n, double seconds) {
        return String.format(Locale.ROOT, "%,.0f", n / seconds);
    }

    private static long lines(Path file) throws IOException {
        try (Stream<String> l = Files.lines(file)) {
            return l.count();
        }
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "n/a";
        }
    }

    static String machine() {
        String cpu = "";
        try (Stream<String> l = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = l.filter(x -> x.startsWith("model name")).findFirst().map(x -> x.replaceAll(".*:\\s*", "")).orElse("");
        } catch (IOException e) {
            // not Linux
        }
        return String.format(Locale.ROOT, "%d cores%s, %.0f GB RAM, Java %s", Runtime.getRuntime().availableProcessors(),
                cpu.isEmpty() ? "" : " (" + cpu + ")", totalMemoryGb(), System.getProperty("java.version"));
    }

    private static double totalMemoryGb() {
        try (Stream<String> l = Files.lines(Path.of("/proc/meminfo"))) {
            return l.filter(x -> x.startsWith("MemTotal")).findFirst()
                    .map(x -> Long.parseLong(x.replaceAll("\\D", "")) / 1024.0 / 1024.0).orElse(0.0);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteIfExists(Path dir) {
        if (Files.exists(dir)) {
            IO.deleteAll(dir);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** tdb2.tdbcompact keeps the old generation; the size that counts is the live one. */
    private static void deleteOldGenerations(Path db) throws IOException {
        List<Path> generations;
        try (Stream<Path> l = Files.list(db)) {
            generations = l.filter(p -> p.getFileName().toString().matches("Data-\\d+")).sorted().toList();
        }
        for (int i = 0; i < generations.size() - 1; i++) {
            deleteIfExists(generations.get(i));
        }
    }
}
