package org.cordon.bench.speed;

import java.util.Locale;
import org.cordon.match.normalise.NameNormaliser;
import org.cordon.model.Schema;

/**
 * What a new thread's first names in other scripts cost, as a server's request threads meet them: six names in six scripts
 * (each with a new last word, so that it is romanised rather than remembered) normalised on each of N new threads in turn,
 * against the same number of such names on one thread; three rounds, after 2,000 names on the main thread (ICU's rules
 * parsed, the code compiled). The difference is what a thread's start and its first use of ICU's transliterators cost
 * (twenty-ninth session: before {@code TransliteratorPool} each new thread built its own).
 *
 * <pre>
 * java -Xmx1g -cp cordon-bench/target/classes:$(cat cordon-bench/target/cp.txt) org.cordon.bench.speed.NewThreads [N, default 1000]
 * </pre>
 */
public final class NewThreads {
    private static final String[] NAMES = {"محمد عبدالله", "Владимир Путин", "김정은", "习近平", "Αλέξης Τσίπρας", "שמעון פרס"};

    private NewThreads() {
    }

    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        for (int i = 0; i < 2000; i++) NameNormaliser.normalise(NAMES[i % NAMES.length] + "x" + i, Schema.PERSON);
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String suffix = "x" + (10_000 + round * n + i);
                Thread t = new Thread(() -> {
                    for (String s : NAMES) NameNormaliser.normalise(s + suffix, Schema.PERSON);
                });
                t.start();
                t.join();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String suffix = "x" + (1_000_000 + round * n + i);
                for (String s : NAMES) NameNormaliser.normalise(s + suffix, Schema.PERSON);
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "round %d: %d new threads %.1f ms, the same names on one thread %.1f ms%n",
                    round, n, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
    }
}
