package org.cordon.bench.speed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code cordon bench} end to end on the real lists, small: every figure issue 4 asks of it is printed, and what it prints
 * holds together. Its speed figures are not asserted (a benchmark, not a timed test); what is: the index returns what
 * Cordon's own scan returns, Cordon finds every planted listed record (its own name, screened as written), and the
 * recall against the Jaro-Winkler baseline splits, result for result, into the planted records, the other records the
 * baseline puts near a listed name, and the generated names' results.
 */
class SpeedBenchTest {

    private static String printed;

    @BeforeAll
    static void run() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            SpeedBench.run(new SpeedBench.Config(RealLists.dir(), 4_000, 7, 60, 2, 0.90, 10), out);
        }
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsEveryFigureTheIssueAsksFor() {
        assertThat(printed)
                .containsPattern("batch: 4,000 names on 2 threads in \\d+ ms = [\\d,]+ names/s")
                .containsPattern("single query \\(1 thread, [\\d,]+ queries\\): p50 \\d+\\.\\d{3} ms, p99 \\d+\\.\\d{3} ms")
                .containsPattern("speed ratio: index is \\d+x the jaro-winkler baseline")
                .containsPattern("recall of cordon \\(>= 0\\.80\\) against jaro-winkler \\(>= 0\\.90\\): \\d+/\\d+ = [01]\\.\\d{4}")
                .containsPattern("recall against the exhaustive scan \\(results >= 0\\.80\\): index \\d+/\\d+");
    }

    @Test
    void theIndexFindsWhatTheScanFinds() {
        Matcher m = find("candidate recall \\(index vs scan, results >= 0\\.80\\): (\\d+)/(\\d+)");
        assertThat(Integer.parseInt(m.group(2))).as("the sample's planted names have results").isPositive();
        assertThat(m.group(1)).isEqualTo(m.group(2));
    }

    @Test
    void cordonFindsEveryPlantedListedRecord() {
        Matcher m = find("for the sample's (\\d+) listed names the planted record itself found by cordon (\\d+)/(\\d+), by jaro-winkler (\\d+)/(\\d+)");
        int planted = Integer.parseInt(m.group(1));
        assertThat(planted).isEqualTo(20);
        assertThat(Integer.parseInt(m.group(2))).isEqualTo(planted);
    }

    @Test
    void theRecallAgainstTheBaselineSplitsIntoItsParts() {
        Matcher total = find("against jaro-winkler \\(>= 0\\.90\\): (\\d+)/(\\d+)");
        Matcher parts = find("by jaro-winkler (\\d+)/\\d+; jaro-winkler's other results there (\\d+), cordon's too (\\d+); "
                + "for its (\\d+) generated names jaro-winkler's results (\\d+), cordon's too (\\d+)");
        int plantedByJw = Integer.parseInt(parts.group(1));
        int others = Integer.parseInt(parts.group(2)), othersByCordon = Integer.parseInt(parts.group(3));
        int generated = Integer.parseInt(parts.group(5)), generatedByCordon = Integer.parseInt(parts.group(6));
        assertThat(Integer.parseInt(total.group(2))).as("the baseline's results").isEqualTo(plantedByJw + others + generated);
        // each planted record the baseline found, cordon found too (every planted record is cordon's, see above)
        assertThat(Integer.parseInt(total.group(1))).as("cordon's among them").isEqualTo(plantedByJw + othersByCordon + generatedByCordon);
        assertThat(Integer.parseInt(parts.group(4))).isEqualTo(40);
    }

    private static Matcher find(String regex) {
        Matcher m = Pattern.compile(regex).matcher(printed);
        assertThat(m.find()).as("%s in:%n%s", regex, printed).isTrue();
        return m;
    }
}
