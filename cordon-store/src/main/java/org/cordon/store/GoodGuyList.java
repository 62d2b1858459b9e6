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

    public List<Entry> all() {
        return store.transaction(() -> store.query("SELECT subject_id, entity_id, subject_fingerprint, entity_fingerprint, decision_id, "
                + "created_at FROM good_guy ORDER BY subject_id, entity_id", rs -> new Entry(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6))));
    }
}
