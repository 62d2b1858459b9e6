package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.Scripts;
import org.cordon.store.Role;
import org.cordon.store.Store;
import org.cordon.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's warm-up before /readyz: over a real server on a loopback port, with API keys and the audit trail. */
class WarmUpTest {
    @TempDir
    Path tmp;

    private static final String YENTE = "{\"queries\":{\"q1\":{\"schema\":\"Person\",\"properties\":{\"name\":[\"Ivan Sidorov\"]}}}}";

    @Test
    void aServerThatRequiresKeysWarmsUpWithoutOneAndLeavesItOutOfTheAuditTrail() throws Exception {
        Path lists = FixtureServer.writeLists(tmp);
        Store store = Store.open(StoreLocation.sqlite(tmp.resolve("data")));
        String analyst = store.keys().create(Role.ANALYST, "alice", "setup").token();
        CordonServer server = CordonServer.start(ServerOptions.of("127.0.0.1", 0, lists).withGuard(new ApiKeyGuard(store.keys())).withWarmUp(300), store);
        FixtureServer s = FixtureServer.wrap(server);
        try {
            assertThat(server.awaitReady(Duration.ofMinutes(2))).isTrue();
            FixtureServer.Reply ready = s.get("/readyz");
            assertThat(ready.status()).isEqualTo(200);
            JsonNode w = ready.json().get("warm_up");
            assertThat(w.get("requests").asInt()).isEqualTo(300);
            assertThat(w.get("sent").asInt()).isEqualTo(300);
            assertThat(w.get("errors").asInt()).as("warm-up errors: " + w).isZero();
            // then rounds of a tenth as many while the compiler caught up (whether it did is the JIT's: not asserted)
            int rounds = w.get("settling_rounds").asInt();
            assertThat(rounds).isBetween(1, WarmUp.SETTLE_ROUNDS);
            assertThat(w.get("settling_requests").asInt()).isEqualTo(rounds * 30);
            assertThat(w.get("compiler_settled").isBoolean()).isTrue();
            if (!w.get("compiler_settled").asBoolean()) assertThat(rounds).isEqualTo(WarmUp.SETTLE_ROUNDS);

            // the header alone opens nothing, and the warm-up's own token is void once it is done
            assertThat(matchWith(s, WarmUp.HEADER, "0123456789abcdef0123456789abcdef").status()).isEqualTo(401);
            assertThat(matchWith(s, WarmUp.HEADER, server.warmUp().token()).status()).isEqualTo(401);
            // the warm-up screened (compiling the screening is what it is for): nothing of it is remembered
            assertThat(server.lists().current().remembering().size()).isZero();
            FixtureServer.Reply first = matchWith(s, "X-API-Key", analyst);
            assertThat(first.status()).isEqualTo(200);
            assertThat(server.lists().current().remembering().remembered()).isZero();
            // the same query again is answered from memory, with the same answer
            assertThat(matchWith(s, "X-API-Key", analyst).json().get("responses")).isEqualTo(first.json().get("responses"));
            assertThat(server.lists().current().remembering().remembered()).isEqualTo(1);
        } finally {
            s.close(); // writes the audit queue
        }
        try {
            long screenings = store.audit().latest(10_000).stream().filter(e -> e.action().equals("screen.match")).count();
            assertThat(screenings).as("the two keyed /match (one answered from memory) and the two refused, none of the warm-up's requests")
                    .isEqualTo(4);
            assertThat(store.audit().verify().ok()).isTrue();
        } finally {
            store.close();
        }
    }

    /** The settling rounds read the JIT compiler threads' CPU from /proc (this test runs on Linux, as CI does). */
    @Test
    void theCompilersThreadsAreFoundAndTheirCpuCountedFromEachThreadsOwnStart() {
        Map<String, Long> cpu = WarmUp.compilerCpuNanos();
        assertThat(cpu).as("a JVM that compiles has compiler threads").isNotEmpty();
        assertThat(cpu.values()).allSatisfy(ns -> assertThat(ns).isNotNegative());
        // a thread new since the first reading counts from nothing, one that ended counts nothing, none counts less than nothing
        assertThat(WarmUp.spentSince(Map.of("1", 100L, "2", 50L), Map.of("1", 130L, "3", 20L))).isEqualTo(50);
        assertThat(WarmUp.spentSince(Map.of("1", 100L), Map.of("1", 90L))).isZero();
    }

