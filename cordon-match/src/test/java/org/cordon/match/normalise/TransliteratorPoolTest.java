package org.cordon.match.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TransliteratorPoolTest {
    private static final String ID = "Any-Latin; Latin-ASCII";
    private static final List<String> WORDS = List.of("Путин", "محمد", "김정은", "习近平", "Ελλάδα", "שלום", "Müller", "თბილისი");

    /** Threads that come one after another, as a server's request threads do, share one transliterator, not one each. */
    @Test
    void threadsInTurnShareOneTransliterator() throws Exception {
        TransliteratorPool pool = new TransliteratorPool(ID);
        Transliterator own = Transliterator.getInstance(ID);
        for (int i = 0; i < 20; i++) {
            String word = WORDS.get(i % WORDS.size());
            String[] out = new String[1];
            Thread t = new Thread(() -> out[0] = pool.transliterate(word));
            t.start();
            t.join();
            assertThat(out[0]).as(word).isEqualTo(own.transliterate(word));
        }
        assertThat(pool.idle()).isEqualTo(1);
    }

    /**
     * Threads transliterating at once each get a transliterator of their own (ICU's are not safe for two threads at once),
     * and their words come out as one thread's would; the pool keeps as many as were in use at once.
     */
    @Test
    void threadsAtOnceEachTakeTheirOwnAndGetTheSameReadings() throws Exception {
        TransliteratorPool pool = new TransliteratorPool(ID);
        Transliterator own = Transliterator.getInstance(ID);
        List<String> expected = new ArrayList<>();
        for (String w : WORDS) expected.add(own.transliterate(w));
        int threads = 4;
        // all start at once, so that their first calls find the pool empty together
        CyclicBarrier started = new CyclicBarrier(threads);
        ExecutorService ex = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                results.add(ex.submit(() -> {
                    started.await();
                    List<String> got = new ArrayList<>();
                    for (int round = 0; round < 200; round++) {
                        for (String w : WORDS) {
                            String r = pool.transliterate(w);
                            if (round == 0) got.add(r);
                            else if (!r.equals(got.get(WORDS.indexOf(w)))) got.set(WORDS.indexOf(w), "changed: " + r);
                        }
                    }
                    return got;
                }));
            }
            for (Future<List<String>> f : results) assertThat(f.get()).isEqualTo(expected);
        } finally {
            ex.shutdown();
        }
        assertThat(pool.idle()).isBetween(1, threads);
    }

    /** {@link TransliteratorPool#prepare} builds transliterators ahead, which later calls then take instead of building. */
    @Test
    void preparedTransliteratorsAreTheOnesTaken() throws Exception {
        TransliteratorPool pool = new TransliteratorPool(ID);
        pool.prepare(3, "محمد");
        assertThat(pool.idle()).isEqualTo(3);
        CountDownLatch done = new CountDownLatch(1);
        String[] out = new String[1];
        new Thread(() -> {
            out[0] = pool.transliterate("Путин");
            done.countDown();
        }).start();
        done.await();
        assertThat(out[0]).isEqualTo("Putin");
        assertThat(pool.idle()).isEqualTo(3);
    }
}
