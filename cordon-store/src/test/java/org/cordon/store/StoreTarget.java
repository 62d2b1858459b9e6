package org.cordon.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases every store test runs on: a SQLite file in a fresh temporary directory, and PostgreSQL at
 * {@code $CORDON_TEST_PG_URL} (scripts/test starts a throwaway server and sets it) in a fresh schema per
 * test. Without that variable the PostgreSQL case is skipped, and says why.
 */
public enum StoreTarget {
    SQLITE, POSTGRESQL;

    private static boolean toldSkip;

    /** A store open on an empty database; closing it removes a SQLite file. */
    public Opened open() {
        return open(Clock.systemUTC());
    }

    /** The same, with the store's times read from {@code clock}. */
    public Opened open(Clock clock) {
        return switch (this) {
            case SQLITE -> {
                try {
                    Path dir = Files.createTempDirectory("cordon-store-test");
                    yield new Opened(Store.open(StoreLocation.sqlite(dir), clock), dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case POSTGRESQL -> {
                String url = pgUrl();
                if (url == null) {
                    synchronized (StoreTarget.class) {
                        if (!toldSkip) {
                            System.err.println("[cordon-store] PostgreSQL cases skipped: CORDON_TEST_PG_URL is not set "
                                    + "(scripts/test sets it when PostgreSQL is installed)");
                            toldSkip = true;
                        }
                    }
                    Assumptions.abort("CORDON_TEST_PG_URL is not set: no PostgreSQL to test against");
                }
                String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
                yield new Opened(Store.open(StoreLocation.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema), clock), null);
            }
        };
    }

    static String pgUrl() {
        String url = System.getenv("CORDON_TEST_PG_URL");
        if (url == null || url.isBlank()) url = System.getProperty("cordon.test.pg.url");
        return url == null || url.isBlank() ? null : url;
    }

    public static Stream<StoreTarget> all() {
        return Stream.of(values());
    }

    /** An open store and what to clean up after it. */
    public record Opened(Store store, Path dir) implements AutoCloseable {
        @Override
        public void close() {
            store.close();
            if (dir != null) deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp directory is not a test failure.
        }
    }
}
