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
        assertThat(EmptyLookups.generationFor(32L << 20)).as("32 MB: two generations in a 32nd of it").isEqualTo(16_384);
        assertThat(EmptyLookups.generationFor(1L << 20)).as("never fewer than 1,024").isEqualTo(1_024);
    }

    @Test
    void keysBeyondAsciiAndLongKeysAreKeptByEveryCharacter() {
        EmptyLookups keys = new EmptyLookups(64);
        String cyrillic = "путинвладимир", han = "\u5b8b\u5e73\u5ba2\u4e00", mixed = "\u0002" + "wljn" + "\u00e9";
        String longKey = "a".repeat(200) + "\u0416", longest = "b".repeat(EmptyLookups.MAX_KEY);
        for (String k : new String[]{cyrillic, han, mixed, longKey, longest}) keys.add(k);
        assertThat(keys.contains(new String(cyrillic))).isTrue();
        assertThat(keys.contains(han)).isTrue();
        assertThat(keys.contains(mixed)).isTrue();
        assertThat(keys.contains("a".repeat(200) + "\u0416")).isTrue();
        assertThat(keys.contains("b".repeat(EmptyLookups.MAX_KEY))).isTrue();
        // one character apart, in the byte a character beyond U+0080 shares with its neighbours, or in length
        assertThat(keys.contains("путинвладимиp")).as("a Latin p for the Cyrillic р").isFalse();
        assertThat(keys.contains("\u5b8b\u5e73\u5ba2\u4e01")).isFalse();
        assertThat(keys.contains("\u5b8b\u5e73\u5ba2")).isFalse();
        assertThat(keys.contains("a".repeat(200) + "\u0417")).isFalse();
        assertThat(keys.contains("a".repeat(201))).isFalse();
        assertThat(keys.contains("a".repeat(199) + "\u0416")).isFalse();
        // longer than a key is kept: not kept, so never found
        keys.add("c".repeat(EmptyLookups.MAX_KEY + 1));
        assertThat(keys.contains("c".repeat(EmptyLookups.MAX_KEY + 1))).isFalse();
        assertThat(keys.size()).isEqualTo(5);
    }

    @Test
    void aKeyIsNeverFoundThatNoThreadAdded() throws Exception {
        // two threads add keys (turning generations of 4,096 and growing their tables and bytes) while two others look up
        // the key added last and keys that never are: a key found that was never added would be a look-up that found
        // something taken for one that found nothing. The readers go on until both writers are done and then look once
        // more, so the key added last is looked up at least once with nothing added after it: it must be found however
        // the threads were scheduled.
        EmptyLookups keys = new EmptyLookups(4_096);
        java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger(), found = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> lastAdded = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1), writing = new java.util.concurrent.CountDownLatch(2);
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int me = t;
            threads.add(new Thread(() -> {
                await(start);
                for (int i = 0; i < 200_000; i++) {
                    String key = "pair" + me + "\u0416" + i;
                    keys.add(key);
                    lastAdded.set(key);
                }
                writing.countDown();
            }));
            threads.add(new Thread(() -> {
                await(start);
                boolean writersDone = false;
                for (int i = 0; !writersDone; i++) {
                    writersDone = writing.getCount() == 0; // read before the look-ups: one whole round after the last add
                    String last = lastAdded.get();
                    if (last != null && keys.contains(last)) found.incrementAndGet();
                    int n = i % 200_000;
                    if (keys.contains("pair" + me + "\u0417" + n) || keys.contains("pair" + me + "\u0416" + n + "x")) wrong.incrementAndGet();
                }
            }));
        }
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread t : threads) t.join();
        assertThat(wrong.get()).as("keys found that were never added").isZero();
        assertThat(found.get()).as("the key added last, found by both readers at least once").isGreaterThanOrEqualTo(2);
        assertThat(keys.size()).isLessThanOrEqualTo(2 * 4_096);
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
