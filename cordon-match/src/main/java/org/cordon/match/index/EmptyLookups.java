package org.cordon.match.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The keys of look-ups that found nothing, kept so that a look-up asked again is answered without a dictionary scan: a
 * bounded set of strings in two generations, as {@link RecentCache} keeps values (a key met in the older generation is
 * put into the current one again; when the current one is full it becomes the older and the older is dropped).
 *
 * <p>Why apart from {@link RecentCache}: most look-ups of two query words written together find no list word (no list
 * word reads like "mariagarcia"), and there are many such pairs: a million generated customers hold 526,923 distinct pairs
 * of adjacent words, each looked up three ways (1,239,624 distinct keys, most of them finding nothing). In a map
 * each key cost some 100 bytes and the pairs' cache held 65,536, so a batch of more than some 20,000 distinct names
 * scanned the dictionaries for the same pairs again and again.
 *
 * <p>Why the keys are bytes in one array and not strings (eighteenth session): as strings in a table (some 64 bytes a
 * key) two generations in a 32nd of a 1 GB heap held 524,288 keys, and in file order the million generated customers
 * looked 258,257 pairs up again whose answer had been dropped (1,497,881 look-ups for 1,239,624 keys; 3.5 of 15.4 s of
 * one thread's look-ups, see docs/performance.md). Here a key costs its characters (one byte each below U+0080, three
 * above, after one or two bytes of length) and two ints in a table kept at most half full: some 30 bytes, so the same
 * 32 MB hold {@link #GENERATION} a generation, twice as many.
 *
 * <p>Exact: a key is found only if a key equal to it was added (its characters are compared, a hash only chooses where to
 * look), so a look-up that found something is never taken for one that found nothing. Safe for concurrent use: adding
 * takes a lock, finding does not. A generation's key bytes and hash are written before its slot, which is published with
 * release semantics and read with acquire semantics; the byte array only ever grows by copying (a later one holds every
 * byte an earlier one held), and a table that grows is published whole, through a volatile field. A find racing an add
 * may miss the key, which only costs the look-up.
 */
final class EmptyLookups {
    /** Most keys a generation holds, with a heap of 1 GB or more: two generations of some 30 bytes a key, some 32 MB. */
    static final int GENERATION = 1 << 19;
    /** What a key is reckoned to cost (its bytes and its slots) when the generations are sized by the heap. */
    private static final int BYTES_PER_KEY = 32;
    private static final int INITIAL_SLOTS = 1 << 10;
    /** The longest key kept (its length in two bytes); no pair of a name's words is longer. */
    static final int MAX_KEY = (1 << 15) - 1;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(int[].class);

    private final int perGeneration;
    private volatile Generation current, previous;

    /** Sized by the heap: both generations together at most a 32nd of it ({@link #generationFor}). */
    EmptyLookups() {
        this(generationFor(Runtime.getRuntime().maxMemory()));
    }

    /** At most {@code perGeneration} keys in each of two generations. */
    EmptyLookups(int perGeneration) {
        if (perGeneration < 1) throw new IllegalArgumentException("perGeneration must be at least 1, was " + perGeneration);
        this.perGeneration = perGeneration;
        current = new Generation(INITIAL_SLOTS, 16 * INITIAL_SLOTS);
        previous = new Generation(INITIAL_SLOTS, 16);
    }

    /**
     * Keys a generation may hold with a heap of {@code maxHeap} bytes: two generations in a 32nd of it, between 1,024 and
     * {@link #GENERATION}. A batch in a small heap (screen-file's streaming test runs in 32 MB) must not fill it with
     * keys; with 1 GB, the server's and the CLI's heap, it is the full {@link #GENERATION}.
     */
    static int generationFor(long maxHeap) {
        return (int) Math.max(1024, Math.min(GENERATION, maxHeap / 32 / 2 / BYTES_PER_KEY));
    }

    /** Whether a look-up of {@code key} found nothing when it last ran (as far as the two generations remember). */
    boolean contains(String key) {
        int hash = hash(key);
        if (current.find(key, hash)) return true;
        if (!previous.find(key, hash)) return false;
        add(key);
        return true;
    }

    /** Records that a look-up of {@code key} found nothing. */
    synchronized void add(String key) {
        if (key.length() > MAX_KEY) return;
        int hash = hash(key);
        Generation g = current;
        if (g.find(key, hash)) return;
        if (g.size >= perGeneration) {
            previous = g;
            current = g = new Generation(INITIAL_SLOTS, 16 * INITIAL_SLOTS);
        }
        // at most half full: a table grows as its generation fills, so a small batch never holds a large one
        if ((g.size + 1) * 2 > g.slots.length) current = g = g.grown();
        g.insert(key, hash);
    }

    synchronized void clear() {
        current = new Generation(INITIAL_SLOTS, 16 * INITIAL_SLOTS);
        previous = new Generation(INITIAL_SLOTS, 16);
    }

    /** Keys in both generations (tests). */
    synchronized int size() {
        return current.size + previous.size;
    }

    /** The bytes a generation's keys take, both generations (tests). */
    synchronized long bytes() {
        return current.bytes() + previous.bytes();
    }

    /** A well-mixed hash of the key's characters, never 0 (a slot's hash of 0 would look like any other). */
    private static int hash(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        h ^= h >>> 16;
        return h == 0 ? 1 : h;
    }

    /**
     * One generation: the keys' bytes one after the other (each after its length), and an open-addressing table of where
     * each key begins (plus one; 0: an empty slot) beside its hash, so that most slots that are not the key are passed
     * over without reading its bytes.
     */
    private static final class Generation {
        final int[] slots, hashes;
        volatile byte[] keyBytes;
        int used, size;

        Generation(int slotCount, int byteCount) {
            slots = new int[slotCount];
            hashes = new int[slotCount];
            keyBytes = new byte[byteCount];
        }

        long bytes() {
            return 8L * slots.length + keyBytes.length;
        }

        boolean find(String key, int hash) {
            int mask = slots.length - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask) {
                int at = (int) SLOT.getAcquire(slots, i);
                if (at == 0) return false;
                if (hashes[i] == hash && equal(keyBytes, at - 1, key)) return true;
            }
        }

        /** Adds a key not in the table, which has room for it (under the owner's lock). */
        void insert(String key, int hash) {
            int at = append(key);
            int mask = slots.length - 1;
            int i = hash & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            hashes[i] = hash;
            SLOT.setRelease(slots, i, at + 1);
            size++;
        }

        /** A table of twice the slots with every key of this one, sharing its bytes (under the owner's lock). */
        Generation grown() {
            Generation g = new Generation(slots.length * 2, 0);
            g.keyBytes = keyBytes;
            g.used = used;
            g.size = size;
            int mask = g.slots.length - 1;
            for (int k = 0; k < slots.length; k++) {
                if (slots[k] == 0) continue;
                int i = hashes[k] & mask;
                while (g.slots[i] != 0) i = (i + 1) & mask;
                g.hashes[i] = hashes[k];
                g.slots[i] = slots[k];
            }
            return g;
        }

        /** Writes the key's length and characters after the last key's; returns where it begins. */
        private int append(String key) {
            int n = key.length();
            byte[] b = keyBytes;
            if (used + 2 + 3 * n > b.length) keyBytes = b = Arrays.copyOf(b, Math.max(b.length + (b.length >> 1), used + 2 + 3 * n));
            int at = used, p = used;
            // the length in one byte below 128, else two
            if (n < 0x80) b[p++] = (byte) n;
            else {
                b[p++] = (byte) (0x80 | n >>> 8);
                b[p++] = (byte) n;
            }
            for (int k = 0; k < n; k++) {
                char c = key.charAt(k);
                if (c < 0x80) b[p++] = (byte) c;
                else {
                    b[p++] = (byte) (0x80 | c >>> 12);
                    b[p++] = (byte) (0x80 | (c >>> 6 & 0x3F));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            used = p;
            return at;
        }

        /** Whether the key written at {@code at} is {@code key}. */
        private static boolean equal(byte[] b, int at, String key) {
            int n = key.length(), p = at;
            int len = b[p++];
            if (len < 0) len = (len & 0x7F) << 8 | b[p++] & 0xFF;
            if (len != n) return false;
            for (int k = 0; k < n; k++) {
                char c = key.charAt(k);
                if (c < 0x80) {
                    if (b[p++] != c) return false;
                } else {
                    if (b[p] != (byte) (0x80 | c >>> 12) || b[p + 1] != (byte) (0x80 | (c >>> 6 & 0x3F))
                            || b[p + 2] != (byte) (0x80 | (c & 0x3F))) return false;
                    p += 3;
                }
            }
            return true;
        }
    }
}
