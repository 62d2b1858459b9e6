package org.cordon.scan;

/**
 * One screenable value of a payment message.
 *
 * @param path  where it sits: an MT field tag ("59", "50K", "70") or an ISO 20022 element path
 *              ("CdtTrfTxInf/Cdtr/Nm")
 * @param line  1-based line within the MT field (0 for MX), so a hit can say "59 line 2"
 * @param at    1-based line in the message file, for finding it in the original
 * @param role  the party or purpose in users' words: "beneficiary customer", "creditor agent", "remittance information"
 * @param kind  what the value is, which decides how it is screened
 * @param value the value as written
 */
public record PaymentField(String path, int line, int at, String role, Kind kind, String value) {

    public enum Kind {
        /** A party's name: screened by the matcher and scanned as text. */
        NAME,
        /** Name and address lines of a party whose lines are not told apart (MT 50K, 59, 52D...). */
        NAME_AND_ADDRESS,
        /** Address lines: scanned as text (names of places, jurisdictions). */
        ADDRESS,
        /** An ISO country code. */
        COUNTRY,
        BIC,
        LEI,
        /** An account number or IBAN; an IBAN's country is checked. */
        ACCOUNT,
        /** Free text: remittance information, instructions, regulatory reporting. */
        FREE_TEXT
    }
}
