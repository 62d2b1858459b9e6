package org.cordon.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.match.Explanation;
import org.cordon.match.MatchResult;
import org.cordon.model.Entity;

/** The JSON shape of a screening result, shared by {@code screen --json} and {@code screen-file --format jsonl}. */
public final class ResultJson {
    private ResultJson() {}

    public static Map<String, Object> of(MatchResult r, int rank) {
        Entity e = r.entity();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rank", rank);
        m.put("id", e.id());
        m.put("source", e.source());
        m.put("source_id", e.sourceId());
        m.put("schema", e.schema().ftmName());
        m.put("caption", e.caption());
        m.put("programmes", e.programmes());
        m.put("score", round(r.score()));
        m.put("match", r.match());
        m.put("profile_id", r.profileId());
        m.put("explanation", explanation(r.explanation()));
        return m;
    }

    public static Map<String, Object> explanation(Explanation x) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (x == null) return m;
        m.put("summary", x.summary());
        m.put("query_name", x.queryName());
        m.put("list_name", x.listName());
        m.put("name_kind", x.nameKind().name().toLowerCase());
        m.put("name_score", round(x.nameScore()));
        List<Map<String, Object>> tokens = new ArrayList<>();
        for (Explanation.TokenMatch t : x.tokens()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("query", t.queryToken());
            tm.put("list", t.listToken());
            tm.put("how", t.how());
            tm.put("similarity", round(t.similarity()));
            tm.put("weight", round(t.weight()));
            tokens.add(tm);
        }
        m.put("tokens", tokens);
        List<Map<String, Object>> features = new ArrayList<>();
        for (Explanation.Feature f : x.features()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("feature", f.name());
            fm.put("effect", round(f.effect()));
            fm.put("detail", f.detail());
            features.add(fm);
        }
        m.put("features", features);
        return m;
    }

    public static double round(double d) {
        return Math.round(d * 10000.0) / 10000.0;
    }
}
