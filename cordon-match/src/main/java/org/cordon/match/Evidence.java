package org.cordon.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cordon.match.Explanation.Feature;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.PartialDate;

/**
 * Evidence other than the name: birth date, country, gender and identifiers. Each feature adds to
 * or takes from the name score; missing evidence on either side changes nothing, conflicting
 * evidence lowers the score, and an exact match on a decisive identifier (passport, IMO, BIC...)
 * settles it. The sizes are deliberately small next to the name score: a shared birth year does not
 * make two different names the same person, but a different birth decade makes the same name
 * probably someone else.
 */
final class Evidence {
    static final double DOB_EXACT = 0.06, DOB_MONTH = 0.04, DOB_YEAR = 0.02, DOB_NEAR = -0.04, DOB_CONFLICT = -0.15;
    static final double COUNTRY_MATCH = 0.02, COUNTRY_CONFLICT = -0.05;
    static final double GENDER_CONFLICT = -0.1;
    /** A decisive identifier match lifts the score at least to this. */
    static final double IDENTIFIER_FLOOR = 0.97;
    static final double IDENTIFIER_CONFLICT = -0.03;
    /** A non-decisive identifier (a tax number, a registration) equal to the query's. */
    static final double IDENTIFIER_PARTIAL = 0.05;

    private Evidence() {}

    /** Features for a query against an entity; the score after them is {@link #apply}. */
    static List<Feature> features(CompiledQuery q, Entity e) {
        List<Feature> out = new ArrayList<>(4);
        birthDate(q, e, out);
        country(q, e, out);
        gender(q, e, out);
        identifiers(q, e, out);
        return out;
    }

    /**
     * The most the evidence a query carries can add to a name score (a full birth date, a shared
     * country, a partly matching identifier): a record whose name scores below the threshold minus
     * this cannot reach the threshold. Keep in step with the features above.
     */
    static double maxGain(CompiledQuery q) {
        double gain = 0;
        if (!q.birthDates().isEmpty()) gain += Math.max(DOB_EXACT, Math.max(DOB_MONTH, DOB_YEAR));
        if (!q.countries().isEmpty()) gain += COUNTRY_MATCH;
        if (!q.identifiers().isEmpty()) gain += IDENTIFIER_PARTIAL;
        return gain;
    }

    static double apply(double nameScore, List<Feature> features) {
        double s = nameScore;
        boolean decisive = false;
        for (Feature f : features) {
            if (f.name().equals("identifier") && f.effect() > 0) decisive = true;
            else s += f.effect();
        }
        if (decisive) s = Math.max(s, IDENTIFIER_FLOOR);
        return Math.max(0.0, Math.min(1.0, s));
    }

    private static void birthDate(CompiledQuery q, Entity e, List<Feature> out) {
        if (q.birthDates().isEmpty() || e.birthDates().isEmpty()) return;
        double best = Double.NEGATIVE_INFINITY;
        String detail = null;
        for (DateRange a : q.birthDates()) {
            for (DateRange b : e.birthDates()) {
                double v = compare(a, b);
                if (v > best) {
                    best = v;
                    detail = describe(v) + " " + a + " vs " + b;
                }
            }
        }
        if (best != 0) out.add(new Feature("birthDate", best, detail));
        else out.add(new Feature("birthDate", 0.0, detail));
    }

    /** Effect of two dates or ranges: exact day, same month, same year or within a range, a year apart, or conflicting. */
    static double compare(DateRange a, DateRange b) {
        if (!a.isRange() && !b.isRange()) {
            PartialDate x = a.from(), y = b.from();
            if (x.year() == y.year()) {
                if (x.hasMonth() && y.hasMonth()) {
                    if (x.month() != y.month()) return DOB_NEAR;
                    if (x.hasDay() && y.hasDay()) return x.day() == y.day() ? DOB_EXACT : DOB_NEAR;
                    return DOB_MONTH;
                }
                return DOB_YEAR;
            }
            return Math.abs(x.year() - y.year()) <= 1 ? DOB_NEAR : DOB_CONFLICT;
        }
        int aFrom = a.from().year(), aTo = a.to().year(), bFrom = b.from().year(), bTo = b.to().year();
        if (aFrom <= bTo && bFrom <= aTo) return 0.0;
        int gap = aFrom > bTo ? aFrom - bTo : bFrom - aTo;
        return gap <= 1 ? DOB_NEAR : DOB_CONFLICT;
    }

    private static String describe(double v) {
        if (v == DOB_EXACT) return "same birth date";
        if (v == DOB_MONTH) return "same birth month";
        if (v == DOB_YEAR) return "same birth year";
        if (v == 0.0) return "birth year within range";
        if (v == DOB_NEAR) return "birth dates close but not equal";
        return "birth dates conflict";
    }

    private static void country(CompiledQuery q, Entity e, List<Feature> out) {
        if (q.countries().isEmpty()) return;
        if (e.nationalities().isEmpty() && e.countries().isEmpty()) return;
        for (String c : q.countries()) {
            if (e.nationalities().contains(c) || e.countries().contains(c)) {
                out.add(new Feature("country", COUNTRY_MATCH, "country " + c + " shared"));
                return;
            }
        }
        List<String> listed = new ArrayList<>(e.nationalities());
        for (String c : e.countries()) if (!listed.contains(c)) listed.add(c);
        out.add(new Feature("country", COUNTRY_CONFLICT, "query countries " + q.countries() + " not among " + listed));
    }

    private static void gender(CompiledQuery q, Entity e, List<Feature> out) {
        if (q.gender() == null || e.gender() == null) return;
        if (!q.gender().equalsIgnoreCase(e.gender())) {
            out.add(new Feature("gender", GENDER_CONFLICT, "gender " + q.gender() + " vs " + e.gender()));
        }
    }

    private static void identifiers(CompiledQuery q, Entity e, List<Feature> out) {
        if (q.identifiers().isEmpty() || e.identifiers().isEmpty()) return;
        boolean sameTypeSeen = false;
        for (Identifier qi : q.identifiers()) {
            String qv = qi.normalisedValue();
            if (qv.isEmpty()) continue;
            for (Identifier ei : e.identifiers()) {
                boolean comparable = qi.type() == ei.type() || qi.type() == IdentifierType.OTHER || ei.type() == IdentifierType.OTHER;
                if (!comparable) continue;
                String ev = Identifier.normalise(qi.type() == IdentifierType.OTHER ? ei.type() : qi.type(), ei.value());
                if (qv.equals(ev) || Objects.equals(qv, ei.normalisedValue())) {
                    IdentifierType t = qi.type() == IdentifierType.OTHER ? ei.type() : qi.type();
                    if (t.isDecisive()) {
                        out.add(new Feature("identifier", IDENTIFIER_FLOOR, t.name().toLowerCase(Locale.ROOT) + " " + ei.value() + " equals the query's"));
                    } else {
                        out.add(new Feature("identifierPartial", IDENTIFIER_PARTIAL, t.name().toLowerCase(Locale.ROOT) + " " + ei.value() + " equals the query's"));
                    }
                    return;
                }
                if (qi.type() == ei.type() && qi.type().isDecisive()) sameTypeSeen = true;
            }
        }
        if (sameTypeSeen) {
            out.add(new Feature("identifierConflict", IDENTIFIER_CONFLICT, "identifiers of the same kind differ"));
        }
    }
}
