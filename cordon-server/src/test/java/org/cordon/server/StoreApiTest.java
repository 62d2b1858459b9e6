package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API keys with roles, the alert queue, four-eyes approval and the audit trail over a real server. */
class StoreApiTest {
    @TempDir
    static Path tmp;
    static RecordedServer r;

    @BeforeAll
    static void start() throws Exception {
        r = RecordedServer.start(tmp);
    }

    @AfterAll
    static void stop() {
        if (r != null) r.close();
    }

    private static final String YENTE = "{\"queries\":{\"q1\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Ivan Sidorov\"]}}}}";

    @Test
    void routesNeedAKeyWhoseRoleCoversThem() throws Exception {
        assertThat(r.get("/healthz", null).status()).isEqualTo(200);
        assertThat(r.get("/openapi.json", null).status()).isEqualTo(200);
        assertThat(r.get("/alerts.html", null).status()).isEqualTo(200);

        FixtureServer.Reply none = r.get("/search/default?q=Sidorov", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("field").asText()).isEqualTo("Authorization");
        assertThat(none.body()).doesNotContain("Exception");
        assertThat(r.get("/search/default?q=Sidorov", "cordon_000000000000_wrong").status()).isEqualTo(401);
        assertThat(r.get("/search/default?q=Sidorov", r.analyst).status()).isEqualTo(200);

        var match = r.s.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(r.s.base() + "/match/default"))
                .header("Content-Type", "application/json").header("X-API-Key", r.analyst)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(YENTE)).build());
        assertThat(match.status()).isEqualTo(200);

        FixtureServer.Reply reload = r.post("/admin/reload", r.analyst, Map.of());
        assertThat(reload.status()).isEqualTo(403);
        assertThat(reload.json().get("error").asText()).contains("alice").contains("analyst").contains("admin");
        assertThat(r.post("/admin/reload", r.approver, Map.of()).status()).isEqualTo(403);
        assertThat(r.get("/audit", r.analyst).status()).isEqualTo(403);
        assertThat(r.get("/audit", r.approver).status()).isEqualTo(200);
        assertThat(r.get("/alerts", r.admin).status()).isEqualTo(200);
    }

    @Test
    void decideAndApproveThroughTheApiWithTheKeysOwnersAsUsers() throws Exception {
        JsonNode queue = r.get("/alerts", r.analyst).json();
        JsonNode high = null;
        for (JsonNode a : queue.get("alerts")) if (a.get("subject_id").asText().equals("CUST-1")) high = a;
        assertThat(high).isNotNull();
        assertThat(queue.get("alerts").get(0).get("score").asDouble()).isGreaterThanOrEqualTo(queue.get("alerts").get(1).get("score").asDouble());
        long alertId = high.get("id").asLong();

        FixtureServer.Reply noReason = r.post("/alerts/" + alertId + "/decision", r.analyst, Map.of("verdict", "false_positive"));
        assertThat(noReason.status()).isEqualTo(409);
        assertThat(r.post("/alerts/" + alertId + "/decision", r.analyst, Map.of("verdict", "maybe", "reason", "x")).json()
                .get("field").asText()).isEqualTo("verdict");

        FixtureServer.Reply decided = r.post("/alerts/" + alertId + "/decision", r.analyst,
                Map.of("verdict", "false_positive", "reason", "customer born 1990, listed person 1961"));
        assertThat(decided.status()).isEqualTo(202);
        assertThat(decided.json().get("decided_by").asText()).isEqualTo("alice");
        long decisionId = decided.json().get("id").asLong();

        assertThat(r.post("/decisions/" + decisionId + "/approve", r.analyst, Map.of()).status()).isEqualTo(403);
        FixtureServer.Reply self = r.post("/decisions/" + decisionId + "/approve", r.aliceApprover, Map.of());
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().get("error").asText()).contains("four-eyes");

        FixtureServer.Reply approved = r.post("/decisions/" + decisionId + "/approve", r.approver, Map.of("note", "checked"));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("reviewed_by").asText()).isEqualTo("bob");
        JsonNode alert = r.get("/alerts/" + alertId, r.analyst).json();
        assertThat(alert.get("status").asText()).isEqualTo("false_positive");
        assertThat(alert.get("decisions")).hasSize(1);
        assertThat(r.post("/decisions/" + decisionId + "/approve", r.approver, Map.of()).status()).isEqualTo(409);
        assertThat(r.get("/alerts/99999", r.analyst).status()).isEqualTo(404);

        JsonNode audit = r.get("/audit", r.approver).json();
        assertThat(audit.get("intact").asBoolean()).isTrue();
        assertThat(audit.get("entries").get(0).get("action").asText()).isEqualTo("decision.approve");
        assertThat(audit.get("entries").get(0).get("actor").asText()).isEqualTo("bob");
        assertThat(audit.get("entries").get(1).get("actor").asText()).isEqualTo("alice");
    }

    @Test
    void screeningRequestsAreAuditedUnderTheKeysOwner(@TempDir Path own) throws Exception {
        // A server of its own: the check stops it, so that the audit writer flushes what is queued.
        RecordedServer mine = RecordedServer.start(own);
        assertThat(mine.get("/search/default?q=Maria+Gonzalez", mine.approver).status()).isEqualTo(200);
        mine.s.server.close();
        var entries = mine.store.audit().latest(50);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("screen.search");
            assertThat(e.actor()).isEqualTo("bob");
            assertThat(e.target()).isEqualTo("GET /search/default");
            assertThat(e.detail()).contains("status 200").contains("q=Maria+Gonzalez");
        });
        assertThat(mine.store.audit().verify().ok()).isTrue();
        mine.close();
    }
}
