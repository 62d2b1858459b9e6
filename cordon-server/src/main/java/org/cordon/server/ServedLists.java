package org.cordon.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.cordon.lists.ListFormatException;
import org.cordon.match.Timings;
import org.cordon.match.snapshot.SnapshotCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshot being served, swapped atomically. A reload loads and indexes the lists off to the
 * side and only then replaces the reference; if loading fails the old snapshot keeps serving.
 * Reloads run one at a time.
 *
 * <p>The first load and every reload go through the {@link SnapshotCache} when the server has a
 * snapshot file: unchanged lists are read back from it, which is several times faster than reading
 * and compiling them again (docs/performance.md, "Snapshot"); changed lists are built from the files
 * and the file is rewritten; a damaged or stale file is logged and the lists are built from the
 * files, so it never stops serving.
 */
public final class ServedLists {
    private static final Logger LOG = LoggerFactory.getLogger(ServedLists.class);

    private final Path listDir;
    private final SnapshotCache cache;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    /** Why the first load failed, for /readyz; null while loading or once loaded. */
    private volatile String startupError;
    private final Object reloadLock = new Object();
    private final CountDownLatch firstLoadDone = new CountDownLatch(1);
    /** Told of each snapshot once it is served (the store's open alerts follow its links); its failure fails no load. */
    private volatile Consumer<Snapshot> afterLoad = s -> { };

    /** Lists read from {@code listDir}; the compiled index cached in {@code snapshotFile} (null: none). */
    public ServedLists(Path listDir, Path snapshotFile) {
        this.listDir = listDir;
        this.cache = new SnapshotCache(snapshotFile, warning -> LOG.warn("{}", warning));
    }

    /** What to do with each snapshot once it is served, on the loading thread; set before the first load. */
    public void afterLoad(Consumer<Snapshot> listener) {
        this.afterLoad = listener;
    }

    /** The snapshot to serve this request from, or null while the first load runs. */
    public Snapshot current() {
        return current.get();
    }

    public String startupError() {
        return startupError;
    }

    public Path listDir() {
        return listDir;
    }

    /** Where the compiled index is cached, or null when it is not. */
    public Path snapshotFile() {
        return cache.file();
    }

    /** The first load, on a background thread, so health checks answer while the lists load. */
    public Thread loadInBackground() {
        Thread t = Thread.ofPlatform().name("cordon-list-load").daemon(true).start(() -> {
            try {
                reload();
            } catch (ListFormatException | IOException | RuntimeException e) {
                startupError = e.getMessage();
                LOG.error("lists not loaded from {}: {}", listDir, e.getMessage());
            } finally {
                firstLoadDone.countDown();
            }
        });
        return t;
    }

    /**
     * Waits for the first load to finish, loaded or failed; true if it finished in time. For
     * callers that must not answer before the lists are in (tests, a batch job driving the API).
     */
    public boolean awaitFirstLoad(Duration timeout) throws InterruptedException {
        return firstLoadDone.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Loads the list directory again (from the snapshot file when it holds exactly these lists) and
     * swaps the result in; on failure nothing changes.
     */
    public Snapshot reload() throws ListFormatException, IOException {
        synchronized (reloadLock) {
            long t0 = System.nanoTime();
            SnapshotCache.ReadyIndex index = cache.open(listDir, Timings.NONE);
            Snapshot old = current.get();
            Snapshot next = Snapshot.of(old == null ? 1 : old.generation() + 1, listDir, index);
            current.set(next);
            startupError = null;
            try {
                afterLoad.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("after loading the lists from {}: {}", listDir, e.getMessage());
            }
            long readyMillis = (System.nanoTime() - t0) / 1_000_000;
            if (next.indexSource() == SnapshotCache.Source.SNAPSHOT) {
                LOG.info("serving {} entities from {} lists in {} (generation {}, index read from the snapshot {} in {} ms, ready in {} ms)",
                        next.entityCount(), next.lists().size(), listDir, next.generation(), cache.file(), next.buildMillis(), readyMillis);
            } else {
                LOG.info("serving {} entities from {} lists in {} (generation {}, index built from the list files: loaded in {} ms, "
                                + "indexed in {} ms, ready in {} ms)",
                        next.entityCount(), next.lists().size(), listDir, next.generation(), next.loadMillis(), next.buildMillis(), readyMillis);
            }
            return next;
        }
    }
}
