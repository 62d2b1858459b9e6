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

    private TermDictionary(String[] keys, int[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
        this.mask = keys.length - 1;
    }

    /** Its terms and where each sits in the table, so that reading it back hashes nothing. */
    void write(IndexBytes.Writer out) {
        out.strings(terms());
        int[] slots = new int[keys.length];
        for (int i = 0; i < keys.length; i++) slots[i] = keys[i] == null ? -1 : values[i];
        out.ints(slots);
    }

    /** What {@link #write} wrote; every term must sit in exactly one slot. */
    static TermDictionary read(IndexBytes.Reader in) {
        String[] terms = in.strings("terms");
        int[] slots = in.ints();
        if (Integer.bitCount(slots.length) != 1 || slots.length < 2L * terms.length) {
            throw in.fault("a table of " + slots.length + " slots for " + terms.length + " terms");
        }
        String[] keys = new String[slots.length];
        int placed = 0;
        for (int i = 0; i < slots.length; i++) {
            int id = slots[i];
            if (id == -1) continue;
            if (id < 0 || id >= terms.length || keys[i] != null) throw in.fault("slot " + i + " holds term " + id + " of " + terms.length);
            keys[i] = terms[id];
            placed++;
        }
        if (placed != terms.length) throw in.fault(placed + " slots hold terms, expected " + terms.length);
        // whether each term sits where its hash leads is not checked: that is the checksum's part (hashing every term
        // again would be a tenth of reading the index)
        return new TermDictionary(keys, slots, terms.length);
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
