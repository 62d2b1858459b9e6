package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cordon.match.Explanation;
import org.cordon.match.MatchResult;
import org.cordon.model.Entity;
import org.cordon.model.NameKind;
import org.cordon.store.ApiKeys;
import org.cordon.store.Role;
import org.cordon.store.Store;
import org.cordon.store.StoreLocation;
import org.cordon.store.Subject;

/**
 * A real server over the fixture lists with a SQLite store and API keys required: keys for an analyst
 * (alice), two approvers (bob, and alice herself) and an admin, and two alerts raised from the lists'
 * own records (one scoring above the four-eyes score, one below).
 */
final class RecordedServer implements AutoCloseable {
    final FixtureServer s;
    final Store store;
    final String analyst;
    final String approver;
    final String aliceApprover;
    final String admin;

    private RecordedServer(FixtureServer s, Store store, String analyst, String approver, String aliceApprover, String admin) {
        this.s = s;
        this.store = store;
        this.analyst = analyst;
        this.approver = approver;
        this.aliceApprover = aliceApprover;
        this.admin = admin;
    }

    static RecordedServer start(Path tmp) throws Exception {
        Path lists = tmp.resolve("lists");
        Files.createDirectories(lists);
        Files.writeString(lists.resolve("watchlist.csv"), FixtureServer.WATCHLIST, StandardCharsets.UTF_8);
        Files.writeString(lists.resolve("inhouse.csv"), FixtureServer.INHOUSE, StandardCharsets.UTF_8);
        Store store = Store.open(StoreLocation.sqlite(tmp.resolve("data")));
        ApiKeys keys = store.keys();
        String analyst = keys.create(Role.ANALYST, "alice", "setup").token();
        String approver = keys.create(Role.APPROVER, "bob", "setup").token();
        String aliceApprover = keys.create(Role.APPROVER, "alice", "setup").token();
        String admin = keys.create(Role.ADMIN, "root", "setup").token();
        CordonServer server = CordonServer.start(ServerOptions.of("127.0.0.1", 0, lists).withGuard(new ApiKeyGuard(keys)), store);
        assertThat(server.lists().awaitFirstLoad(Duration.ofMinutes(2))).isTrue();
        assertThat(server.lists().current()).as("lists loaded: " + server.lists().startupError()).isNotNull();
        List<Entity> entities = server.lists().current().lists().stream().flatMap(l -> l.entities().stream()).toList();
        Entity sidorov = entities.stream().filter(e -> e.id().equals("watchlist-1")).findFirst().orElseThrow();
        Entity maria = entities.stream().filter(e -> e.id().equals("watchlist-4")).findFirst().orElseThrow();
        store.alerts().record(Subject.of("CUST-1", "Ivan P. Sidorov"), List.of(hit(sidorov, 0.96)), e -> null, null);
        store.alerts().record(Subject.of("CUST-2", "Maria Gonzales"), List.of(hit(maria, 0.82)), e -> null, null);
        return new RecordedServer(FixtureServer.wrap(server), store, analyst, approver, aliceApprover, admin);
    }

    /**
     * Screens a customer who is Ivan Petrovich Sidorov (born 1961-04-12) against the served lists and raises the alerts, as a
     * batch run would, under subject {@code subjectId}: one on each fixture list's record of him, which the lists link as one
     * target (same name, same full birth date). Answers the subject's alerts, highest score first.
     */
    List<org.cordon.store.Alert> raiseSidorovAlerts(String subjectId) {
        var results = s.server.lists().current().screener().screen(org.cordon.match.Query.of("Ivan Petrovich Sidorov",
                org.cordon.model.Schema.PERSON, "1961-04-12", null), org.cordon.match.ScreenOptions.of(0.8, 10));
        store.alerts().record(new Subject(subjectId, "Ivan Petrovich Sidorov", org.cordon.model.Schema.PERSON, "1961-04-12", "RU",
                Map.of("branch", "Berlin")), results, e -> null, null);
        return store.alerts().list(new org.cordon.store.Alerts.Filter(null, null, null, subjectId, 10));
    }

    private static MatchResult hit(Entity e, double score) {
        return new MatchResult(e, score, true, e.id(), new Explanation(e.caption(), e.caption(), NameKind.PRIMARY, score, List.of(), List.of()));
    }

    FixtureServer.Reply get(String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path)).GET();
        if (key != null) b.header("Authorization", "Bearer " + key);
        return s.send(b.build());
    }

    FixtureServer.Reply post(String path, String key, Map<String, String> body) throws IOException, InterruptedException {
        return postJson(path, key, FixtureServer.JSON.writeValueAsString(body));
    }

    FixtureServer.Reply postJson(String path, String key, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (key != null) b.header("Authorization", "Bearer " + key);
        return s.send(b.build());
    }

    @Override
    public void close() {
        s.close();
        store.close();
    }
}
