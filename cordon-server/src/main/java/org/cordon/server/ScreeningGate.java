package org.cordon.server;

import java.util.concurrent.Semaphore;

/**
 * Lets at most a fixed number of screenings run at once (by default one per core) and the rest wait
 * their turn in arrival order.
 *
 * <p>Screening is pure CPU work. With more screenings running than cores, each shares the cores with the
 * others, so a slow query (an Arabic-script name that meets thousands of candidates) lasts several times its
 * own CPU time, and every query behind it slows down too. Queued first-come first-served instead, a request
 * waits for the ones ahead of it and then runs at full speed: a tail set by the slowest query's own time rather
 * than by how many requests happen to run beside it, and less CPU per query (eight screenings on two cores cost
 * twice the CPU of two: their working sets do not stay in the caches; docs/performance.md). Jetty's threads still
 * read and write requests concurrently; only the matcher is gated (/match, /search, /reconcile, /screen/text and
 * /screen/payment). It also bounds the working space the screener keeps, several megabytes per query running at once.
 * A query the server answers from memory (asked before: {@link DatasetScope#screen(ScreeningGate,
 * org.cordon.match.Screener, org.cordon.match.Query, double, int)}) costs no screening and does not wait its turn.
 */
final class ScreeningGate {
    private final Semaphore permits;
    private final int size;

    /** @param size screenings at once; 0 for one per available core */
    ScreeningGate(int size) {
        if (size < 0) throw new IllegalArgumentException("screening threads must be 0 (one per core) or more, was " + size);
        this.size = size == 0 ? Runtime.getRuntime().availableProcessors() : size;
        this.permits = new Semaphore(this.size, true);
    }

    int size() {
        return size;
    }

    /** Screenings waiting for a place now (an estimate, as the JDK's semaphore gives it). */
    int queued() {
        return permits.getQueueLength();
    }

    /** Work done inside the gate; it may throw what the work throws (a malformed payment message). */
    @FunctionalInterface
    interface Screening<T, E extends Exception> {
        T get() throws E;
    }

    /** Runs {@code screening} once a place is free, in the order the requests asked. */
    <T, E extends Exception> T run(Screening<T, E> screening) throws E {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, null, "the server is stopping");
        }
        try {
            return screening.get();
        } finally {
            permits.release();
        }
    }
}
