package org.cordon.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cordon.match.normalise.NameNormaliser;
import org.cordon.match.normalise.NormalisedName;
import org.cordon.match.normalise.Tokens;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

/**
 * {@link NameScorer#upperBound} must never be below {@link NameScorer#score}: the indexed screener
 * skips a name whose bound is under its floor, so a bound below the score would lose a match. Checked
 * on every pair of the hand-labelled evaluation set (both directions, person and organisation rules)
 * and on generated pairs covering what the scorer treats specially: typos and cheap edits, joined and
 * split words, initials and acronyms, particles, legal forms, numbers, patronymics, and names in
 * Cyrillic, Arabic, Hangul and Han script.
 */
class NameScorerBoundTest {
    private static final String[] LATIN = {"ka", "mo", "ha", "med", "al", "ri", "ser", "gei", "ivan", "ov", "ko", "zh", "ang", "li", "na",
            "vla", "dim", "ir", "pu", "tin", "sch", "mid", "tt", "ch", "ou", "ber", "g", "son", "ach", "ev", "yu", "ki", "m", "jo", "ng",
            "un", "ra", "sh", "id", "abd", "ul", "lah", "el", "os", "ta", "wa", "ne", "ck", "ph", "ie", "ah", "eh", "ss", "z", "q", "c"};
    private static final String[] SCRIPT = {"Иван", "Петрович", "Сергеевич", "Шойгу", "Навальный", "محمد", "عبد الله", "حسين", "الأمين",
            "김정은", "박", "리", "金正恩", "王", "阿不都", "Ким"};
    private static final String[] EXTRA = {"bin", "al", "von", "de", "LLC", "GmbH", "OOO", "Trading Company", "No. 7", "J.", "A", "B C"};

