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
        return Explanation.toMap(x);
    }

    public static double round(double d) {
        return Math.round(d * 10000.0) / 10000.0;
    }
}
