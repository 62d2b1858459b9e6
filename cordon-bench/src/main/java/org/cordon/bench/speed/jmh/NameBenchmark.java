package org.cordon.bench.speed.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cordon.bench.speed.CustomerNames;
import org.cordon.bench.speed.JaroWinkler;
import org.cordon.match.normalise.NameNormaliser;
import org.cordon.match.normalise.NormalisedName;
import org.cordon.match.score.NameScorer;
import org.cordon.match.score.TokenWeights;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-name steps without any list: normalising a generated customer name (mixed locales and
 * scripts), scoring one normalised name pair with Cordon's name scorer, and one Jaro-Winkler
 * comparison of the raw strings for scale. 1,024 seeded names, cycled.
 *
 * <p>Run from the repository root (see {@link ScreeningBenchmark} for building the classpath):
 * <pre>
 * java -cp ...same classpath... org.openjdk.jmh.Main NameBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class NameBenchmark {
    private List<CustomerNames.Customer> customers;
    private NormalisedName[] normalised;
    private final NameScorer scorer = new NameScorer(TokenWeights.UNIFORM);
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        customers = CustomerNames.generate(1024, 7, List.of(), 0);
        normalised = new NormalisedName[customers.size()];
        for (int i = 0; i < normalised.length; i++) normalised[i] = NameNormaliser.normalise(customers.get(i).name(), customers.get(i).schema());
    }

    @Benchmark
    public NormalisedName normalise() {
        next = (next + 1) & 1023;
        CustomerNames.Customer c = customers.get(next);
        return NameNormaliser.normalise(c.name(), c.schema());
    }

    @Benchmark
    public double scorePair() {
        next = (next + 1) & 1023;
        return scorer.score(normalised[next], normalised[(next * 31 + 7) & 1023]);
    }

    @Benchmark
    public double jaroWinklerPair() {
        next = (next + 1) & 1023;
        return JaroWinkler.similarity(customers.get(next).name(), customers.get((next * 31 + 7) & 1023).name());
    }
}
