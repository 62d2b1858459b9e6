package org.cordon.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A word's hits are cached as floats, rounded up: every value a hit holds only raises a bound, so a bound read from them
 * stays above the score (that the bounds hold is {@code IndexedScreenerTest}'s, the index against the scan).
 */
class HitsTest {
    @Test
    void aValueIsHeldAsTheLeastFloatNotBelowIt() {
        SplittableRandom random = new SplittableRandom(30);
        for (int i = 0; i < 100_000; i++) {
            double d = random.nextDouble() * (i % 2 == 0 ? 1.0 : 2.5);
            float f = CandidateIndex.Hits.up(d);
            assertThat((double) f).as("%s", d).isGreaterThanOrEqualTo(d);
            // the float below it is below the value: no float between
            assertThat((double) Math.nextDown(f)).as("%s", d).isLessThan(d);
        }
    }

    @Test
    void valuesAFloatHoldsExactlyStayAsTheyAre() {
        for (double d : new double[] {0, 0.25, 0.5, 1.0, CandidateIndex.UNBOUNDED, Double.POSITIVE_INFINITY}) {
            assertThat((double) CandidateIndex.Hits.up(d)).isEqualTo(d);
        }
        // 0.7 is no float: rounding to the nearest would give one below it
        assertThat((double) (float) 0.7).isLessThan(0.7);
        assertThat((double) CandidateIndex.Hits.up(0.7)).isGreaterThan(0.7);
    }
}
