package org.cordon.scan;

/**
 * A word or phrase in a text that names a sanctioned jurisdiction.
 *
 * @param jurisdiction which one
 * @param start        offset of the first char (inclusive)
 * @param end          offset after the last char (exclusive)
 * @param text         the trigger as written ("Nordkorea", "КНДР", "PYONGYANG", a BIC)
 * @param trigger      the dictionary entry it met, with its language ("Pjöngjang (de)")
 */
public record JurisdictionMention(Jurisdiction jurisdiction, int start, int end, String text, String trigger) {
}
