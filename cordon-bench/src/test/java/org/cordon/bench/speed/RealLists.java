package org.cordon.bench.speed;

import java.nio.file.Path;

/** The official lists the tests read: {@code shared/data/lists} beside the checkout (Maven passes its path as {@code cordon.shared}). */
final class RealLists {
    private RealLists() {}

    static Path dir() {
        String prop = System.getProperty("cordon.shared");
        return Path.of(prop != null ? prop : "../../shared").resolve("data/lists");
    }
}
