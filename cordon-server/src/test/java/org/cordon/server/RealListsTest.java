package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server over the real lists in ../shared/data/lists, loaded once for the class. */
class RealListsTest {
    static FixtureServer s;

    static Path listDir() {
        String shared = System.getProperty("cordon.shared");
        Path base = shared != null ? Path.of(shared) : Path.of("../../shared");
        return base.resolve("data/lists");
    }

    @BeforeAll
    static void start() throws Exception {
        assertThat(Files.isDirectory(listDir())).as("real lists at " + listDir().toAbsolutePath()).isTrue();
        s = FixtureServer.startOn(listDir(), ServerOptions.DEFAULT_MAX_BODY_BYTES);
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
}
