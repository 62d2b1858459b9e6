package org.cordon.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void distanceAtMostIsTheDistanceWhenWithinItsLimitAndAboveTheLimitOtherwise() {
        // letters the distance treats specially: cheap pairs (c k q s z, i y j g, f v w), vowels, h, doubled letters
        String alphabet = "aeioukcqszhyjgfvwnnrrtt";
        Random random = new Random(5);
        double[][] rows = EditDistance.newRows();
        int within = 0, gaveUp = 0;
        for (int n = 0; n < 30_000; n++) {
            String a = word(random, alphabet), b = random.nextInt(3) == 0 ? word(random, alphabet) : variant(random, a);
            double exact = EditDistance.distance(a, b, rows);
            double max = random.nextInt(12) * 0.25;
            double d = EditDistance.distanceAtMost(a, b, max, rows);
            if (exact <= max) {
                assertThat(d).as("%s ~ %s within %s", a, b, max).isEqualTo(exact);
                within++;
            } else {
                assertThat(d).as("%s ~ %s over %s", a, b, max).isGreaterThan(max);
                if (d < exact) gaveUp++;
            }
        }
        assertThat(within).as("not vacuous: pairs within the limit").isGreaterThan(5_000);
        assertThat(gaveUp).as("the distance gives up early on many pairs over the limit").isGreaterThan(5_000);
    }

    private static String word(Random random, String alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + random.nextInt(10); i > 0; i--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return sb.toString();
    }

    /** Letters dropped, doubled, swapped or replaced, and a word cut or lengthened: lengths differ as often as letters. */
    private static String variant(Random random, String a) {
        StringBuilder sb = new StringBuilder(a);
        for (int e = random.nextInt(5); e > 0 && sb.length() > 1; e--) {
            int p = random.nextInt(sb.length() - 1);
            switch (random.nextInt(5)) {
                case 0 -> sb.deleteCharAt(p);
                case 1 -> sb.insert(p, sb.charAt(p));
                case 2 -> {
                    char c = sb.charAt(p);
                    sb.setCharAt(p, sb.charAt(p + 1));
                    sb.setCharAt(p + 1, c);
                }
                case 3 -> sb.setCharAt(p, "aeiouckszy".charAt(random.nextInt(10)));
                default -> sb.append("anov", 0, 1 + random.nextInt(4));
            }
        }
        return sb.toString();
    }
}
