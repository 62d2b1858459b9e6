package org.cordon.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.model.Entity;

/**
 * The verdict on one payment message: "hit" when a listed entity matched in any field or the message
 * touches a comprehensively sanctioned jurisdiction, else "clear". A malformed message never gets a
 * verdict (see {@link MalformedMessageException}).
 */
public record PaymentScan(PaymentMessage message, List<PaymentHit> hits, List<PaymentJurisdiction> jurisdictions) {

    public PaymentScan {
        hits = List.copyOf(hits);
        jurisdictions = List.copyOf(jurisdictions);
    }

    public boolean isHit() {
        return !hits.isEmpty() || jurisdictions.stream().anyMatch(j -> j.jurisdiction().comprehensive());
    }

    public String verdict() {
        return isHit() ? "hit" : "clear";
    }

    /**
     * The JSON shape of issue 5: {@code {"verdict", "hits": [{field, role, text, entity_id, source, source_id, caption,
     * score, explanation}], "jurisdictions": [...]}} plus format, type, reference, and each hit's line.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("verdict", verdict());
        doc.put("format", message.format());
        doc.put("type", message.type());
        doc.put("reference", message.reference());
        List<Map<String, Object>> hs = new ArrayList<>();
        for (PaymentHit h : hits) {
            Entity e = h.entity();
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("field", h.field());
            if (h.fieldLine() > 0) o.put("field_line", h.fieldLine());
            o.put("message_line", h.messageLine());
            o.put("location", h.location());
            o.put("role", h.role());
            o.put("text", h.text());
            o.put("entity_id", e.id());
            o.put("source", e.source());
            o.put("source_id", e.sourceId());
            o.put("schema", e.schema().ftmName());
            o.put("caption", e.caption());
            o.put("programmes", e.programmes());
            o.put("score", TextScan.round(h.score()));
            o.put("how", h.how());
            o.put("explanation", TextScan.explanationJson(h.explanation()));
            hs.add(o);
        }
        doc.put("hits", hs);
        List<Map<String, Object>> js = new ArrayList<>();
        for (PaymentJurisdiction j : jurisdictions) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("field", j.field());
            if (j.fieldLine() > 0) o.put("field_line", j.fieldLine());
            o.put("message_line", j.messageLine());
            o.put("role", j.role());
            o.put("country", j.jurisdiction().country());
            o.put("programme", j.jurisdiction().programme());
            o.put("comprehensive", j.jurisdiction().comprehensive());
            o.put("text", j.text());
            o.put("how", j.how());
            js.add(o);
        }
        doc.put("jurisdictions", js);
        return doc;
    }

    /** The JSON answer for a message that could not be read: never a verdict, always the fault's position. */
    public static Map<String, Object> malformedJson(MalformedMessageException e) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("verdict", "malformed");
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("message", e.getMessage());
        err.put("line", e.line());
        err.put("column", e.column());
        err.put("field", e.field());
        doc.put("error", err);
        return doc;
    }
}
