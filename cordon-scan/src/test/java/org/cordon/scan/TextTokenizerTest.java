package org.cordon.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.cordon.match.normalise.LookAlikeLetters;
import org.junit.jupiter.api.Test;

class TextTokenizerTest {

    @Test
    void offsetsHyphenationApostrophesAndHangul() {
        String t = "Kim Jong-un’s aide Pu-\n   tin met 김정은이.";
        List<Word> ws = TextTokenizer.tokenize(t);
        assertThat(ws).extracting(Word::text).containsExactly("Kim", "Jong", "un", "s", "aide", "Putin", "met", "김", "정", "은", "이");
        Word putin = ws.get(5);
        assertThat(t.substring(putin.start(), putin.end())).isEqualTo("Pu-\n   tin");
        assertThat(ws.get(7).wordStart()).isTrue();
        assertThat(ws.get(8).wordStart()).isFalse();
        assertThat(ws.get(8).syllable()).isTrue();
    }

    @Test
    void sentenceEndsButNotInitials() {
        List<Word> ws = TextTokenizer.tokenize("He met V. Putin. Then Kim left.\n\nNew paragraph");
        assertThat(ws.get(3).text()).isEqualTo("Putin");
        assertThat(ws.get(3).breakBefore()).isFalse();   // after the initial "V."
        assertThat(ws.get(4).breakBefore()).isTrue();    // "Then" after "Putin."
        assertThat(ws.get(7).breakBefore()).isTrue();    // "New" after a blank line
    }

    /**
     * Thousands of random texts: every word's span, with hyphen breaks and soft hyphens removed, is its text (a word that
     * mixes look-alike Latin and Cyrillic letters written in one script, letter for letter).
     */
    @Test
    void spansAlwaysPointAtTheWordRandomised() {
        String alphabet = "abcXYZ äöüß ЖжПп 김정은 عبد -\n\u00AD.,'’ \t";
        Random r = new Random(42);
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(60);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String t = sb.toString();
            int prevEnd = 0;
            for (Word w : TextTokenizer.tokenize(t)) {
                assertThat(w.start()).isGreaterThanOrEqualTo(prevEnd);
                assertThat(w.end()).isGreaterThan(w.start());
                String span = t.substring(w.start(), w.end());
                String letters = span.replaceAll("[\\-\u2010\u00AD]\\s*\\n\\s*", "").replace("\u00AD", "");
                assertThat(w.text()).as("text %s", t).hasSameSizeAs(letters).isEqualTo(LookAlikeLetters.unmix(letters));
                prevEnd = w.end();
            }
        }
    }
}
