package org.cordon.bench.speed.jmh;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cordon.bench.speed.CordonEngine;
import org.cordon.bench.speed.CustomerNames;
import org.cordon.bench.speed.Engine;
import org.cordon.bench.speed.JaroWinklerEngine;
import org.cordon.lists.ListLoader;
import org.cordon.match.IndexedScreener;
import org.cordon.match.Query;
import org.cordon.match.Screeners;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One screening query against all loaded lists, for each engine behind the {@link Engine}
 * interface in the same run: Cordon's index, Cordon's brute-force scan, and the whole-name
 * Jaro-Winkler scan of the OFAC tool. Queries cycle through 4,096 generated customer names (seeded,
 * mixed locales, one in 200 a listed name), so the token cache sees a realistic mix of repeats.
 * Also candidate generation alone ({@link #candidates}).
 *
 * <p>Run from the repository root (lists from -Dcordon.lists, default ../shared/data/lists):
 * <pre>
 * mvn -B -o -q -pl cordon-bench -am compile
 * mvn -B -o -q -pl cordon-bench dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp cordon-bench/target/classes:cordon-match/target/classes:cordon-lists/target/classes:cordon-model/target/classes:$(cat cordon-bench/target/cp.txt) \
 *     org.openjdk.jmh.Main ScreeningBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ScreeningBenchmark {
    @Param({"index", "scan", "jaro-winkler"})
    public String engine;

    private IndexedScreener screener;
    private Engine target;
    private List<CustomerNames.Customer> customers;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        ListLoader.Loaded loaded = ListLoader.load(Path.of(System.getProperty("cordon.lists", "../shared/data/lists")));
        screener = Screeners.build(loaded.lists());
        customers = CustomerNames.generate(4096, 1, screener.entities(), 200);
        target = switch (engine) {
            case "index" -> new CordonEngine("index", screener, screener.matchThreshold(), 10);
            case "scan" -> new CordonEngine("scan", screener.scan(), screener.matchThreshold(), 10);
            case "jaro-winkler" -> new JaroWinklerEngine(screener.entities(), 0.90);
            default -> throw new IllegalArgumentException("engine " + engine);
        };
    }

    private CustomerNames.Customer nextCustomer() {
        next = (next + 1) & 4095;
        return customers.get(next);
    }

    @Benchmark
    public List<String> screen() {
        CustomerNames.Customer c = nextCustomer();
        return target.screen(c.name(), c.schema());
    }

    @Benchmark
    public int candidates() {
        CustomerNames.Customer c = nextCustomer();
        return screener.candidateCount(Query.of(c.name(), c.schema(), null, null));
    }
}
