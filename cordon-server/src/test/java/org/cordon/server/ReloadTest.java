package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /admin/reload swaps the whole index at once, and a broken list never replaces a good one. */
class ReloadTest {
    static final String MATCH_IVAN = """
            {"queries": {"q": {"schema": "Person", "properties": {"name": ["Ivan Sidorov"]}}}}""";

    @TempDir
    Path tmp;

    @Test
    void requestsDuringReloadsAllSucceed() throws Exception {
        Path dir = tmp.resolve("lists");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("watchlist.csv"), FixtureServer.WATCHLIST, StandardCharsets.UTF_8);
        // A bigger list makes each reload take long enough that requests overlap it.
        StringBuilder filler = new StringBuilder("id,name,schema,birth_date\n");
        for (int i = 0; i < 5_000; i++) {
            filler.append(i).append(",Filler Person Number").append(i).append(" Testowski,Person,19").append(50 + i % 50).append('\n');
        }
        Files.writeString(dir.resolve("filler.csv"), filler, StandardCharsets.UTF_8);
        try (FixtureServer s = FixtureServer.startOn(dir, ServerOptions.DEFAULT_MAX_BODY_BYTES)) {
            int clients = 4;
            int perClient = 25;
            int reloads = 4;
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    go.await();
                    int ok = 0;
                    for (int i = 0; i < perClient; i++) {
                        var r = s.post("/match/default", MATCH_IVAN);
                        if (r.status() != 200) {
                            failures.add(r.status() + " " + r.body());
                            continue;
                        }
                        JsonNode results = r.json().path("responses").path("q").path("results");
                        if (results.isEmpty() || !results.get(0).path("id").asText().equals("watchlist-1")) {
                            failures.add("wrong answer during reload: " + r.body());
                            continue;
                        }
                        ok++;
                    }
                    return ok;
                }));
            }
            go.countDown();
            List<Integer> generations = new ArrayList<>();
            for (int i = 0; i < reloads; i++) {
                var r = s.post("/admin/reload", "");
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                generations.add(r.json().path("generation").asInt());
                assertThat(r.json().path("entities").asInt()).isEqualTo(5_004);
            }
            int ok = 0;
            for (Future<Integer> f : done) ok += f.get();
            pool.shutdown();
            assertThat(failures).isEmpty();
            assertThat(ok).isEqualTo(clients * perClient);
            assertThat(generations).containsExactly(2, 3, 4, 5);
        }
    }

    /**
     * A result's properties are written once per entity and kept, so they must be the reloaded lists' own: a record
     * whose passport changed shows the new one in /match after the reload, not the one served before it.
     */
    @Test
    void aReloadedRecordShowsItsNewPropertiesInMatchResults() throws Exception {
        try (FixtureServer s = FixtureServer.start(tmp)) {
            JsonNode before = s.post("/match/default", MATCH_IVAN).json().path("responses").path("q").path("results").get(0);
            assertThat(before.path("id").asText()).isEqualTo("watchlist-1");
            assertThat(before.path("properties").path("passportNumber").get(0).asText()).isEqualTo("P1234567");
            Files.writeString(s.dir.resolve("watchlist.csv"), FixtureServer.WATCHLIST.replace("P1234567", "P7654321"), StandardCharsets.UTF_8);
            var reloaded = s.post("/admin/reload", "");
            assertThat(reloaded.status()).as(reloaded.body()).isEqualTo(200);
            JsonNode after = s.post("/match/default", MATCH_IVAN).json().path("responses").path("q").path("results").get(0);
            assertThat(after.path("id").asText()).isEqualTo("watchlist-1");
            assertThat(after.path("properties").path("passportNumber")).hasSize(1);
            assertThat(after.path("properties").path("passportNumber").get(0).asText()).isEqualTo("P7654321");
        }
    }

    @Test
    void aBrokenListFailsTheReloadAndTheOldListsKeepServing() throws Exception {
        try (FixtureServer s = FixtureServer.start(tmp)) {
            assertThat(s.get("/readyz").json().path("generation").asInt()).isEqualTo(1);
            Path list = s.dir.resolve("watchlist.csv");
            // A quoted cell that never closes: the reader must reject the whole file.
            Files.writeString(list, """
                    id,name,schema
                    1,Ivan Petrovich Sidorov,Person
                    2,"Acme Shipping Limited,Company
                    3,Someone Else,Person
                    """, StandardCharsets.UTF_8);
            var failed = s.post("/admin/reload", "");
            assertThat(failed.status()).as(failed.body()).isEqualTo(422);
            JsonNode err = failed.json();
            assertThat(err.path("field").asText()).isEqualTo("lists");
            assertThat(err.path("file").asText()).endsWith("watchlist.csv");
            assertThat(err.path("line").asInt()).isPositive();
            assertThat(err.path("error").asText()).contains("watchlist.csv").contains("still serving");
            assertThat(err.path("serving_generation").asInt()).isEqualTo(1);
            assertThat(failed.body()).doesNotContain("\tat ").doesNotContain(".java:");

            // Still the old lists: generation 1, six entities, Maria (gone from the broken file) still found.
            JsonNode ready = s.get("/readyz").json();
            assertThat(ready.path("generation").asInt()).isEqualTo(1);
            assertThat(ready.path("entities").asInt()).isEqualTo(6);
            assertThat(s.get("/entities/watchlist-4").status()).isEqualTo(200);
            assertThat(ServerApiTest.ids(s.post("/match/default", MATCH_IVAN))).contains("watchlist-1");

            // Fixed: the reload goes through and the new content is served.
            Files.writeString(list, """
                    id,name,schema
                    1,Ivan Petrovich Sidorov,Person
                    7,Brand New Listing,Company
                    """, StandardCharsets.UTF_8);
            var fixed = s.post("/admin/reload", "");
            assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
            assertThat(fixed.json().path("generation").asInt()).isEqualTo(2);
            assertThat(s.get("/entities/watchlist-7").status()).isEqualTo(200);
            assertThat(s.get("/entities/watchlist-4").status()).isEqualTo(404);
        }
    }

    @Test
    void aBrokenListAtStartKeepsHealthUpAndReadinessDown() throws Exception {
        Path dir = tmp.resolve("broken");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("watchlist.csv"), "id,name\n1,\"unterminated\n", StandardCharsets.UTF_8);
        CordonServer server = CordonServer.start(ServerOptions.of("127.0.0.1", 0, dir));
        try (FixtureServer s = FixtureServer.wrap(server)) {
            assertThat(s.get("/healthz").status()).isEqualTo(200);
            assertThat(server.lists().awaitFirstLoad(Duration.ofMinutes(1))).isTrue();
            var ready = s.get("/readyz");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.json().path("error").asText()).contains("watchlist.csv");
            var match = s.post("/match/default", MATCH_IVAN);
            assertThat(match.status()).isEqualTo(503);
            assertThat(match.json().path("error").asText()).contains("no lists loaded");
        }
    }
}
