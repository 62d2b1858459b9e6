package org.cordon.model;

import java.util.Locale;

/** Kinds of identifier lists publish. An exact match on a passport, IMO or BIC is decisive evidence. */
public enum IdentifierType {
    PASSPORT("passportNumber"),
    NATIONAL_ID("idNumber"),
    TAX_ID("taxNumber"),
    REGISTRATION("registrationNumber"),
    IMO("imoNumber"),
    MMSI("mmsi"),
    BIC("swiftBic"),
    LEI("leiCode"),
    AIRCRAFT_REGISTRATION("registrationNumber"),
    AIRCRAFT_SERIAL("serialNumber"),
    EMAIL("email"),
    WEBSITE("website"),
    OTHER("idNumber");

    private final String ftmProperty;

    IdentifierType(String ftmProperty) {
        this.ftmProperty = ftmProperty;
    }

    public String ftmProperty() {
        return ftmProperty;
    }

    /** Whether an exact match on this identifier, by itself, identifies the entity. */
    public boolean isDecisive() {
        return this == PASSPORT || this == IMO || this == BIC || this == LEI || this == MMSI
                || this == NATIONAL_ID || this == TAX_ID || this == AIRCRAFT_SERIAL;
    }

    /** Parses an enum name or FtM property name ("imoNumber", "imo", "passport"). */
    public static IdentifierType parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
        return switch (t) {
            case "passport", "passportnumber" -> PASSPORT;
            case "nationalid", "idnumber", "id", "nationalidentificationnumber", "cedula", "identitycard" -> NATIONAL_ID;
            case "taxid", "taxnumber", "tin", "inn", "vat", "fiscalcode" -> TAX_ID;
            case "registration", "registrationnumber", "regnumber", "ogrn", "companynumber" -> REGISTRATION;
            case "imo", "imonumber", "vesselregistrationidentification" -> IMO;
            case "mmsi" -> MMSI;
            case "bic", "swiftbic", "swift", "swiftbiccode" -> BIC;
            case "lei", "leicode", "leinumber" -> LEI;
            case "aircraftregistration" -> AIRCRAFT_REGISTRATION;
            case "aircraftserial", "serialnumber", "aircraftmanufacturersserialnumber" -> AIRCRAFT_SERIAL;
            case "email" -> EMAIL;
            case "website" -> WEBSITE;
            default -> OTHER;
        };
    }
}
