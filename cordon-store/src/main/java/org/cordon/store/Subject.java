package org.cordon.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cordon.match.Query;
import org.cordon.model.Schema;

/**
 * A customer or counterparty that a batch run screened and registered, so that it can be screened
 * again when a list changes.
 *
 * @param id         the caller's own id (the input file's id column)
 * @param name       the name screened
 * @param schema     Person, Organization... or null
 * @param birthDate  ISO date or range, or null
 * @param country    ISO alpha-2, or null
 * @param attributes anything else the caller keeps with it (sorted, for a stable fingerprint)
 */
public record Subject(String id, String name, Schema schema, String birthDate, String country, Map<String, String> attributes) {

    public Subject {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a subject needs an id");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("subject " + id + " has no name");
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        birthDate = blankToNull(birthDate);
        country = blankToNull(country);
    }

    public static Subject of(String id, String name) {
        return new Subject(id, name, null, null, null, Map.of());
    }

    /** Hash of everything screening reads about the subject: when it changes, an accepted pair alerts again. */
    public String fingerprint() {
        List<String> parts = new ArrayList<>(List.of(name.strip(), schema == null ? "" : schema.ftmName(),
                birthDate == null ? "" : birthDate, country == null ? "" : country));
        attributes.forEach((k, v) -> {
            parts.add(k);
            parts.add(v);
        });
        return Hashes.sha256(parts.toArray(String[]::new));
    }

    /** What to screen for this subject. */
    public Query query() {
        return Query.of(name.strip(), schema, birthDate, country);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
