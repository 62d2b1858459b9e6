package org.cordon.bench.quality;

import java.util.List;
import java.util.Locale;
import org.cordon.match.ScanScreener;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.NamePart;

/**
 * Each listed person whose Latin name the list gives in parts with a family name and two other names (given and
 * patronymic or middle name), screened without a schema as documents and registers write such names: the family name
 * and the initials, together with dots ("USMANOV A.B."), apart ("Usmanov A. B."), before it ("A.B. Usmanov") and
 * together without dots ("USMANOV AB"). The
 * query meets the record itself; a hit is a match at the threshold. The gold is the publisher's: the initials are
 * those of its own name parts. Apart, the names of those whose given or second name begins with a letter Latin spells
 * with two or more when it writes a Cyrillic one (Yuriy, Zhanna, Khasan, Shamil, Yevgeny): screened with the initial
 * written so ("KOVALCHUK Yu.V."), as Russian names are abbreviated in Latin letters.
 */
public final class InitialsRecall {

    /** The ways of writing the initials, in the order of {@link Result#found()}. */
    static final List<String> STYLES = List.of("Family G.P.", "Family G. P.", "G.P. Family", "Family GP");

    /** The Latin spellings of one Cyrillic letter that abbreviate a name, longest first. */
    private static final List<String> LETTER_SPELLINGS = List.of("shch", "yu", "ya", "yo", "ye", "zh", "kh", "ts", "ch", "sh");

    /**
     * @param letterQueries names with an initial a Cyrillic letter's Latin spelling writes ("Yu."), and
     * @param letterFound   of them those found so
     */
    public record Result(int queries, int[] found, List<String> misses, int letterQueries, int letterFound) {
        public double recall(int style) { return queries == 0 ? 1.0 : (double) found[style] / queries; }
        public double letterRecall() { return letterQueries == 0 ? 1.0 : (double) letterFound / letterQueries; }
    }

    public static Result run(ScanScreener screener, List<Entity> entities) {
        int styles = STYLES.size();
        OwnNameWritten.Counts c = OwnNameWritten.run(screener, entities, styles + 1, n -> {
            String[] parts = familyAndTwoInitials(n);
            if (parts == null) return null;
            String family = parts[0], a = parts[1], b = parts[2];
            String[] spelt = {letterInitial(parts[3]), letterInitial(parts[4])};
            String lettered = spelt[0] == null && spelt[1] == null ? null
                    : family + " " + (spelt[0] == null ? a : spelt[0]) + "." + (spelt[1] == null ? b : spelt[1]) + ".";
            return new String[]{family + " " + a + "." + b + ".", family + " " + a + ". " + b + ".", a + "." + b + ". " + family,
                    family + " " + a + b, lettered};
        });
        return new Result(c.asked()[0], java.util.Arrays.copyOf(c.found(), styles), c.misses(), c.asked()[styles], c.found()[styles]);
    }

    /** The initial of a name as a Cyrillic letter's Latin spelling writes it ("Yu" of Yuriy), or null when it begins with none. */
    static String letterInitial(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String l : LETTER_SPELLINGS) {
            if (lower.startsWith(l) && lower.length() > l.length()) return name.substring(0, 1).toUpperCase(Locale.ROOT) + l.substring(1);
        }
        return null;
    }

    /**
     * The family name and the initials of the given and the second name, then the given and the second name, or null when
     * the parts give no such three.
     */
    static String[] familyAndTwoInitials(Name n) {
        String family = null, given = null, second = null;
        for (NamePart p : n.parts()) {
            String v = p.value().strip();
            if (v.isEmpty() || !Character.isLetter(v.charAt(0))) continue;
            switch (p.type()) {
                case FAMILY -> family = family == null ? v : family;
                case GIVEN -> {
                    if (given == null) given = v;
                    else if (second == null) second = v;
                }
                case PATRONYMIC, MIDDLE -> second = second == null ? v : second;
                default -> { }
            }
        }
        if (family == null || given == null || second == null || given.contains(" ") || second.contains(" ")) return null;
        return new String[]{family, given.substring(0, 1).toUpperCase(Locale.ROOT), second.substring(0, 1).toUpperCase(Locale.ROOT),
                given, second};
    }
}
