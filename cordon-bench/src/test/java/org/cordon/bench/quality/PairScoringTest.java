package org.cordon.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cordon.match.ScanScreener;
import org.cordon.match.Screeners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairScoringTest {

    @Test
    void scoredRowsKeepTheirColumnsAndGainScoreAndMatch(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("pairs.csv");
        Files.writeString(in, """
                case_group,schema,name1,name2,is_match,note
                g,Person,Vladimir Pulin,Vladimir Putin,true,"a, quoted note"
                g,Person,Frank Richter,Frederik Richter,false,
                g,Vessel,Ivan Sidorov,Ivan Sidorov,true,
                """, StandardCharsets.UTF_8);
        ScanScreener screener = Screeners.scan(List.of());
        LabelledPairs pairs = LabelledPairs.read(in);
        PairScoring scoring = new PairScoring(screener);
        double[] scores = scoring.scoreAll(pairs);
        Path out = dir.resolve("out.csv");
        scoring.write(pairs, scores, out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("case_group,schema,name1,name2,is_match,note,score,match");
        assertThat(lines.get(1)).contains("\"a, quoted note\"").endsWith(",true");
        assertThat(lines.get(2)).endsWith(",false");
        assertThat(scores[2]).isEqualTo(1.0);

        Path explained = dir.resolve("explained.csv");
        scoring.write(pairs, scores, scoring.explainAll(pairs), explained);
        List<String> rows = Files.readAllLines(explained, StandardCharsets.UTF_8);
        assertThat(rows.getFirst()).isEqualTo("case_group,schema,name1,name2,is_match,note,score,match,explanation");
        // Pulin against Putin: the word met with a letter changed, and said so
        assertThat(rows.get(1)).contains("pulin=putin").contains("vladimir=vladimir exact");

        PairEvaluation ev = new PairEvaluation(pairs, scores, screener.matchThreshold());
        Confusion c = ev.at(screener.matchThreshold());
        assertThat(c.total()).isEqualTo(3);
        assertThat(c.f1()).isEqualTo(1.0);
    }

    @Test
    void aFileWithoutTheNameColumnsIsRejectedNamingTheColumn(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, "schema,first,second\nPerson,a,b\n", StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LabelledPairs.read(in))
                .hasMessageContaining("bad.csv:1").hasMessageContaining("name1");
    }
}
