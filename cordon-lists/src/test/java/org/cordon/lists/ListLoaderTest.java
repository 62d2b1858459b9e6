package org.cordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading faults that do not depend on one format: each gives an error naming the file. */
class ListLoaderTest {

    @TempDir
    Path dir;

    @Test
    void emptyDirectoryIsAnError() {
        assertThatThrownBy(() -> ListLoader.load(dir))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("no list files found");
    }

    @Test
    void missingDirectoryIsAnError() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> ListLoader.load(missing))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("nope")
                .hasMessageContaining("no such file");
    }

    @Test
    void documentationBesideListsIsSkippedButAloneIsNoList() throws IOException {
        Files.writeString(dir.resolve("PROVENANCE.md"), "# where the lists came from\n");
        assertThatThrownBy(() -> ListLoader.load(dir)).hasMessageContaining("no list files found");
    }

    @Test
    void unknownFileNamesFileAndWhatWasExpected() throws IOException {
        Path f = dir.resolve("holiday.jpg");
        Files.write(f, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x10});
        assertThatThrownBy(() -> ListLoader.load(dir))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("holiday.jpg")
                .hasMessageContaining("unrecognised file")
                .hasMessageContaining("id,name");
    }

    @Test
    void unknownXmlRootIsRecognisedAsUnknown() throws IOException {
        Path f = dir.resolve("feed.xml");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<rss><channel/></rss>\n");
        assertThat(FormatDetector.detect(f)).isEqualTo(ListFormat.UNKNOWN);
        assertThatThrownBy(() -> ListLoader.load(dir)).hasMessageContaining("feed.xml");
    }

    @Test
    void brokenSymbolicLinkIsAnError() throws IOException {
        Files.createSymbolicLink(dir.resolve("un.xml"), dir.resolve("gone.xml"));
        assertThatThrownBy(() -> ListLoader.load(dir))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("un.xml")
                .hasMessageContaining("broken symbolic link");
    }

    @Test
    void detectsEachFormatByContentNotName() throws IOException {
        assertThat(detect("a.bin", "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST dateGenerated=\"2026-05-08\">")).isEqualTo(ListFormat.UN_XML);
        assertThat(detect("b.bin", "<sdnList xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML\">"))
                .isEqualTo(ListFormat.OFAC_XML);
        assertThat(detect("c.bin", "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2025-12-15\">"))
                .isEqualTo(ListFormat.EU_XML);
        assertThat(detect("d.bin", "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<Designations xmlns:xsd=\"x\">"))
                .isEqualTo(ListFormat.UK_XML);
        assertThat(detect("e.bin", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"))
                .isEqualTo(ListFormat.OFAC_CSV_PRIMARY);
        assertThat(detect("f.bin", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \n")).isEqualTo(ListFormat.OFAC_CSV_ALT);
        assertThat(detect("g.bin", "36,25,-0- ,\"Havana\",\"Cuba\",-0- \n")).isEqualTo(ListFormat.OFAC_CSV_ADD);
        assertThat(detect("h.bin", "12300,\"Z S.A.S.; Linked To: RED MUNDIAL\"\n")).isEqualTo(ListFormat.OFAC_CSV_COMMENTS);
        assertThat(detect("i.bin", "ID,Name,schema\nX1,Acme Ltd,Company\n")).isEqualTo(ListFormat.CUSTOM_CSV);
        assertThat(detect("j.bin", "name,phone\nBob,123\n")).isEqualTo(ListFormat.UNKNOWN);
    }

    @Test
    void gzipIsReadTransparently() throws IOException {
        Path f = dir.resolve("list.bin");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("<CONSOLIDATED_LIST>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(FormatDetector.detect(f)).isEqualTo(ListFormat.UN_XML);
    }

    @Test
    void gzipBombStopsAtTheBoundWithAMessage() throws IOException {
        Path f = dir.resolve("bomb.csv.gz");
        byte[] zeros = new byte[1 << 20];
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            for (int i = 0; i < 8; i++) out.write(zeros);
        }
        assertThat(Files.size(f)).isLessThan(64 * 1024);
        assertThatThrownBy(() -> {
            try (InputStream in = ListFiles.open(f, 4L << 20)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("bomb.csv.gz").hasMessageContaining("more than");
    }

    private ListFormat detect(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return FormatDetector.detect(f);
    }
}
