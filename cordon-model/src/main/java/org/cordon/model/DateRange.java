package org.cordon.model;

import java.util.Objects;

/**
 * A birth date as published: one (partial) date, or a range such as UN's
 * "BETWEEN 1950 AND 1955" or OFAC's "circa 1960" (kept as the given year). Exact when
 * {@code from} equals {@code to}. Written as "1952-10-07" or, for a range, "1950/1955" (ISO 8601 interval).
 */
public record DateRange(PartialDate from, PartialDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.compareTo(to) > 0) throw new IllegalArgumentException("range ends before it starts: " + from + "/" + to);
    }

    public static DateRange of(PartialDate d) {
        return new DateRange(d, d);
    }

    public boolean isRange() {
        return !from.equals(to);
    }

    /** Parses "1952", "1952-10-07" or "1950/1955". */
    public static DateRange parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) return of(PartialDate.parseIso(text));
        return new DateRange(PartialDate.parseIso(text.substring(0, slash)), PartialDate.parseIso(text.substring(slash + 1)));
    }

    @Override
    public String toString() {
        return isRange() ? from + "/" + to : from.toString();
    }
}