    private static String word(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) sb.append(LATIN[rnd.nextInt(LATIN.length)]);
        return sb.toString();
    }

    private static String name(Random rnd) {
        List<String> words = new ArrayList<>();
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            int k = rnd.nextInt(10);
            words.add(k == 0 ? SCRIPT[rnd.nextInt(SCRIPT.length)] : k == 1 ? EXTRA[rnd.nextInt(EXTRA.length)] : word(rnd));
        }
        return String.join(" ", words);
    }

    /** A variant the scorer should find similar: typos, cheap edits, words joined, split, dropped or reduced to initials. */
    private static String variant(Random rnd, String name) {
        StringBuilder sb = new StringBuilder(name);
        int edits = rnd.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 2; e++) {
            int p = rnd.nextInt(sb.length() - 1);
            switch (rnd.nextInt(7)) {
                case 0 -> sb.deleteCharAt(p);
                case 1 -> sb.insert(p, sb.charAt(p));
                case 2 -> sb.setCharAt(p, "aeiouckszhjyvw".charAt(rnd.nextInt(14)));
                case 3 -> {
                    char c = sb.charAt(p);
                    sb.setCharAt(p, sb.charAt(p + 1));
                    sb.setCharAt(p + 1, c);
                }
                case 4 -> {
                    int sp = sb.indexOf(" ");
                    if (sp > 0) sb.deleteCharAt(sp); // joined
                }
                case 5 -> sb.insert(p, ' '); // split
                default -> {
                    String[] w = sb.toString().strip().split(" +");
                    if (w.length > 1 && !w[0].isEmpty()) {
                        StringBuilder initials = new StringBuilder();
                        for (String x : w) if (!x.isEmpty()) initials.append(x.charAt(0));
                        sb.setLength(0);
                        sb.append(rnd.nextBoolean() ? initials : w[0].charAt(0) + ". " + w[w.length - 1]);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static NameScorer scorerOver(List<String> names) {
        TokenFrequencies.Builder freq = TokenFrequencies.builder();
        for (String n : names) {
            NormalisedName nn = NameNormaliser.normalise(n, null);
            Set<String> seen = new HashSet<>();
            for (Tokens t : nn.forms()) for (int i = 0; i < t.size(); i++) if (seen.add(t.text(i))) freq.add(t.text(i));
        }
        return new NameScorer(freq.build());
    }

    private static int check(NameScorer scorer, String a, String b, Schema schema) {
        NormalisedName q = NameNormaliser.normalise(a, schema), l = NameNormaliser.normalise(b, schema);
        double score = scorer.score(q, l), bound = scorer.upperBound(q, l);
        assertThat(bound).as("bound of %s ~ %s (%s)", a, b, schema).isGreaterThanOrEqualTo(score - 1e-9);
        return bound < 1.0 && bound < score + 0.2 ? 1 : 0;
    }

    @Test
    void theBoundIsNeverBelowTheScoreOnGeneratedPairs() {
        Random rnd = new Random(7);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 1500; i++) names.add(name(rnd));
        NameScorer scorer = scorerOver(names);
        int pairs = 0, high = 0, tight = 0;
        Schema[] schemas = {null, Schema.PERSON, Schema.ORGANIZATION, Schema.COMPANY};
        for (int i = 0; i < 8000; i++) {
            String a = names.get(rnd.nextInt(names.size()));
            String b = rnd.nextInt(3) == 0 ? names.get(rnd.nextInt(names.size())) : variant(rnd, a);
            Schema s = schemas[rnd.nextInt(schemas.length)];
            tight += check(scorer, b, a, s);
            if (scorer.score(NameNormaliser.normalise(b, s), NameNormaliser.normalise(a, s)) >= 0.7) high++;
            pairs++;
        }
        assertThat(pairs).isEqualTo(8000);
        assertThat(high).as("the generated variants do score high").isGreaterThan(1000);
        assertThat(tight).as("the bound is useful (under 1 and within 0.2 of the score) for many pairs").isGreaterThan(2000);
    }

    /** Words of one script each: names made of them are compared as written (NameScorer.sameScript). */
    private static final String[][] SCRIPTS = {
            {"محمد", "عبد", "الله", "عبدالله", "حسين", "علي", "الأمين", "بن", "أحمد", "الزهراني", "عبدالعزيز", "خالد", "الدكتور", "السيد"},
            {"Иван", "Петрович", "Сергеевич", "Шойгу", "Навальный", "Ким", "Владимир", "Путин", "Ивановна", "ООО", "Сергей"},
            {"김정은", "김", "정은", "박", "리", "이서연", "정", "윤서", "민준", "조선", "무역"},
            {"金正恩", "王", "阿不都", "李", "张伟", "有限公司", "中国", "贸易", "习近平"}};

    @Test
    void theBoundIsNeverBelowTheScoreWithinOneScript() {
        Random rnd = new Random(13);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            String[] words = SCRIPTS[i % SCRIPTS.length];
            List<String> w = new ArrayList<>();
            for (int k = 1 + rnd.nextInt(4); k > 0; k--) w.add(words[rnd.nextInt(words.length)]);
            names.add(String.join(" ", w));
        }
        NameScorer scorer = scorerOver(names);
        Schema[] schemas = {null, Schema.PERSON, Schema.ORGANIZATION};
        int sameScript = 0, high = 0;
        for (int i = 0; i < 6000; i++) {
            String a = names.get(rnd.nextInt(names.size()));
            // another name of the same script, or a variant: letters dropped, doubled or swapped, words joined or split
            String b = rnd.nextInt(3) == 0 ? names.get((names.indexOf(a) + SCRIPTS.length * (1 + rnd.nextInt(50))) % names.size())
                    : variant(rnd, a);
            Schema s = schemas[rnd.nextInt(schemas.length)];
            check(scorer, b, a, s);
            NormalisedName q = NameNormaliser.normalise(b, s), l = NameNormaliser.normalise(a, s);
            if (q.script() != Character.UnicodeScript.LATIN && q.script() == l.script()) sameScript++;
            if (scorer.score(q, l) >= 0.7) high++;
        }
        assertThat(sameScript).as("pairs compared as written").isGreaterThan(3000);
        assertThat(high).as("the variants do score high").isGreaterThan(1000);
    }

    @Test
    void theBoundIsNeverBelowTheScoreOnTheEvaluationPairs() throws IOException {
        String prop = System.getProperty("cordon.shared");
        Path file = Path.of(prop != null ? prop : "../../shared").resolve("eval/name-pairs-dev.csv");
        List<String[]> rows = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).subList(1, Files.readAllLines(file, StandardCharsets.UTF_8).size())) {
            String[] f = line.split(",", -1);
            if (f.length < 4 || f[2].contains("\"") || f[3].contains("\"")) continue; // quoted names: not needed for this check
            rows.add(f);
            all.add(f[2]);
            all.add(f[3]);
        }
        assertThat(rows).hasSizeGreaterThan(300);
        NameScorer scorer = scorerOver(all);
        for (String[] f : rows) {
            Schema s = "Person".equals(f[1]) ? Schema.PERSON : Schema.COMPANY;
            check(scorer, f[2], f[3], s);
            check(scorer, f[3], f[2], s);
            check(scorer, f[2], f[3], null);
        }
    }
}
