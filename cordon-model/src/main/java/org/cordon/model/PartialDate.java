package org.cordon.model;

/**
 * A date that may be known only to the year or month, as lists publish birth dates
 * ("1952", "Oct 1952", "7 Oct 1952"). Unknown month or day is 0. Written in ISO form
 * with the unknown parts left off: "1952", "1952-10", "1952-10-07".
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (day < 0 || day > 31 || (month == 0 && day != 0)) throw new IllegalArgumentException("day out of range: " + day);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public boolean hasMonth() { return month > 0; }

    public boolean hasDay() { return day > 0; }

    /** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a time part after 'T' is ignored). */
    public static PartialDate parseIso(String text) {
        String t = text.trim();
        int tIdx = t.indexOf('T');
        if (tIdx > 0) t = t.substring(0, tIdx);
        try {
            String[] p = t.split("-", -1);
            if (p.length == 1 && p[0].length() == 4) return new PartialDate(Integer.parseInt(p[0]), 0, 0);
            if (p.length == 2 && p[0].length() == 4) return new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 0);
            if (p.length == 3 && p[0].length() == 4) {
                return new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'", e);
        }
        throw new IllegalArgumentException("not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'");
    }

    @Override
    public String toString() {
        // ASCII digits whatever the default locale (String.format's %d writes the locale's own digits, Arabic-Indic in
        // some), and without a Formatter: profiles are keyed by these strings when a screener is built
        StringBuilder sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (month != 0) pad(sb.append('-'), month, 2);
        if (day != 0) pad(sb.append('-'), day, 2);
        return sb.toString();
    }

    /** {@code value} (0 or more) in at least {@code width} digits, zeros first. */
    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) sb.append('0');
        sb.append(digits);
    }

    @Override
    public int compareTo(PartialDate o) {
        if (year != o.year) return Integer.compare(year, o.year);
        if (month != o.month) return Integer.compare(month, o.month);
        return Integer.compare(day, o.day);
    }
}
