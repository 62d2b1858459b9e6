package org.cordon.match.normalise;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * ICU transliterators of one ID, shared by every thread: a thread takes an idle one for a call and gives it back after.
 *
 * <p>An ICU transliterator is not safe for two threads at once, and building one is dear: the first in a JVM parses ICU's
 * rules (some 340 ms), each later one takes them from ICU's registry (3-8 ms), and its first word of each script builds
 * that script's part (about 1 ms more a script). Kept one a thread instead, every new thread paid that again at its first
 * name not in Latin script; a server's request threads come and go (Jetty starts threads for a burst of clients and ends
 * them when idle), so it kept paying. The pool holds as many as were ever in use at once (two on two cores behind the
 * server's screening gate), most recently used first, so that the warmest one is taken.
 */
public final class TransliteratorPool {
    private final String id;
    private final ConcurrentLinkedDeque<Transliterator> idle = new ConcurrentLinkedDeque<>();

    /** A pool of {@link Transliterator#getInstance(String) Transliterator.getInstance(id)}; nothing is built until used. */
    public TransliteratorPool(String id) {
        this.id = id;
    }

    /** {@code text} through one of the pool's transliterators (a new one when all are in use). */
    public String transliterate(String text) {
        Transliterator t = idle.pollFirst();
        if (t == null) t = Transliterator.getInstance(id);
        try {
            return t.transliterate(text);
        } finally {
            idle.offerFirst(t);
        }
    }

    /**
     * Builds transliterators until the pool holds {@code count}, each run once over {@code samples} (so that its parts for
     * their scripts are built too).
     */
    public void prepare(int count, String... samples) {
        while (idle.size() < count) {
            Transliterator t = Transliterator.getInstance(id);
            for (String s : samples) t.transliterate(s);
            idle.offerFirst(t);
        }
    }

    /** Transliterators built and idle now (tests). */
    int idle() {
        return idle.size();
    }
}
