package org.cordon.scan;

/**
 * A sanctioned jurisdiction a payment message touches.
 *
 * @param field        MT tag or ISO 20022 path
 * @param fieldLine    line within the MT field, 0 for ISO 20022
 * @param messageLine  line in the message as given
 * @param role         the party or purpose
 * @param jurisdiction which one
 * @param text         what triggered it: a place name, a country code, a BIC or IBAN
 * @param how          "text" (a place or country named), "country code", "BIC country" or "IBAN country"
 */
public record PaymentJurisdiction(String field, int fieldLine, int messageLine, String role, Jurisdiction jurisdiction, String text,
                                  String how) {
}
