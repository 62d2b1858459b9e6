package org.cordon.lists.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListReader;
import org.cordon.lists.custom.CustomCsvReader;
import org.cordon.lists.ofac.OfacCsvReader;
import org.cordon.model.SanctionsList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bytes that are not what a list claims: invalid UTF-8, a byte-order mark, NUL and other control bytes, UTF-16.
 * Every reader either reads the list as intended (a BOM is dropped) or refuses it with the file and the line of
 * the bad byte; none crashes and none silently keeps a mangled name.
 */
class EncodingHostileTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "un   | /un/consolidated-sample.xml            | <FIRST_NAME>",
            "ofac | /ofac/sdn-sample.xml                   | <lastName>",
            "eu   | /eu/fsf-sample.xml                     | wholeName=\"Farid",
            "uk   | /uk/uk-sanctions-sample.xml            | <Name6>",
            "custom | /custom/watchlist.csv                | Northwind Trading",
            "ofaccsv | /ofac/sdn_2024-01-15/sdn.csv        | KOROVIN"})
    void invalidUtf8IsRefusedWithFileAndLine(String source, String resource, String marker) throws Exception {
        byte[] original = resource(resource);
        int at = indexOf(original, marker.getBytes(StandardCharsets.UTF_8)) + marker.length() + 1;
        byte[] bad = original.clone();
        bad[at] = (byte) 0xFF; // never valid in UTF-8
        Path file = write(source, resource, bad);
        long line = lineOf(original, at);
        assertThatThrownBy(() -> read(source, file)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(file.getFileName() + ":" + line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "un   | /un/consolidated-sample.xml            | <FIRST_NAME>",
            "ofac | /ofac/sdn-sample.xml                   | <lastName>",
            "eu   | /eu/fsf-sample.xml                     | wholeName=\"Farid",
            "uk   | /uk/uk-sanctions-sample.xml            | <Name6>",
            "custom | /custom/watchlist.csv                | Northwind Trading",
            "ofaccsv | /ofac/sdn_2024-01-15/sdn.csv        | KOROVIN"})
    void nulByteInANameIsRefusedWithFileAndLine(String source, String resource, String marker) throws Exception {
        byte[] original = resource(resource);
        int at = indexOf(original, marker.getBytes(StandardCharsets.UTF_8)) + marker.length() + 1;
        byte[] bad = original.clone();
        bad[at] = 0;
        Path file = write(source, resource, bad);
        assertThatThrownBy(() -> read(source, file)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(file.getFileName() + ":" + lineOf(original, at));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "un   | /un/consolidated-sample.xml",
            "ofac | /ofac/sdn-sample.xml",
            "eu   | /eu/fsf-sample.xml",
            "uk   | /uk/uk-sanctions-sample.xml",
            "custom | /custom/watchlist.csv",
            "ofaccsv | /ofac/sdn_2024-01-15/sdn.csv"})
    void byteOrderMarkIsDropped(String source, String resource) throws Exception {
        byte[] original = resource(resource);
        byte[] plain = stripBom(original);
        Path withoutBom = write(source, resource, plain);
        SanctionsList expected = read(source, withoutBom);
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(plain);
        Path withBom = write(source, resource, bom.toByteArray());
        SanctionsList actual = read(source, withBom);
        assertThat(actual.entities()).isEqualTo(expected.entities());
        assertThat(actual.entities().toString()).doesNotContain("\uFEFF");
    }

    /** The JDK parser prints "[Fatal Error]" to standard error for undecodable bytes; Cordon finds them first. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"un, /un/consolidated-sample.xml, 2", "eu, /eu/fsf-sample.xml, 0", "uk, /uk/uk-sanctions-sample.xml, 1"})
    void undecodableXmlPrintsNothingAndNamesTheLine(String source, String resource, int at) throws Exception {
        byte[] original = resource(resource);
        byte[] bad = original.clone();
        bad[at] = (byte) 0xC3; // a lead byte followed by ASCII: an incomplete sequence
        Path file = write(source, resource, bad);
        java.io.PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> read(source, file)).isInstanceOf(ListFormatException.class)
                    .hasMessageContaining(file.getFileName() + ":1: bytes 0xC3 0x").hasMessageContaining("not UTF-8");
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** A list that declares another encoding is read in it, not refused as bad UTF-8. */
    @org.junit.jupiter.api.Test
    void declaredLatin1XmlIsReadInLatin1() throws Exception {
        String text = new String(resource("/ofac/sdn-sample.xml"), StandardCharsets.UTF_8)
                .replaceFirst("<\\?xml version=\"1.0\"", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"");
        int at = text.indexOf("<lastName>") + "<lastName>".length();
        String name = text.substring(at, text.indexOf('<', at));
        text = text.substring(0, at) + "Ren\u00E9 " + text.substring(at);
        Path file = dir.resolve("sdn.xml");
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        SanctionsList list = XmlHostileTest.reader("ofac").read(List.of(file));
        assertThat(list.entities().toString()).contains("Ren\u00E9 " + name);
    }

    /** Excel's "Unicode text" is UTF-16: refused with a hint, not read as a list of mangled names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-16LE, true", "UTF-16BE, true", "UTF-16LE, false"})
    void utf16CustomListIsRefusedAsNotUtf8(String charset, boolean bom) throws Exception {
        String text = (bom ? "\uFEFF" : "") + "id,name\n1,Kim Jong Un\n";
        Path file = dir.resolve("watchlist.csv");
        Files.write(file, text.getBytes(java.nio.charset.Charset.forName(charset)));
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(file))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("watchlist.csv:1").hasMessageContaining("UTF-8");
    }

    private SanctionsList read(String source, Path file) throws Exception {
        ListReader reader = switch (source) {
            case "custom" -> new CustomCsvReader();
            case "ofaccsv" -> new OfacCsvReader();
            default -> XmlHostileTest.reader(source);
        };
        return reader.read(List.of(file));
    }

    private Path write(String source, String resource, byte[] content) throws Exception {
        Path parent = source.equals("ofaccsv") ? Files.createDirectories(dir.resolve("sdn_2024-01-15")) : dir;
        Path file = parent.resolve(Path.of(resource).getFileName().toString());
        Files.write(file, content);
        return file;
    }

    private static byte[] resource(String name) throws Exception {
        return Files.readAllBytes(Path.of(EncodingHostileTest.class.getResource(name).toURI()));
    }

    private static byte[] stripBom(byte[] b) {
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return java.util.Arrays.copyOfRange(b, 3, b.length);
        }
        return b;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        throw new AssertionError("marker not in fixture");
    }

    private static long lineOf(byte[] b, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) if (b[i] == '\n') line++;
        return line;
    }
}
