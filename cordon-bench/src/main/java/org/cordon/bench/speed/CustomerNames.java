package org.cordon.bench.speed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import org.cordon.lists.csv.CsvWriter;
import org.cordon.model.Entity;
import org.cordon.model.Schema;

/**
 * A generated customer file: person names in mixed locales (en, de, ru, ko, ar, zh, es, fr, tr) and
 * company names, seeded, with a share of listed names planted (primary names of random list
 * records, so a run always has real alerts to find).
 */
public final class CustomerNames {
    static final String[] LOCALES = {"en", "de", "ru", "ko", "ar", "zh-CN", "es", "fr", "tr"};

    /** One generated customer; {@code plantedId} is the id of the listed record whose name it is, null for a generated name. */
    public record Customer(String id, String name, Schema schema, String plantedId) {
        /** Whether this is a listed record's name, planted. */
        public boolean planted() {
            return plantedId != null;
        }
    }

    private CustomerNames() {}

    /** n customers; one in {@code plantEvery} is a listed name (0 = none planted). */
    public static List<Customer> generate(int n, long seed, List<Entity> listed, int plantEvery) {
        Random rnd = new Random(seed);
        List<Faker> fakers = new ArrayList<>();
        for (String l : LOCALES) fakers.add(new Faker(Locale.forLanguageTag(l), new Random(seed ^ l.hashCode())));
        List<Customer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = "C" + i;
            if (plantEvery > 0 && !listed.isEmpty() && i % plantEvery == plantEvery - 1) {
                Entity e = listed.get(rnd.nextInt(listed.size()));
                Schema s = e.schema() == Schema.PERSON ? Schema.PERSON : e.schema() == Schema.VESSEL ? Schema.VESSEL : null;
                out.add(new Customer(id, e.caption(), s, e.id()));
                continue;
            }
            Faker f = fakers.get(rnd.nextInt(fakers.size()));
            if (rnd.nextInt(5) == 0) out.add(new Customer(id, f.company().name(), Schema.COMPANY, null));
            else out.add(new Customer(id, f.name().fullName(), Schema.PERSON, null));
        }
        return out;
    }

    /**
     * Up to {@code n} names none of {@code names} is, each the first word of one of them and the last word of another written
     * in the same script (of those with two words or more, split at spaces): every word one of {@code names} has, the name
     * as a whole new. What most of a payment flow's names are to a server that has screened for a while. (Across scripts
     * such a name would be no one's, and read otherwise: "Галина Herman" is one form, transliterated, whose "herman" is
     * not the Latin name's.)
     */
    public static List<String> recombined(List<String> names, int n) {
        java.util.Map<Character.UnicodeScript, List<String[]>> byScript = new java.util.TreeMap<>();
        for (String name : names) {
            String[] words = name.trim().split("\\s+");
            if (words.length > 1) byScript.computeIfAbsent(org.cordon.model.Scripts.dominantNonLatin(name), k -> new ArrayList<>()).add(words);
        }
        java.util.Set<String> seen = new java.util.HashSet<>(names);
        List<String> out = new ArrayList<>();
        // each script in turn, so that the mix keeps the scripts' shares
        List<List<String[]>> groups = new ArrayList<>(byScript.values());
        for (int i = 0; out.size() < n && i < names.size() * 4; i++) {
            for (List<String[]> split : groups) {
                if (split.size() < 2 || out.size() >= n || i >= split.size() * 4) continue;
                String[] a = split.get(i % split.size()), b = split.get((i * 7 + 3) % split.size());
                String name = a[0] + " " + b[b.length - 1];
                if (a != b && seen.add(name)) out.add(name);
            }
        }
        return out;
    }

    /**
     * Writes {@code n} generated customers, none planted, as a screen-file input ({@code id,name,schema}): the file the
     * performance figures screen ("the million generated names": {@code OUT 1000000 1}).
     * {@code java -cp ... org.cordon.bench.speed.CustomerNames OUT N SEED}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CustomerNames OUT N SEED");
            System.exit(2);
        }
        List<Customer> customers = generate(Integer.parseInt(args[1]), Long.parseLong(args[2]), List.of(), 0);
        try (CsvWriter w = new CsvWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            w.writeRow("id", "name", "schema");
            for (Customer c : customers) w.writeRow(c.id(), c.name(), c.schema() == null ? "" : c.schema().ftmName());
        }
    }
}
