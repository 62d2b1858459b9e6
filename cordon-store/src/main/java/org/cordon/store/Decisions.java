package org.cordon.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decisions on alerts, with four-eyes: a true-match or false-positive decision on an alert scoring at or
 * above {@link Settings#fourEyesScore()} takes effect only when a second, different user approves it.
 * A false positive in effect puts the pair on the good-guy list.
 */
public final class Decisions {
    private final Store store;

    Decisions(Store store) {
        this.store = store;
    }

    /** Records a decision; returns it FINAL, or PENDING when it needs a second user's approval. */
    public Decision decide(long alertId, Decision.Verdict verdict, String reason, String user) {
        return decideTogether(alertId, List.of(), verdict, reason, user).get(0);
    }

    /**
     * Records one decision on {@code alertId} and the same decision on each of {@code also}: alerts on the same subject
     * and the same target ({@link Alert#sameTarget}, the records of one target on several lists), decided on the same
     * evidence. Each is a decision of its own, four-eyes by its own score, audited with the others named; all are
     * recorded or, when any is refused, none. Returns them in the order asked, {@code alertId}'s first.
     */
    public List<Decision> decideTogether(long alertId, List<Long> also, Decision.Verdict verdict, String reason, String user) {
        if (reason == null || reason.isBlank()) throw new RefusedException("a decision needs a reason (what evidence settled it)");
        if (user == null || user.isBlank()) throw new RefusedException("a decision needs the deciding user's name");
        return store.transaction(() -> {
            Alert first = decidable(alertId);
            List<Alert> alerts = new ArrayList<>();
            alerts.add(first);
            for (long id : also) {
                if (alerts.stream().anyMatch(a -> a.id() == id)) throw new RefusedException("alert " + id + " is named twice");
                Alert a = decidable(id);
                if (!a.sameTarget(first)) {
                    throw new RefusedException("alert " + id + " is not on the same subject and target as alert " + alertId
                            + " (subject " + a.subjectId() + ", target " + a.profileId() + " against subject " + first.subjectId()
                            + ", target " + first.profileId() + "); decide it on its own");
                }
                alerts.add(a);
            }
            List<Decision> decided = new ArrayList<>();
            for (Alert a : alerts) {
                decided.add(record(a, verdict, reason.strip(), user, together("decided", "alerts", alerts.stream().map(Alert::id).toList(), a.id())));
            }
            return decided;
        });
    }

    /** What an audit entry says of the others done with {@code self} in one request ("; decided as one target with alerts 2, 3"), or nothing. */
    private static String together(String done, String kind, List<Long> ids, long self) {
        if (ids.size() == 1) return "";
        return "; " + done + " as one target with " + kind + " " + ids.stream().filter(id -> id != self).map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The alert, when a decision may be made on it now. */
    private Alert decidable(long alertId) {
        Alert a = store.alerts().get(alertId).orElseThrow(() -> new RefusedException("no alert " + alertId));
        if (a.status().isClosed()) {
            throw new RefusedException("alert " + alertId + " is already closed as " + a.status().db() + "; it alerts again when the subject or the entity changes");
        }
        if (a.status() == Alert.Status.PENDING_APPROVAL) {
            throw new RefusedException("alert " + alertId + " has a decision waiting for approval; approve or reject it first");
        }
        return a;
    }

    private Decision record(Alert a, Decision.Verdict verdict, String reason, String user, String together) throws SQLException {
        boolean fourEyes = verdict != Decision.Verdict.NEEDS_ESCALATION && a.score() >= store.settings().fourEyesScore();
        Decision.Status status = fourEyes ? Decision.Status.PENDING : Decision.Status.FINAL;
        long id = store.insert("INSERT INTO decision (alert_id, verdict, reason, decided_by, decided_at, status) VALUES (?,?,?,?,?,?)",
                a.id(), verdict.db(), reason, user, store.now(), status.db());
        if (fourEyes) store.alerts().setStatus(a.id(), Alert.Status.PENDING_APPROVAL);
        else apply(a, verdict, id);
        store.audit().append(user, "decision", "alert " + a.id(), verdict.db() + (fourEyes ? " (pending approval, score "
                + String.format(java.util.Locale.ROOT, "%.2f", a.score()) + ")" : "") + ": " + reason + " [decision " + id + ", subject "
                + a.subjectId() + ", entity " + a.entityId() + together + "]");
        return get(id).orElseThrow();
    }

    /** The second user approves a pending decision, which then takes effect. The decider cannot approve their own. */
    public Decision approve(long decisionId, String approver, String note) {
        return reviewTogether(decisionId, List.of(), approver, note, true).get(0);
    }

    /** The second user sends a pending decision back; the alert is open again. */
    public Decision reject(long decisionId, String approver, String note) {
        return reviewTogether(decisionId, List.of(), approver, note, false).get(0);
    }

    /**
     * Approves (or sends back) {@code decisionId} and each of {@code also}: decisions waiting for approval with the same
     * verdict on the same subject's alerts on the same target (what {@link #decideTogether} records), each reviewed as a
     * decision of its own (four-eyes: none may be the reviewer's), all or none. Returns them in the order asked.
     */
    public List<Decision> reviewTogether(long decisionId, List<Long> also, String reviewer, String note, boolean approve) {
        if (reviewer == null || reviewer.isBlank()) throw new RefusedException("an approval needs the approving user's name");
        return store.transaction(() -> {
            Decision first = reviewable(decisionId, reviewer, approve);
            Alert firstAlert = store.alerts().get(first.alertId()).orElseThrow();
            List<Decision> decisions = new ArrayList<>();
            decisions.add(first);
            for (long id : also) {
                if (decisions.stream().anyMatch(d -> d.id() == id)) throw new RefusedException("decision " + id + " is named twice");
                Decision d = reviewable(id, reviewer, approve);
                if (d.verdict() != first.verdict() || !store.alerts().get(d.alertId()).orElseThrow().sameTarget(firstAlert)) {
                    throw new RefusedException("decision " + id + " is not a " + first.verdict().db() + " decision on the same subject and "
                            + "target as decision " + decisionId + "; review it on its own");
                }
                decisions.add(d);
            }
            List<Decision> reviewed = new ArrayList<>();
            for (Decision d : decisions) {
                reviewed.add(review(d, reviewer, note, approve, together("reviewed", "decisions", decisions.stream().map(Decision::id).toList(), d.id())));
            }
            return reviewed;
        });
    }

    /**
     * The decisions waiting for approval, with {@code decisionId}'s verdict, on the other alerts of its alert's subject and
     * target: what {@link #reviewTogether} may review with it.
     */
    public List<Decision> pendingOnSameTarget(long decisionId) {
        return store.transaction(() -> {
            Decision first = get(decisionId).orElseThrow(() -> new RefusedException("no decision " + decisionId));
            Alert alert = store.alerts().get(first.alertId()).orElseThrow();
            List<Decision> out = new ArrayList<>();
            for (Alert other : store.alerts().sameTarget(alert)) {
                for (Decision d : forAlert(other.id())) {
                    if (d.status() == Decision.Status.PENDING && d.verdict() == first.verdict()) out.add(d);
                }
            }
            return out;
        });
    }

    /** The decision, when {@code reviewer} may approve or send it back now. */
    private Decision reviewable(long decisionId, String reviewer, boolean approve) {
        Decision d = get(decisionId).orElseThrow(() -> new RefusedException("no decision " + decisionId));
        if (d.status() != Decision.Status.PENDING) {
            throw new RefusedException("decision " + decisionId + " is " + d.status().db() + ", not waiting for approval");
        }
        if (d.decidedBy().equals(reviewer)) {
            throw new RefusedException("four-eyes: decision " + decisionId + " was made by " + reviewer
                    + "; a different user must " + (approve ? "approve" : "reject") + " it");
        }
        return d;
    }

    private Decision review(Decision d, String reviewer, String note, boolean approve, String together) throws SQLException {
        Decision.Status status = approve ? Decision.Status.FINAL : Decision.Status.REJECTED;
        store.update("UPDATE decision SET status = ?, reviewed_by = ?, reviewed_at = ?, review_note = ? WHERE id = ?",
                status.db(), reviewer, store.now(), note, d.id());
        Alert a = store.alerts().get(d.alertId()).orElseThrow();
        if (approve) apply(a, d.verdict(), d.id());
        else store.alerts().setStatus(a.id(), Alert.Status.OPEN);
        store.audit().append(reviewer, approve ? "decision.approve" : "decision.reject", "alert " + a.id(),
                d.verdict().db() + " by " + d.decidedBy() + " [decision " + d.id() + together + "]" + (note == null || note.isBlank() ? "" : ": " + note));
        return get(d.id()).orElseThrow();
    }

    private void apply(Alert a, Decision.Verdict verdict, long decisionId) throws SQLException {
        switch (verdict) {
            case TRUE_MATCH -> store.alerts().setStatus(a.id(), Alert.Status.TRUE_MATCH);
            case FALSE_POSITIVE -> {
                store.alerts().setStatus(a.id(), Alert.Status.FALSE_POSITIVE);
                store.goodGuys().accept(a, decisionId);
            }
            case NEEDS_ESCALATION -> store.alerts().setStatus(a.id(), Alert.Status.ESCALATED);
        }
    }

    public Optional<Decision> get(long id) {
        return Optional.ofNullable(store.transaction(() -> store.queryOne("SELECT " + COLUMNS + " FROM decision WHERE id = ?", Decisions::decision, id)));
    }

    /** Decisions on one alert, oldest first. */
    public List<Decision> forAlert(long alertId) {
        return store.transaction(() -> store.query("SELECT " + COLUMNS + " FROM decision WHERE alert_id = ? ORDER BY id", Decisions::decision, alertId));
    }

    /** Decisions waiting for a second user. */
    public List<Decision> pending() {
        return store.transaction(() -> store.query("SELECT " + COLUMNS + " FROM decision WHERE status = 'pending' ORDER BY id", Decisions::decision));
    }

    private static final String COLUMNS = "id, alert_id, verdict, reason, decided_by, decided_at, status, reviewed_by, reviewed_at, review_note";

    private static Decision decision(ResultSet rs) throws SQLException {
        return new Decision(rs.getLong(1), rs.getLong(2), Decision.Verdict.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4),
                rs.getString(5), rs.getString(6), Decision.Status.valueOf(rs.getString(7).toUpperCase(Locale.ROOT)), rs.getString(8),
                rs.getString(9), rs.getString(10));
    }
}
