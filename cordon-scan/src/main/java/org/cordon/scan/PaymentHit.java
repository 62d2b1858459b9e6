package org.cordon.scan;

import org.cordon.match.Explanation;
import org.cordon.model.Entity;

/**
 * A listed entity found in a payment message field.
 *
 * @param field       MT tag ("59") or ISO 20022 path ("CdtTrfTxInf/Cdtr/Nm")
 * @param fieldLine   line within the MT field (1-based), 0 for ISO 20022
 * @param messageLine line in the message as given
 * @param role        the party or purpose ("beneficiary customer", "creditor agent", "remittance information")
 * @param text        what the field says there
 * @param entity      the list record
 * @param score       in [0,1]
 * @param how         "name" (the field is a party name, screened by the matcher), "text" (found in free text or
 *                    address lines) or "identifier" (BIC or LEI equal to one the list gives)
 * @param explanation why
 */
public record PaymentHit(String field, int fieldLine, int messageLine, String role, String text, Entity entity, double score,
                         String how, Explanation explanation) {

    /** "59 line 2" or the element path. */
    public String location() {
        return fieldLine > 0 ? field + " line " + fieldLine : field;
    }
}
