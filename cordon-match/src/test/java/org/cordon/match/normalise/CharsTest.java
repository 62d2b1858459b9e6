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
            "\u0301", "\u064E", "0", "7", ".", "'", "-", "ж", "Ж", "م", "王", "𝐀", "ß", "ǅ"};

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
