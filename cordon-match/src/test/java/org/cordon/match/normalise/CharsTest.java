package org.cordon.match.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each scan against the regular expression it replaces, on random strings of the characters that tell them apart. */
class CharsTest {
    /** Every kind of whitespace (and one \s does not count), cases, a combining mark, digits, dots and apostrophes, other scripts, a surrogate pair. */
    private static final String[] PIECES = {" ", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2003", "\u0001", "a", "z", "q", "M", "D", "É", "é",
            "\u0301", "\u064E", "0", "7", ".", "'", "-", "ж", "Ж", "م", "王", "𝐀", "ß", "ǅ", "s", ".", "'s", "\u2019", "Ⅻ", "²", "𝐚"};

    private static String random(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(12);
        for (int i = 0; i < n; i++) sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        return sb.toString();
    }

    @Test
    void eachScanDoesWhatItsExpressionDid() {
        Random rnd = new Random(29);
        java.util.regex.Pattern camel = java.util.regex.Pattern.compile("(\\p{Ll})(\\p{Lu}\\p{Ll})");
        int camelCases = 0, spaced = 0, marked = 0;
        for (int k = 0; k < 200_000; k++) {
            String s = random(rnd);
            String collapsed = s.replaceAll("\\s+", " ").strip();
            assertThat(Chars.collapseWhitespace(s)).as("collapse %s", escaped(s)).isEqualTo(collapsed);
            if (!collapsed.equals(s)) spaced++;
            String unmarked = s.replaceAll("\\p{Mn}", "");
            assertThat(Chars.withoutNonSpacingMarks(s)).as("marks %s", escaped(s)).isEqualTo(unmarked);
            if (!unmarked.equals(s)) marked++;
            List<String> words = new ArrayList<>();
            Chars.asciiWords(s, words);
            assertThat(words).as("words %s", escaped(s)).isEqualTo(Arrays.stream(s.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList());
            assertThat(Chars.wordsBetweenSpaces(s)).as("split %s", escaped(s)).isEqualTo(s.trim().split("\\s+"));
            // the guard: whenever the expression changes a string, the test says it could
            if (!camel.matcher(s).replaceAll("$1 $2").equals(s)) {
                assertThat(Chars.hasLowerThenUpper(s)).as("camel %s", escaped(s)).isTrue();
                camelCases++;
            }
        }
        // not vacuous: the random strings exercise every scan
        assertThat(camelCases).isGreaterThan(500);
        assertThat(spaced).isGreaterThan(50_000);
        assertThat(marked).isGreaterThan(10_000);
    }

    @Test
    void theRareShapesOfNamesAreRewrittenAsTheirExpressionsRewroteThem() {
        Random rnd = new Random(35);
        java.util.regex.Pattern camel = java.util.regex.Pattern.compile("(\\p{Ll})(\\p{Lu}\\p{Ll})");
        java.util.regex.Pattern possessive = java.util.regex.Pattern.compile("['\u2019]s(?![\\p{L}\\p{N}])");
        java.util.regex.Pattern dotted = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L})\\.((?:\\p{L}\\.)*\\p{L})\\.?(?![\\p{L}\\p{N}])");
        int camelChanged = 0, possessiveChanged = 0, dottedChanged = 0, filtered = 0;
        for (int k = 0; k < 300_000; k++) {
            String s = random(rnd);
            String expected = camel.matcher(s).replaceAll("$1 $2");
            assertThat(Chars.splitCamel(s)).as("camel %s", escaped(s)).isEqualTo(expected);
            if (!expected.equals(s)) camelChanged++;
            expected = possessive.matcher(s).replaceAll("");
            assertThat(Chars.withoutPossessive(s)).as("possessive %s", escaped(s)).isEqualTo(expected);
            if (!expected.equals(s)) possessiveChanged++;
            expected = undottedByExpression(s, dotted);
            assertThat(Chars.undotted(s)).as("dotted %s", escaped(s)).isEqualTo(expected);
            if (!expected.equals(s)) dottedChanged++;
            expected = s.replaceAll("[^a-z0-9 ]", "");
            assertThat(Chars.onlyAsciiWordsAndSpaces(s)).as("filter %s", escaped(s)).isEqualTo(expected);
            if (!expected.equals(s)) filtered++;
        }
        // dotted runs of every length, with and without their last dot, before letters, digits, marks and ends
        String[] dots = {"A.B", "A.B.", "A.B.C", "A.B.C.", "A.B.Cd", "A.B.C.d", "A.B.C.7", "xA.B", "7A.B.", "É.é.Ж.", "𝐀.b.c", "a.b.c.d.e.f.g",
                "S.A.R.L.", "J. C.", "a..b", ".a.b.", "a.b.c.\u0301", "a.\u0301b.c"};
        for (String s : dots) assertThat(Chars.undotted(s)).as("dotted %s", escaped(s)).isEqualTo(undottedByExpression(s, dotted));
        assertThat(camelChanged).isGreaterThan(1_000);
        assertThat(possessiveChanged).isGreaterThan(1_000);
        assertThat(dottedChanged).isGreaterThan(1_000);
        assertThat(filtered).isGreaterThan(100_000);
    }

    /** What the normaliser did with dotted runs before {@link Chars#undotted}: each match, its groups without their dots. */
    private static String undottedByExpression(String s, java.util.regex.Pattern dotted) {
        java.util.regex.Matcher m = dotted.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement((m.group(1) + m.group(2)).replace(".", "")));
        m.appendTail(sb);
        return sb.toString();
    }

    @Test
    void wordsMixingDigitsAndLettersAreToldApartAsTheirExpressionsToldThem() {
        Random rnd = new Random(36);
        String[] pieces = {"a", "s", "t", "n", "d", "r", "h", "1", "0", "9", "st", "nd", "rd", "th"};
        java.util.regex.Pattern ordinal = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th)");
        java.util.regex.Pattern digitsThenWord = java.util.regex.Pattern.compile("\\d+[a-z]{3,}");
        java.util.regex.Pattern aroundDigits = java.util.regex.Pattern.compile("[a-z]+(\\d|11)[a-z]+((\\d|11)[a-z]+)?|[a-z]{2,}\\d");
        int[] yes = new int[3];
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + rnd.nextInt(7);
            for (int i = 0; i < n; i++) sb.append(pieces[rnd.nextInt(pieces.length)]);
            String w = sb.toString();
            boolean o = ordinal.matcher(w).matches(), d = digitsThenWord.matcher(w).matches(), a = aroundDigits.matcher(w).matches();
            assertThat(Chars.isOrdinal(w)).as("ordinal %s", w).isEqualTo(o);
            assertThat(Chars.isDigitsThenWord(w)).as("digits then a word %s", w).isEqualTo(d);
            assertThat(Chars.isLettersAroundDigits(w)).as("letters around digits %s", w).isEqualTo(a);
            if (o) yes[0]++;
            if (d) yes[1]++;
            if (a) yes[2]++;
        }
        for (int c : yes) assertThat(c).isGreaterThan(1_000);
    }

    @Test
    void aPatronymicIsAnEndingAfterThreeLatinLettersOrATurkicWordAlone() {
        java.util.regex.Pattern patronymic = java.util.regex.Pattern.compile(
                "[a-z]{3,}(ovich|evich|ovych|evych|ovitch|evitch|ovna|evna|ovnа|ichna|yevna)|ogly|oglu|kyzy|qizi");
        String[] stems = {"", "iv", "iva", "ivan", "pétr", "ab1", "xyzq"};
        String[] endings = {"ovich", "evich", "ovych", "evych", "ovitch", "evitch", "ovna", "evna", "ovnа", "ichna", "yevna", "ogly", "oglu", "kyzy",
                "qizi", "ovic", "vna", "", "x"};
        int yes = 0;
        for (String stem : stems) {
            for (String ending : endings) {
                for (String tail : new String[]{"", "s"}) {
                    String w = stem + ending + tail;
                    boolean expected = patronymic.matcher(w).matches();
                    assertThat(NameNormaliser.isPatronymic(w)).as(w).isEqualTo(expected);
                    if (expected) yes++;
                }
            }
        }
        assertThat(yes).isGreaterThan(20);
    }

    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(cp < 0x20 || cp > 0x7E ? String.format("\\u%04X", cp) : String.valueOf((char) cp)));
        return sb.toString();
    }
}
