package org.cordon.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every screening run, decision, approval, list load, key and configuration change, append-only. Each
 * entry carries the hash of the one before it, and its own hash covers its content and that link, so
 * altering or deleting any entry breaks the chain at a place {@link #verify} names. Triggers refuse
 * UPDATE and DELETE on the table; the chain is what catches someone who goes around them.
 */
public final class AuditLog {
    static final String GENESIS = "0".repeat(64);

    /** One entry. {@code detail} is JSON or plain words. */
    public record Entry(long seq, String at, String actor, String action, String target, String detail,
                        String prevHash, String hash) {
        String computeHash() {
            return Hashes.sha256(prevHash, Long.toString(seq), at, actor, action, target, detail);
        }
    }

    /** A break in the chain: which entry, and what is wrong with it. */
    public record Problem(long seq, String message) {}

    /** The outcome of {@link #verify}: entries checked and every problem found. */
    public record Verification(long entries, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Store store;

    AuditLog(Store store) {
        this.store = store;
    }

    /**
     * Appends an entry, in the caller's transaction when there is one, so that the action and its record
     * commit together. Taking the head row with an UPDATE first serialises writers on PostgreSQL too.
     */
    public Entry append(String actor, String action, String target, String detail) {
        return store.transaction(() -> {
            store.update("UPDATE audit_head SET last_seq = last_seq + 1 WHERE id = 1");
            Object[] head = store.queryOne("SELECT last_seq, last_hash FROM audit_head WHERE id = 1",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2)});
            long seq = (Long) head[0];
            String prev = (String) head[1];
            Entry e = new Entry(seq, store.now(), actor, action, target == null ? "" : target,
                    detail == null ? "" : detail, prev, null);
            String hash = e.computeHash();
            store.update("INSERT INTO audit_log (seq, at, actor, action, target, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)",
                    seq, e.at(), e.actor(), e.action(), e.target(), e.detail(), prev, hash);
            store.update("UPDATE audit_head SET last_hash = ? WHERE id = 1", hash);
            return new Entry(seq, e.at(), actor, action, e.target(), e.detail(), prev, hash);
        });
    }

    /** An entry not yet appended: what {@link #appendAll} takes. */
    public record Pending(String actor, String action, String target, String detail) {}

    /**
     * Appends several entries in one transaction, in order. A server records screening requests this way,
     * a batch at a time, so that the chain's one-writer-at-a-time cost is paid per batch, not per request.
     */
    public List<Entry> appendAll(List<Pending> pending) {
        return store.transaction(() -> {
            List<Entry> out = new ArrayList<>(pending.size());
            for (Pending p : pending) out.add(append(p.actor(), p.action(), p.target(), p.detail()));
            return out;
        });
    }

    /** Entries in order, from {@code fromSeq} on, at most {@code limit}. */
    public List<Entry> entries(long fromSeq, int limit) {
        return store.transaction(() -> store.query(
                "SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?",
                AuditLog::entry, fromSeq, limit));
    }

    /** The newest entries, newest first. */
    public List<Entry> latest(int limit) {
        return store.transaction(() -> store.query(
                "SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit_log ORDER BY seq DESC LIMIT ?",
                AuditLog::entry, limit));
    }

    /**
     * Walks the whole chain: each entry's hash must match its content, link to the previous entry's hash,
     * and follow it without a gap; the head must point at the last entry. Reads in pages so that a long
     * log does not have to fit in memory.
     */
    public Verification verify() {
        return store.transaction(() -> {
            List<Problem> problems = new ArrayList<>();
            long expectedSeq = 1;
            String prevHash = GENESIS;
            long checked = 0;
            while (true) {
                List<Entry> page = store.query(
                        "SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT 5000",
                        AuditLog::entry, expectedSeq);
                if (page.isEmpty()) break;
                for (Entry e : page) {
                    checked++;
                    if (e.seq() != expectedSeq) {
                        problems.add(new Problem(expectedSeq, e.seq() - expectedSeq == 1
                                ? "entry " + expectedSeq + " is missing (deleted): entry " + e.seq() + " follows entry " + (expectedSeq - 1)
                                : "entries " + expectedSeq + " to " + (e.seq() - 1) + " are missing (deleted)"));
                    } else if (!e.prevHash().equals(prevHash)) {
                        problems.add(new Problem(e.seq(), "entry " + e.seq() + " does not link to the entry before it "
                                + "(prev_hash differs): entry " + (e.seq() - 1) + " was altered or replaced"));
                    }
                    if (!e.computeHash().equals(e.hash())) {
                        problems.add(new Problem(e.seq(), "entry " + e.seq() + " (" + e.action() + " by " + e.actor() + " at " + e.at()
                                + ") was altered: its content no longer matches its hash"));
                    }
                    prevHash = e.hash();
                    expectedSeq = e.seq() + 1;
                }
            }
            Object[] head = store.queryOne("SELECT last_seq, last_hash FROM audit_head WHERE id = 1",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2)});
            long lastSeq = (Long) head[0];
            if (lastSeq != expectedSeq - 1) {
                problems.add(new Problem(expectedSeq, lastSeq > expectedSeq - 1
                        ? "entries " + expectedSeq + " to " + lastSeq + " are missing (deleted from the end of the log)"
                        : "the log has entries after " + lastSeq + ", the last one recorded in the head"));
            } else if (!head[1].equals(prevHash)) {
                problems.add(new Problem(lastSeq, "entry " + lastSeq + " is not the entry the head recorded (replaced)"));
            }
            return new Verification(checked, problems);
        });
    }

    private static Entry entry(java.sql.ResultSet rs) throws SQLException {
        return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
