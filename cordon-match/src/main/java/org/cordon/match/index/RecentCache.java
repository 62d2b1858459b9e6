package org.cordon.match.index;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * A bounded cache that keeps what was used recently (what a query word's look-ups found, what a screener answered): two
 * generations of entries, the current one and the one before. A value is put into the current one; when it is full
 * (entries, or the weight its values carry) it becomes the one before and the one before that is dropped; a value found
 * in the one before is put into the current one again.
 *
 * <p>Why not start afresh when full, as the index's caches did until the tenth session: a full cache then dropped every
 * word at once, also the common ones every query meets, and the next queries paid their look-ups again. With the
 * server's warm-up filling the caches with the lists' names, the weak bands' cache (4 million postings) was cleared
 * during {@code MatchLoad}'s levels, and the listed names' in-process row cost 0.79-0.99 ms of CPU a query instead of 0.45.
 * Here a word used since the last turn survives it, so the words a stream keeps meeting stay, at twice the memory of one
 * generation at most.
 *
 * <p>Safe for concurrent use; racing puts and turns may lose an entry, which only costs a look-up.
 */
public final class RecentCache<K, V> {
    private final int maxEntries;
    private final long maxWeight;
    private final ToIntFunction<V> weigher;
    private volatile ConcurrentHashMap<K, V> current = new ConcurrentHashMap<>();
    private volatile ConcurrentHashMap<K, V> previous = new ConcurrentHashMap<>();
    private final AtomicLong weight = new AtomicLong();

    /** At most {@code maxEntries} entries and {@code maxWeight} of weight ({@code weigher}) per generation. */
    public RecentCache(int maxEntries, long maxWeight, ToIntFunction<V> weigher) {
        this.maxEntries = maxEntries;
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /** At most {@code maxEntries} entries per generation, whatever they weigh. */
    public RecentCache(int maxEntries) {
        this(maxEntries, Long.MAX_VALUE, v -> 0);
    }

    public V get(K key) {
        V v = current.get(key);
        if (v != null) return v;
        v = previous.get(key);
        if (v != null) put(key, v);
        return v;
    }

    public boolean containsKey(K key) {
        return current.containsKey(key) || previous.containsKey(key);
    }

    public void put(K key, V value) {
        int w = weigher.applyAsInt(value);
        ConcurrentHashMap<K, V> full = current;
        if (full.size() >= maxEntries || weight.addAndGet(w) > maxWeight) turn(full, w);
        current.put(key, value);
    }

    /**
     * Makes {@code full} the generation before, if it is still the current one: threads that found it full at once turn
     * it once. (Until the seventeenth session each of them turned, and the second turn dropped the generation the first
     * had just kept: with two threads a batch's memory of answered queries held half of what it should, 119,000 queries
     * where 250,000 fit.)
     */
    private synchronized void turn(ConcurrentHashMap<K, V> full, int firstWeight) {
        if (current != full) return;
        previous = current;
        current = new ConcurrentHashMap<>();
        weight.set(firstWeight);
    }

    public synchronized void clear() {
        current = new ConcurrentHashMap<>();
        previous = new ConcurrentHashMap<>();
        weight.set(0);
    }

    /** Entries in both generations (tests). */
    public int size() {
        return current.size() + previous.size();
    }
}
