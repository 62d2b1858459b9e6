package org.cordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile XML: no DTD, no external entity, no entity expansion, and nothing of a local file in any message. */
class SafeXmlTest {
    private static final String SECRET = "TOP-SECRET-FILE-CONTENT-4711";

    @TempDir
    Path dir;

    @Test
    void externalEntityIsRefusedAndFileContentNeverAppears() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        Path xml = dir.resolve("un.xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n");
        assertThatThrownBy(() -> readAll(xml))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("un.xml")
                .hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void billionLaughsIsRefusedBeforeExpansion() throws IOException {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) sb.append("&lol").append(i == 1 ? "" : Integer.toString(i - 1)).append(';');
            sb.append("\">\n");
        }
        sb.append("]>\n<Designations><Designation><UniqueID>&lol9;</UniqueID></Designation></Designations>\n");
        Path xml = dir.resolve("uk.xml");
        Files.writeString(xml, sb.toString());
        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(ListFormatException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void undeclaredEntityReferenceWithoutDoctypeIsAFaultNamingTheLine() throws IOException {
        Path xml = dir.resolve("eu.xml");
        Files.writeString(xml, "<export>\n<sanctionEntity>&nbsp;</sanctionEntity></export>\n");
        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(ListFormatException.class).hasMessageContaining("eu.xml:2");
    }

    @Test
    void truncatedDocumentNamesTheFile() throws IOException {
        Path xml = dir.resolve("cut.xml");
        Files.writeString(xml, "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>KIM</FIRST_NAME>");
        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(ListFormatException.class).hasMessageContaining("cut.xml");
    }

    /** Reads every element's text, as a reader would. */
    private static void readAll(Path xml) throws Exception {
        try (XmlCursor c = new XmlCursor(xml)) {
            c.root();
            walk(c);
        }
    }

    private static void walk(XmlCursor c) throws ListFormatException {
        String child;
        while ((child = c.nextChild()) != null) {
            if (child.equals("FIRST_NAME") || child.equals("UniqueID")) c.text();
            else walk(c);
        }
    }
}
