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

    /**
     * Enough records and strings for many blocks and string chunks, read on several threads; one
     * record object published on two lists (as OFAC's merge gives); records that link into profiles
     * by a full birth date and an accented name (the profile step reuses the compiled forms).
     */
    @Test
    void manyBlocksRoundTripWithSharedRecordsAndProfiles() throws IOException {
        Random rnd = new Random(11);
        String[] syl = {"ka", "to", "mi", "ren", "sa", "lo", "vi", "an", "der", "mo", "ne", "ru", "ta", "bel", "fi", "gor", "dan", "li",
                "pe", "zu", "ö", "é"};
        List<Entity> a = new java.util.ArrayList<>(), b = new java.util.ArrayList<>();
        for (int i = 0; i < 3 * IndexSnapshot.BLOCK_RECORDS + 17; i++) {
            String name = word(rnd, syl) + " " + word(rnd, syl) + (i % 3 == 0 ? " " + word(rnd, syl) : "");
            Entity.Builder e = Entity.builder("la", "A" + i, i % 5 == 0 ? Schema.COMPANY : Schema.PERSON).name(name, NameKind.PRIMARY)
                    .name(word(rnd, syl) + " " + word(rnd, syl), NameKind.ALIAS).property("notes", "note " + i + " " + word(rnd, syl));
            if (i % 5 != 0) e.birthDate(DateRange.parse("19" + (50 + i % 40) + "-0" + (1 + i % 9) + "-1" + (i % 10)));
            Entity built = e.build();
            a.add(built);
            // every seventh record again on list b under its own id, same name and birth date: a probable profile
            if (i % 7 == 0 && i % 5 != 0) {
                b.add(Entity.builder("lb", "B" + i, Schema.PERSON).name(built.names().get(0).full(), NameKind.PRIMARY)
                        .birthDate(built.birthDates().get(0)).build());
            }
        }
        b.add(a.get(3)); // the same record object on both lists
        List<SanctionsList> lists = List.of(
                new SanctionsList(new ListVersion("la", "A", "List A", "test", "2026-01-01", List.of("a.csv"), "h1", a.size()), a),
                new SanctionsList(new ListVersion("lb", "B", "List B", "test", null, List.of("b.csv"), "h2", b.size()), b));
        IndexedScreener built = Screeners.build(lists);
        byte[] bytes = bytes(built, "k");
        org.cordon.match.Timings timings = org.cordon.match.Timings.recording();
        IndexedScreener read = IndexSnapshot.read(new ByteArrayInputStream(bytes), "k", timings);

        assertThat(read.entities()).isEqualTo(built.entities()).hasSize(a.size() + b.size() - 1);
        assertThat(read.lists()).isEqualTo(lists);
        List<Entity> onB = read.lists().get(1).entities();
        assertThat(onB.get(onB.size() - 1)).isSameAs(read.entities().get(3));
        for (int r = 0; r < built.entities().size(); r++) {
            assertThat(read.compiledNames(r)).extracting(c -> c.normalised().alternatives())
                    .isEqualTo(built.compiledNames(r).stream().map(c -> c.normalised().alternatives()).toList());
        }
        org.cordon.match.Profiles reference = org.cordon.match.Profiles.link(built.entities());
        assertThat(reference.linked()).hasSizeGreaterThan(50);
        for (Entity e : built.entities()) {
            assertThat(read.profiles().profileOf(e.id())).as(e.id()).isEqualTo(reference.profileOf(e.id()));
            assertThat(built.profiles().profileOf(e.id())).as(e.id()).isEqualTo(reference.profileOf(e.id()));
        }
        for (int i = 0; i < a.size(); i += 37) {
            Query q = Query.of(a.get(i).names().get(0).full());
            assertThat(read.screen(q, ScreenOptions.of(0.7, 5))).extracting(r -> r.entity().id() + " " + r.score() + " " + r.profileId())
                    .isEqualTo(built.screen(q, ScreenOptions.of(0.7, 5)).stream().map(r -> r.entity().id() + " " + r.score() + " " + r.profileId()).toList());
        }
        assertThat(timings.steps()).extracting(org.cordon.match.Timings.Step::name)
                .contains("checksum", "strings decoded", "token weights", "profiles linked", "index read, alongside weights and profiles")
                .anyMatch(n -> n.startsWith("records decoded (4 blocks)"))
                .anyMatch(n -> n.startsWith("candidate index decoded"));
        // every array of the index came back: written again, it is the same bytes
        assertThat(read.index().toBytes()).isEqualTo(built.index().toBytes());

        // without the index the reader builds it, and screens alike
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndexSnapshot.write(built, "k", out, false);
        org.cordon.match.Timings rebuilt = org.cordon.match.Timings.recording();
        IndexedScreener withoutIndex = IndexSnapshot.read(new ByteArrayInputStream(out.toByteArray()), "k", rebuilt);
        assertThat(out.size()).isLessThan(bytes.length);
        assertThat(rebuilt.steps()).extracting(org.cordon.match.Timings.Step::name)
                .contains("index built, alongside weights and profiles").noneMatch(n -> n.startsWith("candidate index decoded"));
        assertThat(withoutIndex.index().toBytes()).isEqualTo(built.index().toBytes());
        for (int i = 0; i < a.size(); i += 37) {
            Query q = Query.of(a.get(i).names().get(0).full());
            assertThat(withoutIndex.screen(q, ScreenOptions.of(0.5, 5))).extracting(r -> r.entity().id() + " " + r.score())
                    .isEqualTo(read.screen(q, ScreenOptions.of(0.5, 5)).stream().map(r -> r.entity().id() + " " + r.score()).toList());
        }
    }

    /**
     * Damage the checksum does not catch (the file rewritten with a fresh checksum): the index's counts, lengths and
     * ids are checked as they are read, so a changed byte either reads (a value such as a share, which nothing bounds) or
     * fails as a SnapshotException naming the index, never with another exception while reading or later screening.
     */
    @Test
    void damageInsideTheIndexIsRejectedNamingTheIndex() throws IOException {
        IndexedScreener built = Screeners.build(LISTS);
        byte[] with = bytes(built, "k");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndexSnapshot.write(built, "k", out, false);
        int keyLength = java.nio.ByteBuffer.wrap(with).getInt(12);
        int bodyStart = 24 + keyLength;
        // the index ends the body, after its length (a varint of k bytes): all that the snapshot without it lacks
        int extra = with.length - out.size(), k = 1;
        while (varintBytes(extra - k) != k) k++;
        int indexEnd = with.length - 8, indexStart = indexEnd - (extra - k);
        Random rnd = new Random(5);
        int rejected = 0;
        List<Query> queries = new java.util.ArrayList<>();
        for (String q : QUERIES) queries.add(Query.of(q));
        for (SanctionsList l : LISTS) for (Entity e : l.entities()) for (var n : e.names()) queries.add(Query.of(n.full()));
        for (int i = 0; i < 600; i++) {
            byte[] bad = with.clone();
            // a byte changed, or four bytes made a large number (a count, an id, a posting out of range)
            int at = indexStart + rnd.nextInt(indexEnd - indexStart - 4);
            if (i % 2 == 0) bad[at] ^= (byte) (1 + rnd.nextInt(255));
            else java.nio.ByteBuffer.wrap(bad).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(at, (1 << 20) + rnd.nextInt(1 << 20));
            rechecksum(bad, bodyStart);
            try {
                IndexedScreener s = IndexSnapshot.read(new ByteArrayInputStream(bad));
                for (Query q : queries) s.screen(q, ScreenOptions.of(0.5, 10));
            } catch (SnapshotException e) {
                assertThat(e).as("byte %d changed", at).hasMessageStartingWith("index snapshot, index");
                rejected++;
            }
        }
        assertThat(rejected).isGreaterThan(200);
    }

    private static int varintBytes(int v) {
        int n = 1;
        while ((v >>>= 7) != 0) n++;
        return n;
    }

    /** A fresh CRC-32 over header and body, as if the damage had been written so. */
    private static void rechecksum(byte[] b, int bodyStart) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b, 0, b.length - 8);
        java.nio.ByteBuffer.wrap(b).putLong(b.length - 8, crc.getValue());
    }

    @Test
    void aSnapshotOfAnEarlierFormatIsRejectedByVersion() throws IOException {
        byte[] b = bytes(Screeners.build(LISTS), "k");
        java.nio.ByteBuffer.wrap(b).putInt(8, IndexSnapshot.VERSION - 1);
        assertThatThrownBy(() -> IndexSnapshot.read(new ByteArrayInputStream(b))).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("format version " + (IndexSnapshot.VERSION - 1) + ", but this build reads version " + IndexSnapshot.VERSION);
    }

    @Test
    void aHugeDeclaredBodyOnATruncatedStreamFailsWithoutAllocatingIt() throws IOException {
        byte[] b = bytes(Screeners.build(LISTS), "k");
        int keyLength = java.nio.ByteBuffer.wrap(b).getInt(12);
        byte[] cut = Arrays.copyOf(b, 200 + keyLength);
        java.nio.ByteBuffer.wrap(cut).putLong(16 + keyLength, IndexSnapshot.MAX_BODY_BYTES);
        assertThatThrownBy(() -> IndexSnapshot.read(new ByteArrayInputStream(cut)))
                .isInstanceOf(SnapshotException.class).hasMessage("index snapshot, body: truncated");
    }

    private static String word(Random rnd, String[] syl) {
        StringBuilder sb = new StringBuilder();
        for (int i = 2 + rnd.nextInt(2); i > 0; i--) sb.append(syl[rnd.nextInt(syl.length)]);
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }
}
