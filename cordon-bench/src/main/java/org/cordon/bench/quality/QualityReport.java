package org.cordon.bench.quality;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cordon.lists.ListLoader;
import org.cordon.match.IndexedScreener;
import org.cordon.match.ScanScreener;
import org.cordon.match.Screeners;

/**
 * Every match-quality figure in one run: labelled pairs (Cordon beside logic-v2), cross-list recall,
 * cross-script recall and the false-alert rate on generated names (persons and companies; and company names of two to
 * six words), over the lists in a directory ({@code --no-schema} screens the generated names without their schema, as a
 * file without a schema column is screened).
 * Run from the repository root (figures are recorded in docs/matching.md):
 * <pre>
 * mvn -B -o -q -pl cordon-bench -am compile exec:java -Dexec.mainClass=org.cordon.bench.quality.QualityReport \
 *     -Dexec.args="--lists ../shared/data/lists --pairs ../shared/eval/name-pairs-dev.csv --fake 100000"
 * </pre>
 */
public final class QualityReport {
    private QualityReport() {}

    /**
     * Loads the directory as one set; when the set does not load as a whole (e.g. two OFAC files
     * claiming the same record ids), loads each folder of files on its own, keeps the first record of
     * each id and says what it did, so that the figures still cover every list.
     */
    static ListLoader.Loaded load(Path dir, PrintStream out) throws Exception {
        try {
            return ListLoader.load(dir);
        } catch (org.cordon.lists.ListFormatException e) {
            out.println("note: " + e.getMessage() + "\n      loading each folder on its own instead");
        }
        List<Path> leaves;
        try (var walk = java.nio.file.Files.walk(dir)) {
            leaves = walk.filter(java.nio.file.Files::isDirectory).filter(d -> {
                try (var l = java.nio.file.Files.list(d)) {
                    return l.anyMatch(java.nio.file.Files::isRegularFile);
                } catch (java.io.IOException x) {
                    return false;
                }
            }).sorted().toList();
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<org.cordon.model.SanctionsList> all = new java.util.ArrayList<>();
        List<Path> skipped = new java.util.ArrayList<>();
        for (Path leaf : leaves) {
            List<Path> files;
            try (var l = java.nio.file.Files.list(leaf)) {
                files = l.filter(java.nio.file.Files::isRegularFile).sorted().toList();
            }
            ListLoader.Loaded part;
            try {
                part = ListLoader.loadFiles(files, leaf);
            } catch (org.cordon.lists.ListFormatException e) {
                if (!e.getMessage().contains("no list files")) throw e;
                continue;
            }
            skipped.addAll(part.skipped());
            for (org.cordon.model.SanctionsList sl : part.lists()) {
                List<org.cordon.model.Entity> keep = sl.entities().stream().filter(e -> seen.add(e.id())).toList();
                if (keep.size() < sl.entities().size()) {
                    out.printf(Locale.ROOT, "note: %s: %d records already loaded from another file, left out%n", leaf,
                            sl.entities().size() - keep.size());
                }
                all.add(new org.cordon.model.SanctionsList(sl.version(), keep));
            }
        }
        return new ListLoader.Loaded(all, skipped);
    }

    public static void main(String[] args) throws Exception {
        Path lists = Path.of("../shared/data/lists");
        Path pairsFile = Path.of("../shared/eval/name-pairs-dev.csv");
        int fake = 100_000;
        long seed = FalseAlerts.DEFAULT_SEED;
        boolean verbose = false;
        Path alertsOut = null;
        boolean withSchema = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--lists" -> lists = Path.of(args[++i]);
                case "--pairs" -> pairsFile = Path.of(args[++i]);
                case "--fake" -> fake = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--verbose" -> verbose = true;
                case "--alerts" -> alertsOut = Path.of(args[++i]);
                case "--no-schema" -> withSchema = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + ": expected --lists DIR, --pairs FILE, --fake N, --seed S, --verbose, --alerts FILE, --no-schema");
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        out.println("== Labelled pairs (uniform token weights) ==");
        ScanScreener bare = Screeners.scan(List.of());
        LabelledPairs pairs = LabelledPairs.read(pairsFile);
        PairScoring scoring = new PairScoring(bare);
        PairEvaluation ev = new PairEvaluation(pairs, scoring.scoreAll(pairs), bare.matchThreshold());
        ev.print(out);
        ev.printBands(out);
        out.println("\n== Labelled pairs, the query without its schema (uniform token weights) ==");
        new PairEvaluation(pairs, new PairScoring(bare, false).scoreAll(pairs), bare.matchThreshold()).print(out);

        long t0 = System.nanoTime();
        ListLoader.Loaded loaded = load(lists, out);
        long t1 = System.nanoTime();
        IndexedScreener screener = Screeners.build(loaded.lists());
        long t2 = System.nanoTime();
        out.printf(Locale.ROOT, "%n== Lists: %d entities from %s; load %d ms, build %d ms; threshold %.2f ==%n",
                loaded.entityCount(), lists, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, screener.matchThreshold());
        loaded.lists().forEach(l -> out.printf(Locale.ROOT, "  %s: %d%n", l.source(), l.entities().size()));
        out.printf(Locale.ROOT, "  linked profiles (more than one record): %d%n", screener.profiles().linked().size());

        out.println("\n== Labelled pairs (token weights from the lists) ==");
        PairScoring weighted = new PairScoring(screener.scan());
        new PairEvaluation(pairs, weighted.scoreAll(pairs), screener.matchThreshold()).print(out);

        List<CrossListRecall.Case> cases = CrossListRecall.cases(loaded.entities());
        long t3 = System.nanoTime();
        CrossListRecall.Result cl = CrossListRecall.run(screener.scan(), cases);
        long t4 = System.nanoTime();
        out.printf(Locale.ROOT, "%n== Cross-list recall (UN reference gold) ==%n%d queries, %d gold pairs: recall by name %.4f, by name + birth date %.4f (%d ms)%n",
                cl.queries(), cl.pairs(), cl.recall(), cl.recallWithDob(), (t4 - t3) / 1_000_000);
        if (verbose) cl.misses().forEach(m -> out.println("  miss: " + m));

        CrossScriptRecall.Result cs = CrossScriptRecall.run(screener.scan(), cases);
        out.printf(Locale.ROOT, "%n== Cross-script recall ==%n%d non-Latin queries, %d gold pairs: recall %.4f%n", cs.queries(), cs.pairs(), cs.recall());
        for (Map.Entry<String, int[]> e : new java.util.TreeMap<>(cs.byScript()).entrySet()) {
            out.printf(Locale.ROOT, "  %-10s %d/%d = %.3f%n", e.getKey(), e.getValue()[1], e.getValue()[0], (double) e.getValue()[1] / e.getValue()[0]);
        }
        if (verbose) cs.misses().forEach(m -> out.println("  miss: " + m));

        OwnLatinRecall.Result own = OwnLatinRecall.run(screener.scan(), loaded.entities());
        out.printf(Locale.ROOT, "%n== Non-Latin names against their own record's Latin names ==%n%d names: recall %.4f%n", own.queries(), own.recall());
        for (Map.Entry<String, int[]> e : own.byScriptAndSchema().entrySet()) {
            out.printf(Locale.ROOT, "  %-24s %d/%d = %.3f%n", e.getKey(), e.getValue()[1], e.getValue()[0], (double) e.getValue()[1] / e.getValue()[0]);
        }
        if (verbose) own.misses().forEach(m -> out.println("  miss: " + m));
        OwnLatinRecall.Result spelt = OwnLatinRecall.runTransliterated(screener.scan(), loaded.entities());
        out.printf(Locale.ROOT, "Cyrillic organisations' names in Latin letters (ICU Russian-Latin/BGN) against their own record's Latin names: %d/%d = %.3f%n",
                spelt.found(), spelt.queries(), spelt.recall());
        if (verbose) spelt.misses().forEach(m -> out.println("  miss (in Latin letters): " + m));
        for (WesternCyrillicSpellings spelling : WesternCyrillicSpellings.values()) {
            OwnLatinRecall.Result western = OwnLatinRecall.runWesternSpelling(screener.scan(), loaded.entities(), spelling);
            String language = spelling.name().charAt(0) + spelling.name().substring(1).toLowerCase(Locale.ROOT);
            out.printf(Locale.ROOT, "Cyrillic persons' names spelt as %s writes Russian names against their own record's Latin names: %d/%d = %.3f%n",
                    language, western.found(), western.queries(), western.recall());
            if (verbose) western.misses().forEach(m -> out.println("  miss (" + language + "): " + m));
        }
        OwnLatinRecall.Result rr = OwnLatinRecall.runSpelt(screener.scan(), loaded.entities(), true, Character.UnicodeScript.HANGUL,
                RevisedRomanization::spell);
        out.printf(Locale.ROOT, "Hangul persons' names spelt in Revised Romanization against their own record's Latin names: %d/%d = %.3f%n",
                rr.found(), rr.queries(), rr.recall());
        if (verbose) rr.misses().forEach(m -> out.println("  miss (Revised Romanization): " + m));

        InitialsRecall.Result ini = InitialsRecall.run(screener.scan(), loaded.entities());
        out.printf(Locale.ROOT, "%n== Persons by family name and initials, screened without a schema ==%n%d names:", ini.queries());
        for (int s = 0; s < InitialsRecall.STYLES.size(); s++) {
            out.printf(Locale.ROOT, " %s %d (%.4f)%s", InitialsRecall.STYLES.get(s), ini.found()[s], ini.recall(s),
                    s + 1 < InitialsRecall.STYLES.size() ? "," : "\n");
        }
        out.printf(Locale.ROOT, "of them %d with an initial a Cyrillic letter's Latin spelling writes, as \"Family Yu.P.\": %d (%.4f)%n",
                ini.letterQueries(), ini.letterFound(), ini.letterRecall());
        if (verbose) ini.misses().stream().limit(200).forEach(m -> out.println("  miss: " + m));

        FamilyFirstRecall.Result ff = FamilyFirstRecall.run(screener.scan(), loaded.entities());
        out.printf(Locale.ROOT, "%n== Persons by family name first, screened without a schema ==%n%d names:", ff.queries());
        for (int s = 0; s < FamilyFirstRecall.STYLES.size(); s++) {
            out.printf(Locale.ROOT, " %s %d (%.4f)%s", FamilyFirstRecall.STYLES.get(s), ff.found()[s], ff.recall(s),
                    s + 1 < FamilyFirstRecall.STYLES.size() ? "," : "\n");
        }
        if (verbose) ff.misses().stream().limit(100).forEach(m -> out.println("  miss: " + m));

        if (fake > 0) {
            List<FalseAlerts.Generated> names = FalseAlerts.generate(fake, seed);
            long t5 = System.nanoTime();
            FalseAlerts.Result fa = FalseAlerts.run(screener, names, withSchema);
            long t6 = System.nanoTime();
            out.printf(Locale.ROOT, "%n== False alerts on %d generated names (seed %d%s) ==%nalerts %d = %.3f %% (%d ms, %.0f queries/s)%n", fa.queries(), seed,
                    withSchema ? "" : ", screened without a schema", fa.alerts(),
                    100.0 * fa.rate(), (t6 - t5) / 1_000_000, fa.queries() / ((t6 - t5) / 1e9));
            out.printf(Locale.ROOT, "of which the generated name is a listed name (name score 1.0): %d; alerts on other names %d = %.3f %%%n",
                    fa.identical(), fa.alerts() - fa.identical(), 100.0 * fa.rateBeyondIdentical());
            for (Map.Entry<String, int[]> e : fa.byLocale().entrySet()) {
                out.printf(Locale.ROOT, "  %-12s %d/%d = %.3f %%%n", e.getKey(), e.getValue()[1], e.getValue()[0], 100.0 * e.getValue()[1] / e.getValue()[0]);
            }
            fa.examples().forEach(x -> out.println("  alert: " + x));
            if (alertsOut != null) {
                java.nio.file.Files.write(alertsOut, fa.every(), StandardCharsets.UTF_8);
                out.printf(Locale.ROOT, "every alert (locale, score, name, explanation) written to %s%n", alertsOut);
            }

            List<FalseAlerts.Generated> companies = FalseAlerts.generateCompanies(fake / 5, seed);
            FalseAlerts.Result fc = FalseAlerts.run(screener, companies, withSchema);
            out.printf(Locale.ROOT, "%n== False alerts on %d generated company names of two to six words (seed %d%s) ==%nalerts %d = %.3f %%; of which the generated name is a listed name: %d%n",
                    fc.queries(), seed, withSchema ? "" : ", screened without a schema", fc.alerts(), 100.0 * fc.rate(), fc.identical());
            for (Map.Entry<String, int[]> e : fc.byLocale().entrySet()) {
                out.printf(Locale.ROOT, "  %-12s %d/%d = %.3f %%%n", e.getKey(), e.getValue()[1], e.getValue()[0], 100.0 * e.getValue()[1] / e.getValue()[0]);
            }
            fc.every().forEach(x -> out.println("  alert: " + x));

            List<FalseAlerts.Generated> korean = new java.util.ArrayList<>();
            for (FalseAlerts.Generated g : names) {
                if (g.locale().equals("ko")) korean.add(new FalseAlerts.Generated(RevisedRomanization.spell(g.name()), g.schema(), "ko-rr"));
            }
            FalseAlerts.Result fk = FalseAlerts.run(screener, korean, withSchema);
            out.printf(Locale.ROOT, "%n== False alerts on the %d generated Korean names spelt in Revised Romanization (seed %d%s) ==%nalerts %d = %.3f %%; of which the generated name is a listed name: %d%n",
                    fk.queries(), seed, withSchema ? "" : ", screened without a schema", fk.alerts(), 100.0 * fk.rate(), fk.identical());
            fk.every().forEach(x -> out.println("  alert: " + x));
        }
    }
}
