package org.cordon.match.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListLoader;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Timings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot cache: what its key covers, and when it reads the snapshot, when the files, and what it rewrites. */
class SnapshotCacheTest {

    @TempDir
    Path dir;
    /** What the cache under test warned of (a fresh list per test). */
    private final List<String> warnings = new ArrayList<>();

    /** A cache at {@code file} whose warnings go to {@link #warnings}. */
    private SnapshotCache cacheAt(Path file) {
        return new SnapshotCache(file, warnings::add);
    }

    private Path lists() throws Exception {
        Path lists = dir.resolve("lists");
        Files.createDirectories(lists.resolve("inhouse"));
        Files.writeString(lists.resolve("inhouse").resolve("watch.csv"), "id,name\n1,ACME WIDGETS\n2,Boris Tarkovsky\n");
        return lists;
    }

    @Test
    void theListsKeyFollowsEveryByteAndFileName() throws Exception {
        Path lists = lists();
        String first = SnapshotCache.listsKey(lists);
        assertThat(SnapshotCache.listsKey(lists)).isEqualTo(first);
        Path file = lists.resolve("inhouse").resolve("watch.csv");
        Files.writeString(file, "id,name\n1,ACME WIDGETS\n2,Boris Tarkovsky \n");
        assertThat(SnapshotCache.listsKey(lists)).isNotEqualTo(first);
        Files.writeString(file, "id,name\n1,ACME WIDGETS\n2,Boris Tarkovsky\n");
        assertThat(SnapshotCache.listsKey(lists)).isEqualTo(first);
        Files.move(file, lists.resolve("inhouse").resolve("watch2.csv"));
        assertThat(SnapshotCache.listsKey(lists)).isNotEqualTo(first);
    }

    @Test
    void listsBehindALinkAreCoveredAsTheLoaderReadsThem() throws Exception {
        Path real = dir.resolve("elsewhere");
        Files.createDirectories(real);
        Files.writeString(real.resolve("more.csv"), "id,name\n9,Ocean Star Shipping\n");
        Path lists = lists();
        Files.createSymbolicLink(lists.resolve("linked"), real);
        String before = SnapshotCache.listsKey(lists);
        assertThat(ListLoader.load(lists).entityCount()).isEqualTo(3);
        Files.writeString(real.resolve("more.csv"), "id,name\n9,Ocean Star Shipping Ltd\n");
        assertThat(SnapshotCache.listsKey(lists)).isNotEqualTo(before);
    }

    @Test
    void theKeyNamesTheCodeToo() throws Exception {
        String key = SnapshotCache.snapshotKey(lists());
        assertThat(key).startsWith("lists sha256:").contains(", code sha256:");
        assertThat(SnapshotCache.codeKey()).isEqualTo(SnapshotCache.codeKey()).startsWith("sha256:");
    }

    @Test
    void theFirstOpenWritesTheSnapshotAndTheSecondReadsIt() throws Exception {
        Path lists = lists();
        Path file = dir.resolve("cache").resolve("index.snapshot");
        SnapshotCache cache = cacheAt(file);

        SnapshotCache.ReadyIndex built = cache.open(lists, Timings.NONE);
        assertThat(built.source()).isEqualTo(SnapshotCache.Source.FILES);
        assertThat(file).isRegularFile();
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(IndexSnapshot.read(in, SnapshotCache.snapshotKey(lists)).entities()).hasSize(2);
        }
        assertThat(Files.list(file.getParent())).as("no temporary file left beside it").containsExactly(file);

