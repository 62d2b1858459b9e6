package org.cordon.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.Schema;
import org.cordon.model.Scripts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's warm-up: once the lists are loaded, it sends {@code POST /match/default} requests to its own port
 * over loopback, and {@code /readyz} reports ready only when they are done.
 *
 * <p>Why: on two cores a JVM reaches its steady rate only after some 30,000 /match requests, while the JIT compiler
 * competes with them (its CPU a request falls from 0.9 ms in the first 8,000 to under 0.03 ms after 32,000;
 * docs/performance.md, "HTTP /match latency"). Sent through the server's own HTTP stack, the warm-up compiles what a
 * real request runs: Jetty, the JSON parse, the screening, the result JSON. Requests from outside are answered
 * during the warm-up as at any other time; only readiness waits, so a load balancer sends traffic to a warm process.
 *
 * <p>The queries are the loaded lists' own names (every other one misspelt, every fourth a first and a last word of two
 * different persons, which matches nothing as most customers do), so a warm-up needs no data of its own. Names in other
 * scripts were left out: a warm-up with one in eight took 62 s instead of 22 s on two cores and left the first
 * customers' requests after it no faster (their cost is the index's look-ups of words it has not met, not compiling).
 *
 * <p>Every third request is a name no list has ({@link #freshBodies}: mostly new words, one in four in another script),
 * from the first to the last. Before, the 4,000 names above repeated, and once their words were cached the rest of the
 * warm-up no longer ran the look-ups a new word needs, which every new name brings: the compiler had compiled the
 * screening for cached words, and the first new names after {@code /readyz} had it compile much of it again (a third of
 * the process's CPU in the load test's first level). Measured with {@code MatchLoad} (four runs against six, 2 cores,
 * 8 clients): the first listed names after {@code /readyz} wait 8.2-10.6 ms at the median instead of 10.6-15.2, the first
 * generated customers 10.2-13.4 instead of 16.3-21.3; repeated customers take 0.16-0.19 ms of CPU a request instead of
 * 0.31-0.52; the warm-up takes 36-43 s instead of 21-26 (docs/performance-history.md, "Figures after the nineteenth session's
 * work").
 *
 * <p>After its requests the warm-up goes on in rounds until the JIT compiler has caught up with them ({@link #settle}).
 *
 * <p>A warm-up request carries a random token ({@value #HEADER}), valid only while the warm-up runs and only from
 * this machine; the API-key guard lets it through and the screening audit leaves it out, so 30,000 warm-up
 * screenings neither need a key nor fill the audit trail. A warm-up that fails (errors, a closed port) is logged and
 * ends; it never keeps the server from becoming ready.
 */
final class WarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    static final String HEADER = "X-Cordon-Warm-Up";
    /** Set on a warm-up request's context before its handler runs (the audit reads it after). */
    static final String ATTRIBUTE = "cordon.warm-up";
    /** Clients sending at once: enough to keep every core's screening busy while others are in HTTP. */
    static final int CLIENTS = 8;
    /** Every how many requests of the warm-up is one of {@link #freshBodies}. */
    static final int FRESH_EVERY = 3;
    /** Requests of a settling round ({@link #settle}), at most; a tenth of the warm-up's when that is fewer. */
    static final int SETTLE_ROUND = 2000;
    /** Most settling rounds: the warm-up ends after them whether or not the compiler has caught up. */
    static final int SETTLE_ROUNDS = 15;
    /** The compiler has caught up when it compiled for at most this share of a round's time. */
    static final double SETTLED_SHARE = 0.1;

    private final int requests;
    private final String token = newToken();
    private volatile boolean running;
    private volatile boolean done;
    private volatile boolean closed;
    private final AtomicInteger sent = new AtomicInteger();
    /** Requests sent after the warm-up's own while the compiler caught up ({@link #settle}), and in how many rounds. */
    private final AtomicInteger settling = new AtomicInteger();
    private volatile int settleRounds;
    private volatile boolean settled;
    private final AtomicInteger errors = new AtomicInteger();
    private volatile long millis;
    private volatile String firstError;
    private final CountDownLatch finished = new CountDownLatch(1);

    /** A warm-up of {@code requests} /match requests; 0 for none (ready as soon as the lists are loaded). */
    WarmUp(int requests) {
        if (requests < 0) throw new IllegalArgumentException("warm-up requests must be 0 or more, was " + requests);
        this.requests = requests;
        if (requests == 0) finish();
    }

    /** Waits until the warm-up has finished (or was skipped); true if it did in time. */
    boolean await(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** True once the warm-up has finished (or there is none): /readyz may report ready. */
    boolean done() {
        return done;
    }

    /** True when {@code ctx} is one of the running warm-up's own requests. */
    boolean owns(Context ctx) {
        if (!running) return false;
        String h = ctx.header(HEADER);
        return h != null && MessageDigest.isEqual(h.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII))
                && fromThisMachine(ctx.req().getRemoteAddr());
    }

    private static String newToken() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The token a warm-up request carries (tests). */
    String token() {
        return token;
    }

    /** For /readyz: requests sent of the total, errors, and the time taken once done. */
    Map<String, Object> status() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requests", requests);
        m.put("sent", sent.get());
        if (settleRounds > 0) {
            m.put("settling_requests", settling.get());
            m.put("settling_rounds", settleRounds);
            m.put("compiler_settled", settled);
        }
        m.put("errors", errors.get());
        if (done && requests > 0) m.put("millis", millis);
        if (firstError != null) m.put("first_error", firstError);
        return m;
    }

    /** Stops a running warm-up (the server is closing); its clients end after their current request. */
    synchronized void close() {
        closed = true;
        if (!running) finish();
    }

    /** Marks the warm-up done (again, harmlessly). */
    private synchronized void finish() {
        done = true;
        finished.countDown();
    }

    /**
     * Runs the warm-up against {@code host:port} with queries from {@code snap}, on {@value #CLIENTS} threads, and marks
     * it done whatever happens; with no snapshot (the first load failed) there is nothing to warm up.
     */
    void run(String host, int port, Snapshot snap) {
        synchronized (this) {
            if (done || closed || snap == null) {
                finish();
                return;
            }
            running = true;
        }
        long t0 = System.nanoTime();
        try {
            List<byte[]> bodies = bodies(snap, Math.min(requests, 4000));
            List<byte[]> fresh = freshBodies(snap, Math.min(requests / FRESH_EVERY, 10_000));
            LOG.info("warming up: {} /match requests to {}:{} before /readyz reports ready (cordon serve --warm-up 0 skips it)",
                    requests, host, port);
            AtomicInteger next = new AtomicInteger();
            sendAll(host, port, bodies, fresh, next, requests, sent);
            settle(host, port, bodies, fresh, next);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            fail(e.toString());
        } finally {
            running = false;
            millis = (System.nanoTime() - t0) / 1_000_000;
            finish();
            if (!closed) {
                LOG.info("warmed up in {} ms: {} /match requests, {} more in {} rounds while the compiler caught up ({}), {} errors{}",
                        millis, sent.get(), settling.get(), settleRounds, settled ? "it did" : "it had not yet",
                        errors.get(), firstError == null ? "" : " (first: " + firstError + ")");
            }
        }
    }

    /** Sends the requests numbered from {@code next} up to {@code end} on {@value #CLIENTS} threads, counting them in {@code count}. */
    private void sendAll(String host, int port, List<byte[]> bodies, List<byte[]> fresh, AtomicInteger next, int end, AtomicInteger count)
            throws InterruptedException {
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(Thread.ofPlatform().name("cordon-warm-up-" + c).daemon(true).start(() -> send(host, port, bodies, fresh, next, end, count)));
        }
        for (Thread t : clients) t.join();
    }

    /**
     * Goes on sending the warm-up's requests, in rounds, until the JIT compiler has caught up: until its threads spent at
     * most {@value #SETTLED_SHARE} of a round's time compiling ({@link #compilerCpuNanos}; where /proc does not say, the
     * compilations that ended in the round), or for {@value #SETTLE_ROUNDS} rounds.
     *
     * <p>Why: while the warm-up keeps the compiler's queue long, HotSpot raises the counts a method needs before it is
     * queued for the optimising compiler (the thresholds grow with the queue), so methods every request runs stay in
     * their profiling tier (C1's, several times slower) until the queue is short. When the warm-up stopped, the queue
     * drained with no request to count, and the first requests after {@code /readyz} brought the methods they run to the
     * thresholds at once: 200 optimising compilations in their first seconds (the HTTP stack, the query's compiling, the
     * index's look-ups), a third of the process's CPU in {@code MatchLoad}'s first level (C2 0.34-0.85 ms of 1.3-2.4 ms a
     * request), also with ten idle seconds between the warm-up and the level (thirty-second session, docs/performance-history.md).
     * Running on until the compiler is idle moves those compilations into the warm-up.
     */
    private void settle(String host, int port, List<byte[]> bodies, List<byte[]> fresh, AtomicInteger next) throws InterruptedException {
        // the compiler threads' CPU from /proc; where it does not say, the compilations' total time from the JVM
        Map<String, Long> cpu = compilerCpuNanos();
        CompilationMXBean jit = cpu.isEmpty() ? ManagementFactory.getCompilationMXBean() : null;
        boolean byProc = !cpu.isEmpty(), timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        if (requests == 0 || !byProc && !timed) return;
        // each reading ends one round and starts the next
        long compiled = timed ? jit.getTotalCompilationTime() : 0;
        int round = Math.max(1, Math.min(SETTLE_ROUND, requests / 10));
        for (int r = 0; r < SETTLE_ROUNDS && !closed; r++) {
            long t0 = System.nanoTime();
            sendAll(host, port, bodies, fresh, next, next.get() + round, settling);
            settleRounds = r + 1;
            double wallMs = (System.nanoTime() - t0) / 1e6, compilingMs;
            if (byProc) {
                Map<String, Long> cpuNow = compilerCpuNanos();
                compilingMs = spentSince(cpu, cpuNow) / 1e6;
                cpu = cpuNow;
            } else {
                long compiledNow = jit.getTotalCompilationTime();
                compilingMs = compiledNow - compiled;
                compiled = compiledNow;
            }
            if (compilingMs <= SETTLED_SHARE * wallMs) {
                settled = true;
                return;
            }
        }
    }

    /**
     * The CPU time so far of each of this process's JIT compiler threads, by thread id, in nanoseconds, from /proc (the
     * JVM's thread bean does not list them); empty where /proc does not say. Their CPU, not the compiler's total
     * compilation time, which counts a compilation when it ends: a single C2 compilation can take seconds, and a round
     * during which one ran would have looked idle.
     */
    static Map<String, Long> compilerCpuNanos() {
        Map<String, Long> out = new LinkedHashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(t.resolve("comm"));
                    // the kernel keeps 15 characters of a thread's name: "C2 CompilerThread0" is "C2 CompilerThre"
                    if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) continue;
                    out.put(t.getFileName().toString(), Long.parseLong(Files.readString(t.resolve("schedstat")).split(" ")[0]));
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return out;
    }

    /** The CPU the threads of {@code after} spent since {@code before} (a thread new since then from nothing). */
    static long spentSince(Map<String, Long> before, Map<String, Long> after) {
        long spent = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) spent += Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L));
        return spent;
    }

    private void send(String host, int port, List<byte[]> bodies, List<byte[]> fresh, AtomicInteger next, int end, AtomicInteger count) {
        String headers = HEADER + ": " + token + "\r\n";
        try (LoopbackHttpClient http = new LoopbackHttpClient(host, port)) {
            for (int i = next.getAndIncrement(); i < end && !closed; i = next.getAndIncrement()) {
                byte[] body = i % FRESH_EVERY == FRESH_EVERY - 1 && !fresh.isEmpty() ? fresh.get(i / FRESH_EVERY % fresh.size()) : bodies.get(i % bodies.size());
                LoopbackHttpClient.Response r = http.post("/match/default", body, headers);
                count.incrementAndGet();
                if (r.status() != 200) fail("HTTP " + r.status() + ": " + truncate(r.text()));
            }
        } catch (IOException e) {
            if (!closed) fail(e.toString());
        }
    }

    private void fail(String error) {
        if (errors.incrementAndGet() == 1) firstError = error;
    }

    /**
     * yente-shaped single-query bodies over the loaded lists: persons' and organisations' names taken across all
     * lists, every other one with its middle letter dropped, every fourth the first word of one person and the last
     * of another.
     */
    static List<byte[]> bodies(Snapshot snap, int n) {
        List<Entity> all = new ArrayList<>(snap.byId().values());
        all.sort((a, b) -> a.id().compareTo(b.id()));
        List<Entity> persons = new ArrayList<>();
        for (Entity e : all) if (e.schema() == Schema.PERSON && e.caption().indexOf(' ') > 0) persons.add(e);
        List<byte[]> out = new ArrayList<>();
        int step = Math.max(1, all.size() / Math.max(1, n));
        // start half a step in, so the warm-up's sample is not the one a load test over the same lists takes
        for (int i = step / 2, k = 0; out.size() < n && !all.isEmpty(); i = (i + step) % all.size(), k++) {
            Entity e = all.get(i);
            String schema = e.schema().ftmName();
            String name = e.caption();
            if (k % 4 == 3 && persons.size() > 1) {
                name = firstAndLast(persons.get((k * 31) % persons.size()).caption(), persons.get((k * 17 + 1) % persons.size()).caption());
                schema = "Person";
            } else if (k % 2 == 1 && name.length() > 6) {
                name = withoutMiddleLetter(name);
            }
            out.add(body(schema, name));
        }
        return out;
    }

    /**
     * {@code n} names no list has, of the shapes new customers' names have: three in four the first word of one listed
     * person and the last word of another (Latin script), each with its middle letter dropped, so that their words are new
     * to the index (its look-ups of them are a first sight's) and the warm-up caches none of the lists' own words beyond
     * what {@link #bodies} does; one in four a listed name in another script (Arabic, Cyrillic, Chinese, Korean...) with
     * its middle letter dropped, so that reading other scripts is compiled too.
     */
    static List<byte[]> freshBodies(Snapshot snap, int n) {
        List<Entity> all = new ArrayList<>(snap.byId().values());
        all.sort((a, b) -> a.id().compareTo(b.id()));
        List<String> persons = new ArrayList<>();
        for (Entity e : all) {
            String c = e.caption();
            if (e.schema() == Schema.PERSON && c.indexOf(' ') > 0 && !Scripts.hasNonLatinLetter(c)) persons.add(c);
        }
        List<String[]> otherScripts = new ArrayList<>();
        for (Entity e : all) {
            for (Name name : e.names()) {
                if (name.full().length() > 2 && Scripts.hasNonLatinLetter(name.full())) otherScripts.add(new String[] {e.schema().ftmName(), name.full()});
            }
        }
        List<byte[]> out = new ArrayList<>();
        for (int j = 0; j < n && persons.size() > 1; j++) {
            if (j % 4 == 3 && !otherScripts.isEmpty()) {
                String[] o = otherScripts.get((int) ((j * 37L) % otherScripts.size()));
                out.add(body(o[0], withoutMiddleLetter(o[1])));
                continue;
            }
            String a = persons.get((int) ((j * 131L + 7) % persons.size())), b = persons.get((int) ((j * 71L + 3) % persons.size()));
            out.add(body("Person", firstAndLast(a, b, true)));
        }
        return out;
    }

    /** The first word of person name {@code a} and the last of {@code b} (each has a space). */
    private static String firstAndLast(String a, String b) {
        return firstAndLast(a, b, false);
    }

    /** {@link #firstAndLast(String, String)}, each word {@link #withoutMiddleLetter} when {@code misspelt}. */
    private static String firstAndLast(String a, String b, boolean misspelt) {
        String first = a.substring(0, a.indexOf(' ')), last = b.substring(b.lastIndexOf(' ') + 1);
        return misspelt ? withoutMiddleLetter(first) + " " + withoutMiddleLetter(last) : first + " " + last;
    }

    /** A word (or a name in another script) of more than three characters without its middle one; a shorter one as it is. */
    private static String withoutMiddleLetter(String w) {
        return w.length() > 3 ? w.substring(0, w.length() / 2) + w.substring(w.length() / 2 + 1) : w;
    }

    private static byte[] body(String schema, String name) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("schema", schema);
        query.put("properties", Map.of("name", List.of(name)));
        try {
            return JsonIo.MAPPER.writeValueAsBytes(Map.of("queries", Map.of("q", query)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    /** A loopback address or one of this machine's own interfaces' (a server bound to one interface connects to it). */
    static boolean fromThisMachine(String remoteAddr) {
        try {
            InetAddress a = InetAddress.getByName(remoteAddr);
            return a.isLoopbackAddress() || a.isAnyLocalAddress() || NetworkInterface.getByInetAddress(a) != null;
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }
}
