package org.cordon.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The order a batch screens its rows in: by their names' words, so that rows sharing words are screened one after the
 * other. A batch writes its results in input order all the same; only the screening is reordered, within a bounded
 * window of rows (see {@code screen-file}).
 *
 * <p>Why (twenty-third session): a query's cost is mostly memory reads all over a 300 MB index (its words' postings, the
 * list names they meet, those names' arrays), and rows that share a word read the same parts of it. A customer file in
 * its own order (by account, by date) puts rows sharing a surname far apart, and each read again from main memory; in
 * the order of their words the second such row finds them in the processor's cache. 148,036 distinct generated Latin
 * customers, one thread, at 0.8: 18.9-21.9 s in file order, 12.0-14.7 s ordered by their words (their first sight, the
 * index's look-ups forgotten before each); the same queries again 10.0-14.2 s against 6.0-8.1 (see docs/performance.md).
 */
public final class BatchOrder {
    private BatchOrder() {
    }

    /**
     * Rows a batch reorders at once, for results of at most {@code limit} records a row: a 16,384th of the heap in rows
     * (65,536 with the CLI's 1 GB, the most), and no more than a window's results fill an eighth of the heap at
     * {@link RememberingScreener}'s reckoning of a result with its explanation (1 KB) should every row reach the limit
     * (13,107 rows with 1 GB and ten results a row); at least {@value #LEAST_ROWS}. {@code screen-file} holds two windows,
     * each row with its query (some 600 bytes for a customer file's row) and its results: whatever the file and the
     * threshold, a quarter of the heap for results at most. Windows of 16,384 to 262,144 rows, and the whole million at
     * once, screened the million generated names within 5 % of each other; windows of 6,553 rows took some 10 % more
     * (twenty-third session, docs/performance-history.md).
     */
    public static int windowRows(long maxHeap, int limit) {
        long byRows = maxHeap >> 14, byResults = maxHeap / 8 / ((long) Math.max(1, limit) * RememberingScreener.BYTES_PER_RESULT);
        return (int) Math.max(LEAST_ROWS, Math.min(MOST_ROWS, Math.min(byRows, byResults)));
    }

    private static final int LEAST_ROWS = 256, MOST_ROWS = 65_536;

    /**
     * A name's key for the order: its words (runs of letters and digits), lower-cased, in alphabetical order, one space
     * between; so "GARCIA, Maria" and "Maria Garcia Lopez" come together with the other names of "garcia". Cheap: no
     * normalisation beyond lower case (a key only places a row; a poor key costs time, never a result).
     */
    public static String key(String name) {
        if (name == null || name.isEmpty()) return "";
        String[] words = new String[4];
        int count = 0, i = 0, n = name.length();
        StringBuilder sb = new StringBuilder(n);
        while (i < n) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                sb.appendCodePoint(Character.toLowerCase(c));
                if (i < n) continue;
            }
            if (sb.length() > 0) {
                if (count == words.length) words = Arrays.copyOf(words, count * 2);
                words[count++] = sb.toString();
                sb.setLength(0);
            }
        }
        if (count == 0) return "";
        if (count == 1) return words[0];
        Arrays.sort(words, 0, count);
        sb.setLength(0);
        for (int k = 0; k < count; k++) {
            if (k > 0) sb.append(' ');
            sb.append(words[k]);
        }
        return sb.toString();
    }

    /**
     * {@code rows} as a batch screens them: each window of {@code window} rows in the order of their names' {@link #key}s
     * ({@code name} gives a row's name; the windows in turn), as {@code screen-file} orders them.
     */
    public static <T> List<T> inWindows(List<T> rows, Function<T, String> name, int window) {
        List<T> out = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += window) {
            List<T> part = rows.subList(from, Math.min(rows.size(), from + window));
            for (int i : order(part, name)) out.add(part.get(i));
        }
        return out;
    }

    /** The positions of {@code rows} in the order of their names' {@link #key}s ({@code name} gives a row's name, or null). */
    public static <T> int[] order(List<T> rows, Function<T, String> name) {
        String[] keys = new String[rows.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = key(name.apply(rows.get(i)));
        return order(keys);
    }

    /**
     * The positions {@code 0..keys.length - 1} in the order of their keys (equal keys in input order): the order to screen
     * a window of rows in.
     *
     * <p>Without boxing: each position is sorted as one {@code long}, the key's first three characters above it, and only
     * the runs that share those are sorted again by the whole key (windows of more than 65,536 rows are sorted boxed). Sorted as boxed positions by their keys, a million rows'
     * windows took 64 of the main thread's 242 samples in a profile of screen-file, more than parsing the rows (35).
     */
    public static int[] order(String[] keys) {
        int n = keys.length;
        if (n > 1 << POSITION_BITS) return orderBoxed(keys);
        long[] packed = new long[n];
        // the top bit flipped, so that the signed sort orders the prefixes as unsigned, as String.compareTo orders characters
        for (int i = 0; i < n; i++) packed[i] = (prefix(keys[i]) << POSITION_BITS | i) ^ Long.MIN_VALUE;
        Arrays.sort(packed);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = (int) (packed[i] & (1L << POSITION_BITS) - 1);
        // the runs of one prefix, by the whole key (a stable sort: equal keys stay in input order, as the positions sorted them)
        for (int from = 0; from < n; ) {
            long p = packed[from] >>> POSITION_BITS;
            int to = from + 1;
            while (to < n && packed[to] >>> POSITION_BITS == p) to++;
            if (to - from > 1) {
                Integer[] run = new Integer[to - from];
                for (int k = from; k < to; k++) run[k - from] = out[k];
                Arrays.sort(run, (a, b) -> keys[a].compareTo(keys[b]));
                for (int k = from; k < to; k++) out[k] = run[k - from];
            }
            from = to;
        }
        return out;
    }

    /** Bits of a packed position: a window of up to 65,536 rows. */
    private static final int POSITION_BITS = 16;

    /** A key's first three characters, 16 bits each, as an unsigned number (absent characters as 0, so a prefix comes first). */
    private static long prefix(String key) {
        long p = 0;
        for (int k = 0; k < 3; k++) p = p << 16 | (k < key.length() ? key.charAt(k) : 0);
        return p;
    }

    private static int[] orderBoxed(String[] keys) {
        Integer[] boxed = new Integer[keys.length];
        for (int i = 0; i < boxed.length; i++) boxed[i] = i;
        Arrays.sort(boxed, (a, b) -> keys[a].compareTo(keys[b]));
        int[] out = new int[boxed.length];
        for (int i = 0; i < out.length; i++) out[i] = boxed[i];
        return out;
    }
}
