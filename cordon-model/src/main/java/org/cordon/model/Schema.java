package org.cordon.model;

import java.util.Locale;

/**
 * The kind of thing a list entry names, using FollowTheMoney's schema names so that exported
 * data reads in OpenSanctions tools. {@link #LEGAL_ENTITY} is the common parent of persons and
 * organisations; a query of that schema may match either.
 */
public enum Schema {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    COMPANY("Company"),
    LEGAL_ENTITY("LegalEntity"),
    VESSEL("Vessel"),
    AIRCRAFT("Aircraft");

    private final String ftmName;

    Schema(String ftmName) {
        this.ftmName = ftmName;
    }

    /** The FollowTheMoney schema name, e.g. {@code Person}. */
    public String ftmName() {
        return ftmName;
    }

    public boolean isOrganisation() {
        return this == ORGANIZATION || this == COMPANY;
    }

    /**
     * Whether an entity of schema {@code listed} can be the thing a query of this schema asks about.
     * A Vessel never matches a Person; a Company may be listed as an Organization and the reverse;
     * LegalEntity stands for "person or organisation, unknown which".
     */
    public boolean compatibleWith(Schema listed) {
        if (this == listed) return true;
        if (this == LEGAL_ENTITY) return listed == PERSON || listed.isOrganisation();
        if (listed == LEGAL_ENTITY) return this == PERSON || this.isOrganisation();
        return this.isOrganisation() && listed.isOrganisation();
    }

    /** Parses an FtM name ("Person"), an enum name ("PERSON") or a common word ("individual", "entity", "ship"). */
    public static Schema parse(String text) {
        Schema s = parseOrNull(text);
        if (s == null) {
            throw new IllegalArgumentException("unknown schema '" + text
                    + "': expected one of Person, Organization, Company, LegalEntity, Vessel, Aircraft");
        }
        return s;
    }

    public static Schema parseOrNull(String text) {
        if (text == null) return null;
        String t = text.trim().toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
        return switch (t) {
            case "person", "individual", "people", "p" -> PERSON;
            case "organization", "organisation", "org", "entity", "enterprise", "group" -> ORGANIZATION;
            case "company", "business" -> COMPANY;
            case "legalentity", "thing", "any" -> LEGAL_ENTITY;
            case "vessel", "ship", "boat" -> VESSEL;
            case "aircraft", "airplane", "plane" -> AIRCRAFT;
            default -> null;
        };
    }
}
