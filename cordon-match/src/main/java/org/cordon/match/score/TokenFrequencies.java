package org.cordon.match.score;

import java.util.HashMap;
import java.util.Map;

/**
 * Token weights from how many list names contain each token, computed once when a screener is
 * built. The weight falls from 1 for tokens in at most {@link #RARE} names towards {@link #FLOOR}
 * for the most frequent, on a log scale, so that a common given name or "trading" cannot carry a
 * match by itself yet still counts for something.
 */
public final class TokenFrequencies implements TokenWeights {
    /** Tokens in this many names or fewer are rare: full weight. */
    static final int RARE = 8;
    /** Lowest weight of a name token (the commonest token in the lists). */
    static final double FLOOR = 0.45;

    private final Map<String, Integer> counts;
    private final double logMax;

    private TokenFrequencies(Map<String, Integer> counts) {
        this.counts = counts;
        int max = RARE + 1;
        for (int c : counts.values()) max = Math.max(max, c);
        this.logMax = Math.log((double) max / RARE);
    }

    /** Collects counts: call {@link Builder#add} once per distinct token of each list name. */
    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Integer> counts = new HashMap<>();

        public Builder add(String token) {
            counts.merge(token, 1, Integer::sum);
            return this;
        }

        public TokenFrequencies build() {
            return new TokenFrequencies(Map.copyOf(counts));
        }
    }

    public int count(String token) {
        return counts.getOrDefault(token, 0);
    }

    @Override
    public double weight(String token) {
        int c = counts.getOrDefault(token, 0);
        if (c <= RARE) return 1.0;
        double x = Math.log((double) c / RARE) / logMax;
        return 1.0 - (1.0 - FLOOR) * Math.min(1.0, x);
    }
}
