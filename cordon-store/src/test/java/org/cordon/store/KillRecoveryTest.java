package org.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real child JVM doing a list load or a batch run into a SQLite store is killed (SIGKILL) in the middle
 * of a transaction. After restart nothing committed is lost, nothing is half-written or duplicated, the
 * previous list version is still current, and running the batch again completes it.
 */
class KillRecoveryTest {

    @Test
    void killedListLoadLeavesThePreviousVersionCurrent(@TempDir Path dir) throws Exception {
        long previous;
        try (Store store = Store.open(StoreLocation.sqlite(dir))) {
            previous = store.lists().record(StoreWorkload.syntheticList("a1", 100), "test").version().id();
        }
        List<String> said = runAndKill(dir, "load", "load midway");
        assertThat(said).last().asString().startsWith("load midway");

        try (Store store = Store.open(StoreLocation.sqlite(dir))) {
            assertThat(store.lists().current("synthetic").orElseThrow().id()).isEqualTo(previous);
            assertThat(store.lists().history("synthetic")).hasSize(1);
            assertThat(store.transaction(() -> store.count("SELECT COUNT(*) FROM list_entity"))).isEqualTo(100);
            assertThat(store.audit().verify().ok()).isTrue();
            assertThat(store.audit().latest(10)).extracting(AuditLog.Entry::action).containsExactly("list.load");

            // Loading again after the crash works and makes the new version current.
            ListVersions.Recorded r = store.lists().record(StoreWorkload.syntheticList("b2", StoreWorkload.LIST_SIZE), "test");
            assertThat(r.isNew()).isTrue();
            assertThat(store.lists().current("synthetic").orElseThrow().id()).isEqualTo(r.version().id());
        }
    }

    @Test
    void killedBatchRunKeepsCommittedChunksAndResumesWithoutDuplicates(@TempDir Path dir, @TempDir Path reference) throws Exception {
        List<String> said = runAndKill(dir, "batch", "batch midway");
        int committed = StoreWorkload.HOLD_CHUNK - 1;
        assertThat(said).contains("chunk " + committed + " committed");

        long alertsAfterKill;
        try (Store store = Store.open(StoreLocation.sqlite(dir))) {
            assertThat(store.subjects().count()).isEqualTo((long) committed * StoreWorkload.CHUNK);
            ScreeningRun run = store.runs().latest(1).getFirst();
            assertThat(run.status()).isEqualTo("running");
            assertThat(run.subjects()).isEqualTo(store.subjects().count());
            alertsAfterKill = store.alerts().count(null);
            assertThat(run.newAlerts()).isEqualTo(alertsAfterKill);
            assertThat(alertsAfterKill).isPositive();
            assertThat(store.audit().verify().ok()).isTrue();
        }

        // Resume: run the same batch again to the end.
        List<String> resumed = run(dir, "batch");
        assertThat(resumed).last().isEqualTo("done");

        // The same batch run once, uninterrupted, in another store.
        try (Store clean = Store.open(StoreLocation.sqlite(reference))) {
            StoreWorkload.batch(clean, false);
        }
        try (Store store = Store.open(StoreLocation.sqlite(dir)); Store clean = Store.open(StoreLocation.sqlite(reference))) {
            assertThat(store.subjects().count()).isEqualTo(StoreWorkload.SUBJECTS);
            assertThat(pairs(store)).isEqualTo(pairs(clean)).doesNotHaveDuplicates();
            assertThat(store.alerts().count(null)).isEqualTo(clean.alerts().count(null)).isGreaterThan(alertsAfterKill);
            ScreeningRun second = store.runs().latest(1).getFirst();
            assertThat(second.status()).isEqualTo("complete");
            assertThat(second.newAlerts()).isEqualTo(clean.alerts().count(null) - alertsAfterKill);
            assertThat(store.lists().history("synthetic")).hasSize(1);
            assertThat(store.audit().verify().ok()).isTrue();
        }
    }

    private static List<String> pairs(Store store) {
        return store.transaction(() -> store.query("SELECT subject_id || ' ' || entity_id FROM alert ORDER BY subject_id, entity_id",
                rs -> rs.getString(1)));
    }

    private static Process start(Path dir, String mode, boolean hold) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                StoreWorkload.class.getName(), dir.toString(), mode));
        if (hold) cmd.add("--hold");
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Starts the workload, reads its lines until one starts with {@code killAt}, then kills it. */
    private static List<String> runAndKill(Path dir, String mode, String killAt) throws Exception {
        Process p = start(dir, mode, true);
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
                if (line.startsWith(killAt)) break;
            }
            p.destroyForcibly();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("child exits after the kill").isTrue();
        }
        assertThat(lines).as("child output").anyMatch(l -> l.startsWith(killAt));
        return lines;
    }

    private static List<String> run(Path dir, String mode) throws Exception {
        Process p = start(dir, mode, false);
        p.getOutputStream().close();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) lines.add(line);
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("exit code; output %s", lines).isZero();
        return lines;
    }
}
