package org.cordon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListLoader;
import org.cordon.match.IndexedScreener;
import org.cordon.match.Screener;
import org.cordon.match.Screeners;
import org.cordon.match.Timings;
import org.cordon.match.snapshot.IndexSnapshot;

/**
 * Lists loaded and a screener built over them, for one command run. The compiled index is cached
 * in a snapshot file keyed by the SHA-256 of every list file (path and bytes) and of the code that
 * read and compiled them, so a restart over unchanged lists with the same build of Cordon reads the
 * snapshot instead of the official files; a snapshot that is missing, stale, damaged or of another
 * format is reported and replaced by a fresh build.
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
        long opened = System.nanoTime();
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
        Path cache = options.snapshotFile();
        long t = System.nanoTime();
        String key = cache == null ? null : snapshotKey(dir);
        timings.add("list files and code hashed", t);
        if (cache != null && Files.isRegularFile(cache)) {
            long t0 = System.nanoTime();
            try (InputStream in = Files.newInputStream(cache)) {
                IndexedScreener s = IndexSnapshot.read(in, key, timings);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                ListLoader.Loaded loaded = new ListLoader.Loaded(s.lists(), List.of());
                timings.add("lists -> ready index, from the snapshot", opened);
                if (verbose) {
                    log.printf("Loaded %,d entities from %d lists in %s from the index snapshot %s in %,d ms%n",
                            loaded.entityCount(), loaded.lists().size(), dir, cache, ms);
                }
                return new ScreeningContext(dir, loaded, s, 0, ms, timings);
            } catch (IOException e) {
                log.printf("cordon: %s: %s; building the index from the list files%n", cache, e.getMessage());
            }
        }
        long t0 = System.nanoTime();
        ListLoader.Loaded loaded = ListLoader.load(dir);
        long t1 = System.nanoTime();
        timings.add("lists read from the files", t0);
        IndexedScreener screener = Screeners.build(loaded.lists());
        long t2 = System.nanoTime();
        timings.add("names compiled and index built", t1);
        timings.add("lists -> ready index, from the files", opened);
        ScreeningContext ctx = new ScreeningContext(dir, loaded, screener, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, timings);
        if (verbose) {
            log.printf("Loaded %,d entities from %d lists in %s (%,d ms), index built in %,d ms%n",
                    loaded.entityCount(), loaded.lists().size(), dir, ctx.loadMillis, ctx.buildMillis);
        }
        if (cache != null) {
            t = System.nanoTime();
            writeSnapshot(screener, key, cache, log);
            timings.add("snapshot written", t);
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

    /** Written beside and moved into place, so a reader never sees half a snapshot; a cache that cannot be written is only a warning. */
    private static void writeSnapshot(IndexedScreener screener, String key, Path cache, PrintWriter log) {
        try {
            Path parent = cache.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, "index", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                IndexSnapshot.write(screener, key, out);
            }
            Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            log.printf("cordon: could not write the index snapshot %s: %s%n", cache, e.getMessage());
        }
    }

    /**
     * What the snapshot must have been built from to be used: the list files and the code that read
     * and compiled them. The snapshot holds records as the readers made them and names as the
     * normaliser made them, so a new build of Cordon (a reader fixed, a normalisation rule added)
     * must not keep serving the old ones just because the lists did not change.
     */
    static String snapshotKey(Path dir) throws IOException {
        return "lists " + listsKey(dir) + ", code " + codeKey();
    }

    /** SHA-256 over the relative path and bytes of every regular file under the list directory (or of the one list file). */
    static String listsKey(Path dir) throws IOException {
        MessageDigest md = sha256();
        List<Path> files;
        if (Files.isDirectory(dir)) {
            // links followed, as the list loader follows them
            try (Stream<Path> walk = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(dir);
        }
        byte[] buf = new byte[1 << 16];
        for (Path f : files) {
            hashFile(md, dir.relativize(f).toString(), f, buf);
        }
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }

    /**
     * SHA-256 over the code the snapshot's contents depend on: the bytes of cordon-model, -lists and
     * -match (their jars, or their class directories when run from a build), and the file names of
     * the libraries normalising relies on (ICU, commons-codec), whose versions are in their names.
     */
    static String codeKey() throws IOException {
        MessageDigest md = sha256();
        byte[] buf = new byte[1 << 16];
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Class<?> c : List.of(org.cordon.model.Entity.class, ListLoader.class, IndexSnapshot.class)) {
            Path where = codeSource(c);
            if (where == null) {
                md.update(("unknown " + c.getName()).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (!seen.add(where)) continue;
            if (Files.isDirectory(where)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(where)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) hashFile(md, where.relativize(f).toString(), f, buf);
            } else {
                hashFile(md, where.getFileName().toString(), where, buf);
            }
        }
        for (String library : List.of("com.ibm.icu.text.Transliterator", "org.apache.commons.codec.language.DoubleMetaphone")) {
            Path where;
            try {
                where = codeSource(Class.forName(library, false, ScreeningContext.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                where = null;
            }
            md.update((where == null ? "unknown " + library : where.getFileName().toString()).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }

    private static Path codeSource(Class<?> c) {
        try {
            java.security.CodeSource cs = c.getProtectionDomain().getCodeSource();
            return cs == null || cs.getLocation() == null ? null : Path.of(cs.getLocation().toURI());
        } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    private static void hashFile(MessageDigest md, String name, Path f, byte[] buf) throws IOException {
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        try (InputStream in = Files.newInputStream(f)) {
            int n;
            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
        }
        md.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
