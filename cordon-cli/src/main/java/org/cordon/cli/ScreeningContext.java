package org.cordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListLoader;
import org.cordon.match.Screener;
import org.cordon.match.Timings;
import org.cordon.match.snapshot.SnapshotCache;

/**
 * Lists loaded and a screener built over them, for one command run. The compiled index is cached
 * in a snapshot file ({@link SnapshotCache}, keyed by the SHA-256 of every list file and of the code
 * that read and compiled them), so a restart over unchanged lists with the same build of Cordon reads
 * the snapshot instead of the official files; a snapshot that is missing, stale, damaged or of
 * another format is reported and replaced by a fresh build.
 *
 * <p>With {@code CORDON_TIMING=1} in the environment, {@link #timings()} records each step from JVM
 * start to a ready index and the command prints them at its end ({@link #printTimings}).
 */
public record ScreeningContext(Path listDir, ListLoader.Loaded loaded, Screener screener, long loadMillis, long buildMillis,
                               Timings timings) {

    /** Set by {@link CordonCommand#main} (epoch ms), so the timing can say how long the JVM took to get there; 0 in tests. */
    static volatile long mainStartedMillis;

    public static ScreeningContext open(ListOptions options, PrintWriter log, boolean verbose)
            throws InputException, IOException, ListFormatException {
        Timings timings = timingRequested() ? Timings.recording() : Timings.NONE;
        if (timings != Timings.NONE) {
            long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            long now = System.currentTimeMillis();
            if (mainStartedMillis > 0) {
                timings.addMillis("JVM start to main", mainStartedMillis - jvmStart);
                timings.addMillis("main to command", now - mainStartedMillis);
            } else {
                timings.addMillis("JVM start to command", now - jvmStart);
            }
        }
        Path dir = options.resolve();
        SnapshotCache cache = new SnapshotCache(options.snapshotFile(), warning -> log.printf(Locale.ROOT, "cordon: %s%n", warning));
        SnapshotCache.ReadyIndex index = cache.open(dir, timings);
        ListLoader.Loaded loaded = index.loaded();
        ScreeningContext ctx = new ScreeningContext(dir, loaded, index.screener(), index.listsMillis(), index.indexMillis(), timings);
        if (verbose && index.source() == SnapshotCache.Source.SNAPSHOT) {
            log.printf(Locale.ROOT, "Loaded %,d entities from %d lists in %s from the index snapshot %s in %,d ms%n",
                    loaded.entityCount(), loaded.lists().size(), dir, cache.file(), index.indexMillis());
        } else if (verbose) {
            log.printf(Locale.ROOT, "Loaded %,d entities from %d lists in %s (%,d ms), index built in %,d ms%n",
                    loaded.entityCount(), loaded.lists().size(), dir, ctx.loadMillis, ctx.buildMillis);
        }
        return ctx;
    }

    /** {@code CORDON_TIMING} set to anything but empty or 0. */
    static boolean timingRequested() {
        String v = System.getenv("CORDON_TIMING");
        return v != null && !v.isBlank() && !v.strip().equals("0");
    }

    /** The recorded steps, one a line, then the total since JVM start; nothing when timing was not requested. */
    public void printTimings(PrintWriter err) {
        if (timings == Timings.NONE) return;
        err.println("cordon: timing (wall clock; steps on other threads overlap):");
        for (Timings.Step s : timings.steps()) err.printf(java.util.Locale.ROOT, "  %,7d ms  %s%n", s.millis(), s.name());
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        err.printf(java.util.Locale.ROOT, "  %,7d ms  total since JVM start%n", System.currentTimeMillis() - jvmStart);
        err.flush();
    }
}
