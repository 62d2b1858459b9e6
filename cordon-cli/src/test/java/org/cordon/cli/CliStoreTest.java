package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store through the CLI, embedded mode (SQLite in --data, no key): a registered batch run, the alert
 * queue, a four-eyes decision, the good-guy list, delta re-screening after the list changes, the audit
 * log, API keys and lists diff. Uses a hand-made custom list.
 */
class CliStoreTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path write(String relative, String content) throws Exception {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private CliRealListsTest.Run ok(String... args) {
        CliRealListsTest.Run r = CliRealListsTest.run(args);
        assertThat(r.exit()).as("cordon %s%nout: %s%nerr: %s", String.join(" ", args), r.out(), r.err()).isZero();
        return r;
    }

    @Test
    void batchRunAlertsDecisionsGoodGuyRescreenAndAudit() throws Exception {
        String data = dir.resolve("data").toString();
        Path lists = dir.resolve("lists");
        write("lists/inhouse.csv", "id,name,birth_date\nX1,Ivan Petrovich Sidorov,1960-05-01\nX2,Ocean Star Shipping LLC,\n");
        Path in = write("customers.csv", "id,name\nC1,Ivan Petrovich Sidorov\nC2,Maria Gonzalez Fuentes\n");
        String out = dir.resolve("out.csv").toString();

        CliRealListsTest.Run batch = ok("screen-file", in.toString(), "--out", out, "--lists", lists.toString(), "--data", data, "--register");
        assertThat(batch.err()).contains("Recorded run 1").contains("2 subjects").contains("1 new alerts");

        JsonNode alerts = JSON.readTree(ok("alerts", "--data", data, "--json").out());
        assertThat(alerts).hasSize(1);
        JsonNode alert = alerts.get(0);
        assertThat(alert.get("subjectId").asText()).isEqualTo("C1");
        assertThat(alert.get("entityId").asText()).isEqualTo("inhouse-X1");
        assertThat(alert.get("score").asDouble()).isGreaterThanOrEqualTo(0.9);
        String alertId = alert.get("id").asText();

        // Exact name: a high score, so a false-positive decision waits for a second user.
        CliRealListsTest.Run decided = ok("decide", alertId, "--verdict", "false-positive", "--reason", "customer born 1991",
                "--user", "alice", "--data", data);
        assertThat(decided.out()).contains("four-eyes");
        String decisionId = decided.out().replaceAll("(?s)^Decision (\\d+).*", "$1");

        CliRealListsTest.Run self = CliRealListsTest.run("approve", decisionId, "--user", "alice", "--data", data);
        assertThat(self.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(self.err()).contains("four-eyes").doesNotContain("at org.");
        assertThat(ok("approve", decisionId, "--user", "bob", "--data", data).out()).contains("approved");

        // The same batch again: the accepted pair stays quiet.
        CliRealListsTest.Run again = ok("screen-file", in.toString(), "--out", out, "--lists", lists.toString(), "--data", data, "--register");
        assertThat(again.err()).contains("0 new alerts").contains("1 suppressed");
        assertThat(ok("alerts", "--data", data).out()).contains("No alerts.");
        assertThat(ok("alerts", "--data", data, "--status", "false_positive").out()).contains("inhouse-X1").contains("reviewed by bob");

        // The list gains an alias for X1: a delta re-screening alerts again.
        write("lists/inhouse.csv", "id,name,birth_date,aliases\nX1,Ivan Petrovich Sidorov,1960-05-01,Vanya Sidorov\n"
                + "X2,Ocean Star Shipping LLC,,\nX3,Brand New Trading FZE,,\n");
        CliRealListsTest.Run rescreen = ok("rescreen", "--since", "1", "--lists", lists.toString(), "--data", data);
        assertThat(rescreen.out()).contains("inhouse: 2 entities added or changed").contains("2 subjects screened against 2 entities")
                .contains("1 new alerts");
        assertThat(ok("lists", "versions", "--data", data).out()).contains("   2 * inhouse").contains("   1   inhouse");

        CliRealListsTest.Run verify = ok("audit", "verify", "--data", data);
        assertThat(verify.out()).contains("Audit log intact");
        assertThat(ok("audit", "show", "--data", data).out()).contains("decision.approve").contains("bob").contains("screening.rescreen");

        assertThat(ok("config", "four_eyes_score", "0.85", "--user", "carol", "--data", data).out()).contains("four_eyes_score = 0.85");
        assertThat(ok("audit", "show", "--limit", "1", "--data", data).out()).contains("config.set").contains("carol").contains("0.9 -> 0.85");
        CliRealListsTest.Run badSetting = CliRealListsTest.run("config", "four_eyes_score", "high", "--data", data);
        assertThat(badSetting.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badSetting.err()).contains("expected a score in [0,1]");

        CliRealListsTest.Run key = ok("keys", "create", "--role", "approver", "--owner", "Bob Approver", "--data", data);
        assertThat(key.out().strip()).startsWith("cordon_");
        assertThat(ok("keys", "list", "--data", data).out()).contains("approver").contains("Bob Approver").doesNotContain(key.out().strip());
    }

    @Test
    void listsDiffPrintsTheDocumentedJson() throws Exception {
        write("old/inhouse.csv", "id,name,birth_date\nX1,Ivan Sidorov,1960\nX2,Ocean Star,\nX3,Gone Trading,\n");
        write("new/inhouse.csv", "id,name,birth_date,aliases\nX1,Ivan Sidorov,1960,Vanya Sidorov\nX2,Ocean Star,,\nX4,New Trading,,\n");
        CliRealListsTest.Run r = ok("lists", "diff", dir.resolve("old").toString(), dir.resolve("new").toString(), "--json");
        assertThat(JSON.readTree(r.out())).isEqualTo(JSON.readTree(
                "{\"added\":[\"inhouse-X4\"],\"removed\":[\"inhouse-X3\"],\"changed\":[{\"id\":\"inhouse-X1\",\"fields\":[\"alias\"]}]}"));
        CliRealListsTest.Run text = ok("lists", "diff", dir.resolve("old").toString(), dir.resolve("new").toString());
        assertThat(text.out()).contains("added 1, removed 1, changed 1").contains("+ inhouse-X4").contains("    + alias: Vanya Sidorov");
    }

    @Test
    void auditVerifyReportsAStoreThatCannotBeOpened() throws Exception {
        Path notADir = write("file", "x");
        CliRealListsTest.Run r = CliRealListsTest.run("audit", "verify", "--data", notADir.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("cordon:").doesNotContain("at org.");
    }
}
