package org.cordon.lists.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cordon.lists.FormatDetector;
import org.cordon.lists.ListFormat;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListReader;
import org.cordon.lists.custom.CustomCsvReader;
import org.cordon.lists.eu.EuXmlReader;
import org.cordon.lists.ofac.OfacCsvReader;
import org.cordon.lists.ofac.OfacXmlReader;
import org.cordon.lists.uk.UkXmlReader;
import org.cordon.lists.un.UnXmlReader;
import org.cordon.model.SanctionsList;

/**
 * One fuzz target per list reader, and one for format detection. The contract under test is the one
 * {@link ListReader} promises: whatever the bytes, a reader returns a whole {@link SanctionsList} or throws a
 * {@link ListFormatException} whose message names the file. Any other exception (a NullPointerException, an
 * index out of bounds, a NumberFormatException escaping a date parser) is a bug: Jazzer stores the input
 * under {@code src/test/resources/org/cordon/lists/fuzz/ReaderFuzzTestInputs/<target>/}, where it stays as
 * a regression seed beside the fixtures the corpus starts from.
 *
 * <p>In a plain test run each target replays its seeds (regression mode). The {@code fuzz-*} surefire
 * executions of this module run each target for 6 s with {@code JAZZER_FUZZ=1}; {@code scripts/fuzz 10m}
 * runs longer. See docs/security.md for what ran and what it found.
 */
class ReaderFuzzTest {
    /** Separates the parts of an OFAC CSV set in one fuzz input (ASCII record separator: never in list text). */
    static final byte PART_SEPARATOR = 0x1E;
    private static final String[] OFAC_PARTS = {"sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"};
    private static final Path DIR = tempDir();

    @FuzzTest(maxDuration = "6s")
    void unXml(byte[] input) {
        read(new UnXmlReader(), input, "consolidated.xml");
    }

    @FuzzTest(maxDuration = "6s")
    void ofacXml(byte[] input) {
        read(new OfacXmlReader(), input, "sdn.xml");
    }

    @FuzzTest(maxDuration = "6s")
    void euXml(byte[] input) {
        read(new EuXmlReader(), input, "fsf.xml");
    }

    @FuzzTest(maxDuration = "6s")
    void ukXml(byte[] input) {
        read(new UkXmlReader(), input, "uk.xml");
    }

    @FuzzTest(maxDuration = "6s")
    void customCsv(byte[] input) {
        read(new CustomCsvReader(), input, "watchlist.csv");
    }

    /** The four parts of a legacy CSV set in one input, separated by {@link #PART_SEPARATOR}. */
    @FuzzTest(maxDuration = "6s")
    void ofacCsvSet(byte[] input) {
        Path set = DIR.resolve("sdn_2024-01-15");
        List<Path> files = new ArrayList<>();
        int start = 0;
        int part = 0;
        try {
            Files.createDirectories(set);
            set.toFile().deleteOnExit();
            for (int i = 0; i <= input.length && part < OFAC_PARTS.length; i++) {
                if (i == input.length || input[i] == PART_SEPARATOR) {
                    Path f = set.resolve(OFAC_PARTS[part++]);
                    Files.write(f, java.util.Arrays.copyOfRange(input, start, i));
                    f.toFile().deleteOnExit();
                    files.add(f);
                    start = i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        check(new OfacCsvReader(), files);
    }

    /** Detection never throws on content (only on I/O), and what it detects the matching reader either reads or rejects. */
    @FuzzTest(maxDuration = "6s")
    void formatDetection(byte[] input) {
        Path f = write(input, "list.dat");
        ListFormat format;
        try {
            format = FormatDetector.detect(f);
        } catch (IOException e) {
            throw new AssertionError("detection failed on a readable file: " + e, e);
        }
        if (format == ListFormat.UNKNOWN || format == ListFormat.DOCUMENT) return;
        ListReader reader = org.cordon.lists.ListLoader.readerFor(format);
        if (format.isOfacCsvPart() && format != ListFormat.OFAC_CSV_PRIMARY) return; // a part alone is refused by design
        check(reader, List.of(f));
    }

    private static void read(ListReader reader, byte[] input, String fileName) {
        check(reader, List.of(write(input, fileName)));
    }

    private static void check(ListReader reader, List<Path> files) {
        try {
            SanctionsList list = reader.read(files);
            if (list == null) throw new AssertionError("reader returned null");
            if (list.entities().size() != list.version().entityCount()) {
                throw new AssertionError("version counts " + list.version().entityCount() + " entities, list holds " + list.entities().size());
            }
        } catch (ListFormatException e) {
            String msg = e.getMessage();
            if (msg == null || msg.isBlank()) throw new AssertionError("format error without a message", e);
            boolean namesFile = false;
            for (Path f : files) namesFile |= msg.contains(f.getFileName().toString());
            if (!namesFile) throw new AssertionError("format error does not name the file: " + msg, e);
        } catch (IOException e) {
            // Small inputs never reach the size bounds; any other I/O fault on a readable temp file is a reader bug.
            throw new AssertionError("I/O fault escaped for a small input: " + e, e);
        }
    }

    private static Path write(byte[] input, String fileName) {
        Path f = DIR.resolve(fileName);
        try {
            Files.write(f, input);
            f.toFile().deleteOnExit(); // a set: registering the same few names again costs nothing
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("cordon-fuzz");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
