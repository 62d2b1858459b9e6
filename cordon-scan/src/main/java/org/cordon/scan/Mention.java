package org.cordon.scan;

import org.cordon.match.Explanation;
import org.cordon.model.Entity;

/**
 * A listed name found in a text.
 *
 * @param start       offset of the first char in the text (inclusive)
 * @param end         offset after the last char (exclusive)
 * @param text        the text as written between start and end (line breaks and hyphens included)
 * @param entity      the list record
 * @param score       in [0,1]: the better of the text alignment and the matcher's score of the same record
 * @param match       the score reached the threshold the scan ran with
 * @param how         "name" for a full name, "surname" for a later surname-only reference to a person
 *                    already named in full in the same text
 * @param explanation which text word met which list token and how
 */
public record Mention(int start, int end, String text, Entity entity, double score, boolean match, String how,
                      Explanation explanation) {
}
