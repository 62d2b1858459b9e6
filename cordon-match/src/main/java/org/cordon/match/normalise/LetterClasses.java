package org.cordon.match.normalise;

/**
 * A word's letters counted by class, packed in one {@code long}, so that a lower bound on the
 * weighted edit distance between two words is one XOR and a popcount.
 *
 * <p>The classes put together every pair of letters the edit distance substitutes cheaply
 * (c k q s z; i y j g; f v w) and leave out 'h' (cheap to add after a letter), so that a cheap edit
 * never changes the histogram; every other substitution moves it by at most 2 at a cost of at least
 * 0.8, an insertion or deletion by at most 1 at a cost of at least 0.5. Hence
 * {@code distance >= 0.4 * difference(a, b)}. Counts are saturated at 3 (the difference of two
 * saturated counts never exceeds the true one) and stored as three bits per class: "at least 1",
 * "at least 2", "at least 3", in 21 classes (63 bits).
 */
public final class LetterClasses {
    private static final int CLASSES = 21;

    private LetterClasses() {}

    /** The class of a letter, or -1 for 'h'. */
    static int of(char c) {
        return switch (c) {
            case 'h' -> -1;
            case 'c', 'k', 'q', 's', 'z' -> 0;
            case 'i', 'y', 'j', 'g' -> 1;
            case 'f', 'v', 'w' -> 2;
            case 'b' -> 3;
            case 'd' -> 4;
            case 'l' -> 5;
            case 'm' -> 6;
            case 'n' -> 7;
            case 'p' -> 8;
            case 'r' -> 9;
            case 't' -> 10;
            case 'x' -> 11;
            case 'a' -> 12;
            case 'e' -> 13;
            case 'o' -> 14;
            case 'u' -> 15;
            default -> c >= '0' && c <= '9' ? 16 : 17 + (c & 3);
        };
    }

    /** The packed histogram of a word. */
    public static long histogram(CharSequence s) {
        return add(0L, s);
    }

    /** The packed histogram of {@code histogram}'s word with the letters of {@code s} appended. */
    public static long add(long histogram, CharSequence s) {
        long m = histogram;
        for (int i = 0; i < s.length(); i++) {
            int c = of(s.charAt(i));
            if (c < 0) continue;
            long one = 1L << c, two = 1L << (CLASSES + c), three = 1L << (2 * CLASSES + c);
            if ((m & one) == 0) m |= one;
            else if ((m & two) == 0) m |= two;
            else m |= three;
        }
        return m;
    }

    /**
     * The packed histogram of two words written together, from theirs: {@code add(a's histogram, b)} without reading
     * b's letters. Per class the count is min(3, count in a + count in b), bit plane by bit plane.
     */
    public static long merge(long a, long b) {
        long mask = (1L << CLASSES) - 1;
        long a1 = a & mask, a2 = (a >>> CLASSES) & mask, a3 = (a >>> 2 * CLASSES) & mask;
        long b1 = b & mask, b2 = (b >>> CLASSES) & mask, b3 = (b >>> 2 * CLASSES) & mask;
        long atLeast1 = a1 | b1;
        long atLeast2 = a2 | b2 | (a1 & b1);
        long atLeast3 = a3 | b3 | (a2 & b1) | (a1 & b2);
        return atLeast1 | atLeast2 << CLASSES | atLeast3 << 2 * CLASSES;
    }

    /** L1 distance of two packed histograms (saturated at 3 per class). */
    public static int difference(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
