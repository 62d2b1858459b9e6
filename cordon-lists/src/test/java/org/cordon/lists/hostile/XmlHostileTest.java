package org.cordon.lists.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListLoader;
import org.cordon.lists.ListReader;
import org.cordon.lists.eu.EuXmlReader;
import org.cordon.lists.ofac.OfacXmlReader;
import org.cordon.lists.uk.UkXmlReader;
import org.cordon.lists.un.UnXmlReader;
import org.cordon.model.SanctionsList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile XML through every XML list reader, each built on its own hand-made fixture: external entities reading a
 * file the test plants, external DTDs and parameter entities pointing at a loopback port the test listens on,
 * billion laughs, XInclude and schema locations. Every DTD is refused with a message naming the file and the
 * construct; the planted file's content appears in no message and no entity; the loopback port never sees a
 * connection (checked with a non-blocking accept: a connection the parser had opened would be waiting).
 */
class XmlHostileTest {
    private static final String SECRET = "PLANTED-SECRET-7f3a9c";
    private static final Pattern ROOT_START = Pattern.compile("<[A-Za-z][^>]*>");

    @TempDir
    Path dir;
    private Path secret;
    private ServerSocketChannel listener;
    private int port;

    @BeforeEach
    void plant() throws IOException {
        secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        listener.configureBlocking(false);
        port = listener.socket().getLocalPort();
    }

    @AfterEach
    void noConnectionWasMade() throws IOException {
        try (ServerSocketChannel l = listener) {
            assertThat(l.accept()).as("a parser connected to the loopback port named in the document").isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"un", "ofac", "eu", "uk"})
    void externalEntityReadingAPlantedFileIsRefused(String source) throws Exception {
        Path xml = hostile(source, "<!DOCTYPE root [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;");
        assertRefusedDtd(source, xml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"un", "ofac", "eu", "uk"})
    void externalDtdAndParameterEntitiesAreNeverFetched(String source) throws Exception {
        String url = "http://127.0.0.1:" + port + "/evil.dtd";
        assertRefusedDtd(source, hostile(source, "<!DOCTYPE root SYSTEM \"" + url + "\">", ""));
        assertRefusedDtd(source, hostile(source, "<!DOCTYPE root [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"un", "ofac", "eu", "uk"})
    void billionLaughsIsRefusedBeforeExpansion(String source) throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE root [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        assertRefusedDtd(source, hostile(source, dtd.append("]>").toString(), "&lol9;"));
    }

    /**
     * Found by fuzzing the MX reader: a control character inside a DOCTYPE made the JDK parser throw
     * {@code MissingResourceException: InvalidCharInDTD} instead of a parse error. A NUL byte is now refused before
     * the parser; any other RuntimeException from it becomes a format error.
     */
    @ParameterizedTest
    @ValueSource(strings = {"un", "ofac", "eu", "uk"})
    void controlCharacterInsideADoctypeIsAFormatError(String source) throws Exception {
        for (String c : new String[] {"\u0000", "\u0001", "\u001F"}) {
            Path xml = hostile(source, "<!DOCTYPE root [ <!ENTIT" + c.repeat(18) + "Y xxe SYSTEM \"" + secret.toUri() + "\">]>", "");
            assertThatThrownBy(() -> reader(source).read(List.of(xml))).as("U+%04X", (int) c.charAt(0))
                    .isInstanceOf(ListFormatException.class).hasMessageContaining(xml.getFileName().toString())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"un", "ofac", "eu", "uk"})
    void entityReferenceWithoutADoctypeIsAFaultNamingTheFile(String source) throws Exception {
        Path xml = hostile(source, "", "&xxe;");
        assertThatThrownBy(() -> reader(source).read(List.of(xml))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(xml.getFileName().toString());
    }

    /** XInclude and schema locations are not processed: the list reads as without them, and nothing is fetched. */
    @ParameterizedTest
    @ValueSource(strings = {"un", "ofac", "eu", "uk"})
    void xincludeAndSchemaLocationsAreIgnored(String source) throws Exception {
        String include = "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + secret.toUri() + "\" parse=\"text\"/>"
                + "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"http://127.0.0.1:" + port + "/x\" parse=\"text\"/>";
        byte[] fixture = fixture(source);
        String text = new String(fixture, StandardCharsets.UTF_8);
        Matcher m = rootStart(text);
        String root = m.group();
        String withSchema = root.substring(0, root.length() - 1) + " xmlns:xsi2=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi2:schemaLocation=\"urn:x http://127.0.0.1:" + port + "/schema.xsd\">";
        Path xml = dir.resolve(source + "-xinclude.xml");
        Files.writeString(xml, text.substring(0, m.start()) + withSchema + include + text.substring(m.end()));
        Path plain = dir.resolve(source + "-plain.xml");
        Files.write(plain, fixture);
        SanctionsList hostile = reader(source).read(List.of(xml));
        SanctionsList expected = reader(source).read(List.of(plain));
        assertThat(hostile.entities()).hasSameSizeAs(expected.entities());
        assertThat(hostile.entities().toString()).doesNotContain(SECRET);
    }

    /** Through the loader, as the CLI and server read a directory. */
    @ParameterizedTest
    @ValueSource(strings = {"un", "ofac", "eu", "uk"})
    void loaderRefusesTheDirectoryAndNamesTheFile(String source) throws Exception {
        Path xml = hostile(source, "<!DOCTYPE root [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;");
        Files.delete(secret);
        Files.writeString(dir.resolve("secret.md"), SECRET); // a document the loader skips, holding the secret
        assertThatThrownBy(() -> ListLoader.load(dir)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(xml.getFileName().toString()).hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    private void assertRefusedDtd(String source, Path xml) {
        assertThatThrownBy(() -> reader(source).read(List.of(xml)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining(xml.getFileName().toString())
                .hasMessageContaining("DOCTYPE")
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain(SECRET);
                    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                        assertThat(String.valueOf(c.getMessage())).doesNotContain(SECRET);
                    }
                });
    }

    /** The reader's own fixture with a DOCTYPE after the XML declaration and {@code body} as the root's first content. */
    private Path hostile(String source, String doctype, String body) throws Exception {
        String text = new String(fixture(source), StandardCharsets.UTF_8);
        Matcher m = rootStart(text);
        Path xml = dir.resolve(source + ".xml");
        Files.writeString(xml, text.substring(0, m.start()) + doctype + "\n" + m.group() + body + text.substring(m.end()));
        return xml;
    }

    /** The root start tag: the first tag not inside a comment. */
    static Matcher rootStart(String text) {
        Matcher m = ROOT_START.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start());
            if (before.split("<!--", -1).length == before.split("-->", -1).length) return m;
        }
        throw new AssertionError("no root element in fixture");
    }

    static byte[] fixture(String source) throws Exception {
        String resource = switch (source) {
            case "un" -> "/un/consolidated-sample.xml";
            case "ofac" -> "/ofac/sdn-sample.xml";
            case "eu" -> "/eu/fsf-sample.xml";
            default -> "/uk/uk-sanctions-sample.xml";
        };
        return Files.readAllBytes(Path.of(XmlHostileTest.class.getResource(resource).toURI()));
    }

    static ListReader reader(String source) {
        return switch (source) {
            case "un" -> new UnXmlReader();
            case "ofac" -> new OfacXmlReader();
            case "eu" -> new EuXmlReader();
            default -> new UkXmlReader();
        };
    }
}
