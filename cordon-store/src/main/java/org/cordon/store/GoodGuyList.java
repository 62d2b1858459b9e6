package org.cordon.store;

import java.sql.SQLException;
import java.util.List;

/**
 * Accepted false positives. A pair stays quiet only while both sides are what the analyst saw: the
 * subject's fingerprint (name, birth date, country...) and the listed entity's (names, aliases, birth
 * dates, identifiers...) are kept with the pair, and a change on either side alerts again.
 */
public final class GoodGuyList {

    /** One accepted pair. */
    public record Entry(String subjectId, String entityId, String subjectFingerprint, String entityFingerprint,
                        long decisionId, String createdAt) {}

    private final Store store;

    GoodGuyList(Store store) {
        this.store = store;
    }

    /** True when the pair was accepted as a false positive and neither side has changed since. */
    public boolean suppresses(String subjectId, String subjectFp, String entityId, String entityFp) {
        return store.transaction(() -> store.count("SELECT COUNT(*) FROM good_guy WHERE subject_id = ? AND entity_id = ? "
                + "AND subject_fingerprint = ? AND entity_fingerprint = ?", subjectId, entityId, subjectFp, entityFp) > 0);
    }

    void accept(Alert a, long decisionId) throws SQLException {
        store.update("DELETE FROM good_guy WHERE subject_id = ? AND entity_id = ?", a.subjectId(), a.entityId());
        store.update("INSERT INTO good_guy (subject_id, entity_id, subject_fingerprint, entity_fingerprint, decision_id, created_at) "
                + "VALUES (?,?,?,?,?,?)", a.subjectId(), a.entityId(), a.subjectFingerprint(), a.entityFingerprint(), decisionId, store.now());
    }

    /**
     * An accepted pair as an analyst or auditor reads it: the pair, the decision that accepted it (who, why, who approved)
     * and the listed record's caption as alerted.
     */
    public record Accepted(String subjectId, String entityId, String caption, String createdAt, long decisionId, String reason,
                           String decidedBy, String decidedAt, String reviewedBy, String reviewedAt) {}

    /** The accepted pairs, of one subject when {@code subjectId} is given, newest first. */
    public List<Accepted> list(String subjectId) {
        return store.transaction(() -> store.query("SELECT g.subject_id, g.entity_id, a.caption, g.created_at, d.id, d.reason, d.decided_by, "
                        + "d.decided_at, d.reviewed_by, d.reviewed_at FROM good_guy g JOIN decision d ON d.id = g.decision_id "
                        + "JOIN alert a ON a.id = d.alert_id" + (subjectId == null ? "" : " WHERE g.subject_id = ?")
                        + " ORDER BY g.created_at DESC, g.subject_id, g.entity_id",
                rs -> new Accepted(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)),
                subjectId == null ? new Object[0] : new Object[] {subjectId}));
    }

    /**
     * Takes a pair off the good-guy list (the false positive was wrong, or is to be looked at again): the alert the accepting
     * decision closed is open again, in the queue at once, and later screenings of the pair are not suppressed. Audited with
     * the reason; the decision that accepted it stays on record. Returns the alert opened again.
     */
    public long revoke(String subjectId, String entityId, String reason, String user) {
        if (reason == null || reason.isBlank()) throw new RefusedException("taking a pair off the good-guy list needs a reason");
        if (user == null || user.isBlank()) throw new RefusedException("taking a pair off the good-guy list needs the user's name");
        return store.transaction(() -> {
            long[] accepted = store.queryOne("SELECT g.decision_id, d.alert_id FROM good_guy g JOIN decision d ON d.id = g.decision_id "
                    + "WHERE g.subject_id = ? AND g.entity_id = ?", rs -> new long[] {rs.getLong(1), rs.getLong(2)}, subjectId, entityId);
            if (accepted == null) throw new RefusedException("no good-guy entry for subject " + subjectId + " and entity " + entityId);
            store.update("DELETE FROM good_guy WHERE subject_id = ? AND entity_id = ?", subjectId, entityId);
            Alert closed = store.alerts().get(accepted[1]).orElseThrow();
            if (closed.status() == Alert.Status.FALSE_POSITIVE) store.alerts().setStatus(closed.id(), Alert.Status.OPEN);
            store.audit().append(user, "goodguy.revoke", "subject " + subjectId + ", entity " + entityId,
                    reason.strip() + " [accepted by decision " + accepted[0] + "; alert " + accepted[1] + " open again]");
            return accepted[1];
        });
    }

    public List<Entry> all() {
        return store.transaction(() -> store.query("SELECT subject_id, entity_id, subject_fingerprint, entity_fingerprint, decision_id, "
                + "created_at FROM good_guy ORDER BY subject_id, entity_id", rs -> new Entry(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6))));
    }
}
