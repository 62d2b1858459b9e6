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
