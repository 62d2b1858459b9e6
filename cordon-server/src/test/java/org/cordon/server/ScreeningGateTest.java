package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScreeningGateTest {

    @Test
    void aScreeningWaitsWhileEveryPlaceIsTakenAndRunsOnceOneIsFree() throws Exception {
        ScreeningGate gate = new ScreeningGate(1);
        CountDownLatch firstInside = new CountDownLatch(1), letFirstOut = new CountDownLatch(1);
        AtomicBoolean secondRan = new AtomicBoolean();
        Thread first = Thread.ofPlatform().start(() -> gate.run(() -> {
            firstInside.countDown();
            await(letFirstOut);
            return null;
        }));
        assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
        Thread second = Thread.ofPlatform().start(() -> gate.run(() -> {
            secondRan.set(true);
            return null;
        }));
        // the second is queued behind the first (no sleeping: the semaphore reports its queue)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (gate.queued() == 0 && System.nanoTime() < deadline) Thread.onSpinWait();
        assertThat(gate.queued()).isEqualTo(1);
        assertThat(secondRan).isFalse();
        letFirstOut.countDown();
        first.join(30_000);
        second.join(30_000);
        assertThat(secondRan).isTrue();
        assertThat(gate.queued()).isZero();
    }

    @Test
    void neverMoreScreeningsRunAtOnceThanPlaces() throws Exception {
        ScreeningGate gate = new ScreeningGate(2);
        AtomicInteger inside = new AtomicInteger(), most = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 2_000; i++) {
                    gate.run(() -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.yield();
                        return inside.decrementAndGet();
                    });
                }
            }));
        }
        for (Thread t : threads) t.join(60_000);
        assertThat(most.get()).isBetween(1, 2);
        assertThat(inside.get()).isZero();
    }

    @Test
    void aFailingScreeningGivesItsPlaceBack() {
        ScreeningGate gate = new ScreeningGate(1);
        assertThatThrownBy(() -> gate.run(() -> {
            throw new IllegalStateException("bad query");
        })).hasMessage("bad query");
        assertThatThrownBy(() -> gate.run(() -> {
            throw new java.io.IOException("malformed message");
        })).isInstanceOf(java.io.IOException.class);
        assertThat(gate.run(() -> "next")).isEqualTo("next");
        assertThat(gate.queued()).isZero();
    }

    @Test
    void zeroMeansOnePerCoreAndNegativeIsRefused() {
        assertThat(new ScreeningGate(0).size()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(new ScreeningGate(3).size()).isEqualTo(3);
        assertThatThrownBy(() -> new ScreeningGate(-1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> ServerOptions.of("127.0.0.1", 0, java.nio.file.Path.of(".")).withScreeningThreads(-2))
                .hasMessageContaining("screeningThreads");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
