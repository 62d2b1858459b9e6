package org.cordon.bench.quality;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cordon.lists.csv.CsvWriter;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.ScanScreener;
import org.cordon.model.Entity;
import org.cordon.model.NameKind;
import org.cordon.model.Schema;

/**
 * Scores labelled name pairs the way a screening would: name1 is the query, name2 the primary name
 * of a list entity of the row's schema; the screener supplies the token weights (from its lists,
 * or uniform when built over none).
 */
public final class PairScoring {
    private final ScanScreener screener;
    private final boolean querySchema;

    public PairScoring(ScanScreener screener) {
        this(screener, true);
    }

    /**
     * @param querySchema false: the query goes without the row's schema (the listed entity keeps it), as a name screened
     *                    without a schema would meet that list entry
     */
    public PairScoring(ScanScreener screener, boolean querySchema) {
        this.screener = screener;
        this.querySchema = querySchema;
    }

    public MatchResult score(String schemaText, String name1, String name2) {
        Schema schema = Schema.parseOrNull(schemaText);
        Schema listed = schema == null ? Schema.LEGAL_ENTITY : schema;
        Entity e = Entity.builder("pair", "1", listed).name(name2, NameKind.PRIMARY).build();
        return screener.score(Query.of(name1, querySchema ? schema : null, null, null), e);
    }

    /** Scores every row; the score array is parallel to the rows. */
    public double[] scoreAll(LabelledPairs pairs) {
        double[] out = new double[pairs.rows().size()];
        for (int i = 0; i < out.length; i++) {
            String[] r = pairs.rows().get(i);
            out[i] = score(pairs.get(r, "schema"), pairs.get(r, "name1"), pairs.get(r, "name2")).score();
        }
        return out;
    }

    /** Writes the rows with two more columns: score and match (score at or above the screener's threshold). */
    public void write(LabelledPairs pairs, double[] scores, Path out) throws IOException {
        write(pairs, scores, null, out);
    }

    /** Every row's explanation in one line ({@link org.cordon.match.Explanation#summary}), parallel to the rows. */
    public String[] explainAll(LabelledPairs pairs) {
        String[] out = new String[pairs.rows().size()];
        for (int i = 0; i < out.length; i++) {
            String[] r = pairs.rows().get(i);
            out[i] = score(pairs.get(r, "schema"), pairs.get(r, "name1"), pairs.get(r, "name2")).explanation().summary();
        }
        return out;
    }

    /**
     * Writes the rows with two more columns, score and match (score at or above the screener's threshold), and a third,
     * explanation, when {@code explanations} is not null.
     */
    public void write(LabelledPairs pairs, double[] scores, String[] explanations, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8); CsvWriter csv = new CsvWriter(w)) {
            List<String> header = new ArrayList<>(Arrays.asList(pairs.header()));
            header.add("score");
            header.add("match");
            if (explanations != null) header.add("explanation");
            csv.writeRow(header);
            for (int i = 0; i < scores.length; i++) {
                List<String> row = new ArrayList<>(Arrays.asList(pairs.rows().get(i)));
                row.add(String.format(Locale.ROOT, "%.4f", scores[i]));
                row.add(Boolean.toString(scores[i] >= screener.matchThreshold()));
                if (explanations != null) row.add(explanations[i]);
                csv.writeRow(row);
            }
        }
    }
}
