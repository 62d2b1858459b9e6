package org.cordon.spark;


import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/** Generated lists for the Spark module's tests. */
final class TestLists {
    private TestLists() {}

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
}
