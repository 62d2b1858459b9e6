package org.cordon.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshot being served, swapped atomically. A reload loads and indexes the lists off to the
 * side and only then replaces the reference; if loading fails the old snapshot keeps serving.
 * Reloads run one at a time.
 */
public final class ServedLists {
    private static final Logger LOG = LoggerFactory.getLogger(ServedLists.class);

    private final Path listDir;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    /** Why the first load failed, for /readyz; null while loading or once loaded. */
    private volatile String startupError;
    private final Object reloadLock = new Object();
    private final CountDownLatch firstLoadDone = new CountDownLatch(1);

    public ServedLists(Path listDir) {
        this.listDir = listDir;
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

    /** Loads the list directory again and swaps the result in; on failure nothing changes. */
    public Snapshot reload() throws ListFormatException, IOException {
        synchronized (reloadLock) {
            long t0 = System.nanoTime();
            ListLoader.Loaded loaded = ListLoader.load(listDir);
            long loadMillis = (System.nanoTime() - t0) / 1_000_000;
            Snapshot old = current.get();
            Snapshot next = Snapshot.build(old == null ? 1 : old.generation() + 1, listDir, loaded, loadMillis);
            current.set(next);
            startupError = null;
            LOG.info("serving {} entities from {} lists in {} (generation {}, loaded in {} ms, indexed in {} ms)",
                    next.entityCount(), next.lists().size(), listDir, next.generation(), loadMillis, next.buildMillis());
            return next;
        }
    }
}
