package org.cordon.store;

import java.util.Locale;

/**
 * An analyst's decision on an alert, and the second user's review where four-eyes applies.
 *
 * @param status     FINAL (in effect), PENDING (waiting for approval) or REJECTED (the reviewer sent it back)
 * @param reviewedBy the approver or rejecter, or null
 */
public record Decision(long id, long alertId, Verdict verdict, String reason, String decidedBy, String decidedAt,
                       Status status, String reviewedBy, String reviewedAt, String reviewNote) {

    /** What the analyst concluded. */
    public enum Verdict {
        TRUE_MATCH, FALSE_POSITIVE, NEEDS_ESCALATION;

        /** Parses "true-match", "false_positive", "FALSE POSITIVE", "escalate"... */
        public static Verdict parse(String text) {
            String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (t.equals("ESCALATE") || t.equals("ESCALATION")) return NEEDS_ESCALATION;
            try {
                return valueOf(t);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown verdict '" + text + "': expected true-match, false-positive or needs-escalation");
            }
        }

        String db() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether a decision is in effect. */
    public enum Status {
        FINAL, PENDING, REJECTED;

        String db() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
