package org.cordon.bench.speed;

import java.util.ArrayList;
import java.util.List;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screener;
import org.cordon.model.Schema;

/** Cordon's screener (indexed, or the brute-force scan) at a threshold. */
public final class CordonEngine implements Engine {
    private final String name;
    private final Screener screener;
    private final ScreenOptions options;

    public CordonEngine(String name, Screener screener, double threshold, int limit) {
        this.name = name;
        this.screener = screener;
        this.options = ScreenOptions.of(threshold, limit);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> screen(String query, Schema schema) {
        List<MatchResult> r = screener.screen(Query.of(query, schema, null, null), options);
        List<String> ids = new ArrayList<>(r.size());
        for (MatchResult m : r) ids.add(m.entity().id());
        return ids;
    }
}
