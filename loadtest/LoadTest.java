import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load and fault tests of a running {@code cadregraph serve}, on loopback, each bounded in time. Run by
 * {@code loadtest/run.sh}, which builds the sample store and starts the server; or by hand, with Java 17 and
 * nothing else (a single-file program):
 *
 * <pre>
 *   java loadtest/LoadTest.java load    --url http://127.0.0.1:3399 --clients 32 --seconds 60
 *   java loadtest/LoadTest.java runaway --url http://127.0.0.1:3399 --pid SERVER_PID --clients 8
 *   java loadtest/LoadTest.java slow    --url http://127.0.0.1:3399 --connections 200 --seconds 60
 *   java loadtest/LoadTest.java huge    --url http://127.0.0.1:3399 --pid SERVER_PID
 * </pre>
 *
 * The queries are the shipped ones ({@code queries/*.rq}) but the federated one, which a served store refuses.
 * Every figure is printed with the machine's load average, since the machine may be shared.
 */
public class LoadTest {
    private static final String SPARQL = "/cadregraph/sparql";
    private static final String REGEX_RUNAWAY =
            "SELECT ?x { BIND(regex(\"" + "a".repeat(48) + "!\", \"^(.*a){12}$\") AS ?x) }";
    private static final String CROSS_PRODUCT =
            "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?a ?l";

    private final Map<String, String> options;
    private final URI base;

    LoadTest(Map<String, String> options) {
        this.options = options;
        this.base = URI.create(options.getOrDefault("url", "http://127.0.0.1:3399"));
        if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java loadtest/LoadTest.java load|runaway|slow|huge --url URL [--pid PID] [options]");
            System.exit(2);
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        LoadTest test = new LoadTest(options);
        System.out.println("# " + args[0] + " " + options + "; load average at start " + loadAverage());
        boolean ok = switch (args[0]) {
            case "load" -> test.load();
            case "runaway" -> test.runaway();
            case "slow" -> test.slow();
            case "huge" -> test.huge();
            default -> throw new IllegalArgumentException("unknown test " + args[0]);
        };
        System.out.println("# load average at end " + loadAverage() + "; " + (ok ? "PASS" : "FAIL"));
        System.exit(ok ? 0 : 1);
    }

    private int intOption(String name, int dflt) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(dflt)));
    }

    // ------------------------------------------------------------------ load

    /** N clients, each asking the shipped queries in a shuffled loop for T seconds: errors and latency percentiles. */
    boolean load() throws Exception {
        int clients = intOption("clients", 32);
        int seconds = intOption("seconds", 60);
        Map<String, String> queries = shippedQueries();
        Latencies all = runClients(clients, Duration.ofSeconds(seconds), queries, new AtomicBoolean());
        System.out.println(all.table(clients + " clients x " + seconds + " s on " + queries.size() + " shipped queries"));
        return all.errors() == 0;
    }

    /** The shipped research queries but the federated one, by file name. */
    static Map<String, String> shippedQueries() throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        try (var files = Files.list(Path.of("queries"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(f);
                if (!text.contains("SERVICE")) {
                    queries.put(f.getFileName().toString(), text);
                }
            }
        }
        return queries;
    }

    /** Clients asking the queries in a loop until {@code duration} has passed or {@code stop} is set. */
    Latencies runClients(int clients, Duration duration, Map<String, String> queries, AtomicBoolean stop) throws Exception {
        Latencies latencies = new Latencies();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c);
            pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                List<String> names = new ArrayList<>(queries.keySet());
                while (System.nanoTime() < end && !stop.get()) {
                    Collections.shuffle(names, random);
                    for (String name : names) {
                        if (System.nanoTime() >= end || stop.get()) {
                            break;
                        }
                        latencies.record(name, ask(http, queries.get(name)));
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
        return latencies;
    }

    /** One query: its status (or -1 for a transport failure) and time. */
    record Answer(int status, long nanos, long bytes, String error) {}

    Answer ask(HttpClient http, String query) {
        long start = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(SPARQL))
                    .timeout(Duration.ofSeconds(90))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            try (InputStream body = response.body()) {
                bytes = body.transferTo(OutputStream.nullOutputStream());
            }
            return new Answer(response.statusCode(), System.nanoTime() - start, bytes, null);
        } catch (IOException | InterruptedException e) {
            return new Answer(-1, System.nanoTime() - start, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Latencies per query, and errors (any status but 200, or no answer). */
    static final class Latencies {
        private final Map<String, List<Long>> byQuery = new ConcurrentHashMap<>();
        private final List<String> errors = new CopyOnWriteArrayList<>();
        private final AtomicLong started = new AtomicLong(System.nanoTime());

        void record(String name, Answer a) {
            byQuery.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(a.nanos());
            if (a.status() != 200) {
                errors.add(name + ": " + (a.status() < 0 ? a.error() : "HTTP " + a.status()));
            }
        }

        int errors() {
            return errors.size();
        }

        List<Long> all() {
            List<Long> all = new ArrayList<>();
            byQuery.values().forEach(all::addAll);
            Collections.sort(all);
            return all;
        }

        String table(String title) {
            StringBuilder sb = new StringBuilder("## " + title + "\n");
            sb.append(String.format(Locale.ROOT, "%-45s %8s %8s %8s %8s %8s%n", "query", "requests", "p50 ms", "p90 ms", "p99 ms", "max ms"));
            new java.util.TreeMap<>(byQuery).forEach((name, list) -> sb.append(row(name, sorted(list))));
            List<Long> all = all();
            sb.append(row("ALL", all));
            double seconds = (System.nanoTime() - started.get()) / 1e9;
            sb.append(String.format(Locale.ROOT, "requests: %d in %.1f s (%.1f/s); errors: %d%n", all.size(), seconds,
                    all.size() / seconds, errors.size()));
            errors.stream().distinct().limit(5).forEach(e -> sb.append("  error: ").append(e).append('\n'));
            return sb.toString();
        }

        private static List<Long> sorted(List<Long> list) {
            List<Long> copy;
            synchronized (list) {
                copy = new ArrayList<>(list);
            }
            Collections.sort(copy);
            return copy;
        }

        private static String row(String name, List<Long> sorted) {
            return String.format(Locale.ROOT, "%-45s %8d %8.0f %8.0f %8.0f %8.0f%n", name, sorted.size(),
                    ms(pct(sorted, 50)), ms(pct(sorted, 90)), ms(pct(sorted, 99)), ms(pct(sorted, 100)));
        }
    }

    static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    // ------------------------------------------------------------------ runaway

    /**
     * A runaway query (a cross product sorted, and a regex that backtracks for hours), first alone, then while
     * clients ask the shipped queries: when does it end, does the server's CPU come back down (read from the
     * server process, not from the HTTP answer), and do the other clients keep their answers.
     */
    boolean runaway() throws Exception {
        long pid = Long.parseLong(options.get("pid"));
        int clients = intOption("clients", 8);
        boolean ok = true;
        for (String[] q : new String[][] {{"regex that backtracks for hours", REGEX_RUNAWAY},
                {"cross product of 4 patterns, sorted", CROSS_PRODUCT}}) {
            ok &= runawayAlone(pid, q[0], q[1]);
            if (!serverAlive(pid)) {
                return false;
            }
        }
        ok &= runawayAmongClients(pid, clients);
        return ok & serverAlive(pid);
    }

    /** Whether the server process still runs; when it does not, says so as the test's failure. */
    private static boolean serverAlive(long pid) {
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
            System.out.println("FAIL: the server process " + pid + " is gone (its log says why)");
        }
        return alive;
    }

    private boolean runawayAlone(long pid, String label, String query) throws Exception {
        System.out.println("## runaway alone: " + label);
        CpuSampler cpu = new CpuSampler(pid);
        cpu.start();
        Thread.sleep(3000);
        Answer a = ask(HttpClient.newHttpClient(), query);
        double answeredAt = cpu.elapsed();
        Thread.sleep(10_000);
        cpu.stop();
        System.out.printf(Locale.ROOT, "answer: HTTP %d after %.1f s%n", a.status(), a.nanos() / 1e9);
        System.out.println(cpu.timeline());
        double after = cpu.coresBetween(answeredAt + 2, answeredAt + 10);
        double during = cpu.coresBetween(answeredAt - 10, answeredAt - 1);
        System.out.printf(Locale.ROOT, "server CPU: %.2f cores in the 10 s before the answer, %.2f cores from 2 to 10 s after%n",
                during, after);
        return a.status() == 503 && after < 0.2;
    }

    private boolean runawayAmongClients(long pid, int clients) throws Exception {
        System.out.println("## runaway (regex + cross product) while " + clients + " clients ask the shipped queries");
        Map<String, String> queries = shippedQueries();
        Latencies before = runClients(clients, Duration.ofSeconds(20), queries, new AtomicBoolean());
        System.out.println(before.table("before: " + clients + " clients x 20 s"));
        CpuSampler cpu = new CpuSampler(pid);
        cpu.start();
        ExecutorService runaways = Executors.newFixedThreadPool(2);
        var regex = runaways.submit(() -> ask(HttpClient.newHttpClient(), REGEX_RUNAWAY));
        var cross = runaways.submit(() -> ask(HttpClient.newHttpClient(), CROSS_PRODUCT));
        Latencies during = runClients(clients, Duration.ofSeconds(40), queries, new AtomicBoolean());
        Answer r = regex.get();
        Answer c = cross.get();
        runaways.shutdown();
        cpu.stop();
        System.out.println(during.table("during: " + clients + " clients x 40 s, the two runaway queries started with them"));
        System.out.printf(Locale.ROOT, "runaway regex: HTTP %d after %.1f s; cross product: HTTP %d after %.1f s%n",
                r.status(), r.nanos() / 1e9, c.status(), c.nanos() / 1e9);
        System.out.println(cpu.timeline());
        return during.errors() == 0 && r.status() == 503 && c.status() == 503;
    }

    /** The server's CPU time, read every second from the process (ProcessHandle: /proc on Linux). */
    static final class CpuSampler {
        private final Optional<ProcessHandle> process;
        private final List<double[]> samples = new CopyOnWriteArrayList<>();   // {seconds since start, cpu seconds}
        private final long t0 = System.nanoTime();
        private Thread thread;

        CpuSampler(long pid) {
            this.process = ProcessHandle.of(pid);   // empty when the server is gone: its CPU is then NaN
        }

        void start() {
            thread = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    samples.add(new double[] {elapsed(), cpuSeconds()});
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join();
            samples.add(new double[] {elapsed(), cpuSeconds()});
        }

        double elapsed() {
            return (System.nanoTime() - t0) / 1e9;
        }

        private double cpuSeconds() {
            return process.filter(ProcessHandle::isAlive).flatMap(p -> p.info().totalCpuDuration())
                    .map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
        }

        /** Average cores used between two times (seconds since start). */
        double coresBetween(double from, double to) {
            double[] a = at(from);
            double[] b = at(to);
            return b[0] > a[0] ? (b[1] - a[1]) / (b[0] - a[0]) : 0;
        }

        private double[] at(double t) {
            double[] best = samples.get(0);
            for (double[] s : samples) {
                if (s[0] <= t) {
                    best = s;
                }
            }
            return best;
        }

        /** "t=0–5 s 1.9 cores | …": cores used per 5 s. */
        String timeline() {
            StringBuilder sb = new StringBuilder("server CPU (cores used, per 5 s):");
            double end = samples.get(samples.size() - 1)[0];
            for (double t = 0; t + 5 <= end + 0.5; t += 5) {
                sb.append(String.format(Locale.ROOT, " %.0f-%.0fs %.2f |", t, t + 5, coresBetween(t, t + 5)));
            }
            return sb.toString();
        }
    }

    // ------------------------------------------------------------------ slow

    /**
     * Connections that hold the server without finishing: request headers sent a byte at a time, a request body that
     * trickles, and clients that ask for a large result and never read it. Meanwhile one client asks a shipped query
     * every 200 ms: its latencies and errors say whether the others were locked out.
     */
    boolean slow() throws Exception {
        int connections = intOption("connections", 200);
        int seconds = intOption("seconds", 60);
        Map<String, String> queries = shippedQueries();
        Latencies baseline = probe(queries, Duration.ofSeconds(10), new AtomicBoolean());
        System.out.println(baseline.table("probe alone, 10 s"));

        AtomicBoolean stop = new AtomicBoolean();
        Map<String, AtomicInteger> closedByServer = new LinkedHashMap<>();
        List<Thread> attackers = new ArrayList<>();
        String[] kinds = {"slow headers", "slow body", "never reads"};
        for (String kind : kinds) {
            closedByServer.put(kind, new AtomicInteger());
        }
        for (int i = 0; i < connections; i++) {
            String kind = kinds[i % kinds.length];
            Thread t = new Thread(() -> holdConnection(kind, stop, closedByServer.get(kind)));
            t.setDaemon(true);
            t.start();
            attackers.add(t);
        }
        Latencies during = probe(queries, Duration.ofSeconds(seconds), new AtomicBoolean());
        stop.set(true);
        for (Thread t : attackers) {
            t.join(5000);
        }
        System.out.println(during.table("probe while " + connections + " slow connections (" + String.join(", ", kinds)
                + ") hold the server, " + seconds + " s"));
        System.out.println("slow connections closed by the server before the end: " + closedByServer
                + " of " + connections + " (a client that never reads does not notice)");
        return during.errors() == 0;
    }

    private Latencies probe(Map<String, String> queries, Duration duration, AtomicBoolean stop) throws Exception {
        Latencies latencies = new Latencies();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> names = new ArrayList<>(queries.keySet());
        long end = System.nanoTime() + duration.toNanos();
        for (int i = 0; System.nanoTime() < end && !stop.get(); i++) {
            String name = names.get(i % names.size());
            latencies.record(name, ask(http, queries.get(name)));
            Thread.sleep(200);
        }
        return latencies;
    }

    /** One misbehaving connection until {@code stop}; counts it when the server closes it first. */
    private void holdConnection(String kind, AtomicBoolean stop, AtomicInteger closedByServer) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setReceiveBufferSize(4096);
            OutputStream out = socket.getOutputStream();
            switch (kind) {
                case "slow headers" -> {
                    byte[] request = ("GET " + SPARQL + "?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: "
                            + "x".repeat(4000) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < request.length && !stop.get(); i++) {
                        out.write(request[i]);
                        out.flush();
                        Thread.sleep(2000);
                    }
                }
                case "slow body" -> {
                    out.write(("POST " + SPARQL + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                            + "Content-Length: 100000\r\n\r\nSELECT * {").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    while (!stop.get()) {
                        out.write(' ');
                        out.flush();
                        Thread.sleep(2000);
                    }
                }
                default -> {   // never reads: a result of many MB, and the socket's receive buffer stays full
                    String q = URLEncoder.encode("SELECT * { ?a ?b ?c . ?d ?e ?f }", StandardCharsets.UTF_8);
                    out.write(("GET " + SPARQL + "?query=" + q + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Accept: application/sparql-results+json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    while (!stop.get()) {
                        Thread.sleep(500);
                    }
                }
            }
        } catch (IOException e) {
            if (!stop.get()) {
                closedByServer.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ huge

    /**
     * One result far larger than the server's heap (the script starts it with -Xmx256m), read to the end: it must
     * stream. Reports rows, bytes, time and the server's resident memory before and after.
     */
    boolean huge() throws Exception {
        long pid = Long.parseLong(options.get("pid"));
        int rows = intOption("rows", 2_000_000);
        String query = "SELECT * { ?a ?b ?c . ?d ?e ?f } LIMIT " + rows;
        System.out.println("## one result of " + rows + " rows (" + query + ")");
        System.out.println("server resident memory before: " + rssMb(pid) + " MB");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + SPARQL + "?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/tab-separated-values").GET().build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        String failure = null;
        try (InputStream in = response.body()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        } catch (IOException e) {
            failure = e.getMessage();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "HTTP %d, %d rows, %.0f MB in %.1f s (%.1f MB/s)%s%n", response.statusCode(),
                Math.max(0, lines - 1), bytes / 1e6, seconds, bytes / 1e6 / seconds,
                failure == null ? "" : "; cut off: " + failure);
        System.out.println("server resident memory after: " + rssMb(pid) + " MB; server still answers: "
                + (ask(http, "ASK {}").status() == 200));
        return response.statusCode() == 200 && failure == null && lines - 1 == rows;
    }

    private static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
