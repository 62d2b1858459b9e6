package org.cordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cordon.model.Entity;
import org.cordon.store.Alert;
import org.cordon.store.Alerts;
import org.cordon.store.AuditLog;
import org.cordon.store.Decision;
import org.cordon.store.RefusedException;
import org.cordon.store.Store;

/**
 * The alert queue, decisions with four-eyes approval, and the audit trail, over the store. Who acts is the
 * owner of the request's API key; without a guard (keys not required) it is "anonymous".
 */
final class StoreRoutes {
    /** Most alerts (decisions) one decision (review) may name besides its own ({@code also}): a target is on a handful of lists. */
    static final int MAX_ALSO = 20;

    private final Store store;
    private final ServedLists lists;
    private final long maxBody;

    StoreRoutes(Store store, ServedLists lists, long maxBody) {
        this.store = store;
        this.lists = lists;
        this.maxBody = maxBody;
    }

    /**
     * GET /alerts?status=&source=&min_score=&subject=&assigned=&sort=&limit= : highest score first, or with {@code sort=oldest}
     * the longest waiting first; {@code assigned} an analyst's name, or {@code none} for the alerts nobody has taken.
     */
    void alerts(Context ctx) {
        Alert.Status status = null;
        String s = ctx.queryParam("status");
        if (s != null && !s.isBlank()) {
            try {
                status = Alert.Status.valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("status", "unknown status '" + s + "': open, escalated, pending_approval, true_match or false_positive");
            }
        }
        Double minScore = null;
        String ms = ctx.queryParam("min_score");
        if (ms != null && !ms.isBlank()) {
            try {
                minScore = Double.parseDouble(ms);
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("min_score", "not a number: '" + ms + "'");
            }
        }
        int limit = 100;
        String l = ctx.queryParam("limit");
        if (l != null && !l.isBlank()) {
            try {
                limit = Math.max(1, Math.min(1000, Integer.parseInt(l)));
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("limit", "not a number: '" + l + "'");
            }
        }
        Alerts.Order order = Alerts.Order.SCORE;
        String sort = ctx.queryParam("sort");
        if (sort != null && !sort.isBlank()) {
            try {
                order = Alerts.Order.parse(sort);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("sort", e.getMessage());
            }
        }
        List<Alert> alerts = store.alerts().list(new Alerts.Filter(status, blankToNull(ctx.queryParam("source")), minScore,
                blankToNull(ctx.queryParam("subject")), blankToNull(ctx.queryParam("assigned")), order, limit));
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Alert.Status st : Alert.Status.values()) counts.put(st.name().toLowerCase(Locale.ROOT), store.alerts().count(st));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alerts", alerts.stream().map(StoreRoutes::alertJson).toList());
        body.put("counts", counts);
        body.put("open_by_assignee", store.alerts().openByAssignee());
        body.put("four_eyes_score", store.settings().fourEyesScore());
        JsonIo.write(ctx, body);
    }

    /**
     * GET /alerts/{id}: the alert, its subject, its decisions, and the subject's other alerts on the same target
     * ({@code same_target}: the records the lists' profiles link as one, and earlier alerts on the record itself; each with
     * how the served lists link it, its decision waiting for approval and, when closed, the decision that closed it).
     */
    void alert(Context ctx) {
        Alert a = store.alerts().get(id(ctx, "id")).orElseThrow(() -> new ApiError(404, "id", "no alert " + ctx.pathParam("id")));
        Map<String, Object> body = alertJson(a);
        body.put("link", linkOf(a));
        body.put("subject", store.subjects().get(a.subjectId()).orElse(null));
        body.put("decisions", store.decisions().forAlert(a.id()).stream().map(StoreRoutes::decisionJson).toList());
        body.put("notes", store.alerts().notes(a.id()).stream().map(StoreRoutes::noteJson).toList());
        body.put("same_target", store.alerts().sameTarget(a, true).stream().map(o -> {
            Map<String, Object> m = alertJson(o);
            m.put("link", linkOf(o));
            List<Decision> decisions = store.decisions().forAlert(o.id());
            m.put("pending_decision", decisions.stream().filter(d -> d.status() == Decision.Status.PENDING)
                    .findFirst().map(StoreRoutes::decisionJson).orElse(null));
            m.put("final_decision", o.status().isClosed() ? decisions.stream().filter(d -> d.status() == Decision.Status.FINAL)
                    .reduce((first, last) -> last).map(StoreRoutes::decisionJson).orElse(null) : null);
            return m;
        }).toList());
        JsonIo.write(ctx, body);
    }

    /**
     * How the served lists link the alert's record into its target today: self, certain, probable or possible; null when
     * the lists no longer hold the record or link it into another target than the alert's (as it was raised, or as the last
     * batch run or re-screening found it).
     */
    private String linkOf(Alert a) {
        Snapshot snap = lists == null ? null : lists.current();
        Entity e = snap == null ? null : snap.byId().get(a.entityId());
        if (e == null) return null;
        String profile = snap.profiles().profileOf(e.id());
        if (!(profile == null ? e.id() : profile).equals(a.profileId())) return null;
        return snap.linkOf(e).name().toLowerCase(Locale.ROOT);
    }

    /**
     * POST /alerts/{id}/assign {"to": "bob", "take_over": false}: gives the alert to an analyst; without {@code to}, to the
     * key's owner (taking it from the queue); with {@code "to": null}, to nobody (releasing it). An alert someone else has
     * is taken from them only with {@code "take_over": true} (409 naming who has it); a closed alert is not assigned (409).
     * Answers the alert.
     */
    void assign(Context ctx) {
        long alertId = id(ctx, "id");
        byte[] raw = JsonIo.body(ctx, maxBody);
        JsonNode body = raw.length == 0 ? null : JsonIo.parse(raw, "body");
        if (body != null && !body.isObject()) throw ApiError.badRequest("body", "expected a JSON object");
        String me = user(ctx);
        String to = me;
        if (body != null && body.has("to")) {
            JsonNode t = body.get("to");
            if (t.isNull()) to = null;
            else if (t.isTextual()) to = t.asText();
            else throw ApiError.badRequest("to", "an analyst's name, or null to release the alert");
        }
        JsonNode takeOver = body == null ? null : body.get("take_over");
        if (takeOver != null && !takeOver.isBoolean()) throw ApiError.badRequest("take_over", "true or false");
        try {
            Alert a = store.alerts().assign(alertId, to, me, takeOver != null && takeOver.asBoolean());
            JsonIo.write(ctx, alertJson(a));
        } catch (RefusedException e) {
            String m = e.getMessage();
            if (m.contains("analyst's name") || m.contains("by name")) throw ApiError.badRequest("to", m);
            throw refused(e, m.startsWith("no alert") ? "id" : m.contains("is closed") ? "id" : "take_over");
        }
    }

    /**
     * POST /alerts/{id}/notes {"text": "..."}: the key's owner's note on the alert (201, the note); 400 naming {@code text}
     * when it is missing, blank or too long.
     */
    void addNote(Context ctx) {
        long alertId = id(ctx, "id");
        JsonNode body = JsonIo.jsonBody(ctx, maxBody);
        JsonNode text = body.get("text");
        if (text == null || !text.isTextual()) throw ApiError.badRequest("text", "the note's text, a string");
        try {
            JsonIo.write(ctx, 201, noteJson(store.alerts().addNote(alertId, text.asText(), user(ctx))));
        } catch (RefusedException e) {
            if (e.getMessage().startsWith("no alert")) throw refused(e, "id");
            throw ApiError.badRequest("text", e.getMessage());
        }
    }

    static Map<String, Object> noteJson(org.cordon.store.AlertNote n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("alert_id", n.alertId());
        m.put("author", n.author());
        m.put("created_at", n.createdAt());
        m.put("text", n.text());
        return m;
    }

    /**
     * POST /alerts/{id}/decision {"verdict": "false_positive", "reason": "...", "also": [ids]}: {@code also} decides the
     * subject's alerts on the same target with it, on the same evidence (all or none); the answer is the first decision,
     * with the others under {@code also}.
     */
    void decide(Context ctx) {
        long alertId = id(ctx, "id");
        JsonNode body = JsonIo.jsonBody(ctx, maxBody);
        String verdictText = body.path("verdict").asText("");
        Decision.Verdict verdict;
        try {
            verdict = Decision.Verdict.parse(verdictText);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("verdict", e.getMessage());
        }
        JsonNode alsoNode = body.get("also");
        List<Long> also = ids(alsoNode, "alert");
        try {
            List<Decision> decided = store.decisions().decideTogether(alertId, also, verdict, body.path("reason").asText(""), user(ctx));
            Decision d = decided.get(0);
            Map<String, Object> out = decisionJson(d);
            if (alsoNode != null) out.put("also", decided.subList(1, decided.size()).stream().map(StoreRoutes::decisionJson).toList());
            boolean pending = decided.stream().anyMatch(x -> x.status() == Decision.Status.PENDING);
            JsonIo.write(ctx, pending ? 202 : 200, out);
        } catch (RefusedException e) {
            throw refused(e, aboutAlso(e, also, "alert") ? "also" : "reason");
        }
    }

    /**
     * POST /decisions/{id}/approve and /decisions/{id}/reject {"note": "...", "also": [decision ids]}: the second user;
     * {@code also} reviews with it the decisions of the same verdict on the same subject's alerts on the same target (all
     * or none), answered under {@code also}.
     */
    void approve(Context ctx) {
        review(ctx, true);
    }

    void reject(Context ctx) {
        review(ctx, false);
    }

    private void review(Context ctx, boolean approve) {
        long decisionId = id(ctx, "id");
        byte[] raw = JsonIo.body(ctx, maxBody);
        JsonNode body = raw.length == 0 ? null : JsonIo.parse(raw, "body");
        String note = body == null ? null : body.path("note").asText(null);
        JsonNode alsoNode = body == null ? null : body.get("also");
        List<Long> also = ids(alsoNode, "decision");
        try {
            List<Decision> reviewed = store.decisions().reviewTogether(decisionId, also, user(ctx), note, approve);
            Map<String, Object> out = decisionJson(reviewed.get(0));
            if (alsoNode != null) out.put("also", reviewed.subList(1, reviewed.size()).stream().map(StoreRoutes::decisionJson).toList());
            JsonIo.write(ctx, out);
        } catch (RefusedException e) {
            throw refused(e, aboutAlso(e, also, "decision") ? "also" : "id");
        }
    }

    /** The ids of an {@code also} array (absent or null: none), at most {@link #MAX_ALSO}. */
    private static List<Long> ids(JsonNode alsoNode, String what) {
        List<Long> also = new ArrayList<>();
        if (alsoNode == null || alsoNode.isNull()) return also;
        if (!alsoNode.isArray()) throw ApiError.badRequest("also", "not an array of " + what + " ids");
        if (alsoNode.size() > MAX_ALSO) throw ApiError.badRequest("also", "at most " + MAX_ALSO + " " + what + "s besides the one named");
        for (int i = 0; i < alsoNode.size(); i++) {
            JsonNode n = alsoNode.get(i);
            if (!n.isIntegralNumber() || !n.canConvertToLong()) throw ApiError.badRequest("also[" + i + "]", "not a " + what + " id: " + n);
            also.add(n.asLong());
        }
        return also;
    }

    /** Whether a refusal is about one of the {@code also} ids rather than the one in the path. */
    private static boolean aboutAlso(RefusedException e, List<Long> also, String what) {
        String m = e.getMessage();
        return m.contains("named twice") || also.stream().anyMatch(id -> m.startsWith(what + " " + id + " ") || m.equals("no " + what + " " + id)
                || m.startsWith("four-eyes: " + what + " " + id + " "));
    }

    /**
     * GET /audit?limit=&anchor=&actor=&action=&target=&since=: the newest entries (those the filters let through:
     * {@link AuditLog.Filter}) and whether the whole chain is intact; each {@code anchor} (an anchor's line, from POST
     * /audit/anchor or {@code cordon audit anchor}) is checked too.
     */
    void audit(Context ctx) {
        int limit = 200;
        String l = ctx.queryParam("limit");
        if (l != null && !l.isBlank()) {
            try {
                limit = Math.max(1, Math.min(5000, Integer.parseInt(l)));
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("limit", "not a number: '" + l + "'");
            }
        }
        AuditLog.Filter filter;
        try {
            filter = new AuditLog.Filter(blankToNull(ctx.queryParam("actor")), blankToNull(ctx.queryParam("action")),
                    blankToNull(ctx.queryParam("target")), blankToNull(ctx.queryParam("since")));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("since", e.getMessage());
        }
        List<AuditLog.Anchor> anchors = new ArrayList<>();
        List<String> anchorLines = ctx.queryParams("anchor");
        for (int i = 0; i < anchorLines.size(); i++) {
            try {
                anchors.add(AuditLog.Anchor.parse(anchorLines.get(i)));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(anchorLines.size() == 1 ? "anchor" : "anchor[" + i + "]", e.getMessage());
            }
        }
        AuditLog.Verification v = store.audit().verify(anchors);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intact", v.ok());
        body.put("entries_checked", v.entries());
        body.put("anchors_checked", anchors.size());
        body.put("problems", v.problems());
        body.put("entries", store.audit().latest(limit, filter));
        JsonIo.write(ctx, body);
    }

    /**
     * POST /audit/anchor: records an anchor entry under the key's owner and answers its line ({@code anchor}) and parts, to
     * keep outside the database; 409 naming the problems when the chain does not verify.
     */
    void anchor(Context ctx) {
        AuditLog.Anchor a;
        try {
            a = store.audit().anchor(user(ctx));
        } catch (IllegalStateException e) {
            throw new ApiError(409, "audit", e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("anchor", a.toString());
        body.put("seq", a.seq());
        body.put("hash", a.hash());
        body.put("at", a.at());
        JsonIo.write(ctx, body);
    }

    /** GET /good-guys?subject=: the accepted false positives, each with the decision that accepted it. */
    void goodGuys(Context ctx) {
        List<Map<String, Object>> out = store.goodGuys().list(blankToNull(ctx.queryParam("subject"))).stream().map(g -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject_id", g.subjectId());
            m.put("entity_id", g.entityId());
            m.put("caption", g.caption());
            m.put("accepted_at", g.createdAt());
            m.put("decision_id", g.decisionId());
            m.put("reason", g.reason());
            m.put("decided_by", g.decidedBy());
            m.put("decided_at", g.decidedAt());
            m.put("reviewed_by", g.reviewedBy());
            m.put("reviewed_at", g.reviewedAt());
            return m;
        }).toList();
        JsonIo.write(ctx, Map.of("good_guys", out));
    }

    /**
     * POST /good-guys/revoke {"subject_id", "entity_id", "reason"}: takes the pair off the good-guy list; the alert its false
     * positive closed is open again ({@code alert_id}).
     */
    void revokeGoodGuy(Context ctx) {
        JsonNode body = JsonIo.jsonBody(ctx, maxBody);
        String subjectId = body.path("subject_id").asText("").strip();
        String entityId = body.path("entity_id").asText("").strip();
        if (subjectId.isEmpty()) throw ApiError.badRequest("subject_id", "the subject's id is missing");
        if (entityId.isEmpty()) throw ApiError.badRequest("entity_id", "the listed entity's id is missing");
        try {
            long alert = store.goodGuys().revoke(subjectId, entityId, body.path("reason").asText(""), user(ctx));
            JsonIo.write(ctx, Map.of("subject_id", subjectId, "entity_id", entityId, "alert_id", alert, "status", "open"));
        } catch (RefusedException e) {
            throw refused(e, e.getMessage().contains("reason") ? "reason" : "entity_id");
        }
    }

    /** The owner of the request's key; "anonymous" when the server runs without keys. */
    static String user(Context ctx) {
        var key = ApiKeyGuard.key(ctx);
        return key == null ? "anonymous" : key.owner();
    }

    /** Four-eyes refusals are a matter of who asks (403); the rest are about the alert's state (409). */
    private static ApiError refused(RefusedException e, String field) {
        int status = e.getMessage().startsWith("four-eyes") ? 403 : e.getMessage().startsWith("no ") ? 404 : 409;
        return new ApiError(status, field, e.getMessage());
    }

    private static long id(Context ctx, String param) {
        try {
            return Long.parseLong(ctx.pathParam(param));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(param, "not a number: '" + ctx.pathParam(param) + "'");
        }
    }

    static Map<String, Object> alertJson(Alert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("subject_id", a.subjectId());
        m.put("entity_id", a.entityId());
        m.put("source", a.source());
        m.put("caption", a.caption());
        m.put("score", a.score());
        m.put("status", a.status().name().toLowerCase(Locale.ROOT));
        m.put("explanation", a.explanation());
        m.put("list_version_id", a.listVersionId());
        m.put("run_id", a.runId());
        m.put("created_at", a.createdAt());
        m.put("profile_id", a.profileId());
        m.put("assigned_to", a.assignedTo());
        m.put("assigned_at", a.assignedAt());
        return m;
    }

    static Map<String, Object> decisionJson(Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("alert_id", d.alertId());
        m.put("verdict", d.verdict().name().toLowerCase(Locale.ROOT));
        m.put("reason", d.reason());
        m.put("decided_by", d.decidedBy());
        m.put("decided_at", d.decidedAt());
        m.put("status", d.status().name().toLowerCase(Locale.ROOT));
        m.put("reviewed_by", d.reviewedBy());
        m.put("reviewed_at", d.reviewedAt());
        m.put("review_note", d.reviewNote());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
