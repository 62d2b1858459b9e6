package org.cordon.match;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.cordon.match.index.RecentCache;
import org.cordon.model.Entity;

/**
 * A screener that remembers what it answered, for a batch or a server that is asked the same thing again: a customer
 * file holds the same name on several rows (accounts, products; of a million generated customers 600,866 rows are
 * distinct), and a payment filter meets the same counterparties every day. A query asked again with the same options is
 * answered with the results it got the first time, which are the results screening it again would give: the screener
 * underneath is immutable, and a reload builds a new one (and a new memory with it).
 *
 * <p>The key is the query as given (its names as written, schema, birth dates, countries, identifiers, gender) and the
 * options (threshold, limit, sources); a query screened with an entity filter (delta re-screening) is passed through,
 * since the filter changes with every list version. Bounded: {@link RecentCache}'s two generations, each of at most
 * {@link #generationFor} queries and as many results between them as fit in the same bytes (a result carries its
 * explanation; a batch at 0.8 finds nothing for most queries, {@code /match} at 0.5 a few results for most), sized by
 * the heap, so a stream of distinct names cannot grow it without limit. Safe for concurrent use; two threads asking the
 * same new query at once both screen it.
 */
public final class RememberingScreener implements Screener {
    /** Most queries a generation holds, however large the heap (87,381 with 1 GB, the CLI's and the server's). */
    static final int GENERATION = 1 << 17;
    /**
     * What a remembered query and a remembered result are reckoned to cost (the query's key and the map's entry; a result
     * with its explanation) when the generations are sized by the heap: queries and results each at most a 32nd of it. A
     * customer file's query (one name, a schema) and its entry measured 151-186 bytes (65,536 rows of the million
     * generated names, heap used after collections); a query whose name has parts or several names costs more.
     */
    private static final int BYTES_PER_QUERY = 192, BYTES_PER_RESULT = 1024;

    /** A query and how it was screened. */
    private record Asked(Query query, ScreenOptions options) {
    }

    private final Screener screener;
    private final RecentCache<Asked, List<MatchResult>> answers;
    private final LongAdder remembered = new LongAdder();

    private RememberingScreener(Screener screener, int perGeneration) {
        this.screener = screener;
        this.answers = new RecentCache<>(perGeneration, Math.max(1L, (long) perGeneration * BYTES_PER_QUERY / BYTES_PER_RESULT), List::size);
    }

    /** {@code screener}, remembering its answers in generations sized by the heap ({@link #generationFor}). */
    public static RememberingScreener over(Screener screener) {
        return over(screener, generationFor(Runtime.getRuntime().maxMemory()));
    }

    /** {@code screener}, remembering at most {@code perGeneration} answers in each of two generations. */
    public static RememberingScreener over(Screener screener, int perGeneration) {
        if (perGeneration < 1) throw new IllegalArgumentException("perGeneration must be at least 1, was " + perGeneration);
        if (screener instanceof RememberingScreener r) screener = r.screener;
        return new RememberingScreener(screener, perGeneration);
    }

    /**
     * Queries a generation may hold with a heap of {@code maxHeap} bytes: two generations in a 32nd of it, between 256
     * and {@link #GENERATION} (screen-file's streaming test runs in 32 MB; the CLI and the server have 1 GB). As many
     * results as fit in the same bytes ({@link #BYTES_PER_RESULT} each) take another 32nd.
     */
    static int generationFor(long maxHeap) {
        return (int) Math.max(256, Math.min(GENERATION, maxHeap / 32 / 2 / BYTES_PER_QUERY));
    }

    @Override
    public List<MatchResult> screen(Query query, ScreenOptions options) {
        if (options.entityIds() != null) return screener.screen(query, options);
        Asked asked = new Asked(query, options);
        List<MatchResult> known = answers.get(asked);
        if (known != null) {
            remembered.increment();
            return known;
        }
        // immutable, since every later asker shares it
        List<MatchResult> found = List.copyOf(screener.screen(query, options));
        answers.put(asked, found);
        return found;
    }

    /** How many queries were answered from memory so far. */
    public long remembered() {
        return remembered.sum();
    }

    /** How many answers are remembered now (both generations). */
    public int size() {
        return answers.size();
    }

    /** The screener underneath, which screens every query it is given. */
    public Screener screener() {
        return screener;
    }

    @Override
    public double matchThreshold() {
        return screener.matchThreshold();
    }

    @Override
    public List<Entity> entities() {
        return screener.entities();
    }

    @Override
    public Profiles profiles() {
        return screener.profiles();
    }
}
