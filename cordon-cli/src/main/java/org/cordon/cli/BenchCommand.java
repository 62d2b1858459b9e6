package org.cordon.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.cordon.bench.speed.SpeedBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cordon bench}: the end-to-end speed benchmark (see {@link SpeedBench}). Generates customer
 * names, screens them with the index on all threads, measures single-query latency, and screens a
 * sample with Cordon's brute-force scan and a Jaro-Winkler baseline in the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Speed benchmark: names/s, p50/p99 per query (and the mean by script), ratio to a Jaro-Winkler brute-force baseline,",
                "recall of candidate generation against Cordon's own scan and against an exhaustive scan (every name scored),",
                "and of Cordon's results against the baseline, split into the planted listed records (true matches), the other",
                "records the baseline puts near them, and the generated names."})
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    ListOptions listOptions;

    @Option(names = "--names", paramLabel = "N", defaultValue = "100000", description = "Generated customer names (default ${DEFAULT-VALUE}).")
    int names;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--baseline-sample", paramLabel = "K", defaultValue = "200",
            description = "Names also screened by the scan and the Jaro-Winkler baseline (default ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--baseline-threshold", paramLabel = "T", defaultValue = "0.90",
            description = "Jaro-Winkler score at which the baseline reports a record (default ${DEFAULT-VALUE}).")
    double baselineThreshold;

    @Option(names = "--threads", paramLabel = "N", description = "Screening threads (default: all cores).")
    Integer threads;

    @Option(names = "--exhaustive-sample", paramLabel = "X", defaultValue = "50",
            description = {"Names of the sample also screened by scoring every list name, no prefilter (default ${DEFAULT-VALUE}; 0: none):",
                    "the recall of the index and of the scan against a true brute force, at the threshold and at 0.70."})
    int exhaustiveSample;

    @Override
    public Integer call() throws Exception {
        if (names < 1 || sample < 1) throw new IllegalArgumentException("--names and --baseline-sample must be at least 1");
        int t = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        if (exhaustiveSample < 0) throw new IllegalArgumentException("--exhaustive-sample must be 0 or more");
        SpeedBench.run(new SpeedBench.Config(listOptions.resolve(), names, seed, sample, t, baselineThreshold, exhaustiveSample), out);
        return ExitCodes.OK;
    }
}
