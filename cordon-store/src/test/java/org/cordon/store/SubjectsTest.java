package org.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cordon.model.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Registering subjects a chunk at a time leaves the store as registering them one by one does. */
class SubjectsTest {
    private static final String TARGETS = "org.cordon.store.StoreTarget#all";

    /**
     * Two chunks over more ids than one look-up takes (1,200): new subjects, the same again (unchanged), changed ones
     * (name, birth date, an attribute), and ids twice within a chunk (new then changed, and changed twice).
     */
    private static List<List<Subject>> chunks() {
        List<Subject> first = new ArrayList<>(), second = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) first.add(new Subject("S-" + i, "Customer Number " + i, i % 3 == 0 ? Schema.PERSON : null, null, "DE", Map.of()));
        first.add(new Subject("S-5", "Customer Number 5 Renamed", Schema.PERSON, null, "DE", Map.of()));
        for (int i = 0; i < 1_200; i += 2) {
            if (i % 10 == 0) second.add(new Subject("S-" + i, "Customer Number " + i + " Jr", null, "1970", "DE", Map.of("branch", "Köln")));
            else second.add(new Subject("S-" + i, "Customer Number " + i, i % 3 == 0 ? Schema.PERSON : null, null, "DE", Map.of()));
        }
        second.add(new Subject("S-10", "Customer Number 10 Senior", null, null, "AT", Map.of()));
        second.add(new Subject("S-9999", "Brand New", Schema.COMPANY, null, null, Map.of("kind", "supplier")));
        return List.of(first, second);
    }

    /** Every stored subject with what screening reads and its fingerprint, in id order. */
    private static List<String> rows(Store store) {
        List<String> out = new ArrayList<>();
        store.subjects().forEach(s -> out.add(s.id() + "|" + s.name() + "|" + s.schema() + "|" + s.birthDate() + "|" + s.country()
                + "|" + s.attributes() + "|" + s.fingerprint()));
        return out;
    }

    /** Every subject's id, registration time and update time, in id order. */
    private static List<String> times(Store store) {
        return store.transaction(() -> store.query("SELECT id, registered_at, updated_at FROM subject ORDER BY id",
                rs -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)));
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void aChunkRegisteredAtOnceLeavesWhatOneByOneLeaves(StoreTarget target) {
        List<String> oneByOne, atOnce;
        try (var o = target.open()) {
            for (List<Subject> chunk : chunks()) for (Subject s : chunk) o.store().subjects().register(s);
            oneByOne = rows(o.store());
        }
        try (var o = target.open()) {
            for (List<Subject> chunk : chunks()) o.store().subjects().registerAll(chunk);
            atOnce = rows(o.store());
            assertThat(o.store().subjects().count()).isEqualTo(1_201);
            // the last word on an id given twice in a chunk is its later row
            assertThat(o.store().subjects().get("S-10").orElseThrow().name()).isEqualTo("Customer Number 10 Senior");
            assertThat(o.store().subjects().get("S-5").orElseThrow().name()).isEqualTo("Customer Number 5 Renamed");
            // registering the same chunk again changes nothing, not even when the subjects were last updated (but S-10's,
            // twice in the chunk: written over by its first row and back by its second, as one by one does)
            List<String> times = times(o.store());
            o.store().subjects().registerAll(chunks().get(1));
            assertThat(rows(o.store())).isEqualTo(atOnce);
            assertThat(times(o.store()).stream().filter(t -> !t.startsWith("S-10|")).toList())
                    .isEqualTo(times.stream().filter(t -> !t.startsWith("S-10|")).toList());
            // a changed subject is written over, keeping when it was first registered
            o.store().subjects().registerAll(List.of(new Subject("S-1", "Customer Number One", null, null, "DE", Map.of())));
            List<String> after = times(o.store());
            int i = after.indexOf(after.stream().filter(t -> t.startsWith("S-1|")).findFirst().orElseThrow());
            String[] before = times.get(i).split("\\|"), now = after.get(i).split("\\|");
            assertThat(now[1]).isEqualTo(before[1]);
            assertThat(now[2]).isNotEqualTo(before[2]);
            assertThat(o.store().subjects().get("S-1").orElseThrow().name()).isEqualTo("Customer Number One");
        }
        assertThat(atOnce).hasSize(1_201).isEqualTo(oneByOne);
    }
}
