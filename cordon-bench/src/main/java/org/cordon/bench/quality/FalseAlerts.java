package org.cordon.bench.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import net.datafaker.Faker;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screener;
import org.cordon.model.Schema;

/**
 * Ordinary names, generated with Datafaker in many locales (en, de, ru, ko, ar, zh, es, fr, tr) plus
 * company names, screened as persons or companies: the share that raises an alert (any result at or
 * above the match threshold) is the false-alert rate, since generated people are not the listed
 * targets (a generated name may by chance equal a listed one; the misses list shows what alerted).
 * Seeded, so each run screens the same names. {@link Result#every()} holds every alert in the order of
 * the generated names ("locale TAB score name -> explanation"), for reading them all.
 */
public final class FalseAlerts {
    static final String[] LOCALES = {"en", "de", "ru", "ko", "ar", "zh-CN", "es", "fr", "tr"};

    public record Generated(String name, Schema schema, String locale) {
    }

    /**
     * identical: alerts whose best result scored 1.0 on the name alone, i.e. the generated name is, once
     * normalised, a listed name. Screening must raise those (a name equal to a listed name is what an
     * alert is for), so they are counted apart: {@link #rateBeyondIdentical()} is the rate of alerts on
     * names that are not a listed name.
     */
    public record Result(int queries, int alerts, int identical, List<String> examples, java.util.Map<String, int[]> byLocale,
                         List<String> every) {
        public double rate() { return queries == 0 ? 0 : (double) alerts / queries; }
        public double rateBeyondIdentical() { return queries == 0 ? 0 : (double) (alerts - identical) / queries; }
    }

    /** The seed the quality report's figures in docs/matching.md were measured with. */
    public static final long DEFAULT_SEED = 20260529L;

    /** n names: one in ten a company name, the rest person names spread over the locales. */
    public static List<Generated> generate(int n, long seed) {
        List<Faker> fakers = new ArrayList<>();
        for (String l : LOCALES) fakers.add(new Faker(Locale.forLanguageTag(l), new java.util.Random(seed + l.hashCode())));
        List<Generated> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int k = i % (LOCALES.length + 1);
            if (k == LOCALES.length) {
                Faker f = fakers.get((i / (LOCALES.length + 1)) % LOCALES.length);
                out.add(new Generated(f.company().name(), Schema.COMPANY, "company-" + LOCALES[(i / (LOCALES.length + 1)) % LOCALES.length]));
            } else {
                Faker f = fakers.get(k);
                out.add(new Generated(f.name().fullName(), Schema.PERSON, LOCALES[k]));
            }
        }
        return out;
    }

    /** The locales of {@link #generateCompanies}: their Datafaker vocabularies of industries and catch phrases. */
    static final String[] COMPANY_LOCALES = {"en", "de", "fr", "es"};

    /**
     * n company names of two to six words, as a file of business customers holds them ("Hansen Real Estate LLC", "West
     * Keith Farming", "Swift Stoltenberg Maritime", "Operative Cohesive Neural-Net Group"): a family name or a town with an
     * industry, two family names with one, a catch phrase or a buzzword and an industry with a legal form. {@link
     * #generate}'s company names are mostly one or two words ("Ward LLC", "Carroll-Leffler"), which rarely spell a listed
     * acronym by their initials or meet a listed name on its generic words; these do, as real ones do.
     */
    public static List<Generated> generateCompanies(int n, long seed) {
        List<Faker> fakers = new ArrayList<>();
        for (String l : COMPANY_LOCALES) fakers.add(new Faker(Locale.forLanguageTag(l), new java.util.Random(seed + 31L * l.hashCode())));
        List<Generated> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int l = (i / 5) % COMPANY_LOCALES.length;
            Faker f = fakers.get(l);
            var c = f.company();
            String name = switch (i % 5) {
                case 0 -> f.name().lastName() + " " + c.industry() + " " + c.suffix();
                case 1 -> f.address().cityName() + " " + c.industry();
                case 2 -> f.name().lastName() + " " + f.name().lastName() + " " + c.industry();
                case 3 -> titleCase(c.catchPhrase()) + " " + c.suffix();
                default -> titleCase(c.buzzword()) + " " + c.industry() + " " + c.suffix();
            };
            out.add(new Generated(name, Schema.COMPANY, "words-" + COMPANY_LOCALES[l]));
        }
        return out;
    }

    private static String titleCase(String words) {
        StringBuilder sb = new StringBuilder(words.length());
        boolean start = true;
        for (int k = 0; k < words.length(); k++) {
            char ch = words.charAt(k);
            sb.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ';
        }
        return sb.toString();
    }

    /**
     * Screens each name with its schema, or with none when {@code withSchema} is false (as a file of names without a
     * schema column is screened: person and organisation rules alike).
     */
    public static Result run(Screener screener, List<Generated> names, boolean withSchema) {
        ScreenOptions opts = ScreenOptions.of(screener.matchThreshold(), 1);
        AtomicInteger alerts = new AtomicInteger(), identical = new AtomicInteger();
        java.util.Map<String, int[]> byLocale = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> examples = java.util.Collections.synchronizedList(new ArrayList<>());
        String[] every = new String[names.size()];
        java.util.stream.IntStream.range(0, names.size()).parallel().forEach(i -> {
            Generated g = names.get(i);
            List<MatchResult> r = screener.screen(Query.of(g.name(), withSchema ? g.schema() : null, null, null), opts);
            int[] c = byLocale.computeIfAbsent(g.locale(), k -> new int[2]);
            boolean alert = !r.isEmpty() && r.getFirst().match();
            synchronized (c) {
                c[0]++;
                if (alert) c[1]++;
            }
            if (alert) {
                alerts.incrementAndGet();
                if (r.getFirst().score() >= 0.9995) identical.incrementAndGet();
                String line = String.format(Locale.ROOT, "%.2f %s -> %s", r.getFirst().score(), g.name(), r.getFirst().explanation().summary());
                every[i] = g.locale() + "\t" + line;
                if (examples.size() < 200) examples.add(line);
            }
        });
        List<String> all = java.util.Arrays.stream(every).filter(java.util.Objects::nonNull).toList();
        return new Result(names.size(), alerts.get(), identical.get(), List.copyOf(examples), new java.util.TreeMap<>(byLocale), all);
    }
}
