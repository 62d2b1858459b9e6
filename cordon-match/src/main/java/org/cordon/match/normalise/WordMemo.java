package org.cordon.match.normalise;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * What a pure function of one word gave it, remembered: names repeat the same words many times (list names at build
 * time, a batch's given names and surnames at screening time). Bounded: past {@code limit} words it starts again, so a
 * stream of unique query words cannot grow it without limit. Thread-safe.
 */
final class WordMemo {
    private final ConcurrentHashMap<String, String> byWord = new ConcurrentHashMap<>();
    private final int limit;
    private final UnaryOperator<String> compute;

    WordMemo(int limit, UnaryOperator<String> compute) {
        this.limit = limit;
        this.compute = compute;
    }

    String of(String word) {
        String known = byWord.get(word);
        if (known != null) return known;
        String value = compute.apply(word);
        if (byWord.size() > limit) byWord.clear();
        byWord.put(word, value);
        return value;
    }
}
