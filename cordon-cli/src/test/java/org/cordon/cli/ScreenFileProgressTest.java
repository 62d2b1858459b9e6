package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cordon.cli.ScreenFileCommand.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line's format (rate, bar, ETA), and failed rows reported when the results go to standard output. */
class ScreenFileProgressTest {

    @Test
    void aFileOfKnownSizeShowsRateBarShareAndTimeLeft() {
        // 12,000 rows done in 4 s (3,000 names/s); 12,000 read took a quarter of the bytes: 48,000 rows, 12 s to go
        String line = Progress.line(12_000, 12_000, 250, 1_000, 4.0, false);
        assertThat(line).isEqualTo("12,000 rows  3,000 names/s  [#######.......................]  25%  ETA 12s");
    }

    @Test
    void rowsReadAheadOfTheScreeningCountAsNotDone() {
        // a small file read at once: all 300 rows read, 100 done in 5 s (20 names/s): a third done, 10 s to go
        assertThat(Progress.line(100, 300, 9_000, 9_000, 5.0, false))
                .isEqualTo("100 rows  20 names/s  [##########....................]  33%  ETA 10s");
    }

    @Test
    void standardInputHasNoSizeSoOnlyRowsAndRate() {
        assertThat(Progress.line(500, 2_804, 123_456, -1, 2.0, false)).isEqualTo("500 rows  250 names/s");
    }

    @Test
    void theLastLineSaysHowLongItTookInsteadOfAnEta() {
        assertThat(Progress.line(1_000_000, 1_000_000, 5_000, 5_000, 125.0, true))
                .endsWith("[##############################] 100%  done in 2m05s");
    }

    @Test
    void nothingReadYetGivesNoEta() {
        assertThat(Progress.line(0, 0, 0, 5_000, 0.0, false)).isEqualTo("0 rows  0 names/s  [..............................]   0%  ETA --");
    }

    @Test
    void durationsReadAsHoursMinutesSeconds() {
        assertThat(Progress.duration(0.4)).isEqualTo("0s");
        assertThat(Progress.duration(59)).isEqualTo("59s");
        assertThat(Progress.duration(187)).isEqualTo("3m07s");
        assertThat(Progress.duration(3729)).isEqualTo("1h02m09s");
    }

    @Test
    void redrawsInPlaceAndCoversTheLongerPreviousLine() {
        StringWriter sw = new StringWriter();
        Progress p = new Progress(new PrintWriter(sw), true, -1);
        p.update(123_456, 123_456, 0);
        p.done(7);
        String s = sw.toString();
        assertThat(s).startsWith("\r123,456 rows").contains("\r7 rows").endsWith(System.lineSeparator());
        String last = s.substring(s.lastIndexOf('\r') + 1, s.length() - System.lineSeparator().length());
        String first = s.substring(1, s.lastIndexOf('\r'));
        assertThat(last).hasSameSizeAs(first);
    }

    /** rescreen's progress: a count known in advance (the registered subjects), given as done, read and bytes alike. */
    @Test
    void aCountKnownInAdvanceShowsItsShareAndTheTimeLeft() {
        assertThat(Progress.line(500, 500, 500, 2_000, 2.0, false, "subjects"))
                .isEqualTo("500 subjects  250 names/s  [#######.......................]  25%  ETA 6s");
        StringWriter sw = new StringWriter();
        Progress p = Progress.counting(new PrintWriter(sw), true, 2_000, "subjects");
        p.update(500, 500, 500);
        p.done(2_000);
        assertThat(sw.toString()).startsWith("\r500 subjects").contains("\r2,000 subjects").contains("100%  done in");
    }

    @Test
    void disabledProgressWritesNothing() {
        StringWriter sw = new StringWriter();
        Progress p = new Progress(new PrintWriter(sw), false, 100);
        p.update(10, 10, 50);
        p.done(10);
        assertThat(sw.toString()).isEmpty();
    }

    @Test
    void withoutOutFileEveryFailedRowIsNamedOnStandardError(@TempDir Path dir) throws Exception {
        Path lists = dir.resolve("lists");
        Files.createDirectories(lists);
        Files.writeString(lists.resolve("inhouse.csv"), "id,name\n1,ACME WIDGETS\n");
        StringBuilder in = new StringBuilder("id,name,country\n");
        for (int i = 0; i < 15; i++) in.append("r").append(i).append(",Somebody\n"); // a cell short, all fifteen
        in.append("ok,Acme Widgets,\n");
        Path file = dir.resolve("in.csv");
        Files.writeString(file, in);
        var r = CliRealListsTest.run("screen-file", file.toString(), "--lists", lists.toString(), "--snapshot", dir.resolve("s").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        for (int i = 0; i < 15; i++) assertThat(r.err()).contains("row " + (i + 2) + " (id r" + i + "): expected 3 cells");
        assertThat(r.err()).contains("15 failed").contains("Failed rows are listed in the messages above");
    }

    @Test
    void anErrorsFileFromAnEarlierRunIsNotLeftBehind(@TempDir Path dir) throws Exception {
        Path lists = dir.resolve("lists");
        Files.createDirectories(lists);
        Files.writeString(lists.resolve("inhouse.csv"), "id,name\n1,ACME WIDGETS\n");
        Path file = dir.resolve("in.csv");
        Path out = dir.resolve("out.csv");
        Path errors = dir.resolve("out.csv.errors.csv");
        Files.writeString(errors, "row,query_id,error\n7,x,from yesterday\n");
        Files.writeString(file, "id,name\nok,Acme Widgets\n");
        var r = CliRealListsTest.run("screen-file", file.toString(), "--lists", lists.toString(), "--out", out.toString(),
                "--snapshot", dir.resolve("s").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("0 failed");
        assertThat(errors).doesNotExist();
        assertThat(Files.readAllLines(out)).hasSize(2);
    }
}
