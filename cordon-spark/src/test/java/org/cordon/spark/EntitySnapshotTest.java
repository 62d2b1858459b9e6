package org.cordon.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.cordon.model.Address;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.ListVersion;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.NamePart;
import org.cordon.model.PartialDate;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

/** The broadcast form of the lists: what goes in comes out equal, and damaged bytes fail with a message. */
class EntitySnapshotTest {

    static ListVersion version(String source, int count) {
        return new ListVersion(source, "publisher of " + source, source + " list", "custom-csv", null,
                List.of("/lists/" + source + ".csv"), "ab12", count);
    }

    /** Random entities using every field, with nulls, empty lists, non-Latin text and long strings. */
    static List<SanctionsList> randomLists(long seed, int lists, int perList) {
        Random rnd = new Random(seed);
        String[] words = {"Ivan", "Петров", "محمد", "김정은", "O'Brien", "Smith, Jr.", "\"Quoted\"", "=SUM(A1)", "x".repeat(70_000), ""};
        List<SanctionsList> out = new ArrayList<>();
        for (int l = 0; l < lists; l++) {
            String source = "src" + l;
            List<Entity> entities = new ArrayList<>();
            for (int i = 0; i < perList; i++) {
                Entity.Builder b = Entity.builder(source, "id-" + i, Schema.values()[rnd.nextInt(Schema.values().length)]);
                int names = 1 + rnd.nextInt(4);
                for (int n = 0; n < names; n++) {
                    List<NamePart> parts = rnd.nextBoolean() ? List.of()
                            : List.of(new NamePart(NamePart.Type.GIVEN, "Given" + n), new NamePart(NamePart.Type.FAMILY, words[rnd.nextInt(4)]));
                    String full = words[rnd.nextInt(words.length - 1)] + " " + n;
                    b.name(new Name(full, NameKind.values()[rnd.nextInt(NameKind.values().length)], rnd.nextBoolean() ? null : "ru", parts));
                }
                if (rnd.nextBoolean()) b.birthDate(DateRange.of(new PartialDate(1900 + rnd.nextInt(120), rnd.nextInt(13), 0)));
                if (rnd.nextBoolean()) b.birthDate(new DateRange(PartialDate.ofYear(1950), PartialDate.ofYear(1955)));
                if (rnd.nextBoolean()) b.birthPlace("Moscow");
                if (rnd.nextBoolean()) b.nationality("RU");
                if (rnd.nextBoolean()) b.country("IR");
                if (rnd.nextBoolean()) b.gender("male");
                if (rnd.nextBoolean()) b.identifier(new Identifier(IdentifierType.PASSPORT, "P" + rnd.nextInt(1_000_000), "RU", null));
                if (rnd.nextBoolean()) b.identifier(new Identifier(IdentifierType.IMO, "IMO 9187629"));
                if (rnd.nextBoolean()) b.address(new Address("1 Red Square, Moscow", rnd.nextBoolean() ? null : "Moscow", "RU"));
                if (rnd.nextBoolean()) b.programme("RUSSIA-EO14024");
                if (rnd.nextBoolean()) b.listedOn("2022-02-24");
                if (rnd.nextBoolean()) b.property("notes", words[rnd.nextInt(words.length - 1)]);
                entities.add(b.build());
            }
            out.add(new SanctionsList(version(source, perList), entities));
        }
        return out;
    }

    @Test
    void randomListsSurviveTheRoundTrip() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            List<SanctionsList> lists = randomLists(seed, 3, 50);
            assertThat(EntitySnapshot.read(EntitySnapshot.write(lists))).as("seed %d", seed).isEqualTo(lists);
        }
    }

    @Test
    void emptyListsSurviveTheRoundTrip() throws IOException {
        assertThat(EntitySnapshot.read(EntitySnapshot.write(List.of()))).isEmpty();
        List<SanctionsList> oneEmpty = List.of(new SanctionsList(version("none", 0), List.of()));
        assertThat(EntitySnapshot.read(EntitySnapshot.write(oneEmpty))).isEqualTo(oneEmpty);
    }

    @Test
    void truncatedSnapshotFailsNamingWhere() {
        byte[] full = EntitySnapshot.write(randomLists(7, 2, 20));
        // Cut inside the compressed stream: either the gzip trailer or the data itself is missing.
        for (int cut : new int[] {full.length - 1, full.length - 9, full.length / 2, 12}) {
            byte[] part = Arrays.copyOf(full, cut);
            assertThatThrownBy(() -> EntitySnapshot.read(part)).as("cut at %d", cut)
                    .isInstanceOf(IOException.class).hasMessageStartingWith("entity snapshot, ");
        }
        byte[] half = Arrays.copyOf(full, full.length / 2);
        assertThatThrownBy(() -> EntitySnapshot.read(half)).hasMessageContaining("entity snapshot").hasMessageContaining("truncated");
    }

    @Test
    void otherBytesAreRejected() throws IOException {
        assertThatThrownBy(() -> EntitySnapshot.read(gzip(out -> {
            out.writeLong(0x1234);
            out.writeInt(1);
        }))).hasMessageContaining("not an entity snapshot");
        assertThatThrownBy(() -> EntitySnapshot.read(gzip(out -> {
            out.writeLong(EntitySnapshot.MAGIC);
            out.writeInt(EntitySnapshot.VERSION + 1);
        }))).hasMessageContaining("format version 2").hasMessageContaining("reads version 1");
    }

    @Test
    void hugeLengthsFailBeforeAllocating() throws IOException {
        assertThatThrownBy(() -> EntitySnapshot.read(gzip(out -> {
            out.writeLong(EntitySnapshot.MAGIC);
            out.writeInt(EntitySnapshot.VERSION);
            out.writeInt(Integer.MAX_VALUE);
        }))).hasMessageContaining("list count 2147483647 outside");
        assertThatThrownBy(() -> EntitySnapshot.read(gzip(out -> {
            out.writeLong(EntitySnapshot.MAGIC);
            out.writeInt(EntitySnapshot.VERSION);
            out.writeInt(1);
            out.writeInt(Integer.MAX_VALUE - 1); // length of the first list's source name
        }))).hasMessageContaining("list 1").hasMessageContaining("string length");
    }

    @Test
    void invalidModelValuesAreReportedWithTheEntity() throws IOException {
        // A valid list header followed by an entity whose birth date range ends before it starts.
        byte[] good = EntitySnapshot.write(List.of(new SanctionsList(version("x", 1), List.of(
                Entity.builder("x", "1", Schema.PERSON).name("A B", NameKind.PRIMARY)
                        .birthDate(new DateRange(PartialDate.ofYear(1950), PartialDate.ofYear(1960))).build()))));
        byte[] raw = gunzip(good);
        // The range is written as from (1950) then to (1960): swap the two years.
        byte[] y1950 = {0x07, (byte) 0x9e, 0, 0, 0x07, (byte) 0xa8, 0, 0};
        int at = indexOf(raw, y1950);
        assertThat(at).isPositive();
        raw[at + 1] = (byte) 0xa8;
        raw[at + 5] = (byte) 0x9e;
        byte[] bad = gzip(out -> out.write(raw));
        assertThatThrownBy(() -> EntitySnapshot.read(bad)).hasMessageContaining("list x, entity 1 of 1")
                .hasMessageContaining("range ends before it starts");
    }

    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    static byte[] gzip(Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            body.write(out);
        }
        return bytes.toByteArray();
    }

    static byte[] gunzip(byte[] gz) throws IOException {
        return new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz)).readAllBytes();
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
