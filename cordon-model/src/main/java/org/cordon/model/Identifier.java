package org.cordon.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A typed identifier: passport, national id, IMO, BIC...
 *
 * @param type    what kind of identifier
 * @param value   as published
 * @param country issuing country as ISO 3166-1 alpha-2, or null
 * @param note    the source's own label or remark (e.g. "Passport No.", "issued 2013"), or null
 */
public record Identifier(IdentifierType type, String value, String country, String note) {

    public Identifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    public Identifier(IdentifierType type, String value) {
        this(type, value, null, null);
    }

    /** The value reduced to letters and digits, upper case, for exact comparison ("IMO 9187629" -> "9187629" for IMO). */
    public String normalisedValue() {
        return normalise(type, value);
    }

    public static String normalise(IdentifierType type, String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(c);
        }
        String s = sb.toString().toUpperCase(Locale.ROOT);
        if (type == IdentifierType.IMO && s.startsWith("IMO")) s = s.substring(3);
        if (type == IdentifierType.BIC && s.length() == 11 && s.endsWith("XXX")) s = s.substring(0, 8);
        return s;
    }
}
