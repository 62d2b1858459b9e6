package org.cordon.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.cordon.match.RememberingScreener;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screener;
import org.cordon.match.snapshot.IndexSnapshot;

/**
 * One screener per executor JVM and index snapshot. Reading the broadcast index takes seconds, so every
 * task of a job running in the same executor shares the one read by the first task, and with it the memory of the
 * queries it answered ({@link RememberingScreener}). Keyed by the snapshot's hash: a
 * long-lived executor that later runs a job over other lists builds a second screener, and the
 * previous one is dropped so two list versions never sit in one heap for longer than a switch.
 */
final class ScreenerCache {
    private static final ConcurrentMap<String, Screener> BY_SNAPSHOT = new ConcurrentHashMap<>();

    private ScreenerCache() {}

    /**
     * The screener over the lists in {@code snapshot}; built on first use in this JVM, by exactly one
     * thread while concurrent tasks wait for it.
     *
     * @param key   the snapshot's SHA-256, computed once on the driver
     * @param built gets the milliseconds spent reading the snapshot and building, when this call built it
     */
    static Screener get(String key, SnapshotSource snapshot, java.util.function.LongConsumer built) {
        Screener s = BY_SNAPSHOT.get(key);
        if (s != null) return s;
        synchronized (BY_SNAPSHOT) {
            s = BY_SNAPSHOT.get(key);
            if (s != null) return s;
            BY_SNAPSHOT.clear();
            long start = System.nanoTime();
            try {
                // a customer table repeats names (accounts, products): a row asked again on this executor is answered as
                // it was, as screen-file answers it (RememberingScreener.forBatch, a 16th of the executor's heap)
                s = RememberingScreener.forBatch(IndexSnapshot.read(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(snapshot.bytes()), 1 << 16)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            BY_SNAPSHOT.put(key, s);
            built.accept((System.nanoTime() - start) / 1_000_000);
            return s;
        }
    }

    /** A delta job's options on this executor, and the screener remembering the answers to them. */
    record Delta(ScreenOptions options, Screener screener) {}

    private static final ConcurrentMap<String, Delta> DELTAS = new ConcurrentHashMap<>();

    /**
     * Delta mode's options and screener on this executor, made by the job's first task and shared by the rest: every task
     * asks with the same options object, so that the answers to them are remembered as a batch's are
     * ({@link RememberingScreener#forBatch(Screener, ScreenOptions)}; a row repeating an earlier row's query on this
     * executor is not screened again) and the filter's thousands of ids are put in a set once, not once a partition.
     * The last job's only are kept.
     *
     * @param key      the job's snapshot, the broadcast of its ids, its threshold and limit
     * @param screener the executor's screener over all the lists ({@link #get})
     * @param options  the job's options with its entity filter, made once
     */
    static Delta delta(String key, Screener screener, java.util.function.Supplier<ScreenOptions> options) {
        Delta d = DELTAS.get(key);
        if (d != null) return d;
        synchronized (DELTAS) {
            d = DELTAS.get(key);
            if (d != null) return d;
            DELTAS.clear();
            ScreenOptions o = options.get();
            d = new Delta(o, RememberingScreener.forBatch(screener, o));
            DELTAS.put(key, d);
            return d;
        }
    }

    /** Where the bytes come from: a Spark broadcast on executors, an array in tests. */
    @FunctionalInterface
    interface SnapshotSource {
        byte[] bytes();
    }
}
