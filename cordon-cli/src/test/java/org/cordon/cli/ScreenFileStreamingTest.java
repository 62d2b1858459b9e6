package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * screen-file's streaming contract, proven on a real child JVM: an input far larger than the child's
 * heap, generated on the fly and piped to its standard input (nothing on disk), is screened to the
 * end with every planted name found, in input order, and every bad row reported by number without stopping the run.
 */
class ScreenFileStreamingTest {
    /** The child's heap. The lists are five in-house records, so nearly all of it is free for the batch. */
    private static final int HEAP_MB = 32;
    private static final int ROWS = 200_000;
    /** A listed name every this many rows, a row with a missing cell every BAD rows. */
    private static final int PLANT = 1_000;
    private static final int BAD = 10_000;
    /** An ignored column that makes each row ~240 bytes, so the input alone is well over the heap. */
    private static final String NOTES = "n".repeat(200);

    @TempDir
    Path dir;

    @Test
    void anInputManyTimesTheHeapIsScreenedToTheEndInConstantMemory() throws Exception {
        Path lists = dir.resolve("lists");
        Files.createDirectories(lists);
        Files.writeString(lists.resolve("inhouse.csv"), """
                id,name,schema
                1,ACME WIDGETS TRADING,Company
                2,Boris Tarkovsky,Person
                3,Ludmila Ostrovskaya,Person
                4,Ocean Star Shipping,Company
                5,Hamid Rezaei Karimi,Person
                """);
        Path out = dir.resolve("alerts.csv");
        Path stderr = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC",
                // an OutOfMemoryError would otherwise kill one pool thread and leave the run waiting for it
                "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), CordonCommand.class.getName(),
                "screen-file", "-", "--lists", lists.toString(), "--no-snapshot", "--out", out.toString(), "--threads", "2"));
        Process child = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile()).start();

        AtomicLong bytes = new AtomicLong();
        List<Long> badLines = new ArrayList<>();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8), 1 << 16)) {
            Random rnd = new Random(4);
            String header = "id,name,schema,notes\n";
            w.write(header);
            bytes.addAndGet(header.length());
            for (int i = 0; i < ROWS; i++) {
                String row;
                if (i % BAD == BAD - 1) {
                    row = "c" + i + ",Somebody Else\n"; // two cells where the header has four
                    badLines.add(i + 2L); // line 1 is the header
                } else {
                    // two listed names in turn, the one later in the screening order (BatchOrder) first
                    String name = i % PLANT != 0 ? word(rnd) + " " + word(rnd) : i / PLANT % 2 == 0 ? "Ludmila Ostrovskaya" : "Boris Tarkovsky";
                    row = "c" + i + "," + name + ",Person," + NOTES + "\n";
                }
                w.write(row);
                bytes.addAndGet(row.length());
            }
        } catch (IOException e) {
            // the child stopped reading: its exit code and standard error say why
        }
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).as("child finished (a hang guard, not a speed check)").isTrue();
        String err = Files.readString(stderr);
        assertThat(child.exitValue()).as(err).isZero();

        // the premise: the input could not have been held, not even as raw bytes
        assertThat(bytes.get()).isGreaterThan(HEAP_MB * 1024L * 1024L);
        int planted = ROWS / PLANT;
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1 + planted);
        // in input order, though each window of rows is screened in the order of their names' words
        List<String> expected = new ArrayList<>();
        for (int p = 0; p < planted; p++) expected.add("c" + p * PLANT + ",1,inhouse-" + (p % 2 == 0 ? 3 : 2) + ",");
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.substring(0, l.indexOf(",inhouse-") + 11)).isEqualTo(expected);

        List<String> errors = Files.readAllLines(Path.of(out + ".errors.csv"));
        assertThat(errors.getFirst()).isEqualTo("row,query_id,error");
        assertThat(errors.subList(1, errors.size())).extracting(l -> Long.parseLong(l.substring(0, l.indexOf(',')))).isEqualTo(badLines);
        assertThat(err).contains(String.format("Screened %,d of %,d rows", ROWS - badLines.size(), ROWS))
                .contains(String.format("%,d alerted", planted)).contains(String.format("%,d failed", badLines.size()))
                .contains("Failed rows are listed in " + out + ".errors.csv");
    }

    private static final String[] SYLLABLES = {"ka", "to", "mi", "ren", "sa", "lo", "vi", "an", "der", "mo", "ne", "ru", "ta", "bel",
            "fi", "gor", "dan", "li", "pe", "zu"};

    private static String word(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + rnd.nextInt(2);
        for (int i = 0; i < n; i++) sb.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.toString();
    }
}
