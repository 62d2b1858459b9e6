package org.cordon.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cordon.lists.ListLoader;
import org.cordon.match.Screener;
import org.cordon.match.Screeners;

/** The real lists under ../shared/data/lists, loaded once per JVM for the tests that need them. */
final class RealLists {
    private RealLists() {}

    private static Screener screener;
    private static TextScanner text;
    private static PaymentScanner payments;

    static Path dir() {
        String shared = System.getProperty("cordon.shared");
        Path base = shared != null && !shared.isBlank() ? Path.of(shared) : Path.of("../../shared");
        if (!Files.isDirectory(base)) base = Path.of("../shared");
        return base.resolve("data/lists");
    }

    static synchronized Screener screener() {
        if (screener == null) {
            try {
                screener = Screeners.build(ListLoader.load(dir()).lists());
            } catch (Exception e) {
                throw new IllegalStateException("cannot load the real lists from " + dir().toAbsolutePath() + ": " + e.getMessage(), e);
            }
        }
        return screener;
    }

    static synchronized TextScanner text() {
        if (text == null) text = TextScanner.build(screener());
        return text;
    }

    static synchronized PaymentScanner payments() {
        if (payments == null) payments = PaymentScanner.build(text(), screener());
        return payments;
    }
}
