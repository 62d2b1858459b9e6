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
                     List<String> countries, List<Identifier> identifiers, String gender, Schema schema) {

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
        return new CompiledQuery(q, names, keys, dates, countries, q.identifiers(), g, schemaOf(q, names));
    }

    /**
     * The query's schema, or for a query without one whose every name has a legal form of three letters or more ("Meyer
     * SARL", "ООО Фомин"), an organisation: such a name is a company's, and meets no person or vessel (screened without
     * a schema, generated company names alerted on persons: "David EURL" ~ "DON DAVID"). Null when unknown.
     */
    private static Schema schemaOf(Query query, List<NormalisedName> names) {
        if (query.schema() != null || names.isEmpty()) return query.schema();
        for (NormalisedName n : names) {
            if (!NameNormaliser.hasOrganisationForm(n.original())) return null;
        }
        return Schema.ORGANIZATION;
    }

    /** Whether the schema is the query's own, not read from its legal forms. */
    boolean schemaGiven() {
        return query.schema() != null;
    }
}
