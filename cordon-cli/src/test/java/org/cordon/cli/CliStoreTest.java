package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        assertThat(ok("good-guys", "--data", data).out()).contains("subject C1").contains("inhouse-X1")
                .contains("by decision " + decisionId + " of alice, approved by bob: customer born 1991");
        assertThat(ok("good-guys", "--subject", "C2", "--data", data).out()).contains("No accepted pairs.");
        CliRealListsTest.Run notListed = CliRealListsTest.run("good-guys", "revoke", "C2", "inhouse-X1", "--reason", "x", "--data", data);
        assertThat(notListed.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(notListed.err()).contains("no good-guy entry for subject C2");

        // The list gains an alias for X1: a delta re-screening alerts again.
        write("lists/inhouse.csv", "id,name,birth_date,aliases\nX1,Ivan Petrovich Sidorov,1960-05-01,Vanya Sidorov\n"
                + "X2,Ocean Star Shipping LLC,,\nX3,Brand New Trading FZE,,\n");
        CliRealListsTest.Run noThreads = CliRealListsTest.run("rescreen", "--since", "1", "--lists", lists.toString(), "--data", data,
                "--threads", "0");
        assertThat(noThreads.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noThreads.err()).contains("--threads: at least 1, not 0").doesNotContain("at org.");
        CliRealListsTest.Run rescreen = ok("rescreen", "--since", "1", "--lists", lists.toString(), "--data", data, "--threads", "1");
        assertThat(rescreen.out()).contains("inhouse: 2 entities added or changed").contains("2 subjects screened against 2 entities")
                .contains("1 new alerts");
        assertThat(ok("lists", "versions", "--data", data).out()).contains("   2 * inhouse").contains("   1   inhouse");

        CliRealListsTest.Run verify = ok("audit", "verify", "--data", data);
        assertThat(verify.out()).contains("Audit log intact");
        assertThat(ok("audit", "show", "--data", data).out()).contains("decision.approve").contains("bob").contains("screening.rescreen");

        assertThat(ok("config", "four_eyes_score", "0.85", "--user", "carol", "--data", data).out()).contains("four_eyes_score = 0.85");
        assertThat(ok("audit", "show", "--limit", "1", "--data", data).out()).contains("config.set").contains("carol").contains("0.9 -> 0.85");
        String decisions = ok("audit", "show", "--action", "decision", "--data", data).out();
        assertThat(decisions.lines()).hasSize(2).allSatisfy(l -> assertThat(l).contains(" decision"));
        assertThat(decisions).contains("decision.approve").doesNotContain("config.set").doesNotContain("screening.");
        assertThat(ok("audit", "show", "--actor", "carol", "--data", data).out().lines()).singleElement().asString().contains("config.set");
        CliRealListsTest.Run badSetting = CliRealListsTest.run("config", "four_eyes_score", "high", "--data", data);
        assertThat(badSetting.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badSetting.err()).contains("expected a score in [0,1]");

        // Taken off the good-guy list, the accepted pair's alert is open again.
        assertThat(ok("good-guys", "revoke", "C1", "inhouse-X1", "--reason", "the customer's birth date was mistyped", "--user", "dave",
                "--data", data).out()).contains("alert " + alertId + " is open again");
        assertThat(ok("good-guys", "--json", "--data", data).out().strip()).isEqualTo("[ ]");
        assertThat(JSON.readTree(ok("alerts", "--data", data, "--json").out()))
                .anySatisfy(a -> assertThat(a.get("id").asText() + " " + a.get("status").asText()).isEqualTo(alertId + " OPEN"));
        assertThat(ok("audit", "show", "--action", "goodguy", "--data", data).out()).contains("dave").contains("birth date was mistyped");
        CliRealListsTest.Run key = ok("keys", "create", "--role", "approver", "--owner", "Bob Approver", "--data", data);
        assertThat(key.out().strip()).startsWith("cordon_");
        assertThat(ok("keys", "list", "--data", data).out()).contains("approver").contains("Bob Approver").doesNotContain(key.out().strip());
    }

    /**
     * The lists change, and with them the links between their records: a batch run moves the open alerts to the targets the
     * lists in use link their records into before it raises its own.
     */
    @Test
    void aBatchRunMovesOpenAlertsToTheTargetsTheListsNowLinkTheirRecordsInto() throws Exception {
        String data = dir.resolve("data").toString();
        Path lists = dir.resolve("lists");
        write("lists/inhouse.csv", "id,name,birth_date\nX1,Ivan Petrovich Sidorov,1960-05-01\n");
        write("lists/partner.csv", "id,name,birth_date\nP9,Ivan Petrovich Sidorov,1961-05-01\n");
        Path in = write("customers.csv", "id,name\nC1,Ivan Petrovich Sidorov\n");
        String[] run = {"screen-file", in.toString(), "--out", dir.resolve("out.csv").toString(), "--lists", lists.toString(), "--data", data, "--register"};
        assertThat(ok(run).err()).doesNotContain("moved");
        Map<String, Long> first = new java.util.HashMap<>();
        for (JsonNode a : JSON.readTree(ok("alerts", "--data", data, "--json").out())) first.put(a.get("entityId").asText(), a.get("id").asLong());
        assertThat(first).containsOnlyKeys("inhouse-X1", "partner-P9");
        assertThat(ok("alerts", "--data", data).out()).doesNotContain("same target");
        // the longest waiting first (both score 1.00 here: the store's and the API's tests tell the orders apart); an order
        // it does not know is named
        assertThat(JSON.readTree(ok("alerts", "--data", data, "--sort", "oldest", "--json").out())).hasSize(2);
        assertThat(CliRealListsTest.run("alerts", "--data", data, "--sort", "age").err()).contains("--sort: unknown order 'age'");

        // the partner list corrects P9's birth date: the same name and date as X1, one target now
        write("lists/partner.csv", "id,name,birth_date\nP9,Ivan Petrovich Sidorov,1960-05-01\n");
        assertThat(ok(run).err()).contains("2 open alerts moved to the targets the lists in use link their records into");
        JsonNode after = JSON.readTree(ok("alerts", "--data", data, "--json").out());
        assertThat(after).hasSize(3); // P9 changed: an alert on it as it is now, beside the one on it as it was
        assertThat(after).extracting(a -> a.get("profileId").asText()).containsOnly("profile-inhouse-X1");
        String text = ok("alerts", "--data", data).out();
        assertThat(text.lines().filter(l -> l.contains("same target as #"))).hasSize(2);
        List<String> relinked = ok("audit", "show", "--action", "alert.relink", "--data", data).out().lines()
                .filter(l -> l.contains("alert.relink")).toList();
        assertThat(relinked).singleElement().asString().contains("2 alerts")
                .contains("alert " + first.get("inhouse-X1") + " inhouse-X1 -> profile-inhouse-X1")
                .contains("alert " + first.get("partner-P9") + " partner-P9 -> profile-inhouse-X1");
    }

    /**
     * A customer on two lists as one target (the same name and full birth date on both: a probable link) raises two alerts;
     * {@code cordon alerts} marks the second "same target as" the first, and {@code decide --same-target} decides both.
     */
    @Test
    void alertsOnOneTargetAreMarkedAndDecidedTogether() throws Exception {
        String data = dir.resolve("data").toString();
        Path lists = dir.resolve("lists");
        write("lists/inhouse.csv", "id,name,birth_date\nX1,Ivan Petrovich Sidorov,1960-05-01\n");
        write("lists/partner.csv", "id,name,birth_date\nP9,Ivan Petrovich Sidorov,1960-05-01\nP10,Ivan Petrovich Sidorov,\n");
        Path in = write("customers.csv", "id,name,birth_date\nC1,Ivan Petrovich Sidorov,1960-05-01\n");
        ok("screen-file", in.toString(), "--out", dir.resolve("out.csv").toString(), "--lists", lists.toString(), "--data", data, "--register");

        Map<String, JsonNode> byEntity = new java.util.HashMap<>();
        for (JsonNode a : JSON.readTree(ok("alerts", "--data", data, "--json").out())) byEntity.put(a.get("entityId").asText(), a);
        assertThat(byEntity).containsOnlyKeys("inhouse-X1", "partner-P9", "partner-P10");
        assertThat(byEntity.get("inhouse-X1").get("profileId").asText()).isEqualTo(byEntity.get("partner-P9").get("profileId").asText());
        assertThat(byEntity.get("partner-P10").get("profileId").asText()).isNotEqualTo(byEntity.get("partner-P9").get("profileId").asText());
        String text = ok("alerts", "--data", data).out();
        assertThat(text.lines().filter(l -> l.contains("same target as #"))).hasSize(1);
        assertThat(text.lines().filter(l -> l.contains("partner-P10"))).singleElement().asString().doesNotContain("same target");

        String x1 = byEntity.get("inhouse-X1").get("id").asText(), p9 = byEntity.get("partner-P9").get("id").asText();
        String p10 = byEntity.get("partner-P10").get("id").asText();
        CliRealListsTest.Run refused = CliRealListsTest.run("decide", x1, "--verdict", "true-match", "--reason", "passport seen",
                "--also", p10, "--user", "alice", "--data", data);
        assertThat(refused.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("alert " + p10 + " is not on the same subject and target");
        CliRealListsTest.Run decided = ok("decide", x1, "--verdict", "true-match", "--reason", "passport seen", "--same-target",
                "--user", "alice", "--data", data);
        assertThat(decided.out()).contains("on alert " + x1 + " recorded").contains("on alert " + p9 + " recorded").doesNotContain("alert " + p10 + " ");
        JsonNode pending = JSON.readTree(ok("alerts", "--data", data, "--status", "pending_approval", "--json").out());
        assertThat(pending).extracting(a -> a.get("entityId").asText()).containsExactlyInAnyOrder("inhouse-X1", "partner-P9");
        String firstDecision = decided.out().replaceAll("(?s)^Decision (\\d+).*", "$1");
        CliRealListsTest.Run approved = ok("approve", firstDecision, "--same-target", "--user", "bob", "--data", data);
        assertThat(approved.out().lines().filter(l -> l.contains("approved and in effect by bob"))).hasSize(2);
        JsonNode trueMatches = JSON.readTree(ok("alerts", "--data", data, "--status", "true_match", "--json").out());
        assertThat(trueMatches).extracting(a -> a.get("entityId").asText()).containsExactlyInAnyOrder("inhouse-X1", "partner-P9");
        assertThat(trueMatches).allSatisfy(a -> {
            assertThat(a.get("decisions")).hasSize(1);
            assertThat(a.get("decisions").get(0).get("reviewedBy").asText()).isEqualTo("bob");
        });
        // The report of who decided what, when and why: a row per decision.
        List<String> report = ok("alerts", "--data", data, "--status", "true_match", "--csv").out().lines().toList();
        assertThat(report.get(0)).isEqualTo(AlertsCommand.CSV_HEADER);
        assertThat(report.subList(1, report.size())).hasSize(2).allSatisfy(row -> assertThat(row)
                .contains(",true_match,passport seen,alice,").contains(",final,bob,").contains("Ivan Petrovich Sidorov"));
        assertThat(report.subList(1, report.size())).anySatisfy(row -> assertThat(row).startsWith(x1 + ",C1,inhouse-X1,inhouse,"));
        // The open namesake's alert: alice takes it from the queue, bob takes it over for carol.
        assertThat(ok("assign", p10, "--user", "alice", "--data", data).out()).contains("Alert " + p10 + " (C1 ~").contains("is assigned to alice since");
        CliRealListsTest.Run notHis = CliRealListsTest.run("assign", p10, "--user", "bob", "--data", data);
        assertThat(notHis.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(notHis.err()).contains("alert " + p10 + " is assigned to alice");
        assertThat(CliRealListsTest.run("assign", p10, "--to", "carol", "--release", "--user", "bob", "--data", data).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(ok("assign", p10, "--to", "carol", "--take-over", "--user", "bob", "--data", data).out()).contains("is assigned to carol since");
        // carol's note on it, shown under the alert and in its JSON
        assertThat(ok("note", p10, "--text", "asked the customer for a passport copy", "--user", "carol", "--data", data).out())
                .contains("on alert " + p10 + " by carol");
        assertThat(CliRealListsTest.run("note", p10, "--text", " ", "--user", "carol", "--data", data).err()).contains("needs its text");
        assertThat(ok("alerts", "--data", data, "--assigned", "carol").out()).contains("note by carol at ").contains(": asked the customer for a passport copy");
        assertThat(JSON.readTree(ok("alerts", "--data", data, "--json").out()).get(0).get("notes").get(0).get("text").asText())
                .isEqualTo("asked the customer for a passport copy");
        // several at once are all or none: x1 is closed, so p10 stays carol's
        CliRealListsTest.Run withClosed = CliRealListsTest.run("assign", p10, x1, "--to", "dave", "--take-over", "--user", "bob", "--data", data);
        assertThat(withClosed.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(withClosed.err()).contains("alert " + x1 + " is closed");
        assertThat(ok("alerts", "--data", data, "--assigned", "carol").out()).contains("partner-P10").contains("[assigned to carol]")
                .startsWith("Not closed, by who has them: carol 1" + System.lineSeparator());
        assertThat(ok("alerts", "--data", data, "--assigned", "none").out()).isEqualTo("No alerts." + System.lineSeparator());
        List<String> assigned = ok("audit", "show", "--action", "alert.assign", "--data", data).out().lines().filter(l -> l.contains("alert.assign")).toList();
        assertThat(assigned).hasSize(2);
        assertThat(assigned.get(0)).contains(" alice ").contains("alert " + p10).endsWith("to alice");
        assertThat(assigned.get(1)).contains(" bob ").contains("alert " + p10).endsWith("to carol, taken from alice");
        // Not decided: one row, its decision columns empty, who has it at the end.
        List<String> open = ok("alerts", "--data", data, "--csv").out().lines().toList();
        assertThat(open).hasSize(2);
        String assignedAt = JSON.readTree(ok("alerts", "--data", data, "--json").out()).get(0).get("assignedAt").asText();
        assertThat(open.get(1)).startsWith(p10 + ",C1,partner-P10,").endsWith(",open," + byEntity.get("partner-P10").get("profileId").asText() + ","
                + byEntity.get("partner-P10").get("createdAt").asText() + ",,,,,,,,,,carol," + assignedAt);
    }

    /**
     * An alert from {@code rescreen} carries the score, match flag and explanation that {@code screen} gives for the
     * same subject and entity against the new lists. The subjects are near misses whose scores hang on how common
     * "Ivan" is over the whole list (eleven listed Ivans weigh it down; the two changed entities alone would not),
     * and X1 forms a profile with a record on a second list that did not change, which the explanation names.
     */
    @Test
    void rescreenAlertsScoreAsAFullScreenDoes() throws Exception {
        String data = dir.resolve("data").toString();
        String snapshot = dir.resolve("index.snapshot").toString();
        Path lists = dir.resolve("lists");
        StringBuilder ivans = new StringBuilder();
        String[] surnames = {"Kuznetsov", "Smirnov", "Popov", "Vasiliev", "Sokolov", "Mikhailov", "Novikov", "Fedorov", "Morozov", "Volkov"};
        for (int i = 0; i < surnames.length; i++) ivans.append("X").append(10 + i).append(",Ivan ").append(surnames[i]).append(",,\n");
        write("lists/partners.csv", "id,name,birth_date\nP1,Ivan Petrovich Sidorov,1960-05-01\n");
        write("lists/inhouse.csv", "id,name,birth_date,aliases\nX1,Ivan Petrovich Sidorov,1960-05-01,\nX2,Ocean Star Shipping LLC,,\n"
                + "X3,Sergei Ivanovich Sidorov,1971,\nX4,Petrov Trading FZE,,\nX5,Anna Sidorova,,\n" + ivans);
        // id, name, birth date, country: C7's birth date and country count as evidence in both screenings.
        String[][] customers = {{"C1", "Ivan P Sidorov", "", ""}, {"C2", "Ivan Sergeevich Petrov", "", ""},
                {"C3", "Ocean Star Shipping LLC", "", ""}, {"C4", "Maria Gonzalez Fuentes", "", ""},
                {"C5", "Ivan Petrovich Sidorow", "", ""}, {"C6", "Ivan Volkov", "", ""}, {"C7", "Ivan P. Sidorov", "1960-05-01", "RU"}};
        StringBuilder csv = new StringBuilder("id,name,birth_date,country\n");
        for (String[] c : customers) csv.append(String.join(",", c)).append('\n');
        Path in = write("customers.csv", csv.toString());
        ok("screen-file", in.toString(), "--out", dir.resolve("out.csv").toString(), "--lists", lists.toString(), "--data", data,
                "--snapshot", snapshot, "--register", "--quiet");
        String inhouseV1 = ok("lists", "versions", "--source", "inhouse", "--data", data).out().replaceAll("(?s)^\\s*(\\d+) .*", "$1");

        // X1 gains an alias, X6 is added; X2 and X19 (which C3 and C6 match) and the partners list do not change.
        write("lists/inhouse.csv", "id,name,birth_date,aliases\nX1,Ivan Petrovich Sidorov,1960-05-01,Vanya Sidorov\n"
                + "X2,Ocean Star Shipping LLC,,\nX3,Sergei Ivanovich Sidorov,1971,\nX4,Petrov Trading FZE,,\nX5,Anna Sidorova,,\n" + ivans
                + "X6,Ivan Sergeyevich Petrov,,\n");
        CliRealListsTest.Run rescreen = ok("rescreen", "--since", inhouseV1, "--lists", lists.toString(), "--data", data,
                "--snapshot", snapshot);
        assertThat(rescreen.out()).contains("inhouse: 2 entities added or changed");
        long runId = Long.parseLong(rescreen.out().replaceAll("(?s).*Run (\\d+) .*", "$1"));

        // What a full screening of each customer against the new lists gives for the changed entities.
        java.util.Map<String, String> expected = new java.util.TreeMap<>();
        java.util.Set<String> unchangedMatched = new java.util.TreeSet<>();
        for (String[] c : customers) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("screen", c[1], "--lists", lists.toString(),
                    "--snapshot", snapshot, "--json", "--threshold", "0.5", "--limit", "50"));
            if (!c[2].isEmpty()) args.addAll(java.util.List.of("--birth-date", c[2]));
            if (!c[3].isEmpty()) args.addAll(java.util.List.of("--country", c[3]));
            JsonNode screened = JSON.readTree(ok(args.toArray(String[]::new)).out());
            for (JsonNode r : screened.get("results")) {
                if (!r.get("match").asBoolean()) continue;
                String entity = r.get("id").asText();
                if (entity.equals("inhouse-X1") || entity.equals("inhouse-X6")) {
                    expected.put(c[0] + " " + entity, r.get("score").asText() + " " + r.get("explanation").get("summary").asText());
                } else {
                    unchangedMatched.add(entity);
                }
            }
        }
        assertThat(expected).containsKeys("C1 inhouse-X1", "C2 inhouse-X6", "C5 inhouse-X1", "C7 inhouse-X1");
        assertThat(expected.get("C7 inhouse-X1")).contains("birth");
        assertThat(expected.get("C1 inhouse-X1")).contains("partners-P1");
        assertThat(unchangedMatched).contains("inhouse-X2", "inhouse-X19", "partners-P1");

        java.util.Map<String, String> alerted = new java.util.TreeMap<>();
        for (JsonNode a : JSON.readTree(ok("alerts", "--data", data, "--json", "--limit", "1000").out())) {
            if (a.get("runId").asLong() != runId) continue;
            alerted.put(a.get("subjectId").asText() + " " + a.get("entityId").asText(),
                    ResultJson.round(a.get("score").asDouble()) + " " + a.get("explanation").asText());
        }
        assertThat(alerted).isEqualTo(expected);
        // Hits count every match recorded, new or not: the unchanged entities were not screened against at all.
        assertThat(rescreen.out()).contains(expected.size() + " hits, " + expected.size() + " new alerts");

        // Again, now from the index snapshot the first re-screening wrote: the same hits, nothing new.
        CliRealListsTest.Run again = ok("rescreen", "--since", inhouseV1, "--lists", lists.toString(), "--data", data,
                "--snapshot", snapshot);
        assertThat(again.err()).contains("from the index snapshot");
        assertThat(again.out()).contains(expected.size() + " hits, 0 new alerts");
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

    @Test
    void anAuditAnchorIsTakenAndCheckedFromTheCommandLine() throws Exception {
        String data = dir.resolve("data").toString();
        ok("config", "four_eyes_score", "0.85", "--user", "carol", "--data", data);
        Path anchors = dir.resolve("anchors.txt");
        CliRealListsTest.Run taken = ok("audit", "anchor", "--out", anchors.toString(), "--user", "auditor", "--data", data);
        String line = taken.out().strip();
        assertThat(line).matches("cordon-audit-anchor seq=2 hash=[0-9a-f]{64} at=\\S+");
        assertThat(Files.readString(anchors).strip()).isEqualTo(line);
        assertThat(ok("audit", "show", "--limit", "1", "--data", data).out()).contains("audit.anchor").contains("auditor");
        ok("config", "four_eyes_score", "0.9", "--user", "carol", "--data", data);

        assertThat(ok("audit", "verify", "--anchor", anchors.toString(), "--data", data).out()).contains("3 entries").contains("1 anchor matched");
        assertThat(ok("audit", "verify", "--anchor", line, "--data", data).out()).contains("1 anchor matched");
        // An anchor whose hash the log does not have: a finding (exit 1) naming the entry.
        String other = line.replaceAll("hash=[0-9a-f]{64}", "hash=" + "0".repeat(64));
        CliRealListsTest.Run mismatch = CliRealListsTest.run("audit", "verify", "--anchor", other, "--data", data);
        assertThat(mismatch.exit()).isEqualTo(AuditVerifyCommand.BROKEN);
        assertThat(mismatch.out()).contains("entry 2 is not the entry anchored");
        // A file with a line that is no anchor: named by file and line.
        Path bad = write("bad-anchors.txt", line + "\n\nseq=2 hash=abc\n");
        CliRealListsTest.Run unreadable = CliRealListsTest.run("audit", "verify", "--anchor", bad.toString(), "--data", data);
        assertThat(unreadable.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unreadable.err()).contains(bad + ", line 3").contains("not an audit anchor").doesNotContain("at org.");
    }
}
