package org.cordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.cordon.lists.eu.EuXmlReader;
import org.cordon.lists.ofac.OfacXmlReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader contract under damage: a file cut at any point, or with bytes overwritten at random, gives
 * either a whole list or a {@link ListFormatException} naming the file, never another exception and
 * never a silently shortened list.
 */
class XmlReadersDamagedInputTest {
    @TempDir
    Path dir;

    private static ListReader reader(String name) {
        return name.equals("eu") ? new EuXmlReader() : new OfacXmlReader();
    }

    @ParameterizedTest
    @CsvSource({"eu,/eu/fsf-sample.xml,3", "ofac,/ofac/sdn-sample.xml,4"})
    void everyTruncationFailsWithAFormatError(String source, String resource, int entities) throws Exception {
        byte[] full = Files.readAllBytes(Path.of(getClass().getResource(resource).toURI()));
        int end = lastTagEnd(full);
        Path p = dir.resolve("cut.xml");
        int checked = 0;
        for (int cut = 0; cut < end; cut += 23) {
            Files.write(p, java.util.Arrays.copyOf(full, cut));
            try {
                reader(source).read(List.of(p));
                fail("a file cut at byte " + cut + " of " + full.length + " was read as a whole list");
            } catch (ListFormatException e) {
                assertThat(e.getMessage()).contains("cut.xml");
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(250);
        Files.write(p, full);
        assertThat(reader(source).read(List.of(p)).entities()).hasSize(entities);
    }

    @ParameterizedTest
    @CsvSource({"eu,/eu/fsf-sample.xml", "ofac,/ofac/sdn-sample.xml"})
    void randomCorruptionNeverEscapesAsAnotherException(String source, String resource) throws Exception {
        byte[] full = Files.readAllBytes(Path.of(getClass().getResource(resource).toURI()));
        byte[] alphabet = "<>/=\"'&;: -0123456789abcXYZ\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Random random = new Random(20_260_529L);
        Path p = dir.resolve("bad.xml");
        int failures = 0;
        for (int round = 0; round < 500; round++) {
            byte[] b = full.clone();
            for (int k = 1 + random.nextInt(3); k > 0; k--) b[random.nextInt(b.length)] = alphabet[random.nextInt(alphabet.length)];
            Files.write(p, b);
            try {
                reader(source).read(List.of(p));
            } catch (ListFormatException e) {
                assertThat(e.getMessage()).contains("bad.xml");
                failures++;
            } catch (Exception | Error e) {
                throw new AssertionError("round " + round + ": " + e + " escaped for input:\n" + new String(b, java.nio.charset.StandardCharsets.UTF_8), e);
            }
        }
        assertThat(failures).isGreaterThan(50);
    }

    /** Offset just past the last '>' (the end of the root element): cutting anywhere before it damages the file. */
    private static int lastTagEnd(byte[] b) {
        for (int i = b.length - 1; i >= 0; i--) {
            if (b[i] == '>') return i;
        }
        return b.length;
    }
}
