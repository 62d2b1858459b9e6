package org.cordon.match;

import java.util.Set;

/**
 * How to screen: the score a result needs to be returned, how many results at most, and which
 * lists (sources) to screen against.
 *
 * @param threshold minimum score of a returned result (results at or above {@link Screener#matchThreshold()} are matches)
 * @param limit     most results returned, best first
 * @param include   sources to screen against; empty = all
 * @param exclude   sources to leave out
 */
public record ScreenOptions(double threshold, int limit, Set<String> include, Set<String> exclude) {

    public ScreenOptions {
        include = include == null ? Set.of() : Set.copyOf(include);
        exclude = exclude == null ? Set.of() : Set.copyOf(exclude);
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
        if (threshold < 0 || threshold > 1) throw new IllegalArgumentException("threshold must be in [0,1]");
    }

    public static ScreenOptions of(double threshold, int limit) {
        return new ScreenOptions(threshold, limit, Set.of(), Set.of());
    }

    public boolean admits(String source) {
        return (include.isEmpty() || include.contains(source)) && !exclude.contains(source);
    }
}
