package org.cordon.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.Optional;
import org.cordon.match.MatchResult;
import org.cordon.model.Entity;

/** Raises alerts from screening results and serves the alert queue. */
public final class Alerts {

    /** What recording one subject's results did. */
    public record Outcome(int hits, int created, int existing, int suppressed) {
        public static final Outcome NONE = new Outcome(0, 0, 0, 0);

        public Outcome plus(Outcome o) {
            return new Outcome(hits + o.hits, created + o.created, existing + o.existing, suppressed + o.suppressed);
        }
    }

    /**
     * Which alerts the queue shows, in which order. Null fields do not filter; {@code assignedTo} is an analyst's name, or
     * {@link #NOBODY} for the alerts nobody has taken.
     */
    public record Filter(Alert.Status status, String source, Double minScore, String subjectId, String assignedTo, Order order, int limit) {
        public Filter(Alert.Status status, String source, Double minScore, String subjectId, String assignedTo, int limit) {
            this(status, source, minScore, subjectId, assignedTo, Order.SCORE, limit);
        }

        public Filter(Alert.Status status, String source, Double minScore, String subjectId, int limit) {
            this(status, source, minScore, subjectId, null, Order.SCORE, limit);
        }

        public static Filter open(int limit) {
            return new Filter(null, null, null, null, null, Order.SCORE, limit);
        }
    }

    /** The queue's order: highest score first, or the longest waiting first (the order alerts were raised in). */
    public enum Order {
        SCORE, OLDEST;

        /** "score" or "oldest", as the API and the command line write them. */
        public static Order parse(String text) {
            for (Order o : values()) if (o.name().equalsIgnoreCase(text.strip())) return o;
            throw new IllegalArgumentException("unknown order '" + text + "': score (highest first) or oldest (longest waiting first)");
        }
    }

    /** In {@link Filter#assignedTo}: the alerts nobody has taken. No analyst may be called this. */
    public static final String NOBODY = "none";

    /** Most characters of an analyst's name an alert keeps as its assignee (the column's width). */
    static final int MAX_ASSIGNEE = 200;

    private final Store store;

    Alerts(Store store) {
        this.store = store;
    }

    /**
     * Registers {@code subject} and raises one alert per match in {@code results}, in one transaction.
     * A pair already alerted with both sides unchanged is not alerted twice; a pair on the good-guy list
     * with both sides unchanged is suppressed.
     *
     * @param versionOf the list version an entity was read from (may answer null), linked to its alert
     */
    public Outcome record(Subject subject, List<MatchResult> results, Function<Entity, Long> versionOf, Long runId) {
        return record(subject, results, versionOf, runId, true);
    }

    /**
     * As {@link #record(Subject, List, Function, Long)}; with {@code register} false the subject is taken as registered
     * as it is (a batch registers its chunk at once, {@link Subjects#registerAll}; a re-screening reads its subjects from
     * the store: registering them again would cost a read and a hash each, and would write back a subject read before
     * another process changed it).
     */
    Outcome record(Subject subject, List<MatchResult> results, Function<Entity, Long> versionOf, Long runId, boolean register) {
        return store.transaction(() -> {
            if (register) store.subjects().register(subject);
            String subjectFp = null;
            int hits = 0, created = 0, existing = 0, suppressed = 0;
            for (MatchResult r : results) {
                if (!r.match()) continue;
                hits++;
                if (subjectFp == null) subjectFp = subject.fingerprint();
                String entityFp = EntityFacets.of(r.entity()).fingerprint();
                if (store.goodGuys().suppresses(subject.id(), subjectFp, r.entity().id(), entityFp)) {
                    suppressed++;
                    continue;
                }
                int n = store.update("INSERT INTO alert (subject_id, entity_id, source, caption, list_version_id, run_id, "
                                + "subject_fingerprint, entity_fingerprint, score, explanation, status, created_at, profile_id) "
                                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
                                + "ON CONFLICT (subject_id, entity_id, subject_fingerprint, entity_fingerprint) DO NOTHING",
                        subject.id(), r.entity().id(), r.entity().source(), r.entity().caption(),
                        versionOf.apply(r.entity()), runId, subjectFp, entityFp, r.score(),
                        r.explanation() == null ? "" : r.explanation().summary(), Alert.Status.OPEN.db(), store.now(),
                        r.profileId() == null ? r.entity().id() : r.profileId());
                if (n == 1) created++;
                else existing++;
            }
            return new Outcome(hits, created, existing, suppressed);
        });
    }

    public Optional<Alert> get(long id) {
        return Optional.ofNullable(store.transaction(() ->
                store.queryOne("SELECT " + COLUMNS + " FROM alert WHERE id = ?", Alerts::alert, id)));
    }

