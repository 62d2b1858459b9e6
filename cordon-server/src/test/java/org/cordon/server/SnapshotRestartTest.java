package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cordon.match.snapshot.IndexSnapshot;
import org.cordon.match.snapshot.SnapshotCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's start and POST /admin/reload go through the index snapshot file: unchanged lists are
 * read back from it, changed lists are built from the files and the file rewritten, and a damaged
 * file or a broken list never stops serving. Over the small hand-made lists; the real lists' restart
 * is in {@link RealListsTest}.
 */
class SnapshotRestartTest {
    @TempDir
    Path tmp;

    private FixtureServer start(Path lists, Path snapshot) throws Exception {
        return FixtureServer.start(ServerOptions.of("127.0.0.1", 0, lists).withSnapshotFile(snapshot));
    }

    private static String source(FixtureServer s) throws Exception {
        return s.get("/readyz").json().path("index_source").asText();
    }

    /** True when the snapshot file is a usable snapshot of exactly these lists, compiled by this build. */
    private static boolean holdsTheseLists(Path snapshot, Path lists) throws Exception {
        try (InputStream in = Files.newInputStream(snapshot)) {
            IndexSnapshot.read(in, SnapshotCache.snapshotKey(lists));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void withoutASnapshotFileTheIndexIsBuiltFromTheFiles() throws Exception {
        try (FixtureServer s = FixtureServer.start(tmp)) {
            assertThat(source(s)).isEqualTo("files");
            assertThat(s.get("/catalog").json().path("index_source").asText()).isEqualTo("files");
            var r = s.post("/admin/reload", "");
            assertThat(r.json().path("index_source").asText()).isEqualTo("files");
            try (var files = Files.list(tmp)) {
                assertThat(files).containsExactly(tmp.resolve("lists"));
            }
        }
    }

    @Test
    void reloadsReadUnchangedListsFromTheSnapshotAndRebuildChangedOnes() throws Exception {
        Path snapshot = tmp.resolve("data").resolve("index.snapshot");
        Path lists = FixtureServer.writeLists(tmp);
        try (FixtureServer s = start(lists, snapshot)) {
            assertThat(source(s)).isEqualTo("files");
            assertThat(snapshot).isRegularFile();

            var same = s.post("/admin/reload", "");
            assertThat(same.status()).as(same.body()).isEqualTo(200);
            assertThat(same.json().path("index_source").asText()).isEqualTo("snapshot");
            assertThat(same.json().path("generation").asInt()).isEqualTo(2);
            assertThat(same.json().path("entities").asInt()).isEqualTo(6);
            assertThat(ServerApiTest.ids(s.post("/match/default", ReloadTest.MATCH_IVAN))).contains("watchlist-1", "inhouse-P7");

            Files.writeString(lists.resolve("watchlist.csv"), """
                    id,name,schema
                    1,Ivan Petrovich Sidorov,Person
                    7,Brand New Listing,Company
                    """, StandardCharsets.UTF_8);
            var changed = s.post("/admin/reload", "");
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.json().path("index_source").asText()).isEqualTo("files");
            assertThat(changed.json().path("entities").asInt()).isEqualTo(4);
            assertThat(s.get("/entities/watchlist-7").status()).isEqualTo(200);
            assertThat(holdsTheseLists(snapshot, lists)).as("snapshot rewritten for the new lists").isTrue();

            byte[] good = Files.readAllBytes(snapshot);
            Files.writeString(lists.resolve("watchlist.csv"), "id,name\n1,\"unterminated\n", StandardCharsets.UTF_8);
            var broken = s.post("/admin/reload", "");
            assertThat(broken.status()).as(broken.body()).isEqualTo(422);
            assertThat(broken.json().path("file").asText()).endsWith("watchlist.csv");
            JsonNode ready = s.get("/readyz").json();
            assertThat(ready.path("generation").asInt()).isEqualTo(3);
            assertThat(ready.path("entities").asInt()).isEqualTo(4);
            assertThat(s.get("/entities/watchlist-7").status()).isEqualTo(200);
            assertThat(Files.readAllBytes(snapshot)).as("a failed reload leaves the snapshot alone").isEqualTo(good);
        }
    }

    @Test
    void aDamagedSnapshotIsRebuiltFromTheFilesAndRewritten() throws Exception {
        Path snapshot = tmp.resolve("index.snapshot");
        Path lists = FixtureServer.writeLists(tmp);
        JsonNode before;
        try (FixtureServer s = start(lists, snapshot)) {
            assertThat(source(s)).isEqualTo("files");
            before = s.post("/match/default", ReloadTest.MATCH_IVAN).json();
        }
        byte[] bytes = Files.readAllBytes(snapshot);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 8; i++) bytes[i] ^= (byte) 0xFF;
        Files.write(snapshot, bytes);
        assertThat(holdsTheseLists(snapshot, lists)).isFalse();

        try (FixtureServer s = start(lists, snapshot)) {
            assertThat(source(s)).isEqualTo("files");
            assertThat(s.post("/match/default", ReloadTest.MATCH_IVAN).json()).isEqualTo(before);
            assertThat(holdsTheseLists(snapshot, lists)).as("rewritten").isTrue();
        }
        try (FixtureServer s = start(lists, snapshot)) {
            assertThat(source(s)).isEqualTo("snapshot");
            assertThat(s.post("/match/default", ReloadTest.MATCH_IVAN).json()).isEqualTo(before);
        }
    }
}
