package org.cordon.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;
import org.cordon.lists.csv.CsvWriter;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;

/**
 * A generated customer table in screen-file's input format: Datafaker people and companies in several
 * locales (seeded, so every run screens the same rows), listed names planted among them, and the
 * awkward rows real files have (bad fields, a short row, quotes and commas, a formula-looking id).
 */
final class CustomerFile {
    static final List<String> HEADER = List.of("id", "name", "schema", "birth_date", "country");
    private static final Locale[] LOCALES = {Locale.US, Locale.GERMANY, Locale.FRANCE, new Locale("es"), new Locale("tr"),
            new Locale("ru"), new Locale("nl"), new Locale("pt", "BR")};
    private static final String[] COUNTRIES = {"", "", "", "US", "DE", "FR", "RU", "IR", "TR", "Russia", "GB"};

    /** Rows screen-file reports as failed, by id, with the reason they fail. */
    static final Map<String, String> BAD_ROWS = Map.of(
            "bad-schema", "unknown schema", "bad-date", "birth_date", "bad-country", "unknown country",
            "bad-empty-name", "the name to screen is empty", "bad-short-row", "cells");

    /** Rows in the file: {@code rows} generated ones, then planted, bad and awkward ones mixed in. */
    final List<String[]> rows = new ArrayList<>();
    /** Planted row id -> the entity whose caption it carries. */
    final Map<String, Entity> planted = new HashMap<>();

    /**
     * @param plant how many listed entities to plant: Persons and Organizations whose caption is Latin and
     *              is no other entity's name, so the planted entity is the one a screener must find
     */
    static CustomerFile generate(long seed, int rows, List<SanctionsList> lists, int plant) {
        CustomerFile f = new CustomerFile();
        Random rnd = new Random(seed);
        Faker[] fakers = new Faker[LOCALES.length];
        for (int i = 0; i < LOCALES.length; i++) fakers[i] = new Faker(LOCALES[i], new Random(seed + i));
        for (int i = 0; i < rows; i++) {
            Faker faker = fakers[rnd.nextInt(fakers.length)];
            boolean person = rnd.nextInt(10) < 7;
            String name = person ? faker.name().fullName() : faker.company().name();
            String birth = person && rnd.nextBoolean()
                    ? String.format("%04d-%02d-%02d", 1940 + rnd.nextInt(65), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)) : "";
            String schema = rnd.nextInt(4) == 0 ? "" : person ? "Person" : "Company";
            f.rows.add(new String[] {"c" + i, name, schema, birth, COUNTRIES[rnd.nextInt(COUNTRIES.length)]});
        }
        for (Entity e : pick(lists, plant, rnd)) {
            String id = "planted-" + e.id();
            f.planted.put(id, e);
            f.rows.add(rnd.nextInt(f.rows.size() + 1),
                    new String[] {id, e.caption(), e.schema().ftmName(), "", ""});
        }
        String[][] awkward = {
                {"bad-schema", "John Smith", "Spaceship", "", ""},
                {"bad-date", "John Smith", "Person", "1970-13-45", ""},
                {"bad-country", "John Smith", "Person", "", "Atlantis"},
                {"bad-empty-name", " ", "Person", "", ""},
                {"bad-short-row"},
                {"quoted", "Petrov, Ivan \"Vanya\"", "Person", "", "RU"},
                {"=1+1", "Acme Trading, LLC", "", "", ""},
                {"spaces", "  Maria   Garcia  ", "", "1970", " de "},
        };
        for (String[] row : awkward) f.rows.add(rnd.nextInt(f.rows.size() + 1), row);
        return f;
    }

    /** Up to {@code n} Persons and Organizations of the lists whose caption is Latin, has no comma and is no other name of the lists. */
    static List<Entity> pick(List<SanctionsList> lists, int n, Random rnd) {
        Map<String, Integer> nameUse = new HashMap<>();
        List<Entity> candidates = new ArrayList<>();
        for (SanctionsList l : lists) {
            for (Entity e : l.entities()) {
                for (Name name : e.names()) nameUse.merge(name.full().toLowerCase(Locale.ROOT), 1, Integer::sum);
                if ((e.schema() == Schema.PERSON || e.schema() == Schema.ORGANIZATION) && !e.names().get(0).isNonLatin()) {
                    candidates.add(e);
                }
            }
        }
        candidates.removeIf(e -> nameUse.get(e.caption().toLowerCase(Locale.ROOT)) != 1 || e.caption().contains(","));
        Collections.shuffle(candidates, rnd);
        return List.copyOf(candidates.subList(0, Math.min(n, candidates.size())));
    }

    /**
     * Writes a customer file for benchmarks (docs/performance.md, section Spark):
     * {@code java -cp <test classpath> org.cordon.spark.CustomerFile OUT.csv ROWS [LISTS_DIR]}.
     */
    public static void main(String[] args) throws Exception {
        Path lists = Path.of(args.length > 2 ? args[2] : "../shared/data/lists");
        CustomerFile f = generate(20260529L, Integer.parseInt(args[1]),
                org.cordon.lists.ListLoader.load(lists).lists(), 100);
        f.write(Path.of(args[0]));
    }

    void write(Path file) throws IOException {
        write(file, rows);
    }

    static void write(Path file, List<String[]> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(w);
            csv.writeRow(HEADER);
            for (String[] row : rows) csv.writeRow(row);
        }
    }
}
