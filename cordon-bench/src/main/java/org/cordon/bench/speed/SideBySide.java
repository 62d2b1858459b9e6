package org.cordon.bench.speed;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.cordon.lists.ListLoader;
import org.cordon.match.IndexedScreener;
import org.cordon.match.Query;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screeners;
import org.cordon.match.normalise.NameNormaliser;
import org.cordon.match.normalise.TokenKind;
import org.cordon.match.normalise.Tokens;
import org.cordon.model.Entity;

/**
 * Two builds of the matcher measured in one JVM, their passes alternated: a change to the index or the scorer against the
 * code before it. Run apart, two JVMs on this shared two-core machine differ by 10-20 % from run to run, more than most
 * changes to a query's hot path; alternated in one process, both sides meet the same state of the machine. Each side is
 * the {@code cordon-match} jar given ({@code --a}, {@code --b}) with the rest of this class path, in a class loader of
 * its own (the same classes twice, compiled apart), building its own screener from the lists.
 *
 * <p>Per case, the generated customers of one script screened once (us a query): "cached" right after the same customers
 * were screened once unmeasured (the index's look-ups of their words held), "first sight" with the index's look-ups forgotten before each
 * pass ({@link org.cordon.match.index.CandidateIndex#forgetLookUps}); at 0.8 (the batch) and 0.5 ({@code /match}), five
 * results ({@code --thresholds} picks). Many customers ({@code --customers 20000}) spread the candidates over the lists as a
 * batch of distinct names does, where a few thousand screened again and again keep theirs in the processor's cache.
 * Reports each side's median over the last two thirds of the passes and B/A, and how many results each side found over all
 * passes (equal when a change leaves the answers as they were). {@code --cases lookups} times the index's fuzzy
 * dictionaries alone instead: the customers' words, pairs' skeletons and pairs written together looked up as a query's
 * first sight looks them up, us a look-up (the terms found are counted among the results).
 *
 * <pre>
 * java -Xms3g -Xmx3g -cp cordon-bench/target/classes:$(cat cordon-bench/target/cp.txt) org.cordon.bench.speed.SideBySide \
 *     --a before/cordon-match.jar --b cordon-match/target/cordon-match-0.1.0-SNAPSHOT.jar [--lists DIR] [--passes 30] \
 *     [--customers 3000] [--cases cached,first | lookups] [--thresholds 0.8,0.5]
 * </pre>
 */
public final class SideBySide {
    private SideBySide() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = BenchOptions.parse(args);
        String a = opt.get("a"), b = opt.get("b");
        if (a == null || b == null) throw new IllegalArgumentException("--a JAR and --b JAR (two builds of cordon-match) are required");
        int passes = Integer.parseInt(opt.getOrDefault("passes", "30"));
        String customers = opt.getOrDefault("customers", "3000");
        List<String> kinds = List.of(opt.getOrDefault("cases", "cached,first").split(","));
        String lists = BenchOptions.lists(opt).toAbsolutePath().toString();

