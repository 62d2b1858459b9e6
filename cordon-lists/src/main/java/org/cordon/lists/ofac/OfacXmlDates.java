package org.cordon.lists.ofac;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cordon.model.DateRange;
import org.cordon.model.PartialDate;

/**
 * The date forms of OFAC's XML export: {@code Publish_Date} as {@code MM/DD/YYYY}, and dates of birth
 * (and "Organization Established Date" values) as "1962", "Oct 1952", "07 Oct 1952", "circa 1960",
 * "1950 to 1955" or "01 Jan 1950 to 31 Dec 1955". A pure function of its input; every failure is an
 * {@link IllegalArgumentException} whose message says which forms are accepted.
 */
final class OfacXmlDates {
    static final String FORMS = "YYYY, Mon YYYY, DD Mon YYYY, circa ..., or ... to ...";

    private static final Pattern PUBLISH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ONE = Pattern.compile("(?:(\\d{1,2})\\s+)?(?:([A-Za-z]{3,9})\\.?\\s+)?(\\d{4})");
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private OfacXmlDates() {}

    /** "06/30/2025" -> "2025-06-30". */
    static String publishDate(String text) {
        Matcher m = PUBLISH.matcher(text.strip());
        if (!m.matches()) throw new IllegalArgumentException("expected MM/DD/YYYY, got '" + text + "'");
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).toString();
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("expected MM/DD/YYYY, got '" + text + "' (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A date of birth as OFAC writes it. "circa" is dropped: the model keeps an approximate date as the
     * date given (see {@link DateRange}); matching already tolerates a year or two either side.
     */
    static DateRange dateOfBirth(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        String lower = t.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"circa ", "approximately ", "approx. ", "ca. "}) {
            if (lower.startsWith(prefix)) {
                t = t.substring(prefix.length()).strip();
                lower = t.toLowerCase(Locale.ROOT);
                break;
            }
        }
        int to = lower.indexOf(" to ");
        if (to > 0) {
            PartialDate from = one(t.substring(0, to), text);
            PartialDate until = one(t.substring(to + 4), text);
            if (from.compareTo(until) > 0) throw new IllegalArgumentException("date range ends before it starts: '" + text + "'");
            return new DateRange(from, until);
        }
        return DateRange.of(one(t, text));
    }

    private static PartialDate one(String part, String whole) {
        String p = part.strip();
        try {
            if (ISO.matcher(p).matches()) {
                PartialDate d = PartialDate.parseIso(p);
                if (d.hasDay()) LocalDate.of(d.year(), d.month(), d.day());
                return d;
            }
            Matcher m = ONE.matcher(p);
            if (!m.matches()) throw new IllegalArgumentException("no date");
            int year = Integer.parseInt(m.group(3));
            int month = m.group(2) == null ? 0 : month(m.group(2));
            int day = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            if (day > 0 && month == 0) throw new IllegalArgumentException("day without month");
            if (day > 0) LocalDate.of(year, month, day);
            return new PartialDate(year, month, day);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("expected a date as " + FORMS + ", got '" + whole + "'", e);
        }
    }

    private static int month(String name) {
        String k = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (k.startsWith(MONTHS[i]) && (k.length() == 3 || isFullMonth(k, i))) return i + 1;
        }
        throw new IllegalArgumentException("unknown month " + name);
    }

    private static boolean isFullMonth(String k, int i) {
        String full = java.time.Month.of(i + 1).name().toLowerCase(Locale.ROOT);
        return k.equals(full) || (i == 8 && k.equals("sept"));
    }
}
