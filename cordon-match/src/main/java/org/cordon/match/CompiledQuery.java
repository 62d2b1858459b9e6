package org.cordon.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cordon.match.normalise.NameNormaliser;
import org.cordon.match.normalise.NormalisedName;
import org.cordon.model.Countries;
import org.cordon.model.DateRange;
import org.cordon.model.Identifier;
import org.cordon.model.Name;
import org.cordon.model.Schema;

/**
 * A query prepared once for a scan: names normalised with their prefilter keys, dates parsed,
 * countries as ISO codes.
 */
record CompiledQuery(Query query, List<NormalisedName> names, List<int[]> keys, List<DateRange> birthDates,
                     List<String> countries, List<Identifier> identifiers, String gender) {

    static CompiledQuery of(Query q) {
        List<NormalisedName> names = new ArrayList<>(q.names().size());
        List<int[]> keys = new ArrayList<>(q.names().size());
        for (Name n : q.names()) {
            NormalisedName nn = NameNormaliser.normalise(n, q.schema());
            names.add(nn);
            keys.add(Prefilter.keys(nn));
        }
        List<DateRange> dates = new ArrayList<>();
        for (String d : q.birthDates()) {
            try {
                dates.add(DateRange.parse(d));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("birth date '" + d + "': expected YYYY, YYYY-MM-DD or YYYY/YYYY", e);
            }
        }
        List<String> countries = new ArrayList<>();
        for (String c : q.countries()) {
            String iso = Countries.isIso2(c.toUpperCase(Locale.ROOT)) ? c.toUpperCase(Locale.ROOT) : Countries.toIso2(c);
            if (iso != null) countries.add(iso);
        }
        String g = q.gender() == null || q.gender().isBlank() ? null : q.gender().strip().toLowerCase(Locale.ROOT);
        return new CompiledQuery(q, names, keys, dates, countries, q.identifiers(), g);
    }

    Schema schema() {
        return query.schema();
    }
}
