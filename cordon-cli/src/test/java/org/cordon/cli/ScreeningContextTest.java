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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot cache: what its key covers, and that a snapshot made from other inputs is replaced, not used. */
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
    void theListsKeyFollowsEveryByteAndFileName() throws Exception {
        Path lists = lists();
        String first = ScreeningContext.listsKey(lists);
        assertThat(ScreeningContext.listsKey(lists)).isEqualTo(first);
        Path file = lists.resolve("inhouse").resolve("watch.csv");
        Files.writeString(file, "id,name\n1,ACME WIDGETS\n2,Boris Tarkovsky \n");
        assertThat(ScreeningContext.listsKey(lists)).isNotEqualTo(first);
        Files.writeString(file, "id,name\n1,ACME WIDGETS\n2,Boris Tarkovsky\n");
        assertThat(ScreeningContext.listsKey(lists)).isEqualTo(first);
        Files.move(file, lists.resolve("inhouse").resolve("watch2.csv"));
        assertThat(ScreeningContext.listsKey(lists)).isNotEqualTo(first);
    }

    @Test
    void listsBehindALinkAreCoveredAsTheLoaderReadsThem() throws Exception {
        Path real = dir.resolve("elsewhere");
        Files.createDirectories(real);
        Files.writeString(real.resolve("more.csv"), "id,name\n9,Ocean Star Shipping\n");
        Path lists = lists();
        Files.createSymbolicLink(lists.resolve("linked"), real);
        String before = ScreeningContext.listsKey(lists);
        assertThat(ListLoader.load(lists).entityCount()).isEqualTo(3);
        Files.writeString(real.resolve("more.csv"), "id,name\n9,Ocean Star Shipping Ltd\n");
        assertThat(ScreeningContext.listsKey(lists)).isNotEqualTo(before);
    }

    @Test
    void theKeyNamesTheCodeToo() throws Exception {
        String key = ScreeningContext.snapshotKey(lists());
        assertThat(key).startsWith("lists sha256:").contains(", code sha256:");
        assertThat(ScreeningContext.codeKey()).isEqualTo(ScreeningContext.codeKey()).startsWith("sha256:");
    }

    @Test
    void aSnapshotFromAnotherBuildIsReplacedNotUsed() throws Exception {
        Path lists = lists();
        Path cache = dir.resolve("cache").resolve("index.snapshot");
        Files.createDirectories(cache.getParent());
        // what an earlier build of Cordon left: the same lists, another code key
        IndexedScreener old = Screeners.build(ListLoader.load(lists).lists());
        try (OutputStream out = Files.newOutputStream(cache)) {
            IndexSnapshot.write(old, "lists " + ScreeningContext.listsKey(lists) + ", code sha256:0000", out);
        }
        var r = CliRealListsTest.run("screen", "Boris Tarkovsky", "--lists", lists.toString(), "--snapshot", cache.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("another build of Cordon").contains("building the index from the list files");
        assertThat(r.out()).contains("Boris Tarkovsky");
        try (InputStream in = Files.newInputStream(cache)) {
            assertThat(IndexSnapshot.read(in, ScreeningContext.snapshotKey(lists)).entities()).hasSize(2);
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
