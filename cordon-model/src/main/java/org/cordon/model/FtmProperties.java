package org.cordon.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An entity's facts as FollowTheMoney properties ({@code name}, {@code alias}, {@code weakAlias},
 * {@code birthDate}, {@code nationality}, {@code passportNumber}, {@code imoNumber}...), the shape
 * OpenSanctions tools and yente's API speak. Used by {@code cordon export --format ftm} and the HTTP API.
 */
public final class FtmProperties {
    private FtmProperties() {}

    public static Map<String, List<String>> of(Entity e) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        for (Name n : e.names()) {
            add(p, n.kind().ftmProperty(), n.full());
            for (NamePart part : n.parts()) {
                if (n.kind() != NameKind.PRIMARY) continue;
                switch (part.type()) {
                    case GIVEN -> add(p, "firstName", part.value());
                    case MIDDLE -> add(p, "middleName", part.value());
                    case FAMILY -> add(p, "lastName", part.value());
                    case PATRONYMIC -> add(p, "fatherName", part.value());
                    case MATRONYMIC -> add(p, "motherName", part.value());
                    case TITLE -> add(p, "title", part.value());
                    default -> { }
                }
            }
        }
        boolean person = e.schema() == Schema.PERSON;
        for (DateRange d : e.birthDates()) {
            add(p, person ? "birthDate" : "incorporationDate", d.isRange() ? d.from().toString() : d.toString());
            if (d.isRange()) add(p, person ? "birthDate" : "incorporationDate", d.to().toString());
        }
        for (String bp : e.birthPlaces()) add(p, "birthPlace", bp);
        for (String c : e.nationalities()) add(p, person ? "nationality" : "jurisdiction", c.toLowerCase(Locale.ROOT));
        for (String c : e.countries()) add(p, e.schema() == Schema.VESSEL ? "flag" : "country", c.toLowerCase(Locale.ROOT));
        if (e.gender() != null) add(p, "gender", e.gender());
        for (Identifier id : e.identifiers()) add(p, id.type().ftmProperty(), id.value());
        for (Address a : e.addresses()) add(p, "address", a.full());
        for (String prog : e.programmes()) add(p, "program", prog);
        if (e.listedOn() != null) add(p, "createdAt", e.listedOn());
        e.properties().forEach((k, vs) -> vs.forEach(v -> add(p, k, v)));
        add(p, "topics", "sanction");
        return p;
    }

    private static void add(Map<String, List<String>> p, String key, String value) {
        if (value == null || value.isBlank()) return;
        List<String> vs = p.computeIfAbsent(key, k -> new ArrayList<>());
        if (!vs.contains(value)) vs.add(value);
    }
}
