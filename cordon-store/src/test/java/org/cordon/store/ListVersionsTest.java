package org.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cordon.lists.ListFormatException;
import org.cordon.model.Entity;
import org.cordon.model.SanctionsList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ListVersionsTest {
    private static final String TARGETS = "org.cordon.store.StoreTarget#all";

    private final Entity ivanov = Fixtures.person("test", "1", "Ivan Ivanov", "Iwan Iwanow");
    private final Entity petrov = Fixtures.person("test", "2", "Pyotr Petrov");
    private final Entity sidorov = Fixtures.person("test", "3", "Sergei Sidorov");
    private final Entity ship = Fixtures.vessel("test", "4", "OCEAN STAR", "IMO 9187629");

    @ParameterizedTest
    @MethodSource(TARGETS)
    void recordsVersionsAndDiffsThemEntityByEntity(StoreTarget target) {
        try (var o = target.open()) {
            ListVersions lists = o.store().lists();
            ListVersions.Recorded v1 = lists.record(Fixtures.list("test", "2024-01-01", "a1", List.of(ivanov, petrov, ship)), "alice");
            assertThat(v1.isNew()).isTrue();
            assertThat(v1.version().entityCount()).isEqualTo(3);
            assertThat(v1.version().publicationDate()).isEqualTo("2024-01-01");
            assertThat(v1.version().current()).isTrue();

            Entity ivanovWithAlias = Fixtures.person("test", "1", "Ivan Ivanov", "Iwan Iwanow", "Ivan Ivanoff");
            Entity petrovNewBirth = Fixtures.withBirthDate(petrov, "1961");
            ListVersions.Recorded v2 = lists.record(Fixtures.list("test", "2024-02-01", "b2",
                    List.of(ivanovWithAlias, petrovNewBirth, sidorov)), "alice");

            assertThat(lists.current("test").orElseThrow().id()).isEqualTo(v2.version().id());
            assertThat(lists.get(v1.version().id()).orElseThrow().current()).isFalse();

            ListDiff diff = lists.diff(v1.version().id(), v2.version().id());
            assertThat(diff.added()).containsExactly("test-3");
            assertThat(diff.removed()).containsExactly("test-4");
            assertThat(diff.changed()).extracting(ListDiff.Changed::id).containsExactly("test-1", "test-2");
            assertThat(diff.changed().get(0).fields()).containsExactly("alias");
            assertThat(diff.changed().get(0).values().get("alias").added()).containsExactly("Ivan Ivanoff");
            assertThat(diff.changed().get(1).fields()).containsExactly("birthDate");
            assertThat(diff.changed().get(1).values().get("birthDate").removed()).containsExactly("1960-05-01");
            // The stored diff equals the diff of the entities themselves.
            assertThat(diff).isEqualTo(ListDiff.between(List.of(ivanov, petrov, ship), List.of(ivanovWithAlias, petrovNewBirth, sidorov)));

            assertThat(lists.changedForScreening(v1.version().id(), v2.version().id()))
                    .containsExactlyInAnyOrder("test-1", "test-2", "test-3");
            assertThat(o.store().audit().latest(10)).filteredOn(e -> e.action().equals("list.load")).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void sameFilesAddNoVersionAndAnEarlierFileBecomesCurrentAgain(StoreTarget target) {
        try (var o = target.open()) {
            ListVersions lists = o.store().lists();
            SanctionsList first = Fixtures.list("test", "2024-01-01", "a1", List.of(ivanov));
            long v1 = lists.record(first, "alice").version().id();
            ListVersions.Recorded again = lists.record(first, "alice");
            assertThat(again.isNew()).isFalse();
            assertThat(again.version().id()).isEqualTo(v1);
            long v2 = lists.record(Fixtures.list("test", "2024-02-01", "b2", List.of(ivanov, petrov)), "alice").version().id();
            assertThat(lists.current("test").orElseThrow().id()).isEqualTo(v2);
            ListVersions.Recorded back = lists.record(first, "alice");
            assertThat(back.isNew()).isFalse();
            assertThat(lists.current("test").orElseThrow().id()).isEqualTo(v1);
            assertThat(lists.history("test")).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void findsVersionsByIdDateOrHash(StoreTarget target) {
        try (var o = target.open()) {
            ListVersions lists = o.store().lists();
            StoredListVersion v = lists.record(Fixtures.list("test", "2024-01-01", "c3", List.of(ivanov)), "alice").version();
            assertThat(lists.find(Long.toString(v.id()))).contains(v);
            assertThat(lists.find("test:2024-01-01")).contains(v);
            assertThat(lists.find("test:" + v.sha256().substring(0, 10))).contains(v);
            assertThat(lists.find("test:2099-01-01")).isEmpty();
            assertThat(lists.find("nonsense")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void aListThatFailsToParseNeverReplacesTheVersionInUse(StoreTarget target, @TempDir Path dir) throws Exception {
        try (var o = target.open()) {
            Path good = dir.resolve("inhouse.csv");
            Files.writeString(good, "id,name,birth_date\nC1,Ivan Ivanov,1960-05-01\nC2,Pyotr Petrov,1961\n", StandardCharsets.UTF_8);
            List<ListVersions.Recorded> loaded = o.store().lists().loadAndRecord(good, "alice");
            long inUse = loaded.getFirst().version().id();
            assertThat(loaded.getFirst().version().entityCount()).isEqualTo(2);

            Files.writeString(good, "id,name,birth_date\nC1,Ivan Ivanov,1960-05-01\nC2,\"Pyotr Petrov,1961\n", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> o.store().lists().loadAndRecord(good, "alice")).isInstanceOf(ListFormatException.class);
            assertThat(o.store().lists().current("inhouse").orElseThrow().id()).isEqualTo(inUse);
            assertThat(o.store().lists().history("inhouse")).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void twoListsOfOneSourceAreVersionedApart(StoreTarget target) {
        try (var o = target.open()) {
            ListVersions lists = o.store().lists();
            SanctionsList sdn = Fixtures.list("ofac", "2024-01-01", "d4", List.of(ivanov));
            SanctionsList cons = new SanctionsList(new org.cordon.model.ListVersion("ofac", "OFAC", "OFAC Consolidated (non-SDN) List",
                    "ofac-xml", "2024-01-02", List.of("consolidated.xml"), "e5".repeat(32), 1), List.of(petrov));
            ListVersions.InUse inUse = lists.recordInUse(List.of(sdn, cons), "alice");
            assertThat(lists.currentAll()).hasSize(2);
            assertThat(lists.current("ofac", "OFAC Consolidated (non-SDN) List").orElseThrow().id())
                    .isEqualTo(inUse.versions().get(1).version().id());
            assertThat(inUse.versionOf(petrov)).isEqualTo(inUse.versions().get(1).version().id());
            assertThat(inUse.versionOf(ivanov)).isEqualTo(inUse.versions().get(0).version().id());
            assertThat(inUse.versionOf(sidorov)).isNull();
            // Reloading the same files changes nothing; both stay current.
            lists.recordInUse(List.of(sdn, cons), "alice");
            assertThat(lists.currentAll()).hasSize(2);
            assertThat(lists.history("ofac")).hasSize(2);
        }
    }

    @Test
    void diffIgnoresOrderButNotContent() {
        Entity a = Fixtures.person("test", "9", "Ali Hassan", "Ali Hasan", "A. Hassan");
        Entity reordered = Fixtures.person("test", "9", "Ali Hassan", "A. Hassan", "Ali Hasan");
        assertThat(ListDiff.between(List.of(a), List.of(reordered)).isEmpty()).isTrue();
        assertThat(EntityFacets.of(a).fingerprint()).isEqualTo(EntityFacets.of(reordered).fingerprint());
        Entity renamed = Fixtures.person("test", "9", "Ali Hassan", "Ali Hasan");
        assertThat(ListDiff.between(List.of(a), List.of(renamed)).changed().getFirst().fields()).containsExactly("alias");
    }

    @Test
    void programmeChangeChangesContentButNotTheScreeningFingerprint() {
        Entity a = Fixtures.person("test", "9", "Ali Hassan");
        Entity.Builder b = Entity.builder("test", "9", a.schema());
        a.names().forEach(b::name);
        a.birthDates().forEach(b::birthDate);
        a.nationalities().forEach(b::nationality);
        b.programme("SDGT");
        Entity moved = b.build();
        assertThat(EntityFacets.of(a).fingerprint()).isEqualTo(EntityFacets.of(moved).fingerprint());
        assertThat(EntityFacets.of(a).contentHash()).isNotEqualTo(EntityFacets.of(moved).contentHash());
        assertThat(ListDiff.between(List.of(a), List.of(moved)).changed().getFirst().fields()).containsExactly("programme");
    }

    @Test
    void idsSortNumericallyWithinASource() {
        assertThat(ListDiff.compareIds("ofac-99", "ofac-100")).isNegative();
        assertThat(ListDiff.compareIds("un-KPi.033", "un-KPi.034")).isNegative();
        assertThat(ListDiff.compareIds("eu-5", "ofac-1")).isNegative();
    }
}
