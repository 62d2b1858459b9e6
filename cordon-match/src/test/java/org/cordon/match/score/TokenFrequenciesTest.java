package org.cordon.match.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TokenFrequenciesTest {
    @Test
    void countsEveryTokenAsAddedAndNothingForOthers() {
        SplittableRandom random = new SplittableRandom(30);
        TokenFrequencies.Builder builder = TokenFrequencies.builder();
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            String token = word(random);
            builder.add(token);
            expected.merge(token, 1, Integer::sum);
        }
        TokenFrequencies frequencies = builder.build();
        expected.forEach((token, count) -> assertThat(frequencies.count(token)).as(token).isEqualTo(count));
        for (int i = 0; i < 50_000; i++) {
            String other = word(random) + "x";
            assertThat(frequencies.count(other)).as(other).isEqualTo(expected.getOrDefault(other, 0));
        }
    }

    @Test
    void tokensOfOneHashAreToldApart() {
        // "Aa" and "BB", "AaAa" and "BBBB" share their hash codes
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        TokenFrequencies frequencies = TokenFrequencies.builder().add("Aa").add("Aa").add("AaAa").build();
        assertThat(frequencies.count("Aa")).isEqualTo(2);
        assertThat(frequencies.count("BB")).isZero();
        assertThat(frequencies.count("AaAa")).isEqualTo(1);
        assertThat(frequencies.count("BBBB")).isZero();
        assertThat(TokenFrequencies.builder().build().count("anything")).isZero();
    }

    @Test
    void aRareTokenWeighsInFullAndTheCommonestTheFloor() {
        TokenFrequencies.Builder builder = TokenFrequencies.builder();
        for (int i = 0; i < 100; i++) builder.add("common");
        for (int i = 0; i < 3; i++) builder.add("rare");
        TokenFrequencies frequencies = builder.build();
        assertThat(frequencies.weight("rare")).isEqualTo(1.0);
        assertThat(frequencies.weight("unseen")).isEqualTo(1.0);
        assertThat(frequencies.weight("common")).isCloseTo(TokenFrequencies.FLOOR, org.assertj.core.data.Offset.offset(1e-12));
    }

    private static String word(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0, n = 2 + random.nextInt(6); k < n; k++) sb.append((char) ('a' + random.nextInt(6)));
        return sb.toString();
    }
}