        @SuppressWarnings("unchecked")
        ToDoubleFunction<String>[] side = new ToDoubleFunction[2];
        for (int s = 0; s < 2; s++) {
            ClassLoader loader = new URLClassLoader(classPath(Path.of(s == 0 ? a : b)), ClassLoader.getPlatformClassLoader());
            side[s] = (ToDoubleFunction<String>) loader.loadClass(Side.class.getName()).getConstructor(String.class, String.class)
                    .newInstance(lists, customers);
        }
        List<String> cases = new ArrayList<>();
        for (String threshold : opt.getOrDefault("thresholds", "0.8,0.5").split(",")) {
            for (String kind : kinds) if (!kind.equals("lookups")) for (String script : Side.SCRIPTS) cases.add(kind + " " + threshold + " " + script);
        }
        if (kinds.contains("lookups")) cases.addAll(Side.LOOKUPS);
        Map<String, double[][]> times = new LinkedHashMap<>();
        for (String c : cases) times.put(c, new double[2][passes]);
        for (int p = 0; p < passes; p++) {
            for (String c : cases) {
                // which side goes first changes from pass to pass
                for (int k = 0; k < 2; k++) {
                    int s = p % 2 == 0 ? k : 1 - k;
                    times.get(c)[s][p] = side[s].applyAsDouble(c);
                }
            }
        }
        System.out.printf(Locale.ROOT, "A %s%nB %s%n%d passes, medians of the last %d (us a query; look-ups: us a look-up)%n", a, b, passes,
                passes - passes / 3);
        for (String c : cases) {
            double ma = median(times.get(c)[0], passes / 3), mb = median(times.get(c)[1], passes / 3);
            System.out.printf(Locale.ROOT, "%-22s A %8.1f  B %8.1f  B/A %.3f%n", c, ma, mb, mb / ma);
        }
        System.out.printf(Locale.ROOT, "results found over every pass: A %,.0f, B %,.0f%n", side[0].applyAsDouble(Side.RESULTS),
                side[1].applyAsDouble(Side.RESULTS));
    }

    /** The median of {@code v} from index {@code from} on (also {@link BatchSideBySide}'s). */
    static double median(double[] v, int from) {
        double[] tail = Arrays.copyOfRange(v, from, v.length);
        Arrays.sort(tail);
        return tail[tail.length / 2];
    }

    /** The jar given, then this class path without its cordon-match entries (also {@link BatchSideBySide}'s). */
    static URL[] classPath(Path matcher) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(matcher.toUri().toURL());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.isEmpty() || entry.contains("cordon-match")) continue;
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(new URL[0]);
    }

    /** One side: its own screener and customers; a case ("cached 0.8 latin") to the mean time of a query in one pass. */
    public static final class Side implements ToDoubleFunction<String> {
        static final List<String> SCRIPTS = List.of("latin", "cyrillic", "han", "hangul", "arabic");
        private final IndexedScreener screener;
        private final Map<String, List<Query>> byScript = new TreeMap<>();
        /** What the passes found, so that no pass is work the compiler may leave out. */
        private long results;

        public Side(String lists, String customers) throws Exception {
            screener = Screeners.build(ListLoader.load(Path.of(lists)).lists());
            List<Entity> all = new ArrayList<>(screener.entities());
            all.sort(Comparator.comparing(Entity::id));
            for (CustomerNames.Customer c : CustomerNames.generate(Integer.parseInt(customers), 1, all, 0)) {
                byScript.computeIfAbsent(FirstSight.script(c.name()), k -> new ArrayList<>()).add(Query.of(c.name(), c.schema(), null, null));
            }
            for (List<Query> qs : byScript.values()) for (Query q : qs) screener.screen(q, ScreenOptions.of(0.5, 5));
        }

        /** The case that answers how many results the passes found. */
        static final String RESULTS = "results";

        /**
         * Cases of one dictionary look-up each, without the rest of a query (its field in the index, the similarity, the
         * most letters of length difference): the customers' name words among the list words, at the weak band's floor and
         * at 0.7; two adjacent words' consonants written together among the skeletons of words read from an abjad (a Latin
         * pair's look-up, at 0.8 / 0.95); two adjacent words written together among the list words within a letter of
         * length at 0.85 (a run of syllables' look-up); the same within two letters, keeping the first or the last letter, at
         * 0.8 (two query words written together against one list word, a batch's most frequent look-up).
         */
        static final List<String> LOOKUPS = List.of("words 0.45", "words 0.7", "skeletons 0.8421", "runs 0.85", "joined 0.8");
        private final Map<String, List<String>> lookedUp = new TreeMap<>();

        /**
         * The look-up cases' words, and one pass of a case in us a look-up. The dictionaries are reached by reflection
         * (their class and fields are the index's own, package-private), so that a build from before this case existed can
         * be measured as side A.
         */
        private double lookUps(String kind, double minSim) throws ReflectiveOperationException {
            if (lookedUp.isEmpty()) {
                java.util.Set<String> words = new java.util.LinkedHashSet<>(), skeletons = new java.util.LinkedHashSet<>(), runs = new java.util.LinkedHashSet<>();
                for (List<Query> qs : byScript.values()) {
                    for (Query q : qs) {
                        for (Tokens t : NameNormaliser.normalise(q.names().get(0).full(), q.schema()).forms()) {
                            for (int i = 0; i < t.size(); i++) {
                                if (t.kind(i) == TokenKind.NAME) words.add(t.text(i));
                                if (i + 1 == t.size()) continue;
                                if (!t.abjad() && t.skeleton(i).length() + t.skeleton(i + 1).length() >= 2) skeletons.add(t.skeleton(i) + t.skeleton(i + 1));
                                if (t.text(i).length() + t.text(i + 1).length() >= 4) runs.add(t.text(i) + t.text(i + 1));
                            }
                        }
                    }
                }
                lookedUp.put("words", List.copyOf(words));
                lookedUp.put("skeletons", List.copyOf(skeletons));
                lookedUp.put("runs", List.copyOf(runs));
                lookedUp.put("joined", List.copyOf(runs));
            }
            String field = switch (kind) {
                case "words" -> "textFuzzy";
                case "skeletons" -> "skeletonAbjadFuzzy";
                default -> "wordFuzzy";
            };
            int maxLengthDiff = kind.equals("runs") ? 1 : Integer.MAX_VALUE / 2;
            java.lang.reflect.Field f = screener.index().getClass().getDeclaredField(field);
            f.setAccessible(true);
            Object dictionary = f.get(screener.index());
            java.lang.reflect.Method lookup = dictionary.getClass().getDeclaredMethod("lookup", String.class, double.class, int.class,
                    java.util.function.IntConsumer.class);
            lookup.setAccessible(true);
            java.util.function.IntConsumer count = t -> results++;
            List<String> strings = lookedUp.get(kind);
            long started = System.nanoTime();
            if (kind.equals("joined")) {
                java.lang.reflect.Method ends = dictionary.getClass().getDeclaredMethod("lookupEnds", String.class, char.class, char.class,
                        double.class, int.class, java.util.function.IntConsumer.class);
                ends.setAccessible(true);
                started = System.nanoTime();
                for (String w : strings) ends.invoke(dictionary, w, w.charAt(0), w.charAt(w.length() - 1), minSim, 2, count);
                return (System.nanoTime() - started) / 1e3 / strings.size();
            }
            for (String w : strings) lookup.invoke(dictionary, w, minSim, maxLengthDiff, count);
            return (System.nanoTime() - started) / 1e3 / strings.size();
        }

        @Override
        public double applyAsDouble(String c) {
            if (c.equals(RESULTS)) return results;
            String[] p = c.split(" ");
            if (LOOKUPS.contains(c)) {
                try {
                    return lookUps(p[0], Double.parseDouble(p[1]));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("the index's dictionaries are not where this benchmark looks for them", e);
                }
            }
            ScreenOptions options = ScreenOptions.of(Double.parseDouble(p[1]), 5);
            List<Query> queries = byScript.getOrDefault(p[2], List.of());
            if (queries.isEmpty()) return Double.NaN;
            // cached: the customers screened once unmeasured first, since a first-sight case (of any script or threshold)
            // run before this one forgot every look-up; first sight: forgotten here
            if (p[0].equals("first")) screener.index().forgetLookUps();
            else for (Query q : queries) results += screener.screen(q, options).size();
            long started = System.nanoTime();
            for (Query q : queries) results += screener.screen(q, options).size();
            return (System.nanoTime() - started) / 1e3 / queries.size();
        }
    }
}
