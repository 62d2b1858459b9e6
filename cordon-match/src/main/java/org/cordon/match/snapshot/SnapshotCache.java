package org.cordon.match.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListLoader;
import org.cordon.match.IndexedScreener;
import org.cordon.match.Screeners;
import org.cordon.match.Timings;

/**
 * A ready index for a list directory, from an {@link IndexSnapshot} file when one of exactly these
 * lists compiled by exactly this code is cached there, else from the list files (and the file is
 * then rewritten). The CLI's one-shot commands and {@code cordon serve} share it, so both restart
 * without reading and compiling the official files again.
 *
 * <p>The key is the SHA-256 of every list file (path and bytes) and of the code that read and
 * compiled them ({@link #snapshotKey}). A snapshot that is missing, stale, damaged or of another
 * format is never an error: it is reported to the caller's warning sink and replaced by a build from
 * the files. A snapshot that cannot be written is only a warning too. A list directory that cannot
 * be loaded fails as {@link ListLoader#load} fails, whatever the cache holds.
 */
public final class SnapshotCache {

    /** Where a ready index came from. */
    public enum Source {
        /** Decoded from the snapshot file. */
        SNAPSHOT,
        /** Read from the list files and compiled. */
        FILES;

        /** As reported in logs and JSON: {@code snapshot} or {@code files}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The lists and the screener over them.
     *
     * @param listsMillis time spent reading the list files (0 when read from the snapshot)
     * @param indexMillis time spent compiling the index, or reading and decoding the snapshot
     */
    public record ReadyIndex(ListLoader.Loaded loaded, IndexedScreener screener, Source source,
                             long listsMillis, long indexMillis) {}

    private final Path file;
    private final Consumer<String> warnings;

    /**
     * @param file     the snapshot file; null builds from the list files every time and writes nothing
     * @param warnings told, in a sentence without a prefix, why a snapshot was not used or not written
     */
    public SnapshotCache(Path file, Consumer<String> warnings) {
        this.file = file;
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /** The snapshot file, or null when there is none. */
    public Path file() {
        return file;
    }

    /**
     * The index for {@code listDir}: read from the snapshot when its key matches, else built from
     * the files and written to the snapshot. Each step is recorded in {@code timings}.
     */
    public ReadyIndex open(Path listDir, Timings timings) throws IOException, ListFormatException {
        long opened = System.nanoTime();
        // no directory: nothing to hash, the loader below names the problem
        boolean cached = file != null && Files.exists(listDir);
        long t = System.nanoTime();
        String key = cached ? snapshotKey(listDir) : null;
        timings.add("list files and code hashed", t);
        if (cached && Files.isRegularFile(file)) {
            long t0 = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                IndexedScreener s = IndexSnapshot.read(in, key, timings);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                timings.add("lists -> ready index, from the snapshot", opened);
                return new ReadyIndex(new ListLoader.Loaded(s.lists(), List.of()), s, Source.SNAPSHOT, 0, ms);
            } catch (IOException | RuntimeException e) {
                // a damaged file the checks missed must not stop a restart either
                warnings.accept(file + ": " + e.getMessage() + "; building the index from the list files");
            }
        }
        long t0 = System.nanoTime();
        ListLoader.Loaded loaded = ListLoader.load(listDir);
        long t1 = System.nanoTime();
        timings.add("lists read from the files", t0);
        IndexedScreener screener = Screeners.build(loaded.lists());
        long t2 = System.nanoTime();
        timings.add("names compiled and index built", t1);
        timings.add("lists -> ready index, from the files", opened);
        if (cached) {
            t = System.nanoTime();
            write(screener, key);
            timings.add("snapshot written", t);
        }
        return new ReadyIndex(loaded, screener, Source.FILES, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }

    /** Written beside and moved into place, so a reader never sees half a snapshot; a cache that cannot be written is only a warning. */
    private void write(IndexedScreener screener, String key) {
        writeBeside(file, out -> IndexSnapshot.write(screener, key, out), warnings, "the index snapshot");
    }

    /** What {@link #writeBeside} writes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code file} as a cache is written: into a file beside it, then moved into its place, so that a reader never
     * sees half of it; a file that cannot be written is only a warning ("could not write {@code what} FILE: why"), and the
     * file beside is removed.
     */
    public static void writeBeside(Path file, Content content, Consumer<String> warnings, String what) {
        Path tmp = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            tmp = Files.createTempFile(parent, "index", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            warnings.accept("could not write " + what + " " + file + ": " + e.getMessage());
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the warning above already says the cache is not written
                }
            }
        }
    }

    /**
     * What the snapshot must have been built from to be used: the list files and the code that read
     * and compiled them. The snapshot holds records as the readers made them and names as the
     * normaliser made them, so a new build of Cordon (a reader fixed, a normalisation rule added)
     * must not keep serving the old ones just because the lists did not change.
     */
    public static String snapshotKey(Path dir) throws IOException {
        return "lists " + listsKey(dir) + ", code " + codeKey();
    }

    /** SHA-256 over the relative path and bytes of every regular file under the list directory (or of the one list file). */
    public static String listsKey(Path dir) throws IOException {
        MessageDigest md = sha256();
        List<Path> files;
        if (Files.isDirectory(dir)) {
            // links followed, as the list loader follows them
            try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
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
    public static String codeKey() throws IOException {
        MessageDigest md = sha256();
        byte[] buf = new byte[1 << 16];
        Set<Path> seen = new HashSet<>();
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
                where = codeSource(Class.forName(library, false, SnapshotCache.class.getClassLoader()));
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
