package org.cordon.bench.quality;

import java.util.List;
import java.util.Locale;
import org.cordon.match.ScanScreener;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.NamePart;

/**
 * Each listed person whose Latin name the list gives in parts with a family name and a given name, screened without a
 * schema by the family name first and the given name, as Russian documents and many registers write names: the family
 * name in capitals ("PUTIN Vladimir"), which marks it, and in one case with the given name ("Putin Vladimir"), which
 * marks nothing. The query meets the record itself; a hit is a match at the threshold. The gold is the publisher's: the
 * words are those of its own name parts.
 */
public final class FamilyFirstRecall {

    /** The ways of writing the name, in the order of {@link Result#found()}. */
    static final List<String> STYLES = List.of("FAMILY Given", "Family Given");

    public record Result(int queries, int[] found, List<String> misses) {
        public double recall(int style) { return queries == 0 ? 1.0 : (double) found[style] / queries; }
    }

    public static Result run(ScanScreener screener, List<Entity> entities) {
        OwnNameWritten.Counts c = OwnNameWritten.run(screener, entities, STYLES.size(), n -> {
            String[] parts = familyAndGiven(n);
            if (parts == null) return null;
            String family = parts[0], given = parts[1];
            return new String[]{family.toUpperCase(Locale.ROOT) + " " + capitalised(given), capitalised(family) + " " + capitalised(given)};
        });
        return new Result(c.asked()[0], c.found(), c.misses());
    }

    /** The family name and the first given name of the parts, each one word, or null when the parts give no such two. */
    static String[] familyAndGiven(Name n) {
        String family = null, given = null;
        for (NamePart p : n.parts()) {
            String v = p.value().strip();
            if (v.isEmpty() || !Character.isLetter(v.charAt(0))) continue;
            if (p.type() == NamePart.Type.FAMILY && family == null) family = v;
            else if (p.type() == NamePart.Type.GIVEN && given == null) given = v;
        }
        if (family == null || given == null || family.contains(" ") || given.contains(" ")) return null;
        return new String[]{family, given};
    }

    /** The word with its first letter in capitals and the rest in small letters ("PUTIN" -> "Putin"). */
    static String capitalised(String w) {
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
    }
}