        Timings timings = Timings.recording();
        SnapshotCache.ReadyIndex read = cache.open(lists, timings);
        assertThat(read.source()).isEqualTo(SnapshotCache.Source.SNAPSHOT);
        assertThat(read.listsMillis()).isZero();
        assertThat(read.loaded().lists()).isEqualTo(built.loaded().lists());
        assertThat(timings.steps()).extracting(Timings.Step::name)
                .contains("list files and code hashed", "lists -> ready index, from the snapshot")
                .doesNotContain("lists read from the files");
        assertThat(captions(read)).isEqualTo(captions(built)).first().asString().startsWith("Boris Tarkovsky ");
        assertThat(warnings).isEmpty();
    }

    @Test
    void changedListsAreReadFromTheFilesAndTheSnapshotRewritten() throws Exception {
        Path lists = lists();
        Path file = dir.resolve("index.snapshot");
        SnapshotCache cache = cacheAt(file);
        cache.open(lists, Timings.NONE);
        Files.writeString(lists.resolve("inhouse").resolve("watch.csv"), "id,name\n1,ACME WIDGETS\n2,Boris Tarkovsky\n3,Ocean Star\n");

        SnapshotCache.ReadyIndex changed = cache.open(lists, Timings.NONE);
        assertThat(changed.source()).isEqualTo(SnapshotCache.Source.FILES);
        assertThat(changed.loaded().entityCount()).isEqualTo(3);
        assertThat(warnings).singleElement().asString().contains(file.toString()).contains("built from other list files")
                .endsWith("; building the index from the list files");
        assertThat(cache.open(lists, Timings.NONE).source()).isEqualTo(SnapshotCache.Source.SNAPSHOT);
    }

    @Test
    void aDamagedSnapshotIsReportedAndReplaced() throws Exception {
        Path lists = lists();
        Path file = dir.resolve("index.snapshot");
        SnapshotCache cache = cacheAt(file);
        cache.open(lists, Timings.NONE);
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 16; i++) bytes[i] ^= (byte) 0x5A;
        Files.write(file, bytes);

        assertThat(cache.open(lists, Timings.NONE).source()).isEqualTo(SnapshotCache.Source.FILES);
        assertThat(warnings).singleElement().asString().contains("building the index from the list files");
        assertThat(cache.open(lists, Timings.NONE).source()).as("rewritten").isEqualTo(SnapshotCache.Source.SNAPSHOT);
    }

    @Test
    void withoutAFileNothingIsWrittenAndABadDirectoryFailsAsTheLoaderFails() throws Exception {
        Path lists = lists();
        SnapshotCache none = new SnapshotCache(null, w -> { throw new AssertionError(w); });
        assertThat(none.open(lists, Timings.NONE).source()).isEqualTo(SnapshotCache.Source.FILES);
        assertThat(none.open(lists, Timings.NONE).source()).isEqualTo(SnapshotCache.Source.FILES);

        SnapshotCache cache = new SnapshotCache(dir.resolve("index.snapshot"), w -> { });
        assertThatThrownBy(() -> cache.open(dir.resolve("missing"), Timings.NONE))
                .isInstanceOf(ListFormatException.class).hasMessageContaining("no such file or directory");
        Files.writeString(lists.resolve("inhouse").resolve("watch.csv"), "id,name\n1,\"unterminated\n");
        assertThatThrownBy(() -> cache.open(lists, Timings.NONE))
                .isInstanceOf(ListFormatException.class).hasMessageContaining("watch.csv");
        assertThat(dir.resolve("index.snapshot")).doesNotExist();
    }

    @Test
    void aSnapshotThatCannotBeWrittenIsOnlyAWarning() throws Exception {
        Path lists = lists();
        Path blocker = dir.resolve("not-a-directory");
        Files.writeString(blocker, "a file where the snapshot's directory should be");
        SnapshotCache cache = cacheAt(blocker.resolve("index.snapshot"));
        SnapshotCache.ReadyIndex r = cache.open(lists, Timings.NONE);
        assertThat(r.source()).isEqualTo(SnapshotCache.Source.FILES);
        assertThat(captions(r)).first().asString().startsWith("Boris Tarkovsky ");
        assertThat(warnings).singleElement().asString().startsWith("could not write the index snapshot " + blocker.resolve("index.snapshot"));
    }

    private static List<String> captions(SnapshotCache.ReadyIndex r) {
        List<String> out = new ArrayList<>();
        for (MatchResult m : r.screener().screen(Query.of("Boris Tarkovsky"), ScreenOptions.of(0.5, 10))) {
            out.add(m.entity().caption() + " " + m.score());
        }
        return out;
    }
}
