package org.cordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.cordon.scan.JurisdictionMention;
import org.cordon.scan.MalformedMessageException;
import org.cordon.scan.Mention;
import org.cordon.scan.PaymentScan;
import org.cordon.scan.PaymentScanner;
import org.cordon.scan.TextScan;
import org.cordon.scan.TextScanner;

/**
 * {@code POST /screen/text} and {@code POST /screen/payment}: free text and payment messages,
 * answered by the scanners of {@code cordon-scan}. The scanners are built once per list snapshot
 * (on first use) and swapped with it, so a reload never mixes old and new lists. The text answer
 * carries the issue's {@code mentions} and {@code jurisdictions} plus {@code spans}, one list the
 * text page highlights and lists: {@code [{start, end, text, kind, entity_id, source, caption, score}]} (a jurisdiction's
 * without entity_id, source and score).
 */
final class ScanRoutes {
    private final ServedLists lists;
    private final ScreeningGate gate;
    private final long maxBodyBytes;
    private final AtomicReference<Scanners> scanners = new AtomicReference<>();

    /** The scanners built over one snapshot. */
    private record Scanners(Snapshot snapshot, TextScanner text, PaymentScanner payment) {}

    ScanRoutes(ServedLists lists, ScreeningGate gate, long maxBodyBytes) {
        this.lists = lists;
        this.gate = gate;
        this.maxBodyBytes = maxBodyBytes;
    }

    void text(Context ctx) {
        Snapshot snap = AdminRoutes.require(lists);
        JsonNode body = JsonIo.jsonBody(ctx, maxBodyBytes);
        JsonNode text = body.get("text");
        if (text == null || !text.isTextual()) throw ApiError.badRequest("text", "expected a JSON object with a string field \"text\"");
        String written = text.asText();
        TextScan scan = gate.run(() -> scannersFor(snap).text().scan(written));
        Map<String, Object> doc = new LinkedHashMap<>(scan.toJson());
        doc.put("spans", spans(scan));
        ctx.json(doc);
    }

    void payment(Context ctx) {
        Snapshot snap = AdminRoutes.require(lists);
        byte[] message = JsonIo.body(ctx, maxBodyBytes);
        if (message.length == 0) throw ApiError.badRequest("body", "the request body is empty; expected an MT or ISO 20022 message");
        try {
            PaymentScan scan = gate.run(() -> scannersFor(snap).payment().scan(message));
            ctx.json(scan.toJson());
        } catch (MalformedMessageException e) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("verdict", "malformed");
            if (e.line() > 0) extra.put("line", e.line());
            if (e.column() > 0) extra.put("column", e.column());
            throw new ApiError(400, e.field() == null ? "body" : e.field(), e.getMessage(), extra);
        }
    }

    private Scanners scannersFor(Snapshot snap) {
        Scanners s = scanners.get();
        if (s != null && s.snapshot() == snap) return s;
        TextScanner text = TextScanner.build(snap.screener());
        Scanners built = new Scanners(snap, text, PaymentScanner.build(text, snap.screener()));
        scanners.set(built);
        return built;
    }

    private static List<Map<String, Object>> spans(TextScan scan) {
        List<Map<String, Object>> spans = new ArrayList<>();
        for (Mention m : scan.mentions()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("start", m.start());
            s.put("end", m.end());
            s.put("text", m.text());
            s.put("kind", m.entity().schema().ftmName());
            s.put("entity_id", m.entity().id());
            s.put("source", m.entity().source());
            s.put("caption", m.entity().caption());
            s.put("score", Math.round(m.score() * 1000) / 1000.0);
            spans.add(s);
        }
        for (JurisdictionMention j : scan.jurisdictions()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("start", j.start());
            s.put("end", j.end());
            s.put("text", j.text());
            s.put("kind", "jurisdiction " + j.jurisdiction().country());
            s.put("caption", j.jurisdiction().programme());
            spans.add(s);
        }
        spans.sort((a, b) -> Integer.compare((int) a.get("start"), (int) b.get("start")));
        return spans;
    }
}
