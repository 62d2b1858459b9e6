package org.cordon.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One record of one sanctions list, in the model every source is read into.
 * Immutable; readers build it with {@link #builder}.
 *
 * @param id            stable id, {@code source-sourceId} (e.g. {@code ofac-7534}, {@code un-KPi.033})
 * @param source        the list it comes from: {@code un}, {@code ofac}, {@code eu}, {@code uk} or a custom list name
 * @param sourceId      the publisher's own key (OFAC ent_num, UN REFERENCE_NUMBER, EU logicalId, UK UniqueID)
 * @param schema        Person, Organization, Company, LegalEntity, Vessel or Aircraft
 * @param names         all names; the first PRIMARY one is the caption
 * @param birthDates    dates or ranges of birth (persons) or incorporation (organisations)
 * @param birthPlaces   places of birth as written
 * @param nationalities ISO 3166-1 alpha-2 codes of nationality or citizenship (persons)
 * @param countries     other ISO alpha-2 codes linked to the entity (residence, jurisdiction, flag, address)
 * @param gender        "male", "female" or null
 * @param identifiers   passports, national ids, IMO, BIC...
 * @param addresses     postal addresses
 * @param programmes    sanctions programmes or regimes (e.g. "SDGT", "DPRK", "Russia")
 * @param listedOn      ISO date the entry was first listed, or null
 * @param properties    any further FtM properties (e.g. "position", "notes", "unscId", "sourceUrl")
 */
public record Entity(
        String id,
        String source,
        String sourceId,
        Schema schema,
        List<Name> names,
        List<DateRange> birthDates,
        List<String> birthPlaces,
        List<String> nationalities,
        List<String> countries,
        String gender,
        List<Identifier> identifiers,
        List<Address> addresses,
        List<String> programmes,
        String listedOn,
        Map<String, List<String>> properties) {

    /** FtM property holding a UN Security Council reference number ("KPi.033") that EU and UK records carry. */
    public static final String UN_REFERENCE = "unscId";

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(schema, "schema");
        if (names == null || names.isEmpty()) throw new IllegalArgumentException("entity " + id + " has no name");
        names = List.copyOf(names);
        birthDates = List.copyOf(birthDates);
        birthPlaces = List.copyOf(birthPlaces);
        nationalities = List.copyOf(nationalities);
        countries = List.copyOf(countries);
        identifiers = List.copyOf(identifiers);
        addresses = List.copyOf(addresses);
        programmes = List.copyOf(programmes);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        properties.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        properties = Collections.unmodifiableMap(copy);
    }

    /** The primary name, as shown to users. */
    public String caption() {
        for (Name n : names) {
            if (n.kind() == NameKind.PRIMARY) return n.full();
        }
        return names.get(0).full();
    }

    /** Values of an extra property, empty when absent. */
    public List<String> property(String key) {
        return properties.getOrDefault(key, List.of());
    }

    /**
     * This record merged with another record of the same publisher and id: OFAC publishes one entity
     * (one uid) on both its SDN and its non-SDN list when it falls under programmes of both, and the
     * two exports are two views of that one entity. Values are united, this record's caption stays the
     * caption, the other's primary name becomes an alias when it differs.
     */
    public Entity mergedWith(Entity other) {
        if (!id.equals(other.id)) throw new IllegalArgumentException("cannot merge " + id + " with " + other.id);
        Builder b = builder(source, sourceId, schema);
        names.forEach(b::name);
        for (Name n : other.names) {
            b.name(n.kind() == NameKind.PRIMARY && !n.full().equals(caption())
                    ? new Name(n.full(), NameKind.ALIAS, n.lang(), n.parts()) : n);
        }
        for (Entity e : List.of(this, other)) {
            e.birthDates.forEach(b::birthDate);
            e.birthPlaces.forEach(b::birthPlace);
            e.nationalities.forEach(b::nationality);
            e.countries.forEach(b::country);
            b.gender(e.gender);
            e.identifiers.forEach(b::identifier);
            e.addresses.forEach(b::address);
            e.programmes.forEach(b::programme);
            e.properties.forEach((k, vs) -> vs.forEach(v -> b.property(k, v)));
        }
        b.gender(gender);
        if (listedOn != null && other.listedOn != null) b.listedOn(listedOn.compareTo(other.listedOn) <= 0 ? listedOn : other.listedOn);
        else b.listedOn(listedOn != null ? listedOn : other.listedOn);
        return b.build();
    }

    /** The stable id for a record of {@code source} with publisher key {@code sourceId}. */
    public static String idFor(String source, String sourceId) {
        return source + "-" + sourceId.trim().replace(' ', '_');
    }

    public static Builder builder(String source, String sourceId, Schema schema) {
        return new Builder(source, sourceId, schema);
    }

    /** Mutable builder; collects values in publication order and drops duplicates and blanks. */
    public static final class Builder {
        private final String source;
        private final String sourceId;
        private Schema schema;
        private final List<Name> names = new ArrayList<>();
        /** Kind and text of each name, so that adding n names costs O(n), not O(n^2), on a record with very many aliases. */
        private final java.util.Set<String> nameKeys = new java.util.HashSet<>();
        private final LinkedHashSet<DateRange> birthDates = new LinkedHashSet<>();
        private final LinkedHashSet<String> birthPlaces = new LinkedHashSet<>();
        private final LinkedHashSet<String> nationalities = new LinkedHashSet<>();
        private final LinkedHashSet<String> countries = new LinkedHashSet<>();
        private String gender;
        private final LinkedHashSet<Identifier> identifiers = new LinkedHashSet<>();
        private final LinkedHashSet<Address> addresses = new LinkedHashSet<>();
        private final LinkedHashSet<String> programmes = new LinkedHashSet<>();
        private String listedOn;
        private final Map<String, LinkedHashSet<String>> properties = new LinkedHashMap<>();

        private Builder(String source, String sourceId, Schema schema) {
            this.source = Objects.requireNonNull(source, "source");
            this.sourceId = Objects.requireNonNull(sourceId, "sourceId").trim();
            this.schema = Objects.requireNonNull(schema, "schema");
        }

        public String sourceId() { return sourceId; }

        public Schema schema() { return schema; }

        public Builder schema(Schema s) { this.schema = Objects.requireNonNull(s); return this; }

        /** Adds a name unless blank or already present with the same text and kind. */
        public Builder name(Name n) {
            if (n == null || n.full().isBlank()) return this;
            if (!nameKeys.add(n.kind().ordinal() + ":" + n.full())) return this;
            names.add(n);
            return this;
        }

        public Builder name(String full, NameKind kind) {
            if (full == null) return this;
            return name(new Name(full.strip(), kind));
        }

        public List<Name> names() { return names; }

        public Builder birthDate(DateRange d) { if (d != null) birthDates.add(d); return this; }

        public Builder birthPlace(String p) { if (notBlank(p)) birthPlaces.add(p.strip()); return this; }

        /** Adds an ISO alpha-2 nationality; null (unknown country) is ignored. */
        public Builder nationality(String iso2) { if (notBlank(iso2)) nationalities.add(iso2); return this; }

        public Builder country(String iso2) { if (notBlank(iso2)) countries.add(iso2); return this; }

        public Builder gender(String g) { if (notBlank(g)) gender = g; return this; }

        public Builder identifier(Identifier i) { if (i != null && notBlank(i.value())) identifiers.add(i); return this; }

        public Builder address(Address a) { if (a != null && notBlank(a.full())) addresses.add(a); return this; }

        public Builder programme(String p) { if (notBlank(p)) programmes.add(p.strip()); return this; }

        public Builder listedOn(String isoDate) { if (notBlank(isoDate)) listedOn = isoDate; return this; }

        public Builder property(String key, String value) {
            if (notBlank(value)) properties.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value.strip());
            return this;
        }

        public boolean hasNames() { return !names.isEmpty(); }

        public Entity build() {
            List<Name> ordered = new ArrayList<>(names);
            // The caption is the first primary name; keep a primary first so every consumer sees it there.
            for (int i = 0; i < ordered.size(); i++) {
                if (ordered.get(i).kind() == NameKind.PRIMARY) {
                    if (i > 0) ordered.add(0, ordered.remove(i));
                    break;
                }
            }
            Map<String, List<String>> props = new LinkedHashMap<>();
            properties.forEach((k, v) -> props.put(k, List.copyOf(v)));
            return new Entity(idFor(source, sourceId), source, sourceId, schema, ordered, List.copyOf(birthDates),
                    List.copyOf(birthPlaces), List.copyOf(nationalities), List.copyOf(countries), gender,
                    List.copyOf(identifiers), List.copyOf(addresses), List.copyOf(programmes), listedOn, props);
        }

        private static boolean notBlank(String s) {
            return s != null && !s.isBlank();
        }
    }
}
