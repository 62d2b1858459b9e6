package org.cordon.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmptyLookupsTest {

    @Test
    void aKeyIsFoundOnlyOnceAddedAndEqualKeysAreOne() {
        EmptyLookups keys = new EmptyLookups(8);
        assertThat(keys.contains("Jmariagarcia")).isFalse();
        keys.add("Jmariagarcia");
        // another string of the same text: found by its letters, not by identity
        assertThat(keys.contains(new String("Jmaria") + "garcia")).isTrue();
        assertThat(keys.contains("Jmariagarcio")).isFalse();
        keys.add("Jmariagarcia");
        assertThat(keys.size()).isEqualTo(1);
    }

    @Test
    void aFullGenerationTurnsAndKeepsTheKeysAskedForSince() {
        EmptyLookups keys = new EmptyLookups(4);
        for (int i = 0; i < 4; i++) keys.add("k" + i);
        keys.add("k4"); // the fifth turns the generation: k0-k3 are now the one before, still found
        assertThat(keys.contains("k0")).isTrue(); // and put into the current one again
        keys.add("k5");
        keys.add("k6"); // current: k4 k0 k5 k6, full
        keys.add("k7"); // turns: k4 k0 k5 k6 the one before, k1-k3 gone
        assertThat(keys.contains("k0")).as("asked for since the last turn").isTrue();
        assertThat(keys.contains("k1")).as("not asked for since").isFalse();
        assertThat(keys.contains("k3")).isFalse();
        assertThat(keys.contains("k7")).isTrue();
        assertThat(keys.size()).isLessThanOrEqualTo(8);
        keys.clear();
        assertThat(keys.contains("k7")).isFalse();
        assertThat(keys.size()).isZero();
    }

    @Test
    void keysThatCollideInTheTableAreAllKept() {
        // "Aa" and "BB" have the same hashCode: they land in the same slot and must both be found, and nothing else
        EmptyLookups keys = new EmptyLookups(16);
        keys.add("Aa");
        keys.add("BB");
        assertThat(keys.contains("Aa")).isTrue();
        assertThat(keys.contains("BB")).isTrue();
        assertThat(keys.contains("AaAa")).isFalse();
        assertThat(keys.contains("BBBB")).isFalse();
        assertThat(keys.size()).isEqualTo(2);
    }

    @Test
    void aTableGrowsAsItsGenerationFillsAndKeepsEveryKey() {
        EmptyLookups keys = new EmptyLookups(50_000);
        for (int i = 0; i < 20_000; i++) keys.add("pair" + i);
        for (int i = 0; i < 20_000; i++) assertThat(keys.contains("pair" + i)).as("pair%d", i).isTrue();
        assertThat(keys.contains("pair20000")).isFalse();
        assertThat(keys.size()).isEqualTo(20_000);
    }

    @Test
    void theGenerationsAreSizedByTheHeap() {
        assertThat(EmptyLookups.generationFor(1L << 30)).as("1 GB").isEqualTo(EmptyLookups.GENERATION);
        assertThat(EmptyLookups.generationFor(4L << 30)).as("4 GB: no more than the most").isEqualTo(EmptyLookups.GENERATION);
        assertThat(EmptyLookups.generationFor(32L << 20)).as("32 MB: two generations in a 32nd of it").isEqualTo(8_192);
        assertThat(EmptyLookups.generationFor(1L << 20)).as("never fewer than 1,024").isEqualTo(1_024);
    }
}
