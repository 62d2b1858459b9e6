package org.cordon.bench.quality;

import java.nio.file.Path;
import java.util.List;
import org.cordon.match.ScanScreener;
import org.cordon.match.Screeners;

/**
 * Prints precision/recall/F1 of Cordon on a labelled pairs file. Run:
 * {@code mvn -B -o -q -pl cordon-bench -am compile exec:java -Dexec.mainClass=org.cordon.bench.quality.EvalMain
 * -Dexec.args="../shared/eval/name-pairs-dev.csv --errors"}
 */
public final class EvalMain {
    private EvalMain() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/eval/name-pairs-dev.csv");
        boolean errors = List.of(args).contains("--errors");
        ScanScreener screener = Screeners.scan(List.of());
        LabelledPairs pairs = LabelledPairs.read(file);
        PairScoring scoring = new PairScoring(screener);
        double[] scores = scoring.scoreAll(pairs);
        PairEvaluation ev = new PairEvaluation(pairs, scores, screener.matchThreshold());
        ev.print(System.out);
        ev.printBands(System.out);
        if (errors) ev.errors(scoring).forEach(System.out::println);
    }
}
