package org.cordon.store;

import java.util.Locale;

/**
 * A hit at or above the match threshold, waiting for or carrying a decision.
 *
 * @param listVersionId the version of the entity's list it was found in (null when the list was not recorded)
 * @param runId         the batch run or re-screening that raised it, or null
 * @param explanation   why it scored what it did, in plain words
 * @param profileId     the target the listed record belonged to when the alert was raised, or when the last batch run
 *                      or re-screening found it open ({@link Alerts#relink}): the profile linking the records of one
 *                      target across lists, or the record's own id (alerts older than the column: its id)
 * @param assignedTo    the analyst working the alert ({@link Alerts#assign}), or null while nobody has it
 * @param assignedAt    since when, or null
 */
public record Alert(long id, String subjectId, String entityId, String source, String caption, Long listVersionId,
                    Long runId, double score, String explanation, Status status, String createdAt,
                    String subjectFingerprint, String entityFingerprint, String profileId, String assignedTo, String assignedAt) {

    /** Whether this alert and {@code other} are on one subject and one target (the same list record, or records linked as one). */
    public boolean sameTarget(Alert other) {
        return subjectId.equals(other.subjectId) && profileId.equals(other.profileId);
    }

    /** Where an alert stands in the review. */
    public enum Status {
        /** Waiting for an analyst. */
        OPEN,
        /** An analyst asked for a senior look; still open for a final decision. */
        ESCALATED,
        /** Decided on a high score; waiting for a second, different user to approve. */
        PENDING_APPROVAL,
        /** Closed: the subject is the listed entity. */
        TRUE_MATCH,
        /** Closed: not the listed entity; the pair is on the good-guy list. */
        FALSE_POSITIVE;

        public boolean isClosed() {
            return this == TRUE_MATCH || this == FALSE_POSITIVE;
        }

        String db() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status ofDb(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }
}
