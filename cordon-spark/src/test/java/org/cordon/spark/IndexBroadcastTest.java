package org.cordon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.cordon.lists.ListLoader;
import org.cordon.match.IndexedScreener;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.ScreenOptions;
import org.cordon.match.snapshot.IndexSnapshot;
import org.cordon.match.snapshot.SnapshotCache;
import org.cordon.model.SanctionsList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver's cache of the broadcast index: written on the first run, used while the list files and the build are the
 * same, compiled again (with a warning naming the file) when they differ or the file is damaged, and never in the way
 * when it cannot be written.
 */
class IndexBroadcastTest {
    @TempDir
    Path dir;
    Path lists;
    Path cache;
    final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void lists() throws IOException {
        lists = dir.resolve("lists");
        Files.createDirectories(lists);
        writeList("Ivan KOROVIN");
        cache = dir.resolve("data").resolve("spark-index.snapshot");
    }

    private void writeList(String firstName) throws IOException {
        Files.writeString(lists.resolve("watchlist.csv"), "id,name,schema,aliases\n"
                + "P-1," + firstName + ",Person,Иван Коровин\n"
                + "O-7,Northwind Trading LLC,Company,Northwind LLC\n"
                + "V-3,Sea Falcon,Vessel,\n", StandardCharsets.UTF_8);
    }

    private List<SanctionsList> load() throws Exception {
        return ListLoader.load(lists).lists();
    }

    private static IndexedScreener decode(byte[] bytes) throws IOException {
        return IndexSnapshot.read(new GZIPInputStream(new ByteArrayInputStream(bytes)));
    }

    @Test
    void theFirstRunCompilesAndWritesTheCacheWhichTheNextRunReadsWithoutTheLists() throws Exception {
        String key = SnapshotCache.snapshotKey(lists);
        assertThat(IndexBroadcast.cached(key, cache, warnings::add)).as("no cache yet").isNull();
        assertThat(warnings).as("a missing cache is no warning").isEmpty();

        IndexBroadcast.Ready first = IndexBroadcast.open(key, load(), cache, warnings::add);
        assertThat(first.source()).isEqualTo(IndexBroadcast.Source.COMPILED);
        assertThat(first.entities()).isEqualTo(3);
        assertThat(cache).exists();
        assertThat(Files.readAllBytes(cache)).isEqualTo(first.bytes());

        IndexBroadcast.Ready second = IndexBroadcast.cached(key, cache, warnings::add);
        assertThat(second).isNotNull();
        assertThat(second.source()).isEqualTo(IndexBroadcast.Source.CACHE);
        assertThat(second.entities()).as("unknown: the lists were not read").isEqualTo(-1);
        assertThat(second.bytes()).isEqualTo(first.bytes());
        assertThat(warnings).isEmpty();

        // what the executors get screens as the lists do
        IndexedScreener screener = decode(second.bytes());
        assertThat(screener.entities()).hasSize(3);
        List<MatchResult> hits = screener.screen(Query.of("Ivan Korovin"), ScreenOptions.of(0.8, 5));
        assertThat(hits).extracting(r -> r.entity().id()).contains("watchlist-P-1");
    }

    @Test
    void aChangedListFileMakesTheCacheStaleAndItIsCompiledAgain() throws Exception {
        IndexBroadcast.Ready before = IndexBroadcast.open(SnapshotCache.snapshotKey(lists), load(), cache, warnings::add);
        writeList("Pyotr KOROVIN");
        String key = SnapshotCache.snapshotKey(lists);

        assertThat(IndexBroadcast.cached(key, cache, warnings::add)).isNull();
        assertThat(warnings).singleElement().asString().contains(cache.toString()).contains("other list files");

        IndexBroadcast.Ready after = IndexBroadcast.open(key, load(), cache, warnings::add);
        assertThat(after.source()).isEqualTo(IndexBroadcast.Source.COMPILED);
        assertThat(after.bytes()).isNotEqualTo(before.bytes());
        assertThat(decode(after.bytes()).screen(Query.of("Pyotr Korovin"), ScreenOptions.of(0.9, 5)))
                .extracting(r -> r.entity().id()).contains("watchlist-P-1");
        assertThat(IndexBroadcast.cached(key, cache, w -> {})).as("rewritten for the new lists").isNotNull();
    }

    @Test
    void aDamagedOrTruncatedCacheIsNamedInAWarningAndReplaced() throws Exception {
        String key = SnapshotCache.snapshotKey(lists);
        byte[] good = IndexBroadcast.open(key, load(), cache, warnings::add).bytes();

        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x5a;
        Files.write(cache, flipped);
        assertThat(IndexBroadcast.cached(key, cache, warnings::add)).isNull();
        Files.write(cache, Arrays.copyOf(good, good.length / 3));
        assertThat(IndexBroadcast.cached(key, cache, warnings::add)).isNull();
        Files.writeString(cache, "not a snapshot");
        assertThat(IndexBroadcast.cached(key, cache, warnings::add)).isNull();
        assertThat(warnings).hasSize(3).allSatisfy(w -> assertThat(w).startsWith(cache + ": ").endsWith("compiling the index from the list files"));

        IndexBroadcast.Ready repaired = IndexBroadcast.open(key, load(), cache, warnings::add);
        assertThat(repaired.source()).isEqualTo(IndexBroadcast.Source.COMPILED);
        assertThat(repaired.bytes()).isEqualTo(good);
        assertThat(Files.readAllBytes(cache)).isEqualTo(good);
    }

    @Test
    void aCacheThatCannotBeWrittenIsAWarningAndTheRunGoesOn() throws Exception {
        Path blocker = dir.resolve("not-a-directory");
        Files.writeString(blocker, "a file where the cache's directory would be");
        Path unwritable = blocker.resolve("spark-index.snapshot");

        IndexBroadcast.Ready ready = IndexBroadcast.open(SnapshotCache.snapshotKey(lists), load(), unwritable, warnings::add);
        assertThat(ready.source()).isEqualTo(IndexBroadcast.Source.COMPILED);
        assertThat(decode(ready.bytes()).entities()).hasSize(3);
        assertThat(warnings).singleElement().asString().startsWith("could not write the index cache " + unwritable);
    }
}
