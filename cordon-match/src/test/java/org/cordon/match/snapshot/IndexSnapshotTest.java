package org.cordon.match.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.cordon.match.IndexedScreener;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screeners;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.ListVersion;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

class IndexSnapshotTest {
    private static final List<SanctionsList> LISTS = List.of(
            new SanctionsList(new ListVersion("un", "UN", "UN list", "test", "2026-01-01", List.of("un.xml"), "abc", 2), List.of(
                    Entity.builder("un", "KPi.001", Schema.PERSON).name("Kim Jong Un", NameKind.PRIMARY).name("김정은", NameKind.ALIAS)
                            .name("金正恩", NameKind.ALIAS).birthDate(DateRange.parse("1984-01-08")).nationality("KP").build(),
                    Entity.builder("un", "QDi.002", Schema.PERSON).name("Abdul Rahman bin Omar", NameKind.PRIMARY)
                            .name("عبد الرحمن بن عمر", NameKind.ALIAS).name("Abu Omar", NameKind.WEAK_ALIAS).build())),
            new SanctionsList(new ListVersion("ofac", "OFAC", "SDN", "test", null, List.of(), "def", 2), List.of(
                    Entity.builder("ofac", "77", Schema.PERSON).name("Ivan Petrovich Sidorov", NameKind.PRIMARY)
                            .name("Иван Петрович Сидоров", NameKind.ALIAS).birthDate(DateRange.parse("1961-05-02")).build(),
                    Entity.builder("ofac", "900", Schema.VESSEL).name("Ocean Star", NameKind.PRIMARY)
                            .identifier(new Identifier(IdentifierType.IMO, "IMO 9187629")).build(),
                    Entity.builder("ofac", "901", Schema.COMPANY).name("Rosneft Trading S.A.", NameKind.PRIMARY)
                            .name("ООО Роснефть", NameKind.ALIAS).build())));

    private static final List<String> QUERIES = List.of("Kim Jong Un", "김정은", "Abdulrahman bin Omar", "Sidorov Ivan", "Иван Сидоров",
            "Ocean Star", "Rosneft Trading SA", "Rosneft", "Abu Omar", "John Smith");

    private static byte[] bytes(IndexedScreener s, String key) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndexSnapshot.write(s, key, out);
        return out.toByteArray();
    }

    private static List<String> results(IndexedScreener s) {
        return QUERIES.stream().flatMap(q -> s.screen(Query.of(q), ScreenOptions.of(0.62, 10)).stream())
                .map(r -> r.entity().id() + " " + r.score() + " " + r.match() + " " + r.profileId() + " " + r.explanation().summary())
                .toList();
    }

    @Test
    void roundTripGivesIdenticalResults() throws IOException {
        IndexedScreener built = Screeners.build(LISTS);
        IndexedScreener read = IndexSnapshot.read(new ByteArrayInputStream(bytes(built, "k1")), "k1");
        assertThat(results(built)).isNotEmpty().hasSizeGreaterThan(QUERIES.size() - 2);
        assertThat(results(read)).isEqualTo(results(built));
        assertThat(read.entities()).isEqualTo(built.entities());
        assertThat(read.lists().stream().map(SanctionsList::version).toList()).isEqualTo(LISTS.stream().map(SanctionsList::version).toList());
        MatchResult withId = read.screen(new Query(List.of(new org.cordon.model.Name("Ocean", NameKind.PRIMARY)), Schema.VESSEL, null, null,
                List.of(new Identifier(IdentifierType.IMO, "IMO 9187629")), null), ScreenOptions.of(0.8, 5)).get(0);
        assertThat(withId.entity().id()).isEqualTo("ofac-900");
    }

    @Test
    void anotherKeyIsRejected() throws IOException {
        byte[] b = bytes(Screeners.build(LISTS), "lists-A");
        assertThatThrownBy(() -> IndexSnapshot.read(new ByteArrayInputStream(b), "lists-B"))
                .isInstanceOf(SnapshotException.class).hasMessageContaining("other list files");
    }

    @Test
    void everyTruncationIsRejectedWithAMessage() throws IOException {
        byte[] b = bytes(Screeners.build(LISTS), "k");
        for (int cut = 0; cut < b.length; cut += Math.max(1, b.length / 300)) {
            byte[] part = Arrays.copyOf(b, cut);
            assertThatThrownBy(() -> IndexSnapshot.read(new ByteArrayInputStream(part)))
                    .as("cut at %d of %d", cut, b.length).isInstanceOf(SnapshotException.class).hasMessageStartingWith("index snapshot, ");
        }
    }

    @Test
    void corruptedBytesAreRejected() throws IOException {
        byte[] b = bytes(Screeners.build(LISTS), "k");
        Random rnd = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] bad = b.clone();
            int at = rnd.nextInt(bad.length);
            bad[at] ^= (byte) (1 + rnd.nextInt(255));
            assertThatThrownBy(() -> IndexSnapshot.read(new ByteArrayInputStream(bad)))
                    .as("byte %d changed", at).isInstanceOf(SnapshotException.class);
        }
        byte[] longer = Arrays.copyOf(b, b.length + 1);
        assertThatThrownBy(() -> IndexSnapshot.read(new ByteArrayInputStream(longer))).hasMessageContaining("after the checksum");
    }
}
