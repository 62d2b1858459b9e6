package org.cordon.match.normalise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers in names written as digits, words, ordinals or Roman numerals ("1st" = "First",
 * "44" = "Forty-Four", "Fund IV" = "Fund 4"), all brought to plain digits so they compare equal.
 */
final class Numerals {
    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] unitOrdinals = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
        for (int i = 0; i < units.length; i++) {
            WORDS.put(units[i], i);
            WORDS.put(unitOrdinals[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        String[] tenOrdinals = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"};
        for (int i = 0; i < tens.length; i++) {
            WORDS.put(tens[i], (i + 2) * 10);
            WORDS.put(tenOrdinals[i], (i + 2) * 10);
        }
        WORDS.put("hundred", 100);
        WORDS.put("hundredth", 100);
        WORDS.put("thousand", 1000);
    }

    private Numerals() {}

    /**
     * The value of a token that is a number ("44", "forty", "1st", "first", and for organisations
     * Roman numerals "iv"), or -1.
     */
    static long value(String token, boolean roman) {
        if (token.isEmpty()) return -1;
        Integer w = WORDS.get(token);
        if (w != null) return w;
        int digits = 0;
        while (digits < token.length() && Character.isDigit(token.charAt(digits))) digits++;
        if (digits > 0 && digits <= 12) {
            String rest = token.substring(digits);
            if (rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th")) {
                return Long.parseLong(token.substring(0, digits));
            }
            return -1;
        }
        if (roman) return romanValue(token);
        return -1;
    }

    /** Roman numerals made of I, V and X only (1-39): funds, trusts and vessels are numbered so; "mix" and "civil" are not. */
    static int romanValue(String t) {
        if (t.length() > 6) return -1;
        int total = 0, prev = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            int v = switch (t.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                default -> -1;
            };
            if (v < 0) return -1;
            if (v < prev) total -= v;
            else {
                total += v;
                prev = v;
            }
        }
        return total > 0 && total < 40 && toRoman(total).equals(t) ? total : -1;
    }

    private static String toRoman(int n) {
        StringBuilder sb = new StringBuilder();
        int[] vals = {10, 9, 5, 4, 1};
        String[] syms = {"x", "ix", "v", "iv", "i"};
        for (int i = 0; i < vals.length; i++) {
            while (n >= vals[i]) {
                sb.append(syms[i]);
                n -= vals[i];
            }
        }
        return sb.toString();
    }

    /** Whether the word is a tens word ("forty") that a following unit adds to. */
    static boolean isTens(long v) {
        return v >= 20 && v < 100 && v % 10 == 0;
    }

    /**
     * Merges "forty four" / "forty 4" into 44, and "two hundred" into 200, in place: {@code tokens} loses the merged words,
     * {@code values} (each token's value, -1 for none) holds the merged values in its first places; returns how many tokens
     * are left.
     */
    static int merge(List<String> tokens, long[] values) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            long a = values[i], b = values[i + 1];
            if (a < 0 || b < 0) continue;
            long merged = -1;
            if (isTens(a) && b > 0 && b < 10) merged = a + b;
            else if (a > 0 && a < 100 && (b == 100 || b == 1000)) merged = a * b;
            if (merged > 0) {
                tokens.set(i, Long.toString(merged));
                values[i] = merged;
                tokens.remove(i + 1);
                System.arraycopy(values, i + 2, values, i + 1, n - i - 2);
                n--;
                i--;
            }
        }
        return n;
    }
}
