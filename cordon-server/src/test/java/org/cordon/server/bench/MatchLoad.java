package org.cordon.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cordon.bench.speed.CustomerNames;
import org.cordon.match.Query;
import org.cordon.match.ScreenOptions;
import org.cordon.model.Entity;
import org.cordon.server.CordonServer;
import org.cordon.server.LoopbackHttpClient;
import org.cordon.server.ServerOptions;
import org.cordon.server.Snapshot;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Load generator for {@code POST /match/default} with one query per request, over loopback, against
 * the real lists: for 1, 8 and 64 concurrent clients, each client sends a fixed number of requests
 * back to back on its own keep-alive connection ({@link LoopbackHttpClient}: the JDK's client cost the
 * server's two cores more CPU than the server's own HTTP work); prints p50/p90/p99/max latency and
 * throughput, the process's CPU a request and how it splits by thread (the server's, the JIT compiler's, the collector's,
 * the load generator's), and fails on any error. Bounded: it stops by itself after the warm-up and
 * {@code clients x requests} requests per level. A last row times {@code GET /healthz} at 8 clients:
 * what HTTP alone costs.
 *
 * <p>Two mixes of queries. Names of listed persons and organisations taken from the loaded lists, every
 * other one misspelt (a letter dropped), so both hits and near misses are screened: the hardest mix, since
 * every query has near matches to score. And generated customers (the bench's {@code CustomerNames}: nine
 * locales, a fifth companies, one in 200 a listed name), as a payment flow or a customer file sends them.
 *
 * <p>First sight: each mix's 1,000 names once at 8 clients right after {@code /readyz}; again with 1,000 other names once
 * the repeated levels have run (some 25,000 requests later: the JIT compiler has settled); and names new as a whole but
 * made of words the server met, the first word of one person of a mix and the last of another in the same script
 * ("new names of words met"): what most names of a payment flow are to a server that has screened for a while. Between those,
 * the same kind of first sight without a queue, to split its cost: other listed names and other customers screened once
 * in-process on one thread (the matcher alone), and once each over HTTP by one client (the matcher with HTTP, the JSON both
 * ways and the explanations). And after
 * the customers' levels, the two kinds together as a payment flow sends them ("3 met : 1 new": three requests in four a
 * customer answered before, one a customer never seen), with the latencies of each kind in rows of their own. Last,
 * customers never seen sent at a fixed rate (250, 500 and 1,000 a second: an open loop, as payments come), each request's latency
 * counted from the moment it was due; and the payment flow's mix (three met to one new) at a fixed 1,000 and 2,000 requests
 * a second, with rows of each kind.
 *
 * <p>The server warms up as {@code cordon serve} does ({@code cordon.load.server-warmup}, default 30,000 /match
 * requests of its own before it reports ready: {@link CordonServer#awaitReady}); the levels are measured from the
 * moment it is ready, after {@code cordon.load.warmup} more requests of the load generator's own (default none).
 *
 * <p>Run (figures go to stdout; docs/performance.md records them):
 * <pre>
 * mvn -B -o -q -pl cordon-server -am test -Dtest=MatchLoad -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcordon.load.requests=4000
 * </pre>
 */
@Tag("load")
class MatchLoad {

    @Test
    void matchLatencyAt1And8And64Clients() throws Exception {
        int perLevel = Integer.getInteger("cordon.load.requests", 2000);
        int serverWarmUp = Integer.getInteger("cordon.load.server-warmup", 30_000);
        int warmup = Integer.getInteger("cordon.load.warmup", 0);
        String shared = System.getProperty("cordon.shared", "../../shared");
        Path lists = Path.of(shared, "data", "lists");
        int screeningThreads = Integer.getInteger("cordon.load.screening-threads", 0);
        try (CordonServer server = CordonServer.start(ServerOptions.of("127.0.0.1", 0, lists)
                .withScreeningThreads(screeningThreads).withWarmUp(serverWarmUp))) {
            assertThat(server.lists().awaitFirstLoad(Duration.ofMinutes(10))).as("lists loaded").isTrue();
            Snapshot snap = server.lists().current();
            assertThat(snap).as("lists loaded: " + server.lists().startupError()).isNotNull();
            // The mixes are made while the server warms up, not once it is ready: generating the customers (Datafaker reading
            // its YAML) left the JIT compiler work that it did during the first measured level (1.3 s of C2 in one run).
            List<Query> listed = listedNames(snap, 1000, 0), customers = customers(snap, 1000, 1);
            List<byte[]> listedBodies = bodies(listed), customerBodies = bodies(customers);
            // names for a second first sight, once the server has run a while: other listed records, other customers
            List<byte[]> laterListed = bodies(listedNames(snap, 1000, 1)), laterCustomers = bodies(without(customers(snap, 1000, 2), customers));
            // and names new as a whole but made of words the server has met: the first word of one person of a mix and the
            // last of another, as most of a payment flow's names are to a server that has screened a while
            List<byte[]> knownListedWords = bodies(recombined(listed, 1000)), knownCustomerWords = bodies(recombined(customers, 1000));
            // a payment flow's mix: three in four requests a customer the server has answered before, one in four a new one
            java.util.BitSet flowNew = new java.util.BitSet();
            List<byte[]> flow = flow(customerBodies, bodies(without(without(customers(snap, 1000, 3), customers), customers(snap, 1000, 2))), 1000, flowNew);
            // customers never seen sent at a fixed rate, as payments come, whatever the answers' pace (an open loop)
            List<Query> paced = without(without(without(customers(snap, 1000, 4), customers), customers(snap, 1000, 2)), customers(snap, 1000, 3));
            List<byte[]> pacedSlow = bodies(paced.subList(0, paced.size() / 2)), pacedFast = bodies(paced.subList(paced.size() / 2, paced.size()));
            List<Query> seen = new ArrayList<>(customers);
            for (long seed = 2; seed <= 4; seed++) seen.addAll(customers(snap, 1000, seed));
            List<byte[]> pacedFaster = bodies(without(customers(snap, 1000, 5), seen));
            // and a payment flow at a fixed rate: three requests in four a customer answered before, one a customer never seen
            seen.addAll(customers(snap, 1000, 5));
            java.util.BitSet pacedFlowNew = new java.util.BitSet(), fasterFlowNew = new java.util.BitSet();
            List<byte[]> pacedFlow = flow(customerBodies, bodies(without(customers(snap, 1000, 6), seen)), 2000, pacedFlowNew);
            seen.addAll(customers(snap, 1000, 6));
            List<byte[]> fasterFlow = flow(customerBodies, bodies(without(customers(snap, 1000, 7), seen)), 4000, fasterFlowNew);
            // and first sights to split what one costs once the compiler has settled: screened in-process on one thread (no HTTP),
            // and over HTTP by one client (no queue), other listed records and other customers again
            List<Query> splitListed = listedAt(snap, 1000, 5), splitCustomers = without(without(customers(snap, 1000, 8), seen), customers(snap, 1000, 7));
            List<byte[]> splitListedBodies = bodies(listedAt(snap, 1000, 9));
            List<byte[]> splitCustomerBodies = bodies(without(without(without(customers(snap, 1000, 9), seen), customers(snap, 1000, 7)), splitCustomers));
            assertThat(server.awaitReady(Duration.ofMinutes(10))).as("ready: " + server.lists().startupError()).isTrue();
            int port = server.port();
            System.out.printf(Locale.ROOT, "%nHTTP /match latency: %,d entities, %d distinct queries per mix, %d requests per level, %d cores%n",
                    snap.entityCount(), listed.size(), perLevel, Runtime.getRuntime().availableProcessors());
            try (LoopbackHttpClient http = new LoopbackHttpClient("127.0.0.1", port)) {
                System.out.println("ready: " + http.get("/readyz").text());
            }
            System.out.println("| clients | requests | errors | p50 ms | p90 ms | p99 ms | max ms | req/s | CPU ms/req |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            // The server warmed itself up before it reported ready (WarmUp: on two cores the JIT compiler competes with the
            // requests until some 30,000 have run); an extra warm-up of the load generator's own, if asked for:
            if (warmup > 0) {
                run(port, "/match/default", listedBodies, 8, warmup * 3 / 4, null);
                run(port, "/match/default", customerBodies, 8, warmup / 4, null);
            }
            // What the first clients after /readyz meet: 8 clients, each query the first time the server sees it (the warm-up
            // took other names), so every word not met before is looked up in the index's dictionaries; the levels after
            // these repeat each mix's 1,000 queries, whose words the index then holds in its caches.
            if (warmup == 0) {
                run(port, "/match/default", listedBodies, 8, listedBodies.size(), "8, first sight");
                run(port, "/match/default", customerBodies, 8, customerBodies.size(), "customers: 8, first sight");
            }
            // listed names, every other one misspelt: the hardest mix, every query has near matches to score
            inProcess(snap, listed, perLevel, "in-process, 1 thread");
            for (int clients : new int[] {1, 8, 64}) run(port, "/match/default", listedBodies, clients, perLevel, String.valueOf(clients));
            // generated customers, as a payment flow or a customer file sends them: few have any result
            inProcess(snap, customers, perLevel, "customers: in-process, 1 thread");
            for (int clients : new int[] {1, 8, 64}) {
                run(port, "/match/default", customerBodies, clients, perLevel, "customers: " + clients);
            }
            // the two together, as a payment flow sends them: does a customer met before wait behind the new ones' screening?
            if (warmup == 0) run(port, "/match/default", flow, 8, flow.size(), "customers: 8, 3 met : 1 new", flowNew);
            // New names again, now that the server has run some 25,000 requests past /readyz: what a first sight costs once the
            // JIT compiler has settled (the first levels above also meet it compiling the screening again, for shapes the
            // warm-up did not show it), as it does for a server that has run a while
            if (warmup == 0) {
                run(port, "/match/default", laterListed, 8, laterListed.size(), "8, first sight, later");
                run(port, "/match/default", laterCustomers, 8, laterCustomers.size(), "customers: 8, first sight, later");
                // the same kind of first sight with no queue: the matcher alone, then with HTTP, the JSON and the explanations
                inProcessOnce(snap, splitListed, "first sight, later: in-process, 1 thread");
                run(port, "/match/default", splitListedBodies, 1, splitListedBodies.size(), "1, first sight, later");
                inProcessOnce(snap, splitCustomers, "customers: first sight, later: in-process, 1 thread");
                run(port, "/match/default", splitCustomerBodies, 1, splitCustomerBodies.size(), "customers: 1, first sight, later");
                run(port, "/match/default", knownListedWords, 8, knownListedWords.size(), "8, new names of words met");
                run(port, "/match/default", knownCustomerWords, 8, knownCustomerWords.size(), "customers: 8, new names of words met");
            }
            // new customers at a fixed rate: what a first sight waits when requests come as payments do, not back to back
            if (warmup == 0) {
                openLoop(port, pacedSlow, 250, "customers: first sight, 250 a second");
                openLoop(port, pacedFast, 500, "customers: first sight, 500 a second");
                openLoop(port, pacedFaster, 1000, "customers: first sight, 1,000 a second");
                // a payment flow as it comes: most customers met before, a quarter new, at 1,000 and 2,000 requests a second
                openLoop(port, pacedFlow, 1000, "customers: 3 met : 1 new, 1,000 a second", pacedFlowNew);
                openLoop(port, fasterFlow, 2000, "customers: 3 met : 1 new, 2,000 a second", fasterFlowNew);
            }
            // what HTTP itself costs on this machine: a route that does no work
            run(port, "/healthz", null, 8, perLevel, "8, GET /healthz");
        }
    }

    /**
     * The same kind of query screened in-process, one thread, no HTTP: the matcher's own cost, so the
     * HTTP figures can be read as matcher + server overhead.
     */
    private static void inProcess(Snapshot snap, List<Query> queries, int n, String label) {
        ScreenOptions options = ScreenOptions.of(0.5, 5);
        long[] lat = new long[n];
        long cpu0 = processCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            snap.screener().screen(queries.get(i % queries.size()), options);
            lat[i] = System.nanoTime() - t0;
        }
        long wall = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpu0;
        Arrays.sort(lat);
        System.out.printf(Locale.ROOT, "| %s | %,d | 0 | %.2f | %.2f | %.2f | %.2f | %,.0f | %.2f |%n", label, n,
                ms(pct(lat, 0.50)), ms(pct(lat, 0.90)), ms(pct(lat, 0.99)), ms(lat[n - 1]), n / (wall / 1e9), ms(cpu) / n);
        System.out.flush();
    }

    /**
     * {@code clients} threads, each with its own keep-alive connection, send {@code total} requests between them back
     * to back; prints a table row when {@code label} is not null. A null body sends {@code GET path}. When {@code total}
     * is the number of bodies, each is sent once.
     */
    private static void run(int port, String path, List<byte[]> bodies, int clients, int total, String label) throws Exception {
        run(port, path, bodies, clients, total, label, null);
    }

    /**
     * {@link #run(int, String, List, int, int, String)}, each body sent once; with {@code fresh} (the bodies new to the
     * server), two more rows: the latencies of the others and of those.
     */
    private static void run(int port, String path, List<byte[]> bodies, int clients, int total, String label, java.util.BitSet fresh)
            throws Exception {
        int perClient = Math.max(1, total / clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] latencies = new long[perClient * clients];
        AtomicInteger errors = new AtomicInteger();
        List<String> errorSamples = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                try (LoopbackHttpClient http = new LoopbackHttpClient("127.0.0.1", port)) {
                    go.await();
                    for (int i = 0; i < perClient; i++) {
                        int b = bodies == null ? 0 : total == bodies.size() ? client * perClient + i : (client * 7919 + i) % bodies.size();
                        byte[] body = bodies == null ? null : bodies.get(b);
                        long t0 = System.nanoTime();
                        LoopbackHttpClient.Response r = body == null ? http.get(path) : http.post(path, body);
                        latencies[client * perClient + i] = System.nanoTime() - t0;
                        if (r.status() != 200) {
                            errors.incrementAndGet();
                            synchronized (errorSamples) { if (errorSamples.size() < 3) errorSamples.add(r.status() + " " + r.text()); }
                        }
                    }
                } catch (Exception e) {
                    // a broken connection ends this client: count what it did not send as errors
                    errors.addAndGet(perClient);
                    synchronized (errorSamples) { if (errorSamples.size() < 3) errorSamples.add(e.toString()); }
                }
                return null;
            }));
        }
        Map<String, Long> threads0 = cpuByThread();
        long cpu0 = processCpuNanos();
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> f : futures) f.get();
        long wall = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpu0;
        pool.shutdown();
        assertThat(errors.get()).as("errors, e.g. " + errorSamples).isZero();
        if (label == null) return;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %,d | %d | %.2f | %.2f | %.2f | %.2f | %,.0f | %.2f |%n", label, sorted.length, errors.get(),
                ms(pct(sorted, 0.50)), ms(pct(sorted, 0.90)), ms(pct(sorted, 0.99)), ms(sorted[sorted.length - 1]),
                sorted.length / (wall / 1e9), ms(cpu) / sorted.length);
        System.out.println("  CPU ms a request by thread: " + byThread(threads0, cpuByThread(), sorted.length));
        if (fresh != null) byKind(latencies, fresh, label);
        System.out.flush();
    }

    /**
     * Sends each of {@code bodies} once at {@code perSecond} requests a second, on time whatever the answers' pace (an open
     * loop, as a payment flow sends: a request waits for the server, never for the one before it), from up to 32 connections;
     * a request's latency runs from the moment it was due, so that one sent late because all connections were busy counts its
     * wait. Prints a table row.
     */
    private static void openLoop(int port, List<byte[]> bodies, int perSecond, String label) throws Exception {
        openLoop(port, bodies, perSecond, label, null);
    }

    /** {@link #openLoop(int, List, int, String)}; with {@code fresh} (the bodies new to the server), a row for each kind too. */
    private static void openLoop(int port, List<byte[]> bodies, int perSecond, String label, java.util.BitSet fresh) throws Exception {
        int n = bodies.size();
        long[] latencies = new long[n];
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        ThreadLocal<LoopbackHttpClient> connection = new ThreadLocal<>();
        List<LoopbackHttpClient> connections = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> futures = new ArrayList<>();
        Map<String, Long> threads0 = cpuByThread();
        long cpu0 = processCpuNanos();
        long start = System.nanoTime(), interval = 1_000_000_000L / perSecond;
        for (int i = 0; i < n; i++) {
            long due = start + i * interval;
            // pacing a load generator, not waiting for a result: the next request is due then
            for (long now = System.nanoTime(); now < due; now = System.nanoTime()) java.util.concurrent.locks.LockSupport.parkNanos(due - now);
            int k = i;
            futures.add(pool.submit(() -> {
                try {
                    LoopbackHttpClient http = connection.get();
                    if (http == null) {
                        http = new LoopbackHttpClient("127.0.0.1", port);
                        connection.set(http);
                        connections.add(http);
                    }
                    if (http.post("/match/default", bodies.get(k)).status() != 200) errors.incrementAndGet();
                } catch (IOException e) {
                    errors.incrementAndGet();
                }
                latencies[k] = System.nanoTime() - due;
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        long wall = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpu0;
        pool.shutdown();
        for (LoopbackHttpClient c : connections) c.close();
        assertThat(errors.get()).as("errors").isZero();
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %,d | %d | %.2f | %.2f | %.2f | %.2f | %,.0f | %.2f |%n", label, n, errors.get(),
                ms(pct(sorted, 0.50)), ms(pct(sorted, 0.90)), ms(pct(sorted, 0.99)), ms(sorted[n - 1]), n / (wall / 1e9), ms(cpu) / n);
        System.out.println("  CPU ms a request by thread: " + byThread(threads0, cpuByThread(), n));
        if (fresh != null) byKind(latencies, fresh, label);
        System.out.flush();
    }

    /** A row for the requests {@code fresh} does not mark (met before) and one for those it marks (new). */
    private static void byKind(long[] latencies, java.util.BitSet fresh, String label) {
        for (boolean which : new boolean[] {false, true}) {
            long[] part = new long[latencies.length];
            int n = 0;
            for (int i = 0; i < latencies.length; i++) if (fresh.get(i) == which) part[n++] = latencies[i];
            if (n == 0) continue;
            part = Arrays.copyOf(part, n);
            Arrays.sort(part);
            System.out.printf(Locale.ROOT, "| %s: of them %s | %,d | | %.2f | %.2f | %.2f | %.2f | | |%n", label, which ? "new" : "met", n,
                    ms(pct(part, 0.50)), ms(pct(part, 0.90)), ms(pct(part, 0.99)), ms(part[n - 1]));
        }
    }

    /**
     * CPU time so far of each of this process's threads, grouped by name without their numbers ("GC Thread#1", "pool-3-thread-2";
     * the kernel keeps 15 characters of a name, so Jetty's are "JettyServerThre"), the JIT compiler's and the collector's
     * threads too, which the JVM's thread bean does not list: from /proc, in nanoseconds; empty where /proc is not there.
     */
    private static Map<String, Long> cpuByThread() {
        Map<String, Long> out = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(t.resolve("comm")).strip().replaceAll("[-#][0-9]+", "");
                    long nanos = Long.parseLong(Files.readString(t.resolve("schedstat")).split(" ")[0]);
                    out.merge(name, nanos, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** The groups that took at least a twentieth of a millisecond a request between two readings, dearest first. */
    private static String byThread(Map<String, Long> before, Map<String, Long> after, int requests) {
        List<Map.Entry<String, Long>> spent = new ArrayList<>();
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            if (d / 1e6 / requests >= 0.05) spent.add(Map.entry(e.getKey(), d));
        }
        spent.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Long> e : spent) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / 1e6 / requests));
        }
        return sb.toString();
    }

    /**
     * CPU time of the whole process so far (server, load generator, JIT and GC threads): per request, what a level cost
     * the machine, whatever the scheduling did to its latencies.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * Listed persons' and organisations' names, every other one with a letter dropped: {@code n} records at an even stride,
     * from the first record ({@code part} 0) or from half a stride in ({@code part} 1: no record of part 0, and over the
     * real lists none of the warm-up's either, whose stride of 6 from 3 meets every other record of part 0's stride of 27).
     */
    private static List<Query> listedNames(Snapshot snap, int n, int part) {
        List<Query> out = new ArrayList<>();
        for (Entity e : sample(snap, n, part)) out.add(Query.of(misspelt(e.caption(), out.size()), e.schema(), null, null));
        return out;
    }

    /** Generated customers in nine locales, a fifth of them companies, one in 200 a listed name (the bench's generator, with {@code seed}). */
    private static List<Query> customers(Snapshot snap, int n, long seed) {
        List<Entity> entities = new ArrayList<>(snap.byId().values());
        entities.sort((a, b) -> a.id().compareTo(b.id()));
        List<Query> out = new ArrayList<>();
        for (CustomerNames.Customer c : CustomerNames.generate(n, seed, entities, 200)) out.add(Query.of(c.name(), c.schema(), null, null));
        return out;
    }

    /** Person names new as a whole, made of words of {@code queries}' persons ({@link CustomerNames#recombined}). */
    private static List<Query> recombined(List<Query> queries, int n) {
        List<String> persons = new ArrayList<>();
        for (Query q : queries) if (q.schema() == org.cordon.model.Schema.PERSON) persons.add(q.names().get(0).full());
        List<Query> out = new ArrayList<>();
        for (String name : CustomerNames.recombined(persons, n)) out.add(Query.of(name, org.cordon.model.Schema.PERSON, null, null));
        return out;
    }

    /** {@code queries} without those whose name {@code seen} has (another seed may make a name again). */
    /**
     * Up to {@code size} requests, every fourth one of {@code fresh} (marked in {@code marks}) and the others of {@code met} in
     * turn; fewer when {@code fresh} runs out.
     */
    private static List<byte[]> flow(List<byte[]> met, List<byte[]> fresh, int size, java.util.BitSet marks) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0, m = 0, f = 0; i < size && f < fresh.size(); i++) {
            if (i % 4 == 3) {
                marks.set(out.size());
                out.add(fresh.get(f++));
            } else {
                out.add(met.get((m++ * 7) % met.size()));
            }
        }
        return out;
    }

    private static List<Query> without(List<Query> queries, List<Query> seen) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Query q : seen) names.add(q.names().get(0).full());
        List<Query> out = new ArrayList<>();
        for (Query q : queries) if (!names.contains(q.names().get(0).full())) out.add(q);
        return out;
    }

    /** yente-shaped single-query bodies. */
    private static List<byte[]> bodies(List<Query> queries) {
        List<byte[]> out = new ArrayList<>();
        for (Query q : queries) {
            String schema = q.schema() == null ? "LegalEntity" : q.schema().ftmName();
            out.add(("{\"queries\":{\"q\":{\"schema\":\"" + schema + "\",\"properties\":{\"name\":[" + quote(q.names().get(0).full())
                    + "]}}}}").getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Every k-th entity by id, from the first or ({@code part} 1) from half a stride in: a fixed sample across all lists. */
    /**
     * Each query screened once in-process on one thread, as {@code /match} screens it (0.5, five results, the plain screener):
     * a first sight's cost to the matcher alone, beside the same kind of query sent by one client.
     */
    private static void inProcessOnce(Snapshot snap, List<Query> queries, String label) {
        inProcess(snap, queries, queries.size(), label);
    }

    /** {@code n} listed records' names from the {@code offset}-th on, a stride apart, every other one misspelt ({@link #misspelt}). */
    private static List<Query> listedAt(Snapshot snap, int n, int offset) {
        List<Query> out = new ArrayList<>();
        for (Entity e : sampleAt(snap, n, offset)) out.add(Query.of(misspelt(e.caption(), out.size()), e.schema(), null, null));
        return out;
    }

    private static List<Entity> sample(Snapshot snap, int n, int part) {
        return sampleAt(snap, n, part * Math.max(1, snap.byId().size() / n) / 2);
    }

    /** {@code n} records by id, a stride apart, from the {@code offset}-th on. */
    private static List<Entity> sampleAt(Snapshot snap, int n, int offset) {
        List<Entity> all = new ArrayList<>(snap.byId().values());
        all.sort((a, b) -> a.id().compareTo(b.id()));
        List<Entity> out = new ArrayList<>();
        int step = Math.max(1, all.size() / n);
        for (int i = offset; i < all.size() && out.size() < n; i += step) out.add(all.get(i));
        return out;
    }

    /** Every other name loses its middle letter. */
    private static String misspelt(String name, int i) {
        return i % 2 == 1 && name.length() > 6 ? name.substring(0, name.length() / 2) + name.substring(name.length() / 2 + 1) : name;
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    private static long pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
