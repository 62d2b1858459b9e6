package org.cordon.match;

import org.cordon.model.Entity;

/**
 * One list record found for a query.
 *
 * @param entity      the list record
 * @param score       in [0,1]; see docs/matching.md for what each band means in precision and recall
 * @param match       score reached the match threshold: this is an alert
 * @param profileId   id of the profile linking this record to the same target on other lists
 * @param explanation why it scored what it did
 */
public record MatchResult(Entity entity, double score, boolean match, String profileId, Explanation explanation) {
}
