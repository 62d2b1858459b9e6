package org.cordon.scan.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cordon.match.Screener;
import org.cordon.model.Entity;
import org.cordon.model.ListVersion;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.cordon.scan.MalformedMessageException;
import org.cordon.scan.PaymentScan;
import org.cordon.scan.PaymentScanner;
import org.cordon.scan.TextScanner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile payment messages and text: an ISO 20022 message carrying an external entity that reads a file the test
 * plants, an external DTD on a loopback port the test listens on, billion laughs, undecodable bytes; and names
 * disguised with invisible characters in MT fields, MX elements and free text, which must still be found.
 */
class MessageHostileTest {
    private static final String SECRET = "PLANTED-SECRET-c0ffee";

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
            assertThat(l.accept()).as("a parser connected to the loopback port named in the message").isNull();
        }
    }

    @Test
    void externalEntityInAnMxMessageIsRefusedAndTheFileNeverShows() throws IOException {
        String doctype = "<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        assertRefused(withDoctype(doctype, "&xxe;"));
    }

    @Test
    void externalDtdAndParameterEntitiesInAnMxMessageAreNeverFetched() throws IOException {
        String url = "http://127.0.0.1:" + port + "/evil.dtd";
        assertRefused(withDoctype("<!DOCTYPE Document SYSTEM \"" + url + "\">", ""));
        assertRefused(withDoctype("<!DOCTYPE Document [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>", ""));
    }

    @Test
    void billionLaughsInAnMxMessageIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Document [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        assertRefused(withDoctype(dtd.append("]>").toString(), "&l9;"));
    }

    /** A DOCTYPE larger than the parser should ever hold: refused by the byte bound before it is buffered. */
    @Test
    void hugeInternalSubsetIsRefusedBeforeItIsBuffered() throws IOException {
        String big = "<!DOCTYPE Document [<!ENTITY a \"" + "a".repeat(4 << 20) + "\">]>";
        assertRefused(withDoctype(big, ""));
    }

    @Test
    void undecodableBytesInAnMxMessageNameTheLine() throws IOException {
        byte[] msg = fixture("pacs008-hits.xml");
        String text = new String(msg, StandardCharsets.UTF_8);
        int at = text.indexOf("<Nm>") + 5;
        msg[at] = (byte) 0xFF;
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        assertThatThrownBy(() -> PaymentScanner.read(msg)).isInstanceOf(MalformedMessageException.class)
                .satisfies(e -> assertThat(((MalformedMessageException) e).line()).isEqualTo(line))
                .hasMessageContaining("not UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200D", "\u200F", "\u2060", "\u00AD", "\uFEFF"})
    void invisibleCharactersDoNotHideANameInAnMtMessage(String invisible) throws Exception {
        String mt = new String(fixture("mt103-hits.fin"), StandardCharsets.UTF_8)
                .replace("VLADIMIR VLADIMIROVICH PUTIN", "VLADIMIR VLADIMIROVICH PU" + invisible + "TIN");
        PaymentScan scan = payments().scan(mt);
        assertThat(scan.hits()).anyMatch(h -> h.entity().id().equals("ofac-35096"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200D", "\u200F", "\u2060", "\u00AD", "\u202E"})
    void invisibleCharactersDoNotHideANameInAnMxMessage(String invisible) throws Exception {
        String mx = new String(fixture("pacs008-hits.xml"), StandardCharsets.UTF_8);
        assertThat(mx).contains("<Nm>");
        String disguised = mx.replaceFirst("<Nm>[^<]*</Nm>", "<Nm>Vladimir Pu" + invisible + "tin</Nm>");
        PaymentScan scan = payments().scan(disguised.getBytes(StandardCharsets.UTF_8));
        assertThat(scan.hits()).anyMatch(h -> h.entity().id().equals("ofac-35096"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u2060", "\u00AD", "\u202E", "\uFEFF"})
    void invisibleCharactersDoNotHideANameInText(String invisible) {
        String text = "Reports say that Vladimir Pu" + invisible + "tin met bankers in Moscow on Tuesday.";
        assertThat(TextScanner.build(screener()).scan(text).mentions()).anyMatch(m -> m.entity().id().equals("ofac-35096"));
    }

    private void assertRefused(byte[] message) {
        assertThatThrownBy(() -> payments().scan(message)).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("DOCTYPE")
                .satisfies(e -> {
                    for (Throwable c = e; c != null; c = c.getCause()) assertThat(String.valueOf(c.getMessage())).doesNotContain(SECRET);
                });
    }

    /** The hits fixture with a DOCTYPE after the XML declaration and {@code body} inside the first name. */
    private static byte[] withDoctype(String doctype, String body) throws IOException {
        String mx = new String(fixture("pacs008-hits.xml"), StandardCharsets.UTF_8);
        int root = mx.indexOf("<Document");
        String out = mx.substring(0, root) + doctype + "\n" + mx.substring(root).replaceFirst("<Nm>", "<Nm>" + body);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = MessageHostileTest.class.getResourceAsStream("/payments/" + name)) {
            if (in == null) throw new IllegalStateException("missing fixture " + name);
            return in.readAllBytes();
        }
    }

    private static PaymentScanner payments() {
        Screener s = screener();
        return PaymentScanner.build(TextScanner.build(s), s);
    }

    private static Screener screener() {
        List<Entity> entities = List.of(
                Entity.builder("ofac", "35096", Schema.PERSON).name("PUTIN, Vladimir Vladimirovich", NameKind.PRIMARY).build(),
                Entity.builder("ofac", "20157", Schema.PERSON).name("KIM, Jong Un", NameKind.PRIMARY).build());
        ListVersion v = new ListVersion("test", "Cordon tests", "hand-made list", "test", null, List.of(), "", entities.size());
        return org.cordon.match.Screeners.build(List.of(new SanctionsList(v, entities)));
    }
}