    @Test
    void readyzWaitsForTheWarmUpWhileMatchAnswersAndClosingStopsIt() throws Exception {
        CordonServer server = CordonServer.start(ServerOptions.of("127.0.0.1", 0, FixtureServer.writeLists(tmp)).withWarmUp(100_000_000));
        FixtureServer s = FixtureServer.wrap(server);
        try {
            assertThat(server.lists().awaitFirstLoad(Duration.ofMinutes(2))).isTrue();
            assertThat(server.lists().current()).isNotNull();
            FixtureServer.Reply ready = s.get("/readyz");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.json().get("ready").asBoolean()).isFalse();
            assertThat(ready.json().get("error").asText()).startsWith("warming up");
            assertThat(ready.json().get("warm_up").get("requests").asInt()).isEqualTo(100_000_000);
            FixtureServer.Reply match = s.post("/match/default", YENTE);
            assertThat(match.status()).isEqualTo(200);
            assertThat(match.json().at("/responses/q1/results/0/id").asText()).isEqualTo("watchlist-1");
        } finally {
            s.close();
        }
        assertThat(server.warmUp().await(Duration.ofMinutes(1))).as("the warm-up ends when the server closes").isTrue();
        assertThat(server.warmUp().status().get("sent")).isNotEqualTo(100_000_000);
    }

    @Test
    void theWarmUpQueriesAreTheListsOwnNamesMisspeltAndRecombined() throws Exception {
        try (FixtureServer s = FixtureServer.start(tmp)) {
            List<byte[]> bodies = WarmUp.bodies(s.server.lists().current(), 16);
            assertThat(bodies).hasSize(16);
            List<String> names = new ArrayList<>();
            for (byte[] b : bodies) {
                JsonNode q = FixtureServer.JSON.readTree(new String(b, StandardCharsets.UTF_8)).at("/queries/q");
                assertThat(q.get("schema").asText()).isIn("Person", "Company", "Organization", "Vessel", "LegalEntity", "Aircraft");
                names.add(q.at("/properties/name/0").asText());
            }
            assertThat(names).contains("Ivan Petrovich Sidorov");
            assertThat(names).as("a first and a last word of two persons").anyMatch(n -> !n.contains("Acme") && n.split(" ").length == 2
                    && s.server.lists().current().byId().values().stream().noneMatch(e -> e.caption().equals(n)));
            assertThat(names).as("a misspelt name").anyMatch(n -> n.startsWith("Acme Ship") && n.length() == "Acme Shipping Limited".length() - 1);
            // and every body is a query the server answers
            for (byte[] b : bodies) {
                assertThat(s.post("/match/default", new String(b, StandardCharsets.UTF_8)).status()).isEqualTo(200);
            }
        }
    }

    @Test
    void everyThirdWarmUpQueryIsANameNoListHasInLatinOrAnotherScript() throws Exception {
        try (FixtureServer s = FixtureServer.start(tmp)) {
            Snapshot snap = s.server.lists().current();
            Set<String> listNames = new HashSet<>(), listWords = new HashSet<>();
            for (Entity e : snap.byId().values()) {
                for (Name n : e.names()) {
                    listNames.add(n.full());
                    for (String w : n.full().split("[ ,]+")) listWords.add(w.toLowerCase(Locale.ROOT));
                }
            }
            List<byte[]> bodies = WarmUp.freshBodies(snap, 12);
            assertThat(bodies).hasSize(12);
            Set<String> latin = new HashSet<>();
            List<String> otherScripts = new ArrayList<>();
            for (byte[] b : bodies) {
                JsonNode q = FixtureServer.JSON.readTree(new String(b, StandardCharsets.UTF_8)).at("/queries/q");
                String name = q.at("/properties/name/0").asText();
                assertThat(listNames).as("a name no list has").doesNotContain(name);
                if (Scripts.hasNonLatinLetter(name)) {
                    otherScripts.add(name);
                } else {
                    // a first and a last word of two persons, each a letter short: words no list has
                    latin.add(name);
                    assertThat(q.get("schema").asText()).isEqualTo("Person");
                    String[] words = name.split(" ");
                    assertThat(words).as(name).hasSize(2);
                    for (String w : words) {
                        assertThat(w.length() <= 3 || !listWords.contains(w.toLowerCase(Locale.ROOT))).as(w + " in " + name + " is no list word").isTrue();
                    }
                }
                assertThat(s.post("/match/default", new String(b, StandardCharsets.UTF_8)).status()).isEqualTo(200);
            }
            assertThat(latin).as("different Latin names").hasSizeGreaterThan(1);
            // the fixture lists have Cyrillic names: one in four fresh names is one of them, a letter short
            assertThat(otherScripts).hasSize(3).allMatch(n -> listNames.stream().anyMatch(l -> l.length() == n.length() + 1 && Scripts.hasNonLatinLetter(l)));
        }
    }

    private static FixtureServer.Reply matchWith(FixtureServer s, String header, String value) throws Exception {
        return s.send(HttpRequest.newBuilder(URI.create(s.base() + "/match/default")).header("Content-Type", "application/json")
                .header(header, value).POST(HttpRequest.BodyPublishers.ofString(YENTE)).build());
    }
}
