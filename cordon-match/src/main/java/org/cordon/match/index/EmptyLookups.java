package org.cordon.match.index;

/**
 * The keys of look-ups that found nothing, kept so that a look-up asked again is answered without a dictionary scan: a
 * bounded set of strings in two generations, as {@link RecentCache} keeps values (a key met in the older generation is
 * put into the current one again; when the current one is full it becomes the older and the older is dropped).
 *
 * <p>Why apart from {@link RecentCache}: most look-ups of two query words written together find no list word (no list
 * word reads like "mariagarcia"), and there are many such pairs: a million generated customers hold 526,923 distinct pairs
 * of adjacent words, each looked up three ways. In a map each key cost some 100 bytes and the pairs' cache held 65,536, so
 * a batch of more than some 20,000 distinct names scanned the dictionaries for the same pairs again and again. Here a key
 * costs its string and a few slots of an array (about 60 bytes), and up to {@link #GENERATION} of them fit a generation
 * (fewer in a small heap: {@link #generationFor}).
 *
 * <p>Exact: a key is found only if a key equal to it was added (no fingerprints), so a look-up that found something is
 * never taken for one that found nothing. Safe for concurrent use: adding takes a lock, finding does not (a table is
 * read through a volatile field, its slots only ever go from null to a string, whose fields are final); a find racing an
 * add may miss the key, which only costs the look-up.
 */
final class EmptyLookups {
    /** Most keys a generation holds, with a heap of 1 GB or more: two generations of some 60 bytes a key, some 30 MB. */
    static final int GENERATION = 1 << 18;
    /** What a key is reckoned to cost (its string and its slots) when the generations are sized by the heap. */
    private static final int BYTES_PER_KEY = 64;
    private static final int INITIAL_SLOTS = 1 << 10;

    private final int perGeneration;
    private volatile String[] current, previous;
    private int size;

    /** Sized by the heap: both generations together at most a 32nd of it ({@link #generationFor}). */
    EmptyLookups() {
        this(generationFor(Runtime.getRuntime().maxMemory()));
    }

    /** At most {@code perGeneration} keys in each of two generations. */
    EmptyLookups(int perGeneration) {
        if (perGeneration < 1) throw new IllegalArgumentException("perGeneration must be at least 1, was " + perGeneration);
        this.perGeneration = perGeneration;
        current = new String[INITIAL_SLOTS];
        previous = new String[INITIAL_SLOTS];
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
        if (find(current, key)) return true;
        if (!find(previous, key)) return false;
        add(key);
        return true;
    }

    /** Records that a look-up of {@code key} found nothing. */
    synchronized void add(String key) {
        if (find(current, key)) return;
        if (size >= perGeneration) {
            previous = current;
            current = new String[INITIAL_SLOTS];
            size = 0;
        }
        String[] t = current;
        // at most a quarter full: a table grows as its generation fills, so a small batch never holds a large one
        if ((size + 1) * 4 > t.length) {
            String[] grown = new String[t.length * 2];
            for (String s : t) if (s != null) insert(grown, s);
            current = t = grown;
        }
        insert(t, key);
        size++;
    }

    synchronized void clear() {
        current = new String[INITIAL_SLOTS];
        previous = new String[INITIAL_SLOTS];
        size = 0;
    }

    /** Keys in both generations (tests). */
    synchronized int size() {
        int n = 0;
        for (String[] t : new String[][] {current, previous}) for (String s : t) if (s != null) n++;
        return n;
    }

    private static void insert(String[] t, String key) {
        int mask = t.length - 1;
        int i = slot(key, mask);
        while (t[i] != null) i = (i + 1) & mask;
        t[i] = key;
    }

    private static boolean find(String[] t, String key) {
        int mask = t.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            String s = t[i];
            if (s == null) return false;
            if (s.equals(key)) return true;
        }
    }

    private static int slot(String key, int mask) {
        int h = key.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
