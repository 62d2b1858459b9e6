package org.cordon.match.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.cordon.match.score.EditDistance;
import org.junit.jupiter.api.Test;

/**
 * The look-up against brute force: every term it returns, and no other, reaches the similarity. Its filters are lower
 * bounds of the distance; the brute-force comparisons fail when one is made stronger than it is (checked by hand for the
 * histograms' combined bound: 0.15 instead of 0.1 per coarse unit, or the coarse and the length terms added instead of
 * their larger taken; and for the bound on the letters in order: 0.5 instead of 0.4 per fine letter unmatched, or 0.6
 * instead of 0.5 per coarse one in its first test; and for the bound on how the letters pair: any of its four costs a
 * tenth higher, a pair within a class, a pair across classes, a doubled letter's or another letter's deletion; and for
 * the same bound from the histograms alone, thirty-first session: a pair across classes within a coarse one or across
 * coarse ones a tenth higher, or a class of more than three letters counted at three).
 */
class FuzzyDictionaryTest {
    /**
     * Letters weighted towards the cheap classes (c k q s z, vowels, h, doubles) where the filter's bound is tightest, and
     * two Cyrillic letters (outside Latin, letters share classes).
     */
    private static final String ALPHABET = "aeiouyjgckqszfvwhhbdlmnprtxдж";

    private static String randomWord(Random rnd, int min, int max) {
        int len = min + rnd.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
        return sb.toString();
    }

