package org.cordon.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cordon.bench.quality.LabelledPairs;
import org.cordon.bench.quality.PairScoring;
import org.cordon.match.ScanScreener;
import org.cordon.match.Screeners;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cordon score-pairs IN.csv --out OUT.csv}: the score Cordon gives name1 as a query against a list entity named name2. */
@Command(name = "score-pairs", mixinStandardHelpOptions = true,
        description = {"Scores name pairs (CSV with schema,name1,name2; other columns kept) and writes the rows",
                "with two more columns: score, and match (score >= the default threshold); --explain adds a third."})
final class ScorePairsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN.csv", description = "pairs file, e.g. ../shared/eval/name-pairs-dev.csv")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT.csv", description = "where to write the scored rows")
    Path out;

    @Option(names = "--explain", description = "add a column, explanation: why the pair scored so, in one line "
            + "(the words met and how, the rules of the name score, the features)")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        LabelledPairs pairs = LabelledPairs.read(in);
        ScanScreener screener = Screeners.scan(List.of());
        PairScoring scoring = new PairScoring(screener);
        scoring.write(pairs, scoring.scoreAll(pairs), explain ? scoring.explainAll(pairs) : null, out);
        return 0;
    }
}
