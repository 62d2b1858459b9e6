package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.RememberingScreener;
import org.cordon.match.Screener;
import org.cordon.match.Screeners;
import org.cordon.model.Entity;
import org.cordon.model.ListVersion;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
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

    /**
     * A query the server has answered before is answered from memory while every place is taken by screenings, without
     * queueing behind them; a query not answered before queues ({@link DatasetScope#screen(ScreeningGate, Screener, Query,
     * double, int)}, as /match and /reconcile screen).
     */
    @Test
    void aRememberedAnswerDoesNotWaitBehindScreenings() throws Exception {
        List<Entity> entities = List.of(
                Entity.builder("test", "t1", Schema.PERSON).name("Ivan Petrov", NameKind.PRIMARY).build(),
                Entity.builder("test", "t2", Schema.PERSON).name("Olga Kozlova", NameKind.PRIMARY).build());
        RememberingScreener remembering = RememberingScreener.over(
                Screeners.build(List.of(new SanctionsList(new ListVersion("test", "test", "test", "test", null, List.of(), "", 2), entities))), 100);
        DatasetScope all = new DatasetScope(Set.of(), Set.of(), false);
        Query known = Query.of("Ivan Petrov", Schema.PERSON, null, null), unknown = Query.of("Olga Kozlova", Schema.PERSON, null, null);
        ScreeningGate gate = new ScreeningGate(1);
        List<MatchResult> first = all.screen(gate, remembering, known, 0.5, 5);
        assertThat(first).extracting(r -> r.entity().id()).containsExactly("test-t1");
        // the one place taken by a screening that waits for the test
        CountDownLatch inside = new CountDownLatch(1), letOut = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().start(() -> gate.run(() -> {
            inside.countDown();
            await(letOut);
            return null;
        }));
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
        // answered, or queued behind the holder (no sleeping: the semaphore reports its queue)
        List<List<MatchResult>> again = new CopyOnWriteArrayList<>();
        Thread knownAsker = Thread.ofPlatform().start(() -> again.add(all.screen(gate, remembering, known, 0.5, 5)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (again.isEmpty() && gate.queued() == 0 && System.nanoTime() < deadline) Thread.onSpinWait();
        boolean queued = gate.queued() > 0;
        if (queued) letOut.countDown(); // so that the test ends
        knownAsker.join(30_000);
        assertThat(queued).as("a remembered answer queued behind a screening").isFalse();
        assertThat(again).singleElement().isSameAs(first);
        // a new query waits for the place
        List<List<MatchResult>> answer = new CopyOnWriteArrayList<>();
        Thread asker = Thread.ofPlatform().start(() -> answer.add(all.screen(gate, remembering, unknown, 0.5, 5)));
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (gate.queued() == 0 && System.nanoTime() < deadline) Thread.onSpinWait();
        assertThat(gate.queued()).isEqualTo(1);
        letOut.countDown();
        holder.join(30_000);
        asker.join(30_000);
        assertThat(answer).singleElement().satisfies(r -> assertThat(r).extracting(m -> m.entity().id()).containsExactly("test-t2"));
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