    /** The queue: alerts matching the filter, in its order. Without a status, every alert not closed. */
    public List<Alert> list(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM alert WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.status() != null) {
            sql.append(" AND status = ?");
            args.add(f.status().db());
        } else {
            sql.append(" AND status NOT IN ('true_match', 'false_positive')");
        }
        if (f.source() != null) {
            sql.append(" AND source = ?");
            args.add(f.source());
        }
        if (f.minScore() != null) {
            sql.append(" AND score >= ?");
            args.add(f.minScore());
        }
        if (f.subjectId() != null) {
            sql.append(" AND subject_id = ?");
            args.add(f.subjectId());
        }
        if (NOBODY.equals(f.assignedTo())) {
            sql.append(" AND assigned_to IS NULL");
        } else if (f.assignedTo() != null) {
            sql.append(" AND assigned_to = ?");
            args.add(f.assignedTo());
        }
        // ids grow as alerts are raised: the oldest first is the lowest id first
        sql.append(f.order() == Order.OLDEST ? " ORDER BY id LIMIT ?" : " ORDER BY score DESC, id LIMIT ?");
        args.add(f.limit());
        return store.transaction(() -> store.query(sql.toString(), Alerts::alert, args.toArray()));
    }

    /**
     * The other alerts on {@code alert}'s subject and target (its listed record's profile: Putin's EU, OFAC and UK records)
     * that are not closed, highest score first.
     */
    public List<Alert> sameTarget(Alert alert) {
        return sameTarget(alert, false);
    }

    /**
     * The other alerts on {@code alert}'s subject and target, highest score first; with {@code withClosed} the closed ones too
     * (what was decided on the target's other records, and on earlier versions of its own, is context for deciding this one).
     */
    public List<Alert> sameTarget(Alert alert, boolean withClosed) {
        return store.transaction(() -> store.query("SELECT " + COLUMNS + " FROM alert WHERE subject_id = ? AND COALESCE(profile_id, entity_id) = ? "
                        + "AND id <> ?" + (withClosed ? "" : " AND status NOT IN ('true_match', 'false_positive')") + " ORDER BY score DESC, id",
                Alerts::alert, alert.subjectId(), alert.profileId(), alert.id()));
    }

    /**
     * Gives alert {@code alertId} to {@code assignee} (the analyst who will work it; {@code actor} themselves when they take
     * it from the queue), or with {@code assignee} null takes it from whoever has it. An alert someone else has is not
     * taken from them unless {@code takeOver} (a supervisor handing out work, a colleague away): the refusal names who has
     * it. A closed alert has nobody to work it. Each change is an audit entry {@code alert.assign} under {@code actor},
     * naming whom the alert was taken from; giving an alert to whoever has it already changes nothing and writes nothing.
     *
     * @return the alert as it now is
     */
    public Alert assign(long alertId, String assignee, String actor, boolean takeOver) {
        if (actor == null || actor.isBlank()) throw new RefusedException("assigning an alert needs the user's name");
        String to = assignee == null ? null : assignee.strip();
        if (to != null && to.isEmpty()) throw new RefusedException("an alert is assigned to an analyst by name");
        if (NOBODY.equals(to)) throw new RefusedException("'" + NOBODY + "' is not an analyst's name (it filters the alerts nobody has)");
        if (to != null && to.length() > MAX_ASSIGNEE) throw new RefusedException("an analyst's name is at most " + MAX_ASSIGNEE + " characters");
        String by = actor.strip();
        return store.transaction(() -> {
            Alert a = store.queryOne("SELECT " + COLUMNS + " FROM alert WHERE id = ?", Alerts::alert, alertId);
            if (a == null) throw new RefusedException("no alert " + alertId);
            if (a.status().isClosed()) throw new RefusedException("alert " + alertId + " is closed (" + a.status().db() + "): nobody works it");
            String had = a.assignedTo();
            if (Objects.equals(had, to)) return a;
            if (had != null && !had.equals(by) && !takeOver) {
                throw new RefusedException("alert " + alertId + " is assigned to " + had + "; take it over to "
                        + (to == null ? "release it" : to.equals(by) ? "work it" : "give it to " + to));
            }
            String now = to == null ? null : store.now();
            store.update("UPDATE alert SET assigned_to = ?, assigned_at = ? WHERE id = ?", to, now, alertId);
            String detail = to == null ? (had.equals(by) ? "released" : "released, taken from " + had)
                    : had == null ? "to " + to : "to " + to + ", " + (had.equals(by) ? "handed on by " : "taken from ") + had;
            store.audit().append(by, "alert.assign", "alert " + alertId, detail);
            return new Alert(a.id(), a.subjectId(), a.entityId(), a.source(), a.caption(), a.listVersionId(), a.runId(), a.score(),
                    a.explanation(), a.status(), a.createdAt(), a.subjectFingerprint(), a.entityFingerprint(), a.profileId(), to, now);
        });
    }

    /** How many of the alerts one {@link #relink} moves its audit entry names; the rest it counts. */
    static final int RELINKS_NAMED = 200;

    /**
     * Moves the alerts not yet closed to the targets the lists in use link their records into ({@code profileOf}: a record's
     * profile id, its own id when nothing links it, null for a record the lists no longer hold, whose alert keeps its
     * target). A batch run or re-screening calls it before it raises alerts, a server each time it loads lists: lists
     * change, and so do the links between their records (a new UK record of a person the EU lists, a link a rule no longer
     * makes), and an analyst deciding a subject's alerts on one target should see those the lists in use link as one. A closed alert keeps the target it was
     * decided on. One audit entry {@code alert.relink} under {@code actor} names the moves (the first {@value #RELINKS_NAMED};
     * a change that links a common name anew may move thousands) and counts them.
     *
     * @return how many alerts moved
     */
    public int relink(Function<String, String> profileOf, String actor) {
        return store.transaction(() -> {
            List<String[]> open = store.query("SELECT id, entity_id, COALESCE(profile_id, entity_id) FROM alert "
                    + "WHERE status NOT IN ('true_match', 'false_positive') ORDER BY id", rs -> new String[] {rs.getString(1), rs.getString(2),
                    rs.getString(3)});
            StringBuilder moved = new StringBuilder();
            int n = 0;
            for (String[] a : open) {
                String now = profileOf.apply(a[1]);
                if (now == null || now.equals(a[2])) continue;
                store.update("UPDATE alert SET profile_id = ? WHERE id = ?", now, Long.parseLong(a[0]));
                if (n++ < RELINKS_NAMED) moved.append(n > 1 ? "; " : "").append("alert ").append(a[0]).append(' ').append(a[2]).append(" -> ").append(now);
            }
            if (n > RELINKS_NAMED) moved.append("; and ").append(n - RELINKS_NAMED).append(" more (each alert's profile_id says where it is now)");
            if (n > 0) store.audit().append(actor, "alert.relink", n == 1 ? "1 alert" : n + " alerts",
                    "open alerts moved to the targets the lists in use link their records into: " + moved);
            return n;
        });
    }

    /** Most characters of one note ({@link #addNote}). */
    public static final int MAX_NOTE = 4000;

    /**
     * Adds {@code author}'s note to alert {@code alertId}, open or closed (what came after a decision belongs to the case
     * too), and appends it to the audit log ({@code alert.note}, the text in full), in one transaction.
     */
    public AlertNote addNote(long alertId, String text, String author) {
        if (author == null || author.isBlank()) throw new RefusedException("a note needs the user's name");
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw new RefusedException("a note needs its text");
        if (t.length() > MAX_NOTE) throw new RefusedException("a note is at most " + MAX_NOTE + " characters, not " + t.length());
        String by = author.strip();
        return store.transaction(() -> {
            if (store.queryOne("SELECT id FROM alert WHERE id = ?", rs -> rs.getLong(1), alertId) == null) {
                throw new RefusedException("no alert " + alertId);
            }
            String now = store.now();
            long id = store.insert("INSERT INTO alert_note (alert_id, author, created_at, text) VALUES (?,?,?,?)", alertId, by, now, t);
            store.audit().append(by, "alert.note", "alert " + alertId, t + " [note " + id + "]");
            return new AlertNote(id, alertId, by, now, t);
        });
    }

    /** The notes on alert {@code alertId}, oldest first. */
    public List<AlertNote> notes(long alertId) {
        return store.transaction(() -> store.query("SELECT id, alert_id, author, created_at, text FROM alert_note WHERE alert_id = ? ORDER BY id",
                rs -> new AlertNote(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)), alertId));
    }

    /**
     * The alerts not yet closed by who has them (the workload), most first; those nobody has under {@link #NOBODY}.
     */
    public Map<String, Long> openByAssignee() {
        List<Map.Entry<String, Long>> rows = store.transaction(() -> store.query("SELECT assigned_to, COUNT(*) FROM alert "
                + "WHERE status NOT IN ('true_match', 'false_positive') GROUP BY assigned_to",
                rs -> Map.entry(rs.getString(1) == null ? NOBODY : rs.getString(1), rs.getLong(2))));
        Map<String, Long> out = new LinkedHashMap<>();
        rows.stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public long count(Alert.Status status) {
        return store.transaction(() -> status == null
                ? store.count("SELECT COUNT(*) FROM alert")
                : store.count("SELECT COUNT(*) FROM alert WHERE status = ?", status.db()));
    }

    void setStatus(long id, Alert.Status status) throws SQLException {
        store.update("UPDATE alert SET status = ? WHERE id = ?", status.db(), id);
    }

    static final String COLUMNS = "id, subject_id, entity_id, source, caption, list_version_id, run_id, score, explanation, status, "
            + "created_at, subject_fingerprint, entity_fingerprint, COALESCE(profile_id, entity_id), assigned_to, assigned_at";

    static Alert alert(ResultSet rs) throws SQLException {
        long v = rs.getLong(6);
        Long versionId = rs.wasNull() ? null : v;
        long r = rs.getLong(7);
        Long runId = rs.wasNull() ? null : r;
        return new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), versionId, runId,
                rs.getDouble(8), rs.getString(9), Alert.Status.ofDb(rs.getString(10)), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16));
    }
}
