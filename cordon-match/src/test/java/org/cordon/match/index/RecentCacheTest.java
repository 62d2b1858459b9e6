package org.cordon.match.index;

import static org.assertj.core.api.Assertions.assertThat;

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
}
