package org.cordon.lists.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cordon.lists.ListFiles;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListLoader;
import org.cordon.lists.ListReader;
import org.cordon.lists.csv.CsvReader;
import org.cordon.lists.custom.CustomCsvReader;
import org.cordon.lists.eu.EuXmlReader;
import org.cordon.lists.ofac.OfacCsvReader;
import org.cordon.lists.ofac.OfacXmlReader;
import org.cordon.lists.uk.UkXmlReader;
import org.cordon.lists.un.UnXmlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Oversized input: gzip bombs, a 2 GiB single line, a million aliases on one entity. Each must end in a clear
 * error naming the file while memory stays bounded; surefire runs these with -Xmx2g, so any reader that held a
 * 2 GiB line (4 GiB as Java chars) would fail with an OutOfMemoryError rather than pass.
 */
class SizeHostileTest {
    private static final long TWO_GIB = 2 * HostileFiles.GIB;

    @TempDir
    Path dir;

    @Test
    void gzipBombIsStoppedAtTheBoundWithAMessageNamingTheFile() throws IOException {
        Path bomb = HostileFiles.gzipBomb(dir.resolve("bomb.xml.gz"), "<CONSOLIDATED_LIST>", (byte) 0, TWO_GIB, "</CONSOLIDATED_LIST>");
        assertThat(Files.size(bomb)).isLessThan(4 << 20);
        try (InputStream in = ListFiles.open(bomb, 16 << 20)) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class)
                    .hasMessageContaining("bomb.xml.gz").hasMessageContaining("more than 16777216 bytes");
        }
    }

    /** The default bound through a reader: 2 GiB of blank lines hold no memory but must still stop at 1 GiB. */
    @Test
    void gzipBombOfBlankLinesStopsAtTheDefaultBoundInTheCustomCsvReader() throws IOException {
        Path bomb = HostileFiles.gzipBomb(dir.resolve("watchlist.csv.gz"), "id,name\n1,Kim Jong Un\n", (byte) '\n', TWO_GIB, "2,Kim\n");
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(bomb))).isInstanceOf(IOException.class)
                .hasMessageContaining("watchlist.csv.gz").hasMessageContaining("gzip bomb");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "un, <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>",
            "ofac, <sdnList><sdnEntry><lastName>",
            "eu, <export><sanctionEntity logicalId='1'><nameAlias wholeName='",
            "uk, <Designations><Designation><Names><Name><Name6>"})
    void twoGibLineInEveryXmlReaderIsRefused(String source, String prefix) throws IOException {
        Path bomb = HostileFiles.gzipBomb(dir.resolve(source + ".xml.gz"), prefix, (byte) 'a', TWO_GIB, "");
        assertThatThrownBy(() -> xmlReader(source).read(List.of(bomb)))
                .isInstanceOfAny(ListFormatException.class, IOException.class)
                .hasMessageContaining(source + ".xml.gz");
    }

    /** Whitespace between elements is not text the readers keep, but a coalescing parser would still buffer it all. */
    @Test
    void twoGibOfWhitespaceBetweenElementsIsRefused() throws IOException {
        Path bomb = HostileFiles.gzipBomb(dir.resolve("un.xml.gz"), "<CONSOLIDATED_LIST><INDIVIDUALS>", (byte) ' ', TWO_GIB, "");
        assertThatThrownBy(() -> new UnXmlReader().read(List.of(bomb)))
                .isInstanceOfAny(ListFormatException.class, IOException.class)
                .hasMessageContaining("un.xml.gz");
    }

    /** A DOCTYPE is refused when the parser reports it; until then the parser buffers it, so its size is bounded. */
    @Test
    void twoGibDoctypeIsRefusedBeforeTheParserHoldsIt() throws IOException {
        Path bomb = HostileFiles.gzipBomb(dir.resolve("eu.xml.gz"), "<?xml version=\"1.0\"?>\n<!DOCTYPE export [<!ENTITY a \"",
                (byte) 'a', TWO_GIB, "\">]><export/>");
        assertThatThrownBy(() -> new EuXmlReader().read(List.of(bomb))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("eu.xml.gz:2").hasMessageContaining("DOCTYPE declaration refused");
    }

    @Test
    void twoGibLineInTheCustomCsvReaderNamesFileAndLine() throws IOException {
        Path bomb = HostileFiles.gzipBomb(dir.resolve("watchlist.csv.gz"), "id,name\n1,", (byte) 'a', TWO_GIB, "\n");
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(bomb))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("watchlist.csv.gz:2").hasMessageContaining("field longer than");
    }

    @Test
    void twoGibLineInTheOfacCsvSetNamesFileAndLine() throws IOException {
        Path set = Files.createDirectories(dir.resolve("sdn_2024-01-15"));
        Path sdn = HostileFiles.gzipBomb(set.resolve("sdn.csv.gz"),
                "1001,\"KIM, Jong Un\",\"individual\",\"DPRK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n1002,\"", (byte) 'a', TWO_GIB, "\"\n");
        assertThatThrownBy(() -> new OfacCsvReader().read(List.of(sdn))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("sdn.csv.gz:2").hasMessageContaining("field longer than");
    }

    /** Through the loader, as the CLI and server load a directory: the same error, not a hang or an OutOfMemoryError. */
    @Test
    void loaderRefusesADirectoryHoldingATwoGibLine() throws IOException {
        HostileFiles.gzipBomb(dir.resolve("watchlist.csv.gz"), "id,name\n1,", (byte) 'a', TWO_GIB, "\n");
        assertThatThrownBy(() -> ListLoader.load(dir)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("watchlist.csv.gz:2");
    }

    @Test
    void csvReaderStopsATwoGibLineGeneratedWhileRead() {
        InputStream line = HostileFiles.repeated("id,name\n", (byte) 'x', TWO_GIB);
        CsvReader csv = new CsvReader(new InputStreamReader(line, StandardCharsets.UTF_8));
        assertThatThrownBy(() -> { while (csv.next() != null) { } })
                .isInstanceOf(CsvReader.CsvException.class).hasMessageContaining("field longer than")
                .satisfies(e -> assertThat(((CsvReader.CsvException) e).line()).isEqualTo(2));
    }

    @Test
    void csvReaderStopsATwoGibLineOfEmptyFields() {
        InputStream line = HostileFiles.repeated("", (byte) ',', TWO_GIB);
        CsvReader csv = new CsvReader(new InputStreamReader(line, StandardCharsets.UTF_8));
        assertThatThrownBy(csv::next).isInstanceOf(CsvReader.CsvException.class).hasMessageContaining("fields in one record");
    }

    /** Many fields each just under the field bound: the record bound stops it (4,096 x 1 MiB would be 8 GB of chars). */
    @Test
    void csvReaderBoundsTheWholeRecordNotOnlyEachField() {
        String field = "a".repeat(CsvReader.DEFAULT_MAX_FIELD - 1) + ",";
        InputStream in = repeatString(field, 4000);
        CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        assertThatThrownBy(csv::next).isInstanceOf(CsvReader.CsvException.class).hasMessageContaining("record longer than");
    }

    @Test
    void millionAliasesOnOneEntityAreRefusedWithTheBound() throws IOException {
        // A million distinct aliases, spread over several alias columns so that no cell passes the 1 MiB field bound.
        List<StringBuilder> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) {
            if (cell.length() > 900_000) {
                cells.add(cell);
                cell = new StringBuilder();
            }
            cell.append('x').append(Integer.toString(i, 36)).append(';');
        }
        cells.add(cell);
        StringBuilder csv = new StringBuilder("id,name");
        for (int i = 0; i < cells.size(); i++) csv.append(",aliases");
        csv.append("\n1,Kim Jong Un");
        for (StringBuilder c : cells) csv.append(',').append(c);
        Path file = dir.resolve("watchlist.csv");
        Files.writeString(file, csv.append('\n'));
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(file))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("watchlist.csv:2").hasMessageContaining("record 1 has more than")
                .hasMessageContaining("more than " + CustomCsvReader.MAX_NAMES_PER_ENTITY + " names");
    }

    @Test
    void manyAliasesUpToTheBoundAreRead() throws Exception {
        StringBuilder aliases = new StringBuilder();
        for (int i = 0; i < CustomCsvReader.MAX_NAMES_PER_ENTITY - 1; i++) aliases.append("Alias ").append(i).append(';');
        Path file = dir.resolve("watchlist.csv");
        Files.writeString(file, "id,name,aliases\n1,Kim Jong Un,\"" + aliases + "\"\n");
        assertThat(new CustomCsvReader().read(List.of(file)).entities().get(0).names()).hasSize(CustomCsvReader.MAX_NAMES_PER_ENTITY);
    }

    private static InputStream repeatString(String s, int times) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long pos;
            private final long total = (long) b.length * times;

            @Override
            public int read() {
                return pos < total ? b[(int) (pos++ % b.length)] : -1;
            }
        };
    }

    private static ListReader xmlReader(String source) {
        return switch (source) {
            case "un" -> new UnXmlReader();
            case "ofac" -> new OfacXmlReader();
            case "eu" -> new EuXmlReader();
            default -> new UkXmlReader();
        };
    }
}
