package org.cordon.match.score;

/**
 * How much a name token tells about identity, in (0,1]. A token many list names share ("mohammed",
 * "kim", "trading") weighs less than a rare one.
 */
@FunctionalInterface
public interface TokenWeights {
    /** Every token weighs the same (used when no list is loaded, e.g. scoring a single pair). */
    TokenWeights UNIFORM = token -> 1.0;

    double weight(String token);
}
