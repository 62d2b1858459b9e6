package org.cordon.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.cordon.match.Screeners;
import org.cordon.match.snapshot.IndexSnapshot;
import org.cordon.match.snapshot.SnapshotCache;
import org.cordon.model.SanctionsList;

/**
 * The compiled index a spark-screen job broadcasts to its executors: an {@link IndexSnapshot} without the candidate index
 * (each executor builds that, about a second; with it the bytes would be three to four times as many), gzip-compressed.
 * Compiled on the driver from the loaded lists, or read from a cache file that holds exactly these list files compiled
 * by this build of Cordon (the key of {@link SnapshotCache#snapshotKey}, which the CLI's
 * index snapshot uses too). Compiling the real lists costs the driver 8-10 s of two cores, and the JIT compiler's work
 * on code that runs once; a cached index is read and checked in a fraction of a second.
 *
 * <p>A cache file that is missing, of other lists or another build, or damaged is never an error: the reason goes to the
 * caller's warnings and the index is compiled and the file written again (beside it, then moved into place, so a
 * concurrent job never reads half a file). A file that cannot be written is a warning too.
 */
final class IndexBroadcast {

    /** Where the bytes came from. */
    enum Source {
        COMPILED, CACHE
    }

    /**
     * @param bytes    what is broadcast
     * @param millis   time the driver spent compiling and serialising, or reading and checking the cache file
     * @param entities the records the index holds, or -1 when it came from the cache (whose lists were not read)
     */
    record Ready(byte[] bytes, Source source, long millis, int entities) {}

    private IndexBroadcast() {}

    /** Compiled from {@code lists}, with no cache. */
    static Ready compile(List<SanctionsList> lists) throws IOException {
        long start = System.nanoTime();
        return new Ready(compile(lists, ""), Source.COMPILED, millisSince(start), entities(lists));
    }

    /**
     * The index of {@code lists}, from {@code cache} when it was written for {@code key}, else compiled (and the cache
     * written).
     *
     * @param key      {@code SnapshotCache.snapshotKey} of the list directory, taken before the lists were read, so a
     *                 list file replaced meanwhile makes the cache stale rather than wrong
     * @param cache    the cache file
     * @param warnings told, in a sentence, why the cache was not used or not written
     */
    static Ready open(String key, List<SanctionsList> lists, Path cache, Consumer<String> warnings) throws IOException {
        Ready cached = cached(key, cache, warnings);
        return cached != null ? cached : compileAndCache(key, lists, cache, warnings);
    }

    /**
     * The cached index when {@code cache} holds one written for {@code key}, whole (its checksum checked); else null, and
     * why it was not used goes to {@code warnings} (nothing when there is no file yet).
     */
    static Ready cached(String key, Path cache, Consumer<String> warnings) {
        if (!Files.isRegularFile(cache)) return null;
        long start = System.nanoTime();
        try {
            byte[] bytes = Files.readAllBytes(cache);
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16)) {
                IndexSnapshot.verify(in, key);
            }
            return new Ready(bytes, Source.CACHE, millisSince(start), -1);
        } catch (IOException | RuntimeException e) {
            warnings.accept(cache + ": " + e.getMessage() + "; compiling the index from the list files");
            return null;
        }
    }

    /** Compiled from {@code lists} and written to {@code cache} under {@code key}. */
    static Ready compileAndCache(String key, List<SanctionsList> lists, Path cache, Consumer<String> warnings) throws IOException {
        long start = System.nanoTime();
        byte[] bytes = compile(lists, key);
        SnapshotCache.writeBeside(cache, out -> out.write(bytes), warnings, "the index cache");
        return new Ready(bytes, Source.COMPILED, millisSince(start), entities(lists));
    }

    private static int entities(List<SanctionsList> lists) {
        return lists.stream().mapToInt(l -> l.entities().size()).sum();
    }

    private static byte[] compile(List<SanctionsList> lists, String key) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 24);
        try (OutputStream gz = new GZIPOutputStream(bytes, 1 << 16)) {
            IndexSnapshot.write(Screeners.build(lists), key, gz, false);
        }
        return bytes.toByteArray();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
