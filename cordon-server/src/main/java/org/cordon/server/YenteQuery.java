package org.cordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cordon.match.Query;
import org.cordon.model.Countries;
import org.cordon.model.DateRange;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.NamePart;
import org.cordon.model.Schema;

/**
 * One query of a yente {@code /match} body, {@code {"schema": "Person", "properties": {"name": [...],
 * "firstName": [...], "birthDate": [...], "nationality": [...]}}}, read into a Cordon {@link Query}.
 * Every fault names its field as a path ({@code queries.q1.properties.birthDate[0]}).
 */
final class YenteQuery {
    private static final Set<String> NAME_PROPS = Set.of("name", "alias", "weakAlias", "previousName");
    private static final Set<String> COUNTRY_PROPS = Set.of("nationality", "country", "citizenship", "jurisdiction",
            "flag", "mainCountry", "residency");
    private static final Set<String> IDENTIFIER_PROPS = Set.of("passportNumber", "idNumber", "taxNumber",
            "registrationNumber", "imoNumber", "mmsi", "swiftBic", "bicCode", "leiCode", "innCode", "ogrnCode",
            "vatCode", "serialNumber");

    private YenteQuery() {}

    /** The query and the properties as given, for echoing back in the response. */
    record Parsed(Query query, String schema, Map<String, List<String>> properties) {}

    static Parsed parse(JsonNode q, String path) {
        if (!q.isObject()) throw ApiError.badRequest(path, "each query must be a JSON object with schema and properties");
        JsonNode schemaNode = q.get("schema");
        if (schemaNode == null || !schemaNode.isTextual() || schemaNode.asText().isBlank()) {
            throw ApiError.badRequest(path + ".schema", "schema is required (Person, Organization, Company, LegalEntity, Vessel or Aircraft)");
        }
        Schema schema = Schema.parseOrNull(schemaNode.asText());
        if (schema == null) {
            throw ApiError.badRequest(path + ".schema", "unknown schema '" + schemaNode.asText()
                    + "': expected Person, Organization, Company, LegalEntity, Vessel or Aircraft");
        }
        JsonNode props = q.get("properties");
        if (props != null && !props.isNull() && !props.isObject()) {
            throw ApiError.badRequest(path + ".properties", "properties must be an object of property name -> list of strings");
        }
        Map<String, List<String>> given = new LinkedHashMap<>();
        if (props != null && props.isObject()) {
            for (var it = props.properties().iterator(); it.hasNext(); ) {
                var e = it.next();
                given.put(e.getKey(), values(e.getValue(), path + ".properties." + e.getKey()));
            }
        }
        String pp = path + ".properties.";
        List<Name> names = new ArrayList<>();
        for (String p : List.of("name", "alias", "weakAlias", "previousName")) {
            NameKind kind = switch (p) {
                case "alias" -> NameKind.ALIAS;
                case "weakAlias" -> NameKind.WEAK_ALIAS;
                case "previousName" -> NameKind.PREVIOUS;
                default -> NameKind.PRIMARY;
            };
            for (String v : given.getOrDefault(p, List.of())) names.add(new Name(v, kind));
        }
        Name fromParts = fromParts(given);
        if (fromParts != null) names.add(fromParts);
        if (names.isEmpty()) {
            throw ApiError.badRequest(pp + "name", "a query needs a name (properties.name) or name parts (firstName, lastName)");
        }
        List<String> birthDates = new ArrayList<>();
        for (String p : List.of("birthDate", "incorporationDate")) {
            List<String> vs = given.getOrDefault(p, List.of());
            for (int i = 0; i < vs.size(); i++) {
                String v = vs.get(i).strip();
                try {
                    birthDates.add(DateRange.parse(v).toString());
                } catch (IllegalArgumentException e) {
                    throw ApiError.badRequest(pp + p + "[" + i + "]", "'" + v + "' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY/YYYY)");
                }
            }
        }
        List<String> countries = new ArrayList<>();
        for (String p : COUNTRY_PROPS) {
            List<String> vs = given.getOrDefault(p, List.of());
            for (int i = 0; i < vs.size(); i++) {
                String cc = Countries.toIso2(vs.get(i));
                if (cc == null && vs.get(i).strip().length() == 2 && Countries.isIso2(vs.get(i).strip().toUpperCase(Locale.ROOT))) {
                    cc = vs.get(i).strip().toUpperCase(Locale.ROOT);
                }
                if (cc == null) throw ApiError.badRequest(pp + p + "[" + i + "]", "unknown country '" + vs.get(i) + "' (use an ISO code such as ru)");
                if (!countries.contains(cc)) countries.add(cc);
            }
        }
        List<Identifier> ids = new ArrayList<>();
        for (String p : IDENTIFIER_PROPS) {
            for (String v : given.getOrDefault(p, List.of())) ids.add(new Identifier(IdentifierType.parse(p), v.strip()));
        }
        String gender = null;
        List<String> g = given.getOrDefault("gender", List.of());
        if (!g.isEmpty()) {
            gender = g.getFirst().strip().toLowerCase(Locale.ROOT);
            if (!gender.equals("male") && !gender.equals("female")) gender = null;
        }
        return new Parsed(new Query(names, schema, birthDates, countries, ids, gender), schema.ftmName(), given);
    }

    /** firstName/middleName/fatherName/lastName as one name, in that order, keeping the parts. */
    private static Name fromParts(Map<String, List<String>> given) {
        List<NamePart> parts = new ArrayList<>();
        add(parts, NamePart.Type.GIVEN, given.get("firstName"));
        add(parts, NamePart.Type.GIVEN, given.get("secondName"));
        add(parts, NamePart.Type.MIDDLE, given.get("middleName"));
        add(parts, NamePart.Type.PATRONYMIC, given.get("fatherName"));
        add(parts, NamePart.Type.FAMILY, given.get("lastName"));
        if (parts.isEmpty()) return null;
        StringBuilder full = new StringBuilder();
        for (NamePart p : parts) {
            if (!full.isEmpty()) full.append(' ');
            full.append(p.value());
        }
        return new Name(full.toString(), NameKind.PRIMARY, null, parts);
    }

    private static void add(List<NamePart> parts, NamePart.Type type, List<String> vs) {
        if (vs == null || vs.isEmpty()) return;
        String v = vs.getFirst().strip();
        if (!v.isEmpty()) parts.add(new NamePart(type, v));
    }

    /** A property value: a list of strings, or one string (yente accepts both). */
    private static List<String> values(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) return out;
        if (n.isTextual()) {
            if (!n.asText().isBlank()) out.add(n.asText());
            return out;
        }
        if (!n.isArray()) throw ApiError.badRequest(field, "expected a list of strings");
        for (int i = 0; i < n.size(); i++) {
            JsonNode v = n.get(i);
            if (v.isTextual()) {
                if (!v.asText().isBlank()) out.add(v.asText());
            } else if (v.isNumber()) {
                out.add(v.asText());
            } else {
                throw ApiError.badRequest(field + "[" + i + "]", "expected a string");
            }
        }
        return out;
    }

    static boolean isNameProperty(String p) {
        return NAME_PROPS.contains(p);
    }
}
