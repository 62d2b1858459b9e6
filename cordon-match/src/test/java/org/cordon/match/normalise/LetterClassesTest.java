package org.cordon.match.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LetterClassesTest {

    @Test
    void mergedHistogramsAreTheHistogramOfTheWordsWrittenTogether() {
        // letters of few classes, so counts often pass the saturation at 3 on one side, the other or only together
        String alphabet = "aaeekcsszhhnnttrryx7";
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            String a = word(random, alphabet), b = word(random, alphabet);
            assertThat(LetterClasses.merge(LetterClasses.histogram(a), LetterClasses.histogram(b)))
                    .as("%s + %s", a, b).isEqualTo(LetterClasses.histogram(a + b));
        }
    }

    @Test
    void differenceCountsLettersByClassUpToThree() {
        assertThat(LetterClasses.difference(LetterClasses.histogram("kasym"), LetterClasses.histogram("qazim"))).isZero();
        assertThat(LetterClasses.difference(LetterClasses.histogram("ana"), LetterClasses.histogram("anna"))).isEqualTo(1);
        assertThat(LetterClasses.difference(LetterClasses.histogram("aaaa"), LetterClasses.histogram("aaaaaaa"))).isZero();
    }

    private static String word(Random random, String alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(9); i >= 0; i--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return sb.toString();
    }
}
