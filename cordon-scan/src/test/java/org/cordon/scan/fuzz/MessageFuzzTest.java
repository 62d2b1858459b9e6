package org.cordon.scan.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cordon.match.Screener;
import org.cordon.match.Screeners;
import org.cordon.model.Entity;
import org.cordon.model.ListVersion;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.cordon.scan.MalformedMessageException;
import org.cordon.scan.MtReader;
import org.cordon.scan.MxReader;
import org.cordon.scan.PaymentMessage;
import org.cordon.scan.TextScan;
import org.cordon.scan.TextScanner;

/**
 * One fuzz target per message parser. A SWIFT MT or ISO 20022 MX message comes from a counterparty; whatever its
 * bytes, the reader returns a {@link PaymentMessage} or throws a {@link MalformedMessageException} with a message.
 * Free text comes from an analyst's paste; the text scanner returns a {@link TextScan} for any string. Any other
 * exception (a RuntimeException from Prowide escaping, an index out of bounds in the tokenizer) is a bug: Jazzer
 * keeps the input under {@code src/test/resources/org/cordon/scan/fuzz/MessageFuzzTestInputs/<target>/}, where it
 * replays in every test run. Seeds are the payment and text fixtures. Longer runs: {@code scripts/fuzz 10m scan:mx}.
 */
class MessageFuzzTest {
    private static final TextScanner TEXT = TextScanner.build(smallScreener());

    @FuzzTest(maxDuration = "6s")
    void mt(byte[] input) {
        try {
            PaymentMessage m = MtReader.read(new String(input, StandardCharsets.UTF_8));
            if (m == null) throw new AssertionError("MtReader returned null");
        } catch (MalformedMessageException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("fault without a message", e);
        }
    }

    @FuzzTest(maxDuration = "6s")
    void mx(byte[] input) {
        try {
            PaymentMessage m = MxReader.read(input);
            if (m == null) throw new AssertionError("MxReader returned null");
        } catch (MalformedMessageException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("fault without a message", e);
        }
    }

    @FuzzTest(maxDuration = "6s")
    void text(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        TextScan scan = TEXT.scan(text);
        if (scan == null) throw new AssertionError("scan returned null");
        scan.mentions().forEach(m -> {
            if (m.start() < 0 || m.end() > text.length() || m.start() > m.end()) {
                throw new AssertionError("mention " + m.start() + ".." + m.end() + " outside the text of length " + text.length());
            }
        });
    }

    /** A few listed names in the forms the real lists write them, so the scanner's matching paths run. */
    static Screener smallScreener() {
        List<Entity> entities = List.of(
                Entity.builder("ofac", "35096", Schema.PERSON).name("PUTIN, Vladimir Vladimirovich", NameKind.PRIMARY)
                        .name("Владимир Владимирович Путин", NameKind.ALIAS).build(),
                Entity.builder("ofac", "20157", Schema.PERSON).name("KIM, Jong Un", NameKind.PRIMARY).name("김정은", NameKind.ALIAS).build(),
                Entity.builder("un", "QDi.401", Schema.PERSON).name("Abdulkhaliq al-Houthi", NameKind.PRIMARY)
                        .name("عبدالخالق الحوثي", NameKind.ALIAS).build(),
                Entity.builder("ofac", "16085", Schema.ORGANIZATION).name("DAEDONG CREDIT BANK", NameKind.PRIMARY).build());
        ListVersion v = new ListVersion("test", "Cordon tests", "hand-made list", "test", null, List.of(), "", entities.size());
        return Screeners.build(List.of(new SanctionsList(v, entities)));
    }
}
