package org.cordon.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentCacheTest {

    @Test
    void aFullGenerationTurnsAndKeepsWhatWasUsedSince() {
        RecentCache<String, String> cache = new RecentCache<>(4);
        for (int i = 0; i < 4; i++) cache.put("w" + i, "v" + i);
        // the fifth entry turns the generation: the first four are now the one before, still found
        cache.put("w4", "v4");
        assertThat(cache.get("w0")).isEqualTo("v0");
        // w0 was used again (put into the current generation); w1, w2 and w3 were not
        cache.put("w5", "v5");
        cache.put("w6", "v6");
        cache.put("w7", "v7"); // current holds w4, w0, w5, w6, w7 turns it: w4 w0 w5 w6 become the one before
        assertThat(cache.get("w0")).as("a word used since the last turn survives it").isEqualTo("v0");
        assertThat(cache.get("w1")).as("a word not used since is dropped").isNull();
        assertThat(cache.containsKey("w3")).isFalse();
        assertThat(cache.containsKey("w7")).isTrue();
        assertThat(cache.size()).isLessThanOrEqualTo(8);
    }

    @Test
    void weightTurnsAGenerationToo() {
        RecentCache<String, int[]> cache = new RecentCache<>(1000, 10, a -> a.length);
        cache.put("a", new int[6]);
        cache.put("b", new int[6]); // 12 > 10: a turn, "a" in the one before
        cache.put("c", new int[6]); // another: "b" in the one before, "a" gone
        assertThat(cache.containsKey("a")).isFalse();
        assertThat(cache.containsKey("b")).isTrue();
        assertThat(cache.containsKey("c")).isTrue();
        cache.clear();
        assertThat(cache.size()).isZero();
    }

    @Test
    void threadsThatFindTheGenerationFullAtOnceTurnItOnce() throws Exception {
        // Once a generation has turned, the one before holds a full generation until the next turn: both together never
        // hold fewer than a generation's entries. A second turn by a thread that found the same generation full would
        // make a generation of a few entries the one before, and drop the full one.
        int generation = 64;
        RecentCache<Integer, Integer> cache = new RecentCache<>(generation);
        AtomicInteger keys = new AtomicInteger();
        AtomicInteger fewest = new AtomicInteger(Integer.MAX_VALUE);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 200_000; i++) {
                    int k = keys.incrementAndGet();
                    cache.put(k, k);
                    if (k > 4 * generation) fewest.accumulateAndGet(cache.size(), Math::min);
                }
            });
            th.start();
            threads.add(th);
        }
        for (Thread t : threads) t.join();
        assertThat(fewest.get()).as("fewest entries held after the first turns").isGreaterThanOrEqualTo(generation);
    }
}
