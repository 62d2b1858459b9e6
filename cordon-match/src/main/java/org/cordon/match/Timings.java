package org.cordon.match;

import java.util.ArrayList;
import java.util.List;

/**
 * How long each step of building or restoring a screener took, in the order the steps ended, for
 * whoever wants to see where start-up time goes ({@code CORDON_TIMING=1} in the CLI). Steps that
 * run side by side on different threads are recorded each with its own wall time, so the times
 * need not add up. Thread-safe; {@link #NONE} records nothing.
 */
public final class Timings {
    /** Records nothing. */
    public static final Timings NONE = new Timings(false);

    /** One step and its wall time. */
    public record Step(String name, long millis) {}

    private final List<Step> steps = new ArrayList<>();
    private final boolean on;

    private Timings(boolean on) {
        this.on = on;
    }

    /** A recorder that keeps every step. */
    public static Timings recording() {
        return new Timings(true);
    }

    /** Records a step that started at {@code startNanos} ({@link System#nanoTime()}) and ends now. */
    public void add(String step, long startNanos) {
        if (on) addMillis(step, (System.nanoTime() - startNanos) / 1_000_000);
    }

    /** Records a step measured elsewhere. */
    public void addMillis(String step, long millis) {
        if (!on) return;
        synchronized (steps) {
            steps.add(new Step(step, millis));
        }
    }

    public List<Step> steps() {
        synchronized (steps) {
            return List.copyOf(steps);
        }
    }
}
