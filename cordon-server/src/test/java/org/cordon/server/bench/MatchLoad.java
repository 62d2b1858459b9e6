package org.cordon.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cordon.match.Query;
import org.cordon.match.ScreenOptions;
import org.cordon.model.Entity;
import org.cordon.server.CordonServer;
import org.cordon.server.ServerOptions;
import org.cordon.server.Snapshot;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Load generator for {@code POST /match/default} with one query per request, over loopback, against
 * the real lists: for 1, 8 and 64 concurrent clients, each client sends a fixed number of requests
 * back to back on its own keep-alive connection ({@link LoopbackHttpClient}: the JDK's client cost the
 * server's two cores more CPU than the server's own HTTP work); prints p50/p90/p99/max latency and
 * throughput, and fails on any error. Bounded: it stops by itself after the warm-up and
 * {@code clients x requests} requests per level. A last row times {@code GET /healthz} at 8 clients:
 * what HTTP alone costs.
 *
 * <p>Queries are names of listed persons and organisations taken from the loaded lists, every
 * other one misspelt (a letter dropped), so both hits and near misses are screened.
 *
 * <p>Run (figures go to stdout; docs/performance.md records them):
 * <pre>
 * mvn -B -o -q -pl cordon-server -am test -Dtest=MatchLoad -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcordon.load.requests=4000 -Dcordon.load.warmup=20000
 * </pre>
 */
@Tag("load")
class MatchLoad {

    @Test
    void matchLatencyAt1And8And64Clients() throws Exception {
        int perLevel = Integer.getInteger("cordon.load.requests", 2000);
        int warmup = Integer.getInteger("cordon.load.warmup", 20_000);
        String shared = System.getProperty("cordon.shared", "../../shared");
        Path lists = Path.of(shared, "data", "lists");
        try (CordonServer server = CordonServer.start(ServerOptions.of("127.0.0.1", 0, lists))) {
            assertThat(server.lists().awaitFirstLoad(Duration.ofMinutes(5))).isTrue();
            Snapshot snap = server.lists().current();
            assertThat(snap).as("lists loaded: " + server.lists().startupError()).isNotNull();
            List<byte[]> bodies = bodies(snap, 1000);
            int port = server.port();
            System.out.printf(Locale.ROOT, "%nHTTP /match latency: %,d entities, %d distinct queries, %d requests per level, %d cores%n",
                    snap.entityCount(), bodies.size(), perLevel, Runtime.getRuntime().availableProcessors());
            System.out.println("| clients | requests | errors | p50 ms | p90 ms | p99 ms | max ms | req/s |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
            // Warm up before measuring: on two cores the JIT compiler competes with the requests, and the server reaches its
            // steady rate only after some 20,000 of them (docs/performance.md).
            run(port, "/match/default", bodies, 8, warmup, null);
            inProcess(snap, perLevel);
            for (int clients : new int[] {1, 8, 64}) run(port, "/match/default", bodies, clients, perLevel, String.valueOf(clients));
            // what HTTP itself costs on this machine: a route that does no work
            run(port, "/healthz", null, 8, perLevel, "8, GET /healthz");
        }
    }

    /**
     * The same kind of query screened in-process, one thread, no HTTP: the matcher's own cost, so the
     * HTTP figures can be read as matcher + server overhead.
     */
    private static void inProcess(Snapshot snap, int n) {
        List<Query> queries = new ArrayList<>();
        for (Entity e : sample(snap, 1000)) queries.add(Query.of(misspelt(e.caption(), queries.size()), e.schema(), null, null));
        ScreenOptions options = ScreenOptions.of(0.5, 5);
        long[] lat = new long[n];
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            snap.screener().screen(queries.get(i % queries.size()), options);
            lat[i] = System.nanoTime() - t0;
        }
        long wall = System.nanoTime() - start;
        Arrays.sort(lat);
        System.out.printf(Locale.ROOT, "| in-process, 1 thread | %,d | 0 | %.2f | %.2f | %.2f | %.2f | %,.0f |%n", n,
                ms(pct(lat, 0.50)), ms(pct(lat, 0.90)), ms(pct(lat, 0.99)), ms(lat[n - 1]), n / (wall / 1e9));
        System.out.flush();
    }

    /**
     * {@code clients} threads, each with its own keep-alive connection, send {@code total} requests between them back
     * to back; prints a table row when {@code label} is not null. A null body sends {@code GET path}.
     */
    private static void run(int port, String path, List<byte[]> bodies, int clients, int total, String label) throws Exception {
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
                        byte[] body = bodies == null ? null : bodies.get((client * 7919 + i) % bodies.size());
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
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> f : futures) f.get();
        long wall = System.nanoTime() - start;
        pool.shutdown();
        assertThat(errors.get()).as("errors, e.g. " + errorSamples).isZero();
        if (label == null) return;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %,d | %d | %.2f | %.2f | %.2f | %.2f | %,.0f |%n", label, sorted.length, errors.get(),
                ms(pct(sorted, 0.50)), ms(pct(sorted, 0.90)), ms(pct(sorted, 0.99)), ms(sorted[sorted.length - 1]),
                sorted.length / (wall / 1e9));
        System.out.flush();
    }

    /** yente-shaped single-query bodies built from listed names, every other one with a letter dropped. */
    private static List<byte[]> bodies(Snapshot snap, int n) {
        List<byte[]> out = new ArrayList<>();
        for (Entity e : sample(snap, n)) {
            String name = misspelt(e.caption(), out.size());
            out.add(("{\"queries\":{\"q\":{\"schema\":\"" + e.schema().ftmName() + "\",\"properties\":{\"name\":[" + quote(name) + "]}}}}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Every k-th entity by id: a fixed sample across all lists. */
    private static List<Entity> sample(Snapshot snap, int n) {
        List<Entity> all = new ArrayList<>(snap.byId().values());
        all.sort((a, b) -> a.id().compareTo(b.id()));
        List<Entity> out = new ArrayList<>();
        int step = Math.max(1, all.size() / n);
        for (int i = 0; i < all.size() && out.size() < n; i += step) out.add(all.get(i));
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
