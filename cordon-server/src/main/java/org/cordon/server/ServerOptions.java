package org.cordon.server;

import io.javalin.http.Handler;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run the server.
 *
 * @param host         interface to bind; 127.0.0.1 by default so a fresh install is not reachable from the network
 * @param port         TCP port; 0 picks a free one (tests)
 * @param listDir      list directory (or one list file) loaded at start and on every reload
 * @param maxBodyBytes largest request body accepted; bigger bodies get 413 before they are read
 * @param guard        runs before every matched route (API keys and roles plug in here); null lets everything through
 * @param snapshotFile the compiled index cached for the start and every reload
 *                     ({@link org.cordon.match.snapshot.SnapshotCache}); null builds from the list files every time
 * @param screeningThreads screenings run at once, the rest queued in arrival order ({@link ScreeningGate});
 *                     0 for one per core
 * @param warmUpRequests /match requests the server sends itself once the lists are loaded, before /readyz reports
 *                     ready ({@link WarmUp}); 0 for none
 */
public record ServerOptions(String host, int port, Path listDir, long maxBodyBytes, Handler guard, Path snapshotFile,
                            int screeningThreads, int warmUpRequests) {

    /** 1 MiB holds 100 yente queries with room to spare; anything bigger is a mistake or an attack. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1 << 20;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(listDir, "listDir");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes must be at least 1024, was " + maxBodyBytes);
        if (screeningThreads < 0) {
            throw new IllegalArgumentException("screeningThreads must be 0 (one per core) or more, was " + screeningThreads);
        }
        if (warmUpRequests < 0) throw new IllegalArgumentException("warmUpRequests must be 0 (none) or more, was " + warmUpRequests);
    }

    /** No snapshot file (the lists are read and compiled at start and on every reload), no warm-up. */
    public static ServerOptions of(String host, int port, Path listDir) {
        return new ServerOptions(host, port, listDir, DEFAULT_MAX_BODY_BYTES, null, null, 0, 0);
    }

    public ServerOptions withMaxBodyBytes(long bytes) {
        return new ServerOptions(host, port, listDir, bytes, guard, snapshotFile, screeningThreads, warmUpRequests);
    }

    public ServerOptions withGuard(Handler g) {
        return new ServerOptions(host, port, listDir, maxBodyBytes, g, snapshotFile, screeningThreads, warmUpRequests);
    }

    /** Caches the compiled index in {@code file} (null: none). */
    public ServerOptions withSnapshotFile(Path file) {
        return new ServerOptions(host, port, listDir, maxBodyBytes, guard, file, screeningThreads, warmUpRequests);
    }

    /** Runs at most {@code n} screenings at once (0: one per core). */
    public ServerOptions withScreeningThreads(int n) {
        return new ServerOptions(host, port, listDir, maxBodyBytes, guard, snapshotFile, n, warmUpRequests);
    }

    /** Sends the server {@code n} /match requests of its own before /readyz reports ready (0: none; {@link WarmUp}). */
    public ServerOptions withWarmUp(int n) {
        return new ServerOptions(host, port, listDir, maxBodyBytes, guard, snapshotFile, screeningThreads, n);
    }
}
