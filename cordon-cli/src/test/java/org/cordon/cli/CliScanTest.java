package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cordon scan} and {@code cordon scan-payment} over a small in-house list: exit codes 0 clear,
 * 1 hit, 2 malformed, and the JSON shapes of issue 5. The real lists are exercised in cordon-scan's
 * RealListsScanTest.
 */
class CliScanTest {

    @TempDir
    Path dir;
    Path lists;

    private static final String HEADER = "{1:F01BANKDEFFAXXX0000000000}{2:I103CHASUS33XXXXN}{4:\r\n:20:REF1\r\n:23B:CRED\r\n"
            + ":32A:261130EUR12500,00\r\n:50K:HANS MUSTERMANN\r\n";

    @BeforeEach
    void list() throws Exception {
        lists = dir.resolve("lists");
        Files.createDirectories(lists);
        Files.writeString(lists.resolve("inhouse.csv"), "id,name,schema\n1,\"PETROV, Ivan Sergeyevich\",Person\n2,ACME WIDGETS LTD,Company\n");
    }

    @Test
    void scanPaymentExitCodes() throws Exception {
        Path clean = dir.resolve("clean.fin");
        Files.writeString(clean, HEADER + ":59:JOHN SMITH\r\n:71A:SHA\r\n-}");
        Path hit = dir.resolve("hit.fin");
        Files.writeString(hit, HEADER + ":59:/12345\r\nIVAN PETROV\r\nMOSCOW\r\n:71A:SHA\r\n-}");
        Path bic = dir.resolve("bic.fin");
        Files.writeString(bic, HEADER + ":57A:KKBCKPPY\r\n:59:JOHN SMITH\r\n:71A:SHA\r\n-}");
        Path broken = dir.resolve("broken.fin");
        Files.writeString(broken, HEADER + ":59:JOHN SMITH\r\n:71A:SHA\r\n");

        assertThat(CliRealListsTest.run("scan-payment", clean.toString(), "--lists", lists.toString()).exit()).isEqualTo(ExitCodes.OK);
        var r = CliRealListsTest.run("scan-payment", hit.toString(), "--lists", lists.toString(), "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.HIT);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("verdict").asText()).isEqualTo("hit");
        JsonNode h = doc.get("hits").get(0);
        assertThat(h.get("field").asText()).isEqualTo("59");
        assertThat(h.get("field_line").asInt()).isEqualTo(2);
        assertThat(h.get("role").asText()).isEqualTo("beneficiary customer");
        assertThat(h.get("entity_id").asText()).isEqualTo("inhouse-1");
        for (String k : new String[] {"text", "source", "source_id", "caption", "score", "explanation"}) assertThat(h.has(k)).as(k).isTrue();
        assertThat(doc.get("jurisdictions").get(0).get("country").asText()).isEqualTo("RU");

        assertThat(CliRealListsTest.run("scan-payment", bic.toString(), "--lists", lists.toString()).exit()).isEqualTo(ExitCodes.HIT);
        var b = CliRealListsTest.run("scan-payment", broken.toString(), "--lists", lists.toString());
        assertThat(b.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(b.out()).contains("MALFORMED").contains("line").contains("not terminated");
        // several files: the worst outcome decides
        assertThat(CliRealListsTest.run("scan-payment", clean.toString(), broken.toString(), hit.toString(), "--lists", lists.toString(), "--json")
                .exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void scanTextJsonAndExitCodes() throws Exception {
        Path text = dir.resolve("article.txt");
        Files.writeString(text, "Der Manager Iwan Petrow reiste nach Nordkorea.\n");
        var r = CliRealListsTest.run("scan", text.toString(), "--lists", lists.toString(), "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.HIT);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode m = doc.get("mentions").get(0);
        assertThat(m.get("text").asText()).isEqualTo("Iwan Petrow");
        assertThat(m.get("start").asInt()).isEqualTo(12);
        assertThat(m.get("end").asInt()).isEqualTo(23);
        assertThat(m.get("entity_id").asText()).isEqualTo("inhouse-1");
        for (String k : new String[] {"source", "source_id", "schema", "caption", "score", "match", "explanation"}) assertThat(m.has(k)).as(k).isTrue();
        JsonNode j = doc.get("jurisdictions").get(0);
        assertThat(j.get("country").asText()).isEqualTo("KP");
        assertThat(j.get("text").asText()).isEqualTo("Nordkorea");

        Path quiet = dir.resolve("quiet.txt");
        Files.writeString(quiet, "Nothing to see here, said Peter Miller.\n");
        var q = CliRealListsTest.run("scan", quiet.toString(), "--lists", lists.toString());
        assertThat(q.exit()).isEqualTo(ExitCodes.OK);
        assertThat(q.out()).contains("none found");
        assertThat(CliRealListsTest.run("scan", dir.resolve("missing.txt").toString(), "--lists", lists.toString()).exit())
                .isEqualTo(ExitCodes.BAD_INPUT);
    }
}
