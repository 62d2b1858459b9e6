package org.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cordon.lists.ListLoader;
import org.cordon.match.MatchResult;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screener;
import org.cordon.match.Screeners;
import org.cordon.model.Entity;
import org.cordon.model.SanctionsList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Delta re-screening across two real OFAC SDN versions: 2023-12-28 and 2024-05-03, both as the primary
 * file sdn.csv alone (the archive has only that file for 2024-05-03, and comparing like with like keeps
 * alt.csv's aliases from counting as changes).
 */
class RescreeningTest {
    private static final String TARGETS = "org.cordon.store.StoreTarget#all";
    private static SanctionsList older;
    private static SanctionsList newer;
    private static ListDiff diff;
    /** The screener over the whole new list: what a full screening uses. */
    private static Screener fullScreener;

    @BeforeAll
    static void loadBothVersions() throws Exception {
        Path archive = Fixtures.shared().resolve("data/archive/ofac");
        Path oldSdn = archive.resolve("sdn_2023-12-28/sdn.csv.gz");
        Path newDir = archive.resolve("sdn_2024-05-03");
        Assumptions.assumeTrue(Files.exists(oldSdn) && Files.isDirectory(newDir), "OFAC archive not found under " + archive);
        older = ListLoader.loadFiles(List.of(oldSdn), oldSdn.getParent()).lists().getFirst();
        newer = ListLoader.load(newDir).lists().getFirst();
        diff = ListDiff.between(older.entities(), newer.entities());
        fullScreener = Screeners.build(List.of(newer));
    }

    private static Entity byId(SanctionsList l, String id) {
        return l.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void screensRegisteredSubjectsOnlyAgainstWhatChanged(StoreTarget target) {
        assertThat(older.version().publicationDate()).isEqualTo("2023-12-28");
        assertThat(newer.version().publicationDate()).isEqualTo("2024-05-03");
        // Measured with `cordon lists diff` (docs/list-diff-ofac-2023-12-28-vs-2024-05-03.md).
        assertThat(diff.added()).hasSize(1256);
        assertThat(diff.removed()).hasSize(112);
        assertThat(diff.changed()).hasSize(48);

        try (var o = target.open()) {
            Store store = o.store();
            StoredListVersion v1 = store.lists().record(older, "test").version();

            String addedId = diff.added().getFirst();
            Entity added = byId(newer, addedId);
            ListDiff.Changed renamed = diff.changed().stream().filter(c -> c.fields().contains("name")).findFirst().orElseThrow();
            Entity changed = byId(newer, renamed.id());
            Set<String> changedIds = Set.copyOf(diff.changed().stream().map(ListDiff.Changed::id).toList());
            Entity unchanged = newer.entities().stream().filter(e -> !changedIds.contains(e.id()) && !diff.added().contains(e.id()))
                    .filter(e -> e.caption().split(" ").length >= 3).findFirst().orElseThrow();

            store.subjects().register(Subject.of("C-added", added.caption()));
            store.subjects().register(Subject.of("C-changed", changed.caption()));
            store.subjects().register(Subject.of("C-unchanged", unchanged.caption()));
            store.subjects().register(Subject.of("C-nobody", "Quentin Blarpfeather-Oyelaran"));

            Rescreening.Result r = Rescreening.run(store, List.of(newer), fullScreener, List.of(v1), "test");
            long screeningChanges = diff.changed().stream()
                    .filter(c -> c.fields().stream().anyMatch(EntityFacets.SCREENING_FIELDS::contains)).count();
            assertThat(r.deltaBySource()).containsEntry("ofac", (int) (diff.added().size() + screeningChanges));
            assertThat(r.run().entities()).isEqualTo(diff.added().size() + screeningChanges);
            assertThat(r.run().subjects()).isEqualTo(4);
            assertThat(r.run().status()).isEqualTo("complete");
            assertThat(r.run().sinceVersions()).isEqualTo("ofac=" + v1.id());

            Map<String, List<String>> alerted = new HashMap<>();
            for (Alert a : store.alerts().list(Alerts.Filter.open(1000))) {
                alerted.computeIfAbsent(a.subjectId(), k -> new java.util.ArrayList<>()).add(a.entityId());
                assertThat(a.listVersionId()).isEqualTo(store.lists().current("ofac").orElseThrow().id());
                assertThat(a.runId()).isEqualTo(r.run().id());
            }
            assertThat(alerted.get("C-added")).contains(addedId);
            assertThat(alerted.get("C-changed")).contains(changed.id());
            assertThat(alerted.getOrDefault("C-unchanged", List.of())).doesNotContain(unchanged.id());
            assertThat(alerted).doesNotContainKey("C-nobody");
            assertThat(r.run().newAlerts()).isEqualTo(store.alerts().count(null));

            // Nothing changed since the version now current: a run is still recorded, with its counts.
            StoredListVersion v2 = store.lists().current("ofac").orElseThrow();
            Rescreening.Result none = Rescreening.run(store, List.of(newer), fullScreener, List.of(v2), "test");
            assertThat(none.run().entities()).isZero();
            assertThat(none.run().subjects()).isEqualTo(4);
            assertThat(none.run().hits()).isZero();
            assertThat(none.run().status()).isEqualTo("complete");
            assertThat(store.runs().latest(5)).hasSize(2);
            assertThat(store.audit().latest(1).getFirst().action()).isEqualTo("screening.rescreen");
            assertThat(store.audit().verify().ok()).isTrue();

            // Re-screening the same changes again raises no duplicate alert.
            long before = store.alerts().count(null);
            Rescreening.Result again = Rescreening.run(store, List.of(newer), fullScreener, List.of(v1), "test");
            assertThat(again.run().hits()).isEqualTo(r.run().hits());
            assertThat(again.run().newAlerts()).isZero();
            assertThat(store.alerts().count(null)).isEqualTo(before);
        }
    }

    /**
     * A delta re-screening must alert exactly as a full screening against the new list does, restricted to
     * the entities that changed: same pairs, same score, same explanation. The subjects are near misses of
     * changed and added entities (a name part dropped, a letter changed), whose scores hang on how rare each
     * name part is across the whole list, and a few exact names of entities that did not change.
     */
    @ParameterizedTest
    @MethodSource(TARGETS)
    void alertsCarryTheScoreAndExplanationOfAFullScreening(StoreTarget target) {
        Set<String> delta = new HashSet<>(diff.added());
        diff.changed().stream().filter(c -> c.fields().stream().anyMatch(EntityFacets.SCREENING_FIELDS::contains))
                .forEach(c -> delta.add(c.id()));
        List<Subject> subjects = new ArrayList<>();
        List<Entity> changedEntities = newer.entities().stream().filter(e -> delta.contains(e.id())).toList();
        for (int i = 0; i < changedEntities.size() && subjects.size() < 60; i += 7) {
            Entity e = changedEntities.get(i);
            String[] parts = e.caption().split(" ");
            if (parts.length >= 3) {
                List<String> kept = new ArrayList<>(List.of(parts));
                kept.remove(1);
                subjects.add(Subject.of("C-drop-" + i, String.join(" ", kept)));
            }
            if (parts.length >= 2 && parts[0].length() >= 5) {
                char[] first = parts[0].toCharArray();
                first[2] = first[2] == 'E' ? 'A' : 'E';
                parts[0] = new String(first);
                subjects.add(Subject.of("C-typo-" + i, String.join(" ", parts)));
            }
        }
        newer.entities().stream().filter(e -> !delta.contains(e.id()) && e.caption().split(" ").length >= 3).limit(10)
                .forEach(e -> subjects.add(Subject.of("C-same-" + e.sourceId(), e.caption())));

        // What a full screening of each subject against the new list gives, restricted to the changed entities.
        Map<String, String> expected = new TreeMap<>();
        int outsideDelta = 0, belowOne = 0;
        for (Subject s : subjects) {
            for (MatchResult r : fullScreener.screen(s.query(), ScreenOptions.of(fullScreener.matchThreshold(), 1000))) {
                if (!r.match()) continue;
                if (!delta.contains(r.entity().id())) {
                    outsideDelta++;
                    continue;
                }
                if (r.score() < 1.0) belowOne++;
                expected.put(s.id() + " " + r.entity().id(), r.score() + " " + r.explanation().summary());
            }
        }
        // The comparison means something only if scores hang on the list (not all exact) and the full screening
        // also matched entities that did not change, which the re-screening must not alert.
        assertThat(belowOne).isGreaterThan(10);
        assertThat(outsideDelta).isGreaterThan(5);

        try (var o = target.open()) {
            Store store = o.store();
            StoredListVersion v1 = store.lists().record(older, "test").version();
            subjects.forEach(store.subjects()::register);
            // three threads over windows of seven subjects: several windows in flight, each screened in the order of its
            // names' words, not of the subjects' ids
            List<Long> recorded = new ArrayList<>();
            Rescreening.Result r = Rescreening.run(store, List.of(newer), fullScreener, List.of(v1), "test", 3, 7, recorded::add);
            // told after every window of seven: 7, 14, ..., then the rest
            List<Long> windows = new ArrayList<>();
            for (long n = 7; n < subjects.size(); n += 7) windows.add(n);
            windows.add((long) subjects.size());
            assertThat(recorded).isEqualTo(windows);

            Map<String, String> alerted = new TreeMap<>();
            List<Alert> byId = new ArrayList<>(store.alerts().list(Alerts.Filter.open(10_000)));
            for (Alert a : byId) {
                assertThat(a.runId()).isEqualTo(r.run().id());
                alerted.put(a.subjectId() + " " + a.entityId(), a.score() + " " + a.explanation());
            }
            assertThat(alerted).isEqualTo(expected);
            assertThat(r.run().newAlerts()).isEqualTo(expected.size());
            assertThat(r.run().subjects()).isEqualTo(subjects.size());
            // recorded in the order the store gives its subjects (by id, in the database's collation), as one thread records
            // them: the alerts' ids ascend with their subjects' places in that order
            Map<String, Integer> place = new HashMap<>();
            store.subjects().forEach(sub -> place.put(sub.id(), place.size()));
            byId.sort(java.util.Comparator.comparingLong(Alert::id));
            assertThat(byId.stream().map(a -> place.get(a.subjectId())).toList()).isSorted();
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void refusesAScreenerBuiltOverOtherListsBeforeRecordingAnything(StoreTarget target) {
        try (var o = target.open()) {
            Store store = o.store();
            StoredListVersion v1 = store.lists().record(older, "test").version();
            Screener deltaOnly = Screeners.build(List.of(new SanctionsList(newer.version(),
                    newer.entities().stream().filter(e -> diff.added().contains(e.id())).toList())));
            assertThatThrownBy(() -> Rescreening.run(store, List.of(newer), deltaOnly, List.of(v1), "test"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("built over 1256 entities").hasMessageContaining("14965");
            assertThat(store.lists().current("ofac").orElseThrow().id()).isEqualTo(v1.id());
            assertThat(store.runs().latest(5)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void storedDiffEqualsTheDiffOfTheFiles(StoreTarget target) {
        try (var o = target.open()) {
            ListVersions lists = o.store().lists();
            long v1 = lists.record(older, "test").version().id();
            long v2 = lists.record(newer, "test").version().id();
            assertThat(lists.diff(v1, v2)).isEqualTo(diff);
            assertThat(lists.get(v1).orElseThrow().entityCount()).isEqualTo(older.entities().size());
            assertThat(lists.current("ofac").orElseThrow().id()).isEqualTo(v2);
        }
    }
}
