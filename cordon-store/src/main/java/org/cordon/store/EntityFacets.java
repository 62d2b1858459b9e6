package org.cordon.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cordon.model.Address;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.Name;

/**
 * An entity as field -> sorted values ({@code name}, {@code alias}, {@code weakAlias}, {@code birthDate},
 * {@code identifier}...), the form list versions are compared and fingerprinted in. Values are sorted
 * because a publisher reordering aliases has not changed the entry.
 *
 * @param entityId the entity
 * @param fields   field name -> sorted values; absent fields are left out
 */
public record EntityFacets(String entityId, SortedMap<String, List<String>> fields) {

    /**
     * The fields screening reads. A change in any of them can turn a non-match into a match (a new alias,
     * a corrected birth date), so it re-opens a good-guy pair and puts the entity into a delta
     * re-screening; a new programme or address does not.
     */
    public static final Set<String> SCREENING_FIELDS = Set.of(
            "schema", "name", "alias", "weakAlias", "previousName", "birthDate", "nationality", "country", "gender", "identifier");

    public EntityFacets {
        SortedMap<String, List<String>> copy = new TreeMap<>();
        fields.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        fields = Collections.unmodifiableSortedMap(copy);
    }

    public static EntityFacets of(Entity e) {
        SortedMap<String, TreeSet<String>> f = new TreeMap<>();
        add(f, "schema", e.schema().ftmName());
        for (Name n : e.names()) add(f, n.kind().ftmProperty(), n.full());
        for (DateRange d : e.birthDates()) add(f, "birthDate", d.toString());
        for (String p : e.birthPlaces()) add(f, "birthPlace", p);
        for (String c : e.nationalities()) add(f, "nationality", c);
        for (String c : e.countries()) add(f, "country", c);
        add(f, "gender", e.gender());
        for (Identifier i : e.identifiers()) {
            add(f, "identifier", i.type().name().toLowerCase(Locale.ROOT) + ":" + i.value() + (i.country() == null ? "" : " (" + i.country() + ")"));
        }
        for (Address a : e.addresses()) add(f, "address", a.full());
        for (String p : e.programmes()) add(f, "programme", p);
        add(f, "listedOn", e.listedOn());
        // Extra properties keep their FtM names; a clash with a field above would merge values, which is harmless for a diff.
        e.properties().forEach((k, vs) -> vs.forEach(v -> add(f, k, v)));
        SortedMap<String, List<String>> out = new TreeMap<>();
        f.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        return new EntityFacets(e.id(), out);
    }

    private static void add(SortedMap<String, TreeSet<String>> f, String key, String value) {
        if (value == null || value.isBlank()) return;
        f.computeIfAbsent(key, k -> new TreeSet<>()).add(value.strip());
    }

    /** Hash of the fields screening reads: equal fingerprints screen alike. */
    public String fingerprint() {
        return hashOf(SCREENING_FIELDS);
    }

    /** Hash of every field. */
    public String contentHash() {
        return hashOf(null);
    }

    private String hashOf(Set<String> only) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<String>> en : fields.entrySet()) {
            if (only != null && !only.contains(en.getKey())) continue;
            parts.add(en.getKey());
            parts.add(Integer.toString(en.getValue().size()));
            parts.addAll(en.getValue());
        }
        return Hashes.sha256(parts.toArray(String[]::new));
    }

    /** Fields whose values differ between {@code this} (older) and {@code newer}, in name order. */
    public List<String> changedFields(EntityFacets newer) {
        TreeSet<String> keys = new TreeSet<>(fields.keySet());
        keys.addAll(newer.fields.keySet());
        List<String> changed = new ArrayList<>();
        for (String k : keys) {
            if (!fields.getOrDefault(k, List.of()).equals(newer.fields.getOrDefault(k, List.of()))) changed.add(k);
        }
        return changed;
    }
}
