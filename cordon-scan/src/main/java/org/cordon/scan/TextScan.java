package org.cordon.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.match.Explanation;
import org.cordon.model.Entity;

/**
 * What a text scan found: listed names (each with its span) and sanctioned jurisdictions, reported
 * apart because a jurisdiction is not a person and calls for a different review.
 *
 * @param mentions      in text order
 * @param jurisdictions in text order
 * @param threshold     the score a mention needed
 * @param words         how many words the text had
 */
public record TextScan(List<Mention> mentions, List<JurisdictionMention> jurisdictions, double threshold, int words) {

    public TextScan {
        mentions = List.copyOf(mentions);
        jurisdictions = List.copyOf(jurisdictions);
    }

    public boolean isClear() {
        return mentions.isEmpty() && jurisdictions.isEmpty();
    }

    /** Mentions grouped by list record, in order of first mention. */
    public Map<Entity, List<Mention>> byEntity() {
        Map<Entity, List<Mention>> out = new LinkedHashMap<>();
        for (Mention m : mentions) out.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m);
        return out;
    }

    /**
     * The JSON shape of issue 5: {@code {"mentions": [{start, end, text, entity_id, source, source_id, schema,
     * caption, score, match, explanation}], "jurisdictions": [{country, programme, start, end, text}]}}, plus
     * {@code entities} (mentions grouped by record) and {@code threshold}.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> doc = new LinkedHashMap<>();
        List<Map<String, Object>> ms = new ArrayList<>();
        for (Mention m : mentions) ms.add(mentionJson(m));
        doc.put("mentions", ms);
        List<Map<String, Object>> js = new ArrayList<>();
        for (JurisdictionMention j : jurisdictions) js.add(jurisdictionJson(j));
        doc.put("jurisdictions", js);
        List<Map<String, Object>> groups = new ArrayList<>();
        byEntity().forEach((e, list) -> {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("entity_id", e.id());
            g.put("caption", e.caption());
            g.put("source", e.source());
            g.put("programmes", e.programmes());
            g.put("count", list.size());
            g.put("best_score", round(list.stream().mapToDouble(Mention::score).max().orElse(0)));
            g.put("spans", list.stream().map(m -> List.of(m.start(), m.end())).toList());
            groups.add(g);
        });
        doc.put("entities", groups);
        doc.put("threshold", threshold);
        doc.put("words", words);
        return doc;
    }

    static Map<String, Object> mentionJson(Mention m) {
        Entity e = m.entity();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("start", m.start());
        o.put("end", m.end());
        o.put("text", m.text());
        o.put("entity_id", e.id());
        o.put("source", e.source());
        o.put("source_id", e.sourceId());
        o.put("schema", e.schema().ftmName());
        o.put("caption", e.caption());
        o.put("programmes", e.programmes());
        o.put("score", round(m.score()));
        o.put("match", m.match());
        o.put("how", m.how());
        o.put("explanation", explanationJson(m.explanation()));
        return o;
    }

    static Map<String, Object> jurisdictionJson(JurisdictionMention j) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("country", j.jurisdiction().country());
        o.put("programme", j.jurisdiction().programme());
        o.put("comprehensive", j.jurisdiction().comprehensive());
        o.put("start", j.start());
        o.put("end", j.end());
        o.put("text", j.text());
        o.put("trigger", j.trigger());
        return o;
    }

    static Map<String, Object> explanationJson(Explanation x) {
        return Explanation.toMap(x);
    }

    static double round(double d) {
        return Math.round(d * 10000.0) / 10000.0;
    }
}
