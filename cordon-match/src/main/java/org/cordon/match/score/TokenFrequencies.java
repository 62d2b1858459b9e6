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
    public static final int RARE = 8;
    /** Lowest weight of a name token (the commonest token in the lists). */
    static final double FLOOR = 0.45;

    /**
     * The counts in an open-addressing table at most half full: per slot its token's hash and count side by side in
     * {@code slots}, the token itself in {@code keys}, read only where the hash is the one looked for. Every query word's
     * weight is looked up here, and more than half of a batch's words are in no list: in a map of the JDK's (until the
     * thirtieth session) a look-up compared the word with the token of each slot it passed, a string elsewhere in the
     * heap each time (2.3 % of a batch's samples).
     */
    private final String[] keys;
    private final int[] slots;
    private final int mask;
    private final double logMax;

    private TokenFrequencies(Map<String, Integer> counts) {
        int size = Integer.highestOneBit(Math.max(8, counts.size() * 2 - 1)) << 1;
        keys = new String[size];
        slots = new int[2 * size];
        mask = size - 1;
        int max = RARE + 1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String token = e.getKey();
            int h = token.hashCode(), i = slot(h);
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = token;
            slots[2 * i] = h;
            slots[2 * i + 1] = e.getValue();
            max = Math.max(max, e.getValue());
        }
        this.logMax = Math.log((double) max / RARE);
    }

    private int slot(int hash) {
        int h = hash * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }

    /** Collects counts: call {@link Builder#add} once per distinct token of each list name. */
    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Integer> counts = new HashMap<>();

        public Builder add(String token) {
            return add(token, 1);
        }

        /** Adds {@code count} names that contain {@code token}. */
        public Builder add(String token, int count) {
            counts.merge(token, count, Integer::sum);
            return this;
        }

        /** The largest count added so far. */
        public int largestCount() {
            int max = 0;
            for (int c : counts.values()) max = Math.max(max, c);
            return max;
        }

        public TokenFrequencies build() {
            return new TokenFrequencies(counts);
        }
    }

    /** In how many list names {@code token} is (0 for a token of none). */
    public int count(String token) {
        int h = token.hashCode();
        for (int i = slot(h); ; i = (i + 1) & mask) {
            String key = keys[i];
            if (key == null) return 0;
            if (slots[2 * i] == h && key.equals(token)) return slots[2 * i + 1];
        }
    }

    @Override
    public double weight(String token) {
        int c = count(token);
        if (c <= RARE) return 1.0;
        double x = Math.log((double) c / RARE) / logMax;
        return 1.0 - (1.0 - FLOOR) * Math.min(1.0, x);
    }
}
