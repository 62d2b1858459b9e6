package org.cordon.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cordon.bench.quality.LabelledPairs;
import org.cordon.bench.quality.PairEvaluation;
import org.cordon.bench.quality.PairScoring;
import org.cordon.match.ScanScreener;
import org.cordon.match.Screeners;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cordon eval PAIRS.csv}: precision, recall and F1 of Cordon (and of logic-v2 when the file has its scores). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Precision, recall and F1 on a labelled pairs file (is_match column) at the default threshold",
                "and at 0.70/0.80/0.90, beside yente's logic_v2_score where present; then precision per score band."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PAIRS.csv", defaultValue = "../shared/eval/name-pairs-dev.csv",
            description = "labelled pairs (default: ${DEFAULT-VALUE})")
    Path in;

    @Option(names = "--errors", description = "also print each pair the default threshold gets wrong, with its explanation")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        LabelledPairs pairs = LabelledPairs.read(in);
        if (pairs.column("is_match") < 0) throw new InputException(in + ":1: no is_match column: eval needs labelled pairs");
        ScanScreener screener = Screeners.scan(List.of());
        PairScoring scoring = new PairScoring(screener);
        PairEvaluation ev = new PairEvaluation(pairs, scoring.scoreAll(pairs), screener.matchThreshold());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ev.print(out);
        ev.printBands(out);
        if (errors) ev.errors(scoring).forEach(out::println);
        return 0;
    }
}
