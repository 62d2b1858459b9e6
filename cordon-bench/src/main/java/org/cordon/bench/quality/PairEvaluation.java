package org.cordon.bench.quality;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cordon.match.MatchResult;

/**
 * Precision, recall and F1 of Cordon's scores on a labelled pairs file, at the default threshold and
 * at 0.70 / 0.80 / 0.90, side by side with yente's logic-v2 where the file carries its scores; and
 * precision per score band, which is what docs/matching.md publishes as the meaning of a score.
 */
public final class PairEvaluation {
    private final LabelledPairs pairs;
    private final double[] scores;
    private final double threshold;

    public PairEvaluation(LabelledPairs pairs, double[] scores, double threshold) {
        this.pairs = pairs;
        this.scores = scores;
        this.threshold = threshold;
    }

    public Confusion at(double t) {
        Confusion c = new Confusion();
        for (int i = 0; i < scores.length; i++) {
            Boolean label = pairs.label(pairs.rows().get(i));
            if (label != null) c.add(scores[i] >= t, label);
        }
        return c;
    }

    /** The same for logic-v2's column, on rows that have a logic-v2 score; null when the file has none. */
    public Confusion logicV2At(double t) {
        if (pairs.column("logic_v2_score") < 0) return null;
        Confusion c = new Confusion();
        for (String[] r : pairs.rows()) {
            String v = pairs.get(r, "logic_v2_score").strip();
            Boolean label = pairs.label(r);
            if (v.isEmpty() || label == null) continue;
            c.add(Double.parseDouble(v) >= t, label);
        }
        return c;
    }

    /** Cordon restricted to the rows logic-v2 scored, for a like-for-like comparison. */
    public Confusion onLogicV2RowsAt(double t) {
        Confusion c = new Confusion();
        for (int i = 0; i < scores.length; i++) {
            String[] r = pairs.rows().get(i);
            Boolean label = pairs.label(r);
            if (label == null || pairs.get(r, "logic_v2_score").isBlank()) continue;
            c.add(scores[i] >= t, label);
        }
        return c;
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "%s: %d pairs%n", pairs.file(), scores.length);
        double[] ts = {threshold, 0.70, 0.80, 0.90};
        boolean v2 = pairs.column("logic_v2_score") >= 0;
        out.printf(Locale.ROOT, "%-10s %-58s %s%n", "threshold", "cordon (all rows)", v2 ? "logic-v2 (rows it scored) | cordon on the same rows" : "");
        for (int k = 0; k < ts.length; k++) {
            double t = ts[k];
            String label = String.format(Locale.ROOT, "%.2f%s", t, k == 0 ? "*" : "");
            out.printf(Locale.ROOT, "%-10s %-58s %s%n", label, at(t), v2 ? fmt(logicV2At(t)) + " | " + fmt(onLogicV2RowsAt(t)) : "");
        }
        out.println("* Cordon's default threshold");
    }

    private static String fmt(Confusion c) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", c.precision(), c.recall(), c.f1());
    }

    /** Rows per score band with how many are true matches: the precision a reviewer can expect in that band. */
    public void printBands(PrintStream out) {
        double[] edges = {0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0001};
        int totalTrue = 0;
        for (String[] r : pairs.rows()) if (Boolean.TRUE.equals(pairs.label(r))) totalTrue++;
        out.println("| score band | pairs | true matches | precision in band | recall at band floor |");
        out.println("|---|---|---|---|---|");
        for (int b = edges.length - 2; b >= 0; b--) {
            int n = 0, t = 0, above = 0;
            for (int i = 0; i < scores.length; i++) {
                Boolean label = pairs.label(pairs.rows().get(i));
                if (label == null) continue;
                if (scores[i] >= edges[b] && scores[i] < edges[b + 1]) {
                    n++;
                    if (label) t++;
                }
                if (scores[i] >= edges[b] && label) above++;
            }
            out.printf(Locale.ROOT, "| %.2f-%.2f | %d | %d | %s | %.3f |%n", edges[b], Math.min(1.0, edges[b + 1]), n, t,
                    n == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) t / n), totalTrue == 0 ? 0 : (double) above / totalTrue);
        }
    }

    /** The rows the default threshold gets wrong, with Cordon's explanation. */
    public List<String> errors(PairScoring scoring) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            String[] r = pairs.rows().get(i);
            Boolean label = pairs.label(r);
            if (label == null || (scores[i] >= threshold) == label) continue;
            MatchResult m = scoring.score(pairs.get(r, "schema"), pairs.get(r, "name1"), pairs.get(r, "name2"));
            out.add(String.format(Locale.ROOT, "%s %.3f v2=%s %s | %s", label ? "FN" : "FP", scores[i], pairs.get(r, "logic_v2_score"),
                    pairs.get(r, "quality"), m.explanation().summary()));
        }
        return out;
    }
}
