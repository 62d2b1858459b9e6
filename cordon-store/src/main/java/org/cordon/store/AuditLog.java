package org.cordon.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every screening run, decision, approval, list load, key and configuration change, append-only. Each
 * entry carries the hash of the one before it, and its own hash covers its content and that link, so
 * altering or deleting any entry breaks the chain at a place {@link #verify} names. Triggers refuse
 * UPDATE and DELETE on the table; the chain is what catches someone who goes around them.
 *
 * <p>Someone who can write the whole table and its head can rewrite the chain from an entry on with hashes that agree.
 * An {@link Anchor} closes that: the sequence number and hash of an entry, taken with {@link #anchor} and kept outside the
 * database (printed into a report, mailed to the auditor, put in a write-once store); {@link #verify(List)} given it
 * finds any rewrite of that entry or of one before it, since every hash covers the one before.
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

    /**
     * An entry's place and hash, to keep outside the database. Its text form is one line:
     * {@code cordon-audit-anchor seq=N hash=HEX at=TIME}.
     */
    public record Anchor(long seq, String hash, String at) {
        private static final String PREFIX = "cordon-audit-anchor";

        public Anchor {
            if (seq < 1) throw new IllegalArgumentException("an anchor's seq is 1 or more, not " + seq);
            if (hash == null || !hash.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("an anchor's hash is 64 hexadecimal digits, not '" + hash + "'");
        }

        @Override
        public String toString() {
            return PREFIX + " seq=" + seq + " hash=" + hash + (at == null ? "" : " at=" + at);
        }

        /** Reads the text form ({@link #toString}); {@code at} may be left out. */
        public static Anchor parse(String line) {
            String[] parts = line.strip().split("\\s+");
            if (!parts[0].equals(PREFIX)) {
                throw new IllegalArgumentException("not an audit anchor (expected '" + PREFIX + " seq=N hash=HEX at=TIME'): '" + line.strip() + "'");
            }
            Long seq = null;
            String hash = null, at = null;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i];
                if (p.startsWith("seq=")) {
                    try {
                        seq = Long.parseLong(p.substring(4));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("an anchor's seq is a number, not '" + p.substring(4) + "'");
                    }
                } else if (p.startsWith("hash=")) {
                    hash = p.substring(5);
                } else if (p.startsWith("at=")) {
                    at = p.substring(3);
                } else {
                    throw new IllegalArgumentException("unknown part of an audit anchor: '" + p + "'");
                }
            }
            if (seq == null || hash == null) throw new IllegalArgumentException("an audit anchor needs seq= and hash=: '" + line.strip() + "'");
            return new Anchor(seq, hash, at);
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
        return latest(limit, Filter.NONE);
    }

    /**
     * Which entries to show; a null field does not filter. {@code action} matches an action and the actions under it
     * ("decision": decision, decision.approve, decision.reject); {@code since} is an ISO-8601 time or date, entries at or
     * after it.
     */
    public record Filter(String actor, String action, String target, String since) {
        public static final Filter NONE = new Filter(null, null, null, null);

        /**
         * {@code since} is read as a date ({@code 2026-12-01}) or a UTC time ({@code 2026-12-01T09:00:00Z}, taken to the
         * second) and kept as the text an entry's time begins with or sorts after: a bound is compared as a prefix, never
         * with its own fraction or zone, so it holds for entries written before times were stored at one width (see
         * {@link Store#STORED_TIME}) as for those after. Anything else is refused, naming it.
         */
        public Filter {
            if (since != null) since = sinceBound(since);
        }

        private static String sinceBound(String text) {
            String t = text.strip();
            try {
                return java.time.LocalDate.parse(t).toString();
            } catch (java.time.format.DateTimeParseException notADate) {
                try {
                    return java.time.Instant.parse(t).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace("Z", "");
                } catch (java.time.format.DateTimeParseException notATime) {
                    throw new IllegalArgumentException("since: expected an ISO-8601 date (2026-12-01) or UTC time (2026-12-01T09:00:00Z), not '" + text + "'");
                }
            }
        }
    }

    /** The newest entries that {@code filter} lets through, newest first. */
    public List<Entry> latest(int limit, Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.actor() != null) {
            sql.append(" AND actor = ?");
            args.add(filter.actor());
        }
        if (filter.action() != null) {
            // The prefix by equality of a substring: no LIKE wildcards to escape, no collation's order to depend on.
            sql.append(" AND (action = ? OR SUBSTR(action, 1, ?) = ?)");
            args.add(filter.action());
            args.add(filter.action().length() + 1);
            args.add(filter.action() + ".");
        }
        if (filter.target() != null) {
            sql.append(" AND target = ?");
            args.add(filter.target());
        }
        if (filter.since() != null) {
            sql.append(" AND at >= ?");
            args.add(filter.since());
        }
        sql.append(" ORDER BY seq DESC LIMIT ?");
        args.add(limit);
        return store.transaction(() -> store.query(sql.toString(), AuditLog::entry, args.toArray()));
    }

    /**
     * Records that {@code actor} took an anchor and returns the anchor of that entry, which covers every entry before it.
     * Refused (an {@link IllegalStateException} naming the problems) when the chain does not verify: an anchor on a
     * broken chain would vouch for it.
     */
    public Anchor anchor(String actor) {
        return store.transaction(() -> {
            Verification v = verify();
            if (!v.ok()) {
                throw new IllegalStateException("the audit log is broken, so no anchor is taken: " + v.problems().stream()
                        .map(p -> "entry " + p.seq() + ": " + p.message()).collect(java.util.stream.Collectors.joining("; ")));
            }
            Entry e = append(actor, "audit.anchor", "audit log", "anchor taken over entries 1 to " + (v.entries() + 1)
                    + "; kept outside the database, it is checked by 'cordon audit verify --anchor' and GET /audit?anchor=");
            return new Anchor(e.seq(), e.hash(), e.at());
        });
    }

    /** {@link #verify(List)} without anchors. */
    public Verification verify() {
        return verify(List.of());
    }

    /**
     * Walks the whole chain: each entry's hash must match its content, link to the previous entry's hash,
     * and follow it without a gap; the head must point at the last entry; each anchor's entry must be there
     * with the anchor's hash. Reads in pages so that a long log does not have to fit in memory.
     */
    public Verification verify(List<Anchor> anchors) {
        java.util.Map<Long, Anchor> anchorAt = new java.util.HashMap<>();
        for (Anchor a : anchors) anchorAt.put(a.seq(), a);
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
                    Anchor anchor = anchorAt.remove(e.seq());
                    if (anchor != null && !anchor.hash().equals(e.hash())) {
                        problems.add(new Problem(e.seq(), "entry " + e.seq() + " is not the entry anchored" + (anchor.at() == null ? "" : " at " + anchor.at())
                                + " (its hash differs from the anchor's): the log was rewritten up to entry " + e.seq()));
                    }
                    prevHash = e.hash();
                    expectedSeq = e.seq() + 1;
                }
            }
            for (Anchor missing : anchorAt.values().stream().sorted(java.util.Comparator.comparingLong(Anchor::seq)).toList()) {
                problems.add(new Problem(missing.seq(), "entry " + missing.seq() + ", anchored" + (missing.at() == null ? "" : " at " + missing.at())
                        + ", is not in the log (deleted, or the log was replaced)"));
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
