package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.cordon.match.snapshot.IndexSnapshot;
import org.cordon.match.snapshot.SnapshotCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server over the real lists in ../shared/data/lists, loaded once for the class from the files,
 * with the compiled index cached in a snapshot file that a second server then starts from.
 */
class RealListsTest {
    static FixtureServer s;

    @TempDir
    static Path tmp;

    static Path snapshotFile() {
        return tmp.resolve("data").resolve("index.snapshot");
    }

    static Path listDir() {
        String shared = System.getProperty("cordon.shared");
        Path base = shared != null ? Path.of(shared) : Path.of("../../shared");
        return base.resolve("data/lists");
    }

    @BeforeAll
    static void start() throws Exception {
        assertThat(Files.isDirectory(listDir())).as("real lists at " + listDir().toAbsolutePath()).isTrue();
        s = FixtureServer.start(ServerOptions.of("127.0.0.1", 0, listDir()).withSnapshotFile(snapshotFile()));
    }

    @AfterAll
    static void stop() {
        if (s != null) s.close();
    }

    /**
     * A result is written straight to the generator (EntityJson.result): for the results of 400 names of the real lists
     * (every other one misspelt, at /match's cutoff of 0.5, so results with and without a match, every list, weak aliases
     * and profiles) it is the JSON the maps it replaced gave, field for field, in the same order.
     */
    @Test
    void resultsAreWrittenAsTheMapsTheyReplacedWereWritten() throws Exception {
        Snapshot snap = s.server.lists().current();
        java.util.List<org.cordon.model.Entity> all = new ArrayList<>(snap.byId().values());
        all.sort(java.util.Comparator.comparing(org.cordon.model.Entity::id));
        int compared = 0, explainedTwice = 0;
        for (int i = 0; i < all.size(); i += all.size() / 400) {
            org.cordon.model.Entity e = all.get(i);
            String name = e.caption();
            if (i % 2 == 1 && name.length() > 6) name = name.substring(0, name.length() / 2) + name.substring(name.length() / 2 + 1);
            var query = org.cordon.match.Query.of(name, e.schema(), null, null);
            for (org.cordon.match.MatchResult r : snap.screener().screen(query, org.cordon.match.ScreenOptions.of(0.5, 5))) {
                boolean match = r.score() >= snap.screener().matchThreshold();
                JsonNode written = JsonIo.MAPPER.readTree(JsonIo.MAPPER.writeValueAsBytes(EntityJson.result(r, match, snap)));
                JsonNode asMaps = JsonIo.MAPPER.readTree(JsonIo.MAPPER.writeValueAsBytes(asMaps(r, match, snap)));
                assertThat(written).as("%s ~ %s", name, r.entity().id()).isEqualTo(asMaps);
                List<String> order = new ArrayList<>(), mapOrder = new ArrayList<>();
                written.fieldNames().forEachRemaining(order::add);
                asMaps.fieldNames().forEachRemaining(mapOrder::add);
                assertThat(order).isEqualTo(mapOrder);
                if (r.explanation() != null && r.explanation().features().size() > 1) explainedTwice++;
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1000);
        assertThat(explainedTwice).as("results with more than one feature").isGreaterThan(50);
    }

    /** The maps EntityJson.result built before it wrote results straight to the generator (8918189). */
    private static java.util.Map<String, Object> asMaps(org.cordon.match.MatchResult r, boolean match, Snapshot snap) {
        java.util.Map<String, Object> m = EntityJson.entity(r.entity(), snap);
        m.put("score", EntityJson.round(r.score()));
        m.put("match", match);
        m.put("profile_id", r.profileId());
        org.cordon.match.Explanation x = r.explanation();
        java.util.Map<String, Object> features = new java.util.LinkedHashMap<>();
        java.util.Map<String, Object> explanations = new java.util.LinkedHashMap<>();
        String nameSentence = x == null ? null : EntityJson.nameSentence(x);
        if (x != null) {
            features.put("name", EntityJson.round(x.nameScore()));
            java.util.Map<String, Object> nameEx = new java.util.LinkedHashMap<>();
            nameEx.put("score", EntityJson.round(x.nameScore()));
            nameEx.put("query_name", x.queryName());
            nameEx.put("list_name", x.listName());
            nameEx.put("name_kind", x.nameKind().name().toLowerCase());
            nameEx.put("detail", nameSentence);
            explanations.put("name", nameEx);
            for (org.cordon.match.Explanation.Feature f : x.features()) {
                features.merge(f.name(), EntityJson.round(f.effect()), (a, b) -> EntityJson.round((Double) a + (Double) b));
                explanations.put(f.name(), java.util.Map.of("effect", EntityJson.round(f.effect()), "detail", f.detail()));
            }
        }
        m.put("features", features);
        m.put("explanations", explanations);
        m.put("explanation", org.cordon.match.Explanation.toMap(x));
        m.put("why", EntityJson.why(x, nameSentence));
        return m;
    }

    @Test
    void yenteMatchForPutinFindsHisRecords() throws Exception {
        var r = s.post("/match/default?limit=10", """
                {"queries": {"putin": {"schema": "Person", "properties": {
                   "firstName": ["Wladimir"], "lastName": ["Putin"], "birthDate": ["1952-10-07"], "nationality": ["ru"]}}}}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode results = r.json().path("responses").path("putin").path("results");
        Set<String> sources = new HashSet<>();
        List<String> captions = new ArrayList<>();
        for (JsonNode x : results) {
            if (x.path("match").asBoolean()) sources.add(x.path("source").asText());
            captions.add(x.path("caption").asText());
        }
        assertThat(captions.getFirst().toUpperCase()).contains("PUTIN");
        assertThat(sources).as("matched on these lists: " + captions).contains("ofac", "eu", "uk");
        assertThat(r.json().path("responses").path("putin").path("total").path("value").asInt()).isGreaterThanOrEqualTo(3);

        JsonNode catalog = s.get("/catalog").json();
        Set<String> datasets = new HashSet<>();
        for (JsonNode d : catalog.path("datasets")) datasets.add(d.path("name").asText());
        assertThat(datasets).contains("default", "un", "ofac", "eu", "uk");
    }

    /**
     * The first server found no snapshot, built the index from the files and wrote it; a second
     * server on the same file reads it back, serves the same lists and versions, and answers
     * /match with the same JSON.
     */
    @Test
    void aRestartReadsTheSnapshotAndAnswersTheSame() throws Exception {
        assertThat(s.get("/readyz").json().path("index_source").asText()).isEqualTo("files");
        try (InputStream in = Files.newInputStream(snapshotFile())) {
            assertThat(IndexSnapshot.read(in, SnapshotCache.snapshotKey(listDir())).entities())
                    .hasSize(s.get("/readyz").json().path("entities").asInt());
        }
        String queries = """
                {"queries": {
                  "putin": {"schema": "Person", "properties": {"firstName": ["Wladimir"], "lastName": ["Putin"], "birthDate": ["1952-10-07"]}},
                  "kim": {"schema": "Person", "properties": {"name": ["김정은"]}},
                  "rosneft": {"schema": "Company", "properties": {"name": ["Rosneft Trading SA"]}},
                  "typo": {"schema": "LegalEntity", "properties": {"name": ["Mohamad Abd al Rahman"]}}}}""";
        var first = s.post("/match/default?limit=20&threshold=0.5&cutoff=0.5", queries);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("responses").path("putin").path("results").size()).isPositive();

        try (FixtureServer again = FixtureServer.start(ServerOptions.of("127.0.0.1", 0, listDir()).withSnapshotFile(snapshotFile()))) {
            JsonNode ready = again.get("/readyz").json();
            assertThat(ready.path("index_source").asText()).isEqualTo("snapshot");
            assertThat(ready.path("entities").asInt()).isEqualTo(s.get("/readyz").json().path("entities").asInt());
            JsonNode catalog = again.get("/catalog").json();
            assertThat(catalog.path("index_source").asText()).isEqualTo("snapshot");
            assertThat(catalog.path("load_millis").asLong()).isZero();
            assertThat(catalog.path("datasets")).isEqualTo(s.get("/catalog").json().path("datasets"));
            assertThat(catalog.path("current")).isEqualTo(s.get("/catalog").json().path("current"));

            var second = again.post("/match/default?limit=20&threshold=0.5&cutoff=0.5", queries);
            assertThat(second.status()).as(second.body()).isEqualTo(200);
            assertThat(second.json()).isEqualTo(first.json());
            assertThat(again.get("/entities/" + first.json().path("responses").path("putin").path("results").path(0).path("id").asText()).json())
                    .isEqualTo(s.get("/entities/" + first.json().path("responses").path("putin").path("results").path(0).path("id").asText()).json());
        }
    }

    /** docs/security.md: a zero-width space or a direction mark inside the name must not hide Putin over HTTP either. */
    @Test
    void invisibleCharactersDoNotHidePutin() throws Exception {
        for (String q : new String[] {"Pu\u200Btin, Vladimir", "\u202EVladimir Pu\u200Dtin\u202C"}) {
            var r = s.get("/search/default?schema=Person&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode top = r.json().path("results").path(0);
            assertThat(top.path("caption").asText().toUpperCase()).as(q).contains("PUTIN");
            assertThat(top.path("match").asBoolean()).as(q).isTrue();
        }
    }
}
