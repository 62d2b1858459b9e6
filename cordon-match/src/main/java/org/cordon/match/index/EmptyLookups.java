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
 * costs its string and one slot of an array (about 60 bytes), and {@link #GENERATION} of them fit a generation.
 *
 * <p>Exact: a key is found only if a key equal to it was added (no fingerprints), so a look-up that found something is
 * never taken for one that found nothing. Safe for concurrent use: adding takes a lock, finding does not (a table is
 * read through a volatile field, its slots only ever go from null to a string, whose fields are final); a find racing an
 * add may miss the key, which only costs the look-up.
 */
final class EmptyLookups {
    /** Keys a generation holds before it turns: two generations of some 60 bytes a key, some 30 MB at most. */
    static final int GENERATION = 1 << 18;

    private final int perGeneration;
    private volatile String[] current, previous;
    private int size;

    EmptyLookups() {
        this(GENERATION);
    }

    /** At most {@code perGeneration} keys in each of two generations. */
    EmptyLookups(int perGeneration) {
        if (perGeneration < 1) throw new IllegalArgumentException("perGeneration must be at least 1, was " + perGeneration);
        this.perGeneration = perGeneration;
        current = table();
        previous = table();
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
            current = table();
            size = 0;
        }
        String[] t = current;
        int mask = t.length - 1;
        int i = slot(key, mask);
        while (t[i] != null) i = (i + 1) & mask;
        t[i] = key;
        size++;
    }

    synchronized void clear() {
        current = table();
        previous = table();
        size = 0;
    }

    /** Keys in both generations (tests). */
    synchronized int size() {
        int n = 0;
        for (String[] t : new String[][] {current, previous}) for (String s : t) if (s != null) n++;
        return n;
    }

    /** A table at most half full when its generation is. */
    private String[] table() {
        return new String[Integer.highestOneBit(perGeneration) << 2];
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
