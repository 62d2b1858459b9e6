package org.cordon.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Throughput of text and payment screening over the real lists, printed for docs/performance.md
 * ("Free text and payments"). Measures scanning only (lists loaded, dictionary built beforehand);
 * one warm-up pass, then a timed pass, on one thread and on all cores. Nothing is asserted: it
 * prints figures. Run with:
 * <pre>
 * mvn -B -o -q -pl cordon-scan -am test -Dtest=ScanThroughputBench -Dcordon.bench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@EnabledIfSystemProperty(named = "cordon.bench", matches = "true")
class ScanThroughputBench {
    /** Copies of each payment fixture per pass. */
    private static final int REPEAT = 20;

    @Test
    void textAndPayments() throws Exception {
        long t0 = System.nanoTime();
        RealLists.screener();
        long t1 = System.nanoTime();
        TextScanner text = RealLists.text();
        long t2 = System.nanoTime();
        PaymentScanner payments = RealLists.payments();
        long t3 = System.nanoTime();
        System.out.printf("lists loaded + matcher built: %,d ms; text dictionary built: %,d ms; payment scanner: %,d ms%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);

        List<String> corpus = new ArrayList<>();
        for (OrdinaryText.Paragraph p : OrdinaryText.generate(3000, 20261129L)) corpus.add(p.text());
        List<String> news = new ArrayList<>();
        for (String f : List.of("de-nachrichten.txt", "en-news.txt", "ru-novosti.txt", "ko-news.txt", "ar-akhbar.txt")) {
            news.add(RealListsScanTest.text(f));
        }
        List<String> newsRepeated = new ArrayList<>();
        for (int i = 0; i < 20; i++) newsRepeated.addAll(news);
        run("text: ordinary corpus (3000 paragraphs)", corpus, s -> text.scan(s), 1);
        run("text: ordinary corpus (3000 paragraphs)", corpus, s -> text.scan(s), Runtime.getRuntime().availableProcessors());
        run("text: news fixtures with mentions (5 x 20)", newsRepeated, s -> text.scan(s), 1);

        List<String> messages = new ArrayList<>();
        for (String f : List.of("mt103-clean.fin", "mt103-hits.fin", "mt202cov-hits.fin", "pacs008-clean.xml", "pacs008-hits.xml",
                "pacs009-hits.xml", "pain001-hits.xml")) {
            messages.add(new String(PaymentReaderTest.fixture(f), StandardCharsets.UTF_8));
        }
        List<String> clean = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < REPEAT; i++) {
            clean.add(messages.get(0));
            clean.add(messages.get(3));
            all.addAll(messages);
        }
        run("payments: clean MT103 + pacs.008 (" + 2 * REPEAT + ")", clean, s -> payments.scan(s), 1);
        run("payments: clean MT103 + pacs.008 (" + 2 * REPEAT + ")", clean, s -> payments.scan(s), Runtime.getRuntime().availableProcessors());
        run("payments: all seven fixtures, most with hits (" + 7 * REPEAT + ")", all, s -> payments.scan(s), 1);
        run("payments: all seven fixtures, most with hits (" + 7 * REPEAT + ")", all, s -> payments.scan(s), Runtime.getRuntime().availableProcessors());
    }

    private interface Scan {
        Object apply(String s) throws Exception;
    }

    private static void run(String what, List<String> inputs, Scan scan, int threads) throws Exception {
        long bytes = 0;
        for (String s : inputs) bytes += s.getBytes(StandardCharsets.UTF_8).length;
        pass(inputs, scan, threads); // warm-up
        long t = System.nanoTime();
        pass(inputs, scan, threads);
        double sec = (System.nanoTime() - t) / 1e9;
        System.out.printf("%-52s %d thread(s): %,8.0f items/s %,8.0f KB/s  (%,d items, %,d KB, %.2f s)%n", what, threads,
                inputs.size() / sec, bytes / 1024.0 / sec, inputs.size(), bytes / 1024, sec);
    }

    private static void pass(List<String> inputs, Scan scan, int threads) throws Exception {
        if (threads == 1) {
            for (String s : inputs) scan.apply(s);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            int chunk = (inputs.size() + threads - 1) / threads;
            for (int k = 0; k < threads; k++) {
                List<String> part = inputs.subList(Math.min(inputs.size(), k * chunk), Math.min(inputs.size(), (k + 1) * chunk));
                fs.add(pool.submit(() -> {
                    for (String s : part) scan.apply(s);
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
        } finally {
            pool.shutdown();
        }
    }
}
