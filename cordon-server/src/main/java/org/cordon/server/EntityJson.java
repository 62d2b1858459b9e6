package org.cordon.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cordon.match.Explanation;
import org.cordon.match.MatchResult;
import org.cordon.model.Address;
import org.cordon.model.Countries;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.ListVersion;
import org.cordon.model.Name;
import org.cordon.model.NamePart;
import org.cordon.model.Scripts;

/**
 * The JSON shapes of entities and results: yente's (id, caption, schema, properties, datasets,
 * target, first_seen, last_seen, last_change) so existing integrations read them unchanged, plus
 * Cordon's fields under the names the CLI's {@code --json} uses (source, source_id, programmes,
 * profile_id, explanation) and {@code why}, the explanation in plain words.
 */
final class EntityJson {
    private EntityJson() {}

    static Map<String, Object> entity(Entity e, Snapshot snap) {
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            entityFields(e, snap, m::put);
        } catch (IOException x) {
            throw new java.io.UncheckedIOException(x); // a map takes every field
        }
        return m;
    }

    /** Receives an entity's fields one at a time: into a map, or straight to a generator. */
    @FunctionalInterface
    private interface Fields {
        void put(String name, Object value) throws IOException;
    }

    /** The entity's yente fields and Cordon's, in their order: the one list {@link #entity} and {@link #result} share. */
    private static void entityFields(Entity e, Snapshot snap, Fields out) throws IOException {
        out.put("id", e.id());
        out.put("caption", e.caption());
        out.put("schema", e.schema().ftmName());
        out.put("properties", snap.properties().of(e));
        out.put("datasets", List.of(e.source()));
        out.put("referents", List.of());
        out.put("target", true);
        String published = published(e, snap);
        out.put("first_seen", firstSeen(e, published));
        out.put("last_seen", published);
        out.put("last_change", lastChange(e, published));
        out.put("source", e.source());
        out.put("source_id", e.sourceId());
        out.put("programmes", e.programmes());
    }

    /** The publication date of the record's list, else the day the lists were loaded. */
    private static String published(Entity e, Snapshot snap) {
        ListVersion v = snap.versionOf(e);
        return v == null || v.publicationDate() == null ? snap.loadedAt().toString().substring(0, 10) : v.publicationDate();
    }

    private static String firstSeen(Entity e, String published) {
        return e.listedOn() != null ? e.listedOn() : published;
    }

    /**
     * The lists give a listing date but no change history: last_change is the listing date when known, else the list's
     * publication date, which is the latest the record can have changed.
     */
    private static String lastChange(Entity e, String published) {
        return e.listedOn() != null ? e.listedOn() : published;
    }

    /** {@code last_change} of the record, as its result and entity carry it (yente's {@code changed_since} filters on it). */
    static String lastChange(Entity e, Snapshot snap) {
        return lastChange(e, published(e, snap));
    }

    /**
     * A yente result: the entity's fields as {@link #entity} gives them, then score, match flag, profile id, features and
     * explanations (yente's shape, Cordon's {@code explanation} and {@code why}). Written straight to the response by
     * Jackson, without maps: a /match answer carries five such results, and building and then serialising maps of them was
     * a seventh of the server's CPU a request (docs/performance.md).
     */
    static JsonSerializable result(MatchResult r, boolean match, Snapshot snap) {
        return new ResultJson(r, match, snap);
    }

    private record ResultJson(MatchResult r, boolean match, Snapshot snap) implements JsonSerializable {
        @Override
        public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            entityFields(r.entity(), snap, (name, value) -> provider.defaultSerializeField(name, value, g));
            g.writeNumberField("score", round(r.score()));
            g.writeBooleanField("match", match);
            g.writeStringField("profile_id", r.profileId());
            Explanation x = r.explanation();
            String nameSentence = x == null ? null : nameSentence(x);
            g.writeObjectFieldStart("features");
            if (x != null) {
                // a feature named twice is summed, in the place it was first named
                Map<String, Double> features = new LinkedHashMap<>();
                features.put("name", round(x.nameScore()));
                for (Explanation.Feature f : x.features()) features.merge(f.name(), round(f.effect()), (a, b) -> round(a + b));
                for (Map.Entry<String, Double> f : features.entrySet()) g.writeNumberField(f.getKey(), f.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("explanations");
            if (x != null) {
                g.writeObjectFieldStart("name");
                g.writeNumberField("score", round(x.nameScore()));
                g.writeStringField("query_name", x.queryName());
                g.writeStringField("list_name", x.listName());
                g.writeStringField("name_kind", x.nameKind().name().toLowerCase(Locale.ROOT));
                g.writeStringField("detail", nameSentence);
                g.writeEndObject();
                // a feature named twice is explained by the last, in the place it was first named
                Map<String, Explanation.Feature> last = new LinkedHashMap<>();
                for (Explanation.Feature f : x.features()) last.put(f.name(), f);
                for (Explanation.Feature f : last.values()) {
                    g.writeObjectFieldStart(f.name());
                    g.writeNumberField("effect", round(f.effect()));
                    g.writeStringField("detail", f.detail());
                    g.writeEndObject();
                }
            }
            g.writeEndObject();
            g.writeFieldName("explanation");
            writeExplanation(g, x);
            g.writeFieldName("why");
            strings(g, why(x, nameSentence));
            g.writeEndObject();
        }

        @Override
        public void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer) throws IOException {
            serialize(g, provider);
        }
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    /** {@link Explanation#toMap}'s fields, in its order, written as they go. */
    private static void writeExplanation(JsonGenerator g, Explanation x) throws IOException {
        g.writeStartObject();
        if (x != null) {
            g.writeStringField("summary", x.summary());
            g.writeStringField("query_name", x.queryName());
            g.writeStringField("list_name", x.listName());
            g.writeStringField("name_kind", x.nameKind().name().toLowerCase(java.util.Locale.ROOT));
            g.writeNumberField("name_score", round(x.nameScore()));
            g.writeArrayFieldStart("tokens");
            for (Explanation.TokenMatch t : x.tokens()) {
                g.writeStartObject();
                g.writeStringField("query", t.queryToken());
                g.writeStringField("list", t.listToken());
                g.writeStringField("how", t.how());
                g.writeNumberField("similarity", round(t.similarity()));
                g.writeNumberField("weight", round(t.weight()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("name_rules");
            for (Explanation.NameRule r : x.nameRules()) {
                g.writeStartObject();
                g.writeStringField("rule", r.rule());
                g.writeNumberField("effect", round(r.effect()));
                g.writeStringField("detail", r.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("features");
            for (Explanation.Feature f : x.features()) {
                g.writeStartObject();
                g.writeStringField("feature", f.name());
                g.writeNumberField("effect", round(f.effect()));
                g.writeStringField("detail", f.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The explanation as sentences an analyst reads without knowing the scoring; the first, the name's, already written. */
    static List<String> why(Explanation x, String nameSentence) {
        List<String> out = new ArrayList<>();
        if (x == null) return out;
        out.add(nameSentence);
        for (Explanation.NameRule r : x.nameRules()) {
            if (r.effect() == 0) {
                // how a name was read (a word of look-alike letters of two scripts, a Russian body's words in English), not
                // what took from its score
                out.add(capitalise(r.detail()) + ".");
                continue;
            }
            String effect = r.effect() > 0 ? "raises the name score by " + pct(r.effect()) : "lowers the name score by " + pct(-r.effect());
            out.add(capitalise(r.detail()) + ": " + effect + ".");
        }
        for (Explanation.Feature f : x.features()) {
            if (f.effect() == 0) {
                // Context rather than evidence (schema compatible, linked profile): say what it is, not an effect.
                out.add(capitalise(f.name()) + ": " + f.detail() + " (no effect on the score).");
                continue;
            }
            String effect = f.effect() > 0 ? "raises the score by " + pct(f.effect()) : "lowers the score by " + pct(-f.effect());
            out.add(capitalise(f.detail()) + ": " + effect + ".");
        }
        return out;
    }

    static String nameSentence(Explanation x) {
        String kind = switch (x.nameKind()) {
            case PRIMARY -> "the listed name";
            case ALIAS -> "the alias";
            case WEAK_ALIAS -> "the weak alias";
            case PREVIOUS -> "the former name";
        };
        StringBuilder sb = new StringBuilder();
        sb.append("The name \u201c").append(x.queryName()).append("\u201d is ").append(pct(x.nameScore()))
                .append(" similar to ").append(kind).append(" \u201c").append(x.listName()).append("\u201d");
        List<String> parts = new ArrayList<>();
        for (Explanation.TokenMatch t : x.tokens()) {
            if (t.queryToken().isEmpty()) parts.add("\u201c" + t.listToken() + "\u201d is not in the query");
            else if (t.listToken().isEmpty()) parts.add("\u201c" + t.queryToken() + "\u201d is not in the listed name");
            else if (t.how().equals("exact")) parts.add("\u201c" + t.queryToken() + "\u201d is the same");
            else parts.add("\u201c" + t.queryToken() + "\u201d matches \u201c" + t.listToken() + "\u201d by " + t.how()
                    + " (" + pct(t.similarity()) + ")");
        }
        if (!parts.isEmpty()) sb.append(": ").append(String.join("; ", parts));
        return sb.append('.').toString();
    }

    /** One source record as published, for the entity page: every name with its script, every identifier. */
    static Map<String, Object> record(Entity e, Snapshot snap) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("source", e.source());
        m.put("source_id", e.sourceId());
        m.put("schema", e.schema().ftmName());
        m.put("caption", e.caption());
        List<Map<String, Object>> names = new ArrayList<>();
        for (Name n : e.names()) {
            Map<String, Object> nm = new LinkedHashMap<>();
            nm.put("name", n.full());
            nm.put("kind", n.kind().name().toLowerCase(Locale.ROOT));
            nm.put("lang", n.lang());
            var script = Scripts.dominantNonLatin(n.full());
            nm.put("script", script == null ? "Latin" : titleCase(script.name()));
            if (!n.parts().isEmpty()) {
                List<Map<String, String>> parts = new ArrayList<>();
                for (NamePart p : n.parts()) parts.add(Map.of("type", p.type().name().toLowerCase(Locale.ROOT), "value", p.value()));
                nm.put("parts", parts);
            }
            names.add(nm);
        }
        m.put("names", names);
        m.put("birth_dates", e.birthDates().stream().map(DateRange::toString).toList());
        m.put("birth_places", e.birthPlaces());
        m.put("nationalities", e.nationalities().stream().map(c -> Map.of("code", c, "name", Countries.name(c))).toList());
        m.put("countries", e.countries().stream().map(c -> Map.of("code", c, "name", Countries.name(c))).toList());
        m.put("gender", e.gender());
        List<Map<String, Object>> ids = new ArrayList<>();
        for (Identifier i : e.identifiers()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("type", i.type().ftmProperty());
            im.put("value", i.value());
            im.put("country", i.country());
            im.put("note", i.note());
            ids.add(im);
        }
        m.put("identifiers", ids);
        m.put("addresses", e.addresses().stream().map(Address::full).toList());
        m.put("programmes", e.programmes());
        m.put("listed_on", e.listedOn());
        m.put("properties", e.properties());
        m.put("source_url", sourceUrl(e));
        ListVersion v = snap.versionOf(e);
        if (v != null) {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("title", v.title());
            vm.put("publisher", v.publisher());
            vm.put("publication_date", v.publicationDate());
            m.put("list", vm);
        }
        return m;
    }

    /**
     * Where the publisher shows this record: a URL the list itself gives (only http/https: a list is
     * hostile input and a javascript: link would run in the analyst's browser), else OFAC's record page.
     */
    static String sourceUrl(Entity e) {
        for (String key : List.of("sourceUrl", "url")) {
            for (String u : e.property(key)) {
                String t = u.strip();
                if (t.startsWith("https://") || t.startsWith("http://")) return t;
            }
        }
        if (e.source().equals("ofac") && e.sourceId().chars().allMatch(Character::isDigit)) {
            return "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + e.sourceId();
        }
        return null;
    }

    static double round(double d) {
        return Math.round(d * 10000.0) / 10000.0;
    }

    private static String pct(double d) {
        return Math.round(d * 100) + "%";
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String titleCase(String s) {
        String l = s.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }
}
