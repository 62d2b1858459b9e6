package org.cordon.match.index;

import java.util.Arrays;

/**
 * Interned strings to dense int ids, open addressing over parallel arrays, so a lookup on the
 * query path neither boxes nor allocates. Built once, read-only afterwards (safe to share between
 * threads once published).
 */
final class TermDictionary {
    private String[] keys;
    private int[] values;
    private int size;
    private int mask;

    TermDictionary(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new String[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    /** The id of {@code s}, or -1. */
    int get(String s) {
        int i = mix(s.hashCode()) & mask;
        String k;
        while ((k = keys[i]) != null) {
            if (k.equals(s)) return values[i];
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** The id of {@code s}, adding it with the next free id when new. */
    int intern(String s) {
        int i = mix(s.hashCode()) & mask;
        String k;
        while ((k = keys[i]) != null) {
            if (k.equals(s)) return values[i];
            i = (i + 1) & mask;
        }
        keys[i] = s;
        values[i] = size;
        if (++size * 2 > keys.length) grow();
        return size - 1;
    }

    int size() {
        return size;
    }

    /** Terms by id. */
    String[] terms() {
        String[] out = new String[size];
        for (int i = 0; i < keys.length; i++) if (keys[i] != null) out[values[i]] = keys[i];
        return out;
    }

    private void grow() {
        String[] oldK = keys;
        int[] oldV = values;
        keys = new String[oldK.length * 2];
        values = new int[oldK.length * 2];
        mask = keys.length - 1;
        for (int j = 0; j < oldK.length; j++) {
            if (oldK[j] == null) continue;
            int i = mix(oldK[j].hashCode()) & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = oldK[j];
            values[i] = oldV[j];
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    @Override
    public String toString() {
        return "TermDictionary" + Arrays.toString(Arrays.copyOf(terms(), Math.min(size, 10)));
    }
}
