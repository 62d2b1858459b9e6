package org.cordon.match;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
 * since the filter changes with every list version, unless it is asked with the one options object a batch was made for
 * ({@link #forBatch(Screener, ScreenOptions)}: a re-screening run's, a Spark delta job's on an executor, whose filter
 * holds for the whole batch). A query of plain names (no parts, kind or language, as a customer file's rows and most
 * {@code /match} queries are) with no identifiers or gender is keyed by one string
 * ({@link #compactKey}): its fields, each after its length, behind a number for the options; any other query by its
 * record. The string costs some 120 bytes a query with its entry, the record some 190, and its hash and equality are
 * one array's, not a walk over five objects (a tenth of the CPU of a batch against a list of four records went to
 * hashing and comparing the records). Bounded: {@link RecentCache}'s two generations, each of at most
 * {@link #generationFor} queries and as many results between them as fit in the same bytes (a result carries its
 * explanation; a batch at 0.8 finds nothing for most queries, {@code /match} at 0.5 a few results for most), sized by
 * the heap, so a stream of distinct names cannot grow it without limit. Safe for concurrent use: a thread asking a query
 * another thread is screening waits for that answer (a million-row file repeats 26,000 queries within 2,048 rows; without
 * this, most of them were screened twice when screen-file had that many rows in flight, in file order).
 */
public final class RememberingScreener implements Screener {
    /** Most queries a generation holds, however large the heap (131,072 with 1 GB, the CLI's and the server's). */
    static final int GENERATION = 1 << 17;
    /**
     * What a remembered query and a remembered result are reckoned to cost (the query's key and the map's entry; a result
     * with its explanation) when the generations are sized by the heap: queries and results each at most a 32nd of it. A
     * customer file's query (one name, a schema) and its entry measured 118 bytes with the compact key (65,536 distinct rows
     * of the million generated names, heap used after collections; 166 bytes as a record, not counting the name, which the
     * compact key copies); a query whose name has parts or several names costs more.
     */
    private static final int BYTES_PER_QUERY = 128;
    static final int BYTES_PER_RESULT = 1024;

    /** A query and how it was screened: the key of a query {@link #compactKey} does not write. */
    private record Asked(Query query, ScreenOptions options) {
    }

    /** Most distinct options the compact keys number; a query asked with options beyond them is keyed by its record. */
    static final int MAX_OPTIONS = 4096;

    private final Screener screener;
    private final RecentCache<Object, List<MatchResult>> answers;
    private final LongAdder remembered = new LongAdder();
    /** The queries being screened now, with the answer their askers will share. */
    private final ConcurrentHashMap<Object, CompletableFuture<List<MatchResult>>> inFlight = new ConcurrentHashMap<>();
    /** The options met so far, each with its number in the compact keys. */
    private final ConcurrentHashMap<ScreenOptions, Character> optionNumbers = new ConcurrentHashMap<>();
    private final AtomicInteger optionsNumbered = new AtomicInteger();
    /** The options last numbered, and their number: a batch asks every row with the same options object. */
    private volatile Numbered lastOptions = new Numbered(null, (char) 0);

    private record Numbered(ScreenOptions options, char number) {
    }

    /**
     * Options with an entity filter whose answers are remembered too (the very object, never compared by value: hashing a
     * filter of thousands of ids for every query would cost more than it saves), keyed by number 0; null: none.
     */
    private final ScreenOptions filtered;

    private RememberingScreener(Screener screener, int perGeneration, ScreenOptions filtered) {
        this.screener = screener;
        this.filtered = filtered;
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
        return new RememberingScreener(screener, perGeneration, null);
    }

    /**
     * Queries a generation may hold with a heap of {@code maxHeap} bytes: two generations in a 32nd of it, between 256
     * and {@link #GENERATION} (screen-file's streaming test runs in 32 MB; the CLI and the server have 1 GB). As many
     * results as fit in the same bytes ({@link #BYTES_PER_RESULT} each) take another 32nd.
     */
    static int generationFor(long maxHeap) {
        return (int) Math.max(256, Math.min(GENERATION, maxHeap / 32 / 2 / BYTES_PER_QUERY));
    }

    /**
     * {@code screener}, remembering its answers for a batch: twice the generations {@link #over(Screener)} keeps
     * ({@link #batchGenerationFor}). A customer file repeats a query hundreds of thousands of rows apart (of the million
     * generated names' 399,134 repeated rows, 148,000 came more than 100,000 rows after the row before them), and a batch's
     * heap holds no caches of weak bands, which a server's does.
     */
    public static RememberingScreener forBatch(Screener screener) {
        return over(screener, batchGenerationFor(Runtime.getRuntime().maxMemory()));
    }

    /**
     * As {@link #forBatch(Screener)}, remembering also the answers to queries asked with {@code filtered}, this very
     * object, whose entity filter holds for the whole batch (a delta re-screening's: of the million generated customers
     * registered as subjects, 381,465 repeat an earlier subject's name). Queries with any other entity filter are passed
     * through.
     */
    public static RememberingScreener forBatch(Screener screener, ScreenOptions filtered) {
        if (filtered == null) throw new IllegalArgumentException("the batch's options must not be null");
        if (screener instanceof RememberingScreener r) screener = r.screener;
        return new RememberingScreener(screener, batchGenerationFor(Runtime.getRuntime().maxMemory()), filtered);
    }

    /** Queries a generation holds for a batch: two generations in a 16th of the heap, between 256 and twice {@link #GENERATION}. */
    static int batchGenerationFor(long maxHeap) {
        return (int) Math.max(256, Math.min(2L * GENERATION, maxHeap / 16 / 2 / BYTES_PER_QUERY));
    }

    @Override
    public List<MatchResult> screen(Query query, ScreenOptions options) {
        Object asked = key(query, options);
        if (asked == null) return screener.screen(query, options);
        List<MatchResult> known = answers.get(asked);
        if (known != null) {
            remembered.increment();
            return known;
        }
        // Being screened by another thread (a batch's rows a few hundred apart, screened at once): wait for its answer,
        // which costs no CPU, instead of screening the query a second time. The other thread only screens, it never
        // waits on this one. Should it fail, this query is screened here, and fails or not on its own.
        CompletableFuture<List<MatchResult>> mine = new CompletableFuture<>();
        CompletableFuture<List<MatchResult>> other = inFlight.putIfAbsent(asked, mine);
        if (other != null) {
            try {
                List<MatchResult> theirs = other.join();
                remembered.increment();
                return theirs;
            } catch (CompletionException | CancellationException e) {
                return List.copyOf(screener.screen(query, options));
            }
        }
        try {
            // immutable, since every later asker shares it
            List<MatchResult> found = List.copyOf(screener.screen(query, options));
            answers.put(asked, found);
            mine.complete(found);
            return found;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(asked, mine);
        }
    }

    /**
     * The answer remembered for {@code query} with {@code options}, without screening it; when another thread is screening
     * it now, that thread's answer, waited for. Null when there is none (not asked before or forgotten, a screening in
     * flight that failed, or a query this screener does not remember). A server answers such a query without queueing it
     * with the queries to screen, and without holding a place among them while it waits. Counted with {@link #remembered()}
     * when found.
     */
    public List<MatchResult> rememberedAnswer(Query query, ScreenOptions options) {
        Object asked = key(query, options);
        if (asked == null) return null;
        List<MatchResult> known = answers.get(asked);
        if (known == null) {
            CompletableFuture<List<MatchResult>> other = inFlight.get(asked);
            if (other == null) return null;
            try {
                known = other.join();
            } catch (CompletionException | CancellationException e) {
                return null;
            }
        }
        remembered.increment();
        return known;
    }

    /** What the answer to {@code query} with {@code options} is remembered by; null when it is not remembered. */
    private Object key(Query query, ScreenOptions options) {
        if (options.entityIds() != null && options != filtered) return null;
        Object asked = compactKey(query, options);
        if (asked != null) return asked;
        // a filter's ids are not hashed for a query: one not keyed compactly is screened
        return options.entityIds() != null ? null : new Asked(query, options);
    }

    /**
     * The query and options as one string, or null when the query is not of plain names (a part, a kind other than
     * primary, a language, an identifier or a gender) or a field is too long for its length to fit a character: the
     * options' number, then the names, birth dates and countries, each field after its length and each list after its
     * size, and the schema's ordinal (0 when unknown). Two queries get the same string only if every field is equal,
     * whatever characters the fields hold (no separator could be confused with a field's content).
     */
    String compactKey(Query query, ScreenOptions options) {
        if (!query.identifiers().isEmpty() || query.gender() != null) return null;
        Numbered last = lastOptions;
        char number;
        if (options == filtered) {
            number = 0; // the others are numbered from 1
        } else if (last.options() == options) {
            number = last.number();
        } else {
            Character n = optionNumbers.get(options);
            if (n == null) {
                if (optionsNumbered.get() >= MAX_OPTIONS) return null;
                // each new options object its own number: computeIfAbsent calls this once a key
                n = optionNumbers.computeIfAbsent(options, o -> (char) optionsNumbered.incrementAndGet());
            }
            number = n;
            lastOptions = new Numbered(options, number);
        }
        StringBuilder sb = new StringBuilder(48).append(number);
        sb.append((char) (query.schema() == null ? 0 : query.schema().ordinal() + 1));
        if (!appendAll(sb, query.birthDates()) || !appendAll(sb, query.countries())) return null;
        if (query.names().size() > Character.MAX_VALUE) return null;
        sb.append((char) query.names().size());
        for (org.cordon.model.Name n : query.names()) {
            if (n.kind() != org.cordon.model.NameKind.PRIMARY || n.lang() != null || !n.parts().isEmpty()) return null;
            if (!append(sb, n.full())) return null;
        }
        return sb.toString();
    }

    private static boolean appendAll(StringBuilder sb, List<String> fields) {
        if (fields.size() > Character.MAX_VALUE) return false;
        sb.append((char) fields.size());
        for (String f : fields) if (!append(sb, f)) return false;
        return true;
    }

    private static boolean append(StringBuilder sb, String field) {
        if (field.length() > Character.MAX_VALUE) return false;
        sb.append((char) field.length()).append(field);
        return true;
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