    private static String mutate(Random rnd, String w) {
        StringBuilder sb = new StringBuilder(w);
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 1; e++) {
            int p = rnd.nextInt(sb.length());
            switch (rnd.nextInt(5)) {
                case 0 -> sb.deleteCharAt(p);
                case 1 -> sb.insert(p, sb.charAt(p)); // doubled letter: cheap
                case 2 -> sb.setCharAt(p, ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
                case 3 -> sb.insert(p, 'h');
                default -> {
                    if (p + 1 < sb.length()) {
                        char c = sb.charAt(p);
                        sb.setCharAt(p, sb.charAt(p + 1));
                        sb.setCharAt(p + 1, c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** 3,000 random words of {@code minLength} to 16 letters and 3,000 variants of them, distinct and sorted. */
    private static String[] vocabulary(Random rnd, int minLength) {
        List<String> vocab = new ArrayList<>();
        for (int i = 0; i < 3000; i++) vocab.add(randomWord(rnd, minLength, 16));
        for (int i = 0; i < 3000; i++) vocab.add(mutate(rnd, vocab.get(rnd.nextInt(vocab.size()))));
        return new TreeSet<>(vocab).toArray(new String[0]);
    }

    private static int[] ids(String[] terms) {
        int[] ids = new int[terms.length];
        for (int i = 0; i < ids.length; i++) ids[i] = i;
        return ids;
    }

    @Test
    void lookupFindsExactlyTheTermsABruteForceComparisonFinds() {
        Random rnd = new Random(42);
        String[] terms = vocabulary(rnd, 1);
        FuzzyDictionary dict = new FuzzyDictionary(terms, ids(terms));
        int checked = 0, nonEmpty = 0;
        for (int q = 0; q < 400; q++) {
            String query = q % 2 == 0 ? mutate(rnd, terms[rnd.nextInt(terms.length)]) : randomWord(rnd, 2, 14);
            // the index's strong and joined look-ups, a skeleton's, and the weak band's at the scorer's alignment floor
            for (double minSim : new double[]{0.45, 0.5 / 0.95, 0.7, 0.7 / 0.95, 0.8}) {
                TreeSet<Integer> expected = new TreeSet<>();
                // the look-up keeps a term within a rounding error (1e-9) of the similarity
                for (int i = 0; i < terms.length; i++) if (EditDistance.similarity(query, terms[i]) >= minSim - 1e-9) expected.add(i);
                TreeSet<Integer> found = new TreeSet<>();
                String q0 = query;
                dict.lookup(query, minSim, Integer.MAX_VALUE / 2, (FuzzyDictionary.Hit) (id, sim) -> {
                    found.add(id);
                    // the similarity the look-up reports is the scorer's, to within rounding
                    assertThat(sim).as("%s ~ %s", q0, terms[id]).isCloseTo(EditDistance.similarity(q0, terms[id]), within(1e-12));
                });
                assertThat(found).as("query %s at %s", query, minSim).isEqualTo(expected);
                checked++;
                if (!expected.isEmpty()) nonEmpty++;
            }
        }
        assertThat(checked).isEqualTo(2000);
        assertThat(nonEmpty).as("the generated queries do meet similar terms").isGreaterThan(250);
    }

    @Test
    void lookupEndsFindsTheSimilarTermsThatKeepAnEnd() {
        Random rnd = new Random(11);
        String[] terms = vocabulary(rnd, 4);
        FuzzyDictionary dict = new FuzzyDictionary(terms, ids(terms), true);
        int nonEmpty = 0;
        for (int q = 0; q < 300; q++) {
            String query = mutate(rnd, terms[rnd.nextInt(terms.length)]);
            if (!assertLookupEndsIsBruteForce(dict, terms, query).isEmpty()) nonEmpty++;
        }
        assertThat(nonEmpty).isGreaterThan(100);
    }

    /**
     * Checks {@code lookupEnds} at 0.8 within two letters against every term compared in turn, and returns what both found:
     * the terms that keep the query's first or last letter, are within two letters of its length and similar at 0.8.
     */
    private static TreeSet<Integer> assertLookupEndsIsBruteForce(FuzzyDictionary dict, String[] terms, String query) {
        char first = query.charAt(0), last = query.charAt(query.length() - 1);
        TreeSet<Integer> expected = new TreeSet<>();
        for (int i = 0; i < terms.length; i++) {
            boolean keepsAnEnd = terms[i].charAt(0) == first || terms[i].charAt(terms[i].length() - 1) == last;
            if (keepsAnEnd && Math.abs(terms[i].length() - query.length()) <= 2 && EditDistance.similarity(query, terms[i]) >= 0.8) expected.add(i);
        }
        TreeSet<Integer> found = new TreeSet<>();
        dict.lookupEnds(query, first, last, 0.8, 2, found::add);
        assertThat(found).as("query %s", query).isEqualTo(expected);
        return expected;
    }

    /**
     * The same with terms beginning and ending with letters of other scripts (Arabic, Han, beyond the table that finds a
     * Latin or Cyrillic letter's group at once) beside Latin ones, and queries ending or beginning with either.
     */
    @Test
    void lookupEndsFindsTermsWhoseEndsAreLettersOfOtherScripts() {
        Random rnd = new Random(12);
        String[] ends = {"ب", "م", "ع", "王", "秀", "a", "k", "ж"};
        List<String> vocab = new ArrayList<>();
        for (String w : vocabulary(rnd, 4)) {
            vocab.add(w);
            if (rnd.nextInt(3) == 0) vocab.add(ends[rnd.nextInt(ends.length)] + w.substring(1));
            if (rnd.nextInt(3) == 0) vocab.add(w.substring(0, w.length() - 1) + ends[rnd.nextInt(ends.length)]);
        }
        String[] terms = new TreeSet<>(vocab).toArray(new String[0]);
        FuzzyDictionary dict = new FuzzyDictionary(terms, ids(terms), true);
        int nonEmpty = 0, otherScript = 0;
        for (int q = 0; q < 300; q++) {
            String query = mutate(rnd, terms[rnd.nextInt(terms.length)]);
            char first = query.charAt(0), last = query.charAt(query.length() - 1);
            TreeSet<Integer> expected = assertLookupEndsIsBruteForce(dict, terms, query);
            if (!expected.isEmpty()) {
                nonEmpty++;
                if (first >= 0x0600 || last >= 0x0600) otherScript++;
            }
        }
        assertThat(nonEmpty).isGreaterThan(100);
        assertThat(otherScript).as("queries with an end beyond the table that meet terms").isGreaterThan(20);
    }

    /**
     * A dictionary whose terms are grouped by letters given for them (a consonant skeleton by the ends of the words it was
     * read from: several pairs a term, or none) finds, by those letters, exactly the similar terms that carry the first
     * letter as a first or the last as a last, at any length the similarity allows; written and read back, the same.
     */
    @Test
    void lookupByKeyedEndsFindsTheSimilarTermsGivenThoseLetters() {
        Random rnd = new Random(13);
        String[] terms = vocabulary(rnd, 2);
        String letters = "abkmsж王";
        List<Long> keys = new ArrayList<>();
        List<java.util.Set<Character>> firsts = new ArrayList<>(), lasts = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            java.util.Set<Character> f = new java.util.HashSet<>(), l = new java.util.HashSet<>();
            for (int k = rnd.nextInt(4); k > 0; k--) {
                char a = letters.charAt(rnd.nextInt(letters.length())), b = letters.charAt(rnd.nextInt(letters.length()));
                keys.add((long) i << 32 | (long) a << 16 | b);
                f.add(a);
                l.add(b);
            }
            firsts.add(f);
            lasts.add(l);
        }
        long[] endKeys = keys.stream().mapToLong(Long::longValue).toArray();
        FuzzyDictionary dict = FuzzyDictionary.withKeyedEnds(terms, ids(terms), endKeys);
        IndexBytes.Writer out = new IndexBytes.Writer();
        dict.write(out);
        byte[] bytes = out.toByteArray();
        FuzzyDictionary read = FuzzyDictionary.read(new IndexBytes.Reader(bytes, 0, bytes.length), terms);
        double minSim = 0.8 / 0.95;
        int nonEmpty = 0, byBoth = 0;
        for (int q = 0; q < 300; q++) {
            String query = mutate(rnd, terms[rnd.nextInt(terms.length)]);
            char first = letters.charAt(rnd.nextInt(letters.length())), last = letters.charAt(rnd.nextInt(letters.length()));
            TreeSet<Integer> expected = new TreeSet<>();
            for (int i = 0; i < terms.length; i++) {
                boolean keyed = firsts.get(i).contains(first) || lasts.get(i).contains(last);
                if (keyed && EditDistance.similarity(query, terms[i]) >= minSim - 1e-9) {
                    expected.add(i);
                    if (firsts.get(i).contains(first) && lasts.get(i).contains(last)) byBoth++;
                }
            }
            for (FuzzyDictionary d : new FuzzyDictionary[] {dict, read}) {
                TreeSet<Integer> found = new TreeSet<>();
                d.lookup(query, minSim, Integer.MAX_VALUE / 2, first, last, (id, sim) -> found.add(id));
                assertThat(found).as("query %s by %s and %s", query, first, last).isEqualTo(expected);
            }
            if (!expected.isEmpty()) nonEmpty++;
        }
        assertThat(nonEmpty).isGreaterThan(30);
        assertThat(byBoth).as("terms found by both letters (in both groups)").isGreaterThan(0);
    }

    /**
     * A look-up started from another's callback finds what it finds alone, and the outer one too (a look-up's work arrays
     * are its own: sharing them, say per thread, must keep this).
     */
    @Test
    void aLookUpFromWithinAnothersCallbackFindsWhatItFindsAlone() {
        Random rnd = new Random(5);
        String[] terms = vocabulary(rnd, 3);
        FuzzyDictionary dict = new FuzzyDictionary(terms, ids(terms));
        for (int q = 0; q < 50; q++) {
            String outer = terms[rnd.nextInt(terms.length)], inner = mutate(rnd, terms[rnd.nextInt(terms.length)]) + "д";
            TreeSet<Integer> outerAlone = new TreeSet<>(), innerAlone = new TreeSet<>();
            dict.lookup(outer, 0.45, Integer.MAX_VALUE / 2, (java.util.function.IntConsumer) outerAlone::add);
            dict.lookup(inner, 0.45, Integer.MAX_VALUE / 2, (java.util.function.IntConsumer) innerAlone::add);
            assertThat(outerAlone).as("the outer query %s meets terms", outer).isNotEmpty();
            TreeSet<Integer> outerNested = new TreeSet<>();
            List<TreeSet<Integer>> innerNested = new ArrayList<>();
            dict.lookup(outer, 0.45, Integer.MAX_VALUE / 2, (java.util.function.IntConsumer) t -> {
                outerNested.add(t);
                TreeSet<Integer> found = new TreeSet<>();
                dict.lookup(inner, 0.45, Integer.MAX_VALUE / 2, (java.util.function.IntConsumer) found::add);
                innerNested.add(found);
            });
            assertThat(outerNested).as("outer %s", outer).isEqualTo(outerAlone);
            for (TreeSet<Integer> found : innerNested) assertThat(found).as("inner %s", inner).isEqualTo(innerAlone);
        }
    }

    @Test
    void maxLengthDifferenceLimitsTheLookup() {
        FuzzyDictionary dict = new FuzzyDictionary(new String[]{"patrushev", "patrushevv", "patrushevvvv"}, new int[]{0, 1, 2});
        List<Integer> hits = new ArrayList<>();
        dict.lookup("patrushev", 0.7, 2, (java.util.function.IntConsumer) hits::add);
        assertThat(hits).containsExactlyInAnyOrder(0, 1);
    }

    /**
     * Four vowels for four others (0.8 each, 3.2 in ten letters: 0.46) at the weak band's floor, whose largest distance is
     * 3.2: the histograms count the vowels of both words, one coarse class, as three, so the bound on how the letters pair
     * without their order counts the query's fourth vowel back in; without it a pair across coarse classes would be
     * charged 1 where it is a vowel for a vowel, 0.8, and the term left out.
     */
    @Test
    void aClassOfMoreThanThreeLettersOnBothSidesPairsInFull() {
        String query = "balakanamr", term = "belekenemr";
        assertThat(EditDistance.similarity(query, term)).isGreaterThanOrEqualTo(0.45);
        FuzzyDictionary dict = new FuzzyDictionary(new String[]{term, "balakanam", "zzzzzzzzzz"}, new int[]{0, 1, 2});
        List<Integer> hits = new ArrayList<>();
        dict.lookup(query, 0.45, Integer.MAX_VALUE / 2, (java.util.function.IntConsumer) hits::add);
        assertThat(hits).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void tenthsAreTheWeightedDistanceWhenWithinTheBoundAndAboveItOtherwise() {
        Random rnd = new Random(7);
        int[][] rows = new int[3][65];
        int within = 0, beyond = 0;
        for (int k = 0; k < 20_000; k++) {
            String a = randomWord(rnd, 1, 14);
            String b = rnd.nextBoolean() ? mutate(rnd, a) : randomWord(rnd, 1, 14);
            if (rnd.nextInt(10) == 0) b = b.replace('a', 'д'); // a letter outside ASCII takes the other branch
            int max10 = rnd.nextInt(30);
            double exact = EditDistance.distance(a, b);
            int t = FuzzyDictionary.tenthsAtMost(a.toCharArray(), tenths(a), b.toCharArray(), tenths(b), max10, rows);
            if (exact * 10 <= max10 + 1e-6) {
                assertThat(t).as("%s ~ %s", a, b).isEqualTo((int) Math.round(exact * 10));
                within++;
            } else {
                assertThat(t).as("%s ~ %s within %d tenths", a, b, max10).isGreaterThan(max10);
                beyond++;
            }
        }
        assertThat(within).isGreaterThan(2_000);
        assertThat(beyond).isGreaterThan(2_000);
    }

    private static byte[] tenths(String s) {
        byte[] out = new byte[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = (byte) Math.round(EditDistance.indelCost(s, i) * 10);
        return out;
    }
}
