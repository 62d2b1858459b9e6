package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cordon.lists.ListLoader;
import org.cordon.match.IndexedScreener;
import org.cordon.match.Screeners;
import org.cordon.match.snapshot.IndexSnapshot;
import org.cordon.match.snapshot.SnapshotCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot cache as the commands use it: a snapshot made from other inputs is replaced, not used, and the
 * timing is printed only when asked for (what the key covers: SnapshotCacheTest in cordon-match).
 */
class ScreeningContextTest {

    @TempDir
    Path dir;

    private Path lists() throws Exception {
        Path lists = dir.resolve("lists");
        Files.createDirectories(lists.resolve("inhouse"));
        Files.writeString(lists.resolve("inhouse").resolve("watch.csv"), "id,name\n1,ACME WIDGETS\n2,Boris Tarkovsky\n");
        return lists;
    }

    @Test
    void aSnapshotFromAnotherBuildIsReplacedNotUsed() throws Exception {
        Path lists = lists();
        Path cache = dir.resolve("cache").resolve("index.snapshot");
        Files.createDirectories(cache.getParent());
        // what an earlier build of Cordon left: the same lists, another code key
        IndexedScreener old = Screeners.build(ListLoader.load(lists).lists());
        try (OutputStream out = Files.newOutputStream(cache)) {
            IndexSnapshot.write(old, "lists " + SnapshotCache.listsKey(lists) + ", code sha256:0000", out);
        }
        var r = CliRealListsTest.run("screen", "Boris Tarkovsky", "--lists", lists.toString(), "--snapshot", cache.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("another build of Cordon").contains("building the index from the list files");
        assertThat(r.out()).contains("Boris Tarkovsky");
        try (InputStream in = Files.newInputStream(cache)) {
            assertThat(IndexSnapshot.read(in, SnapshotCache.snapshotKey(lists)).entities()).hasSize(2);
        }

        var again = CliRealListsTest.run("screen", "Boris Tarkovsky", "--lists", lists.toString(), "--snapshot", cache.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).contains("from the index snapshot " + cache).doesNotContain("building the index");
        assertThat(again.out()).isEqualTo(r.out());
    }

    @Test
    void withoutTimingRequestedNothingIsPrinted() throws Exception {
        assertThat(System.getenv("CORDON_TIMING")).as("this test needs CORDON_TIMING unset").isNull();
        var r = CliRealListsTest.run("screen", "Acme", "--lists", lists().toString(), "--snapshot", dir.resolve("s").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("timing");
    }

    @Test
    void recordedStepsPrintOneALineWithTheTotal() {
        org.cordon.match.Timings t = org.cordon.match.Timings.recording();
        t.addMillis("strings decoded", 52);
        t.addMillis("index built, alongside weights and profiles", 1_234);
        var ctx = new ScreeningContext(dir, null, null, 0, 0, t);
        java.io.StringWriter sw = new java.io.StringWriter();
        ctx.printTimings(new java.io.PrintWriter(sw));
        assertThat(sw.toString().lines().toList()).hasSize(4).satisfies(l -> {
            assertThat(l.get(0)).startsWith("cordon: timing");
            assertThat(l.get(1)).isEqualTo("       52 ms  strings decoded");
            assertThat(l.get(2)).isEqualTo("    1,234 ms  index built, alongside weights and profiles");
            assertThat(l.get(3)).matches(" +[0-9,]+ ms  total since JVM start");
        });
    }
}
