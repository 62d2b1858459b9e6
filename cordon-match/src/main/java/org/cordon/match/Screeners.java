package org.cordon.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.SanctionsList;

/**
 * Builds the screener over loaded lists. PLACEHOLDER: exact-token overlap only, until the real
 * matcher lands; it exists so that the CLI and the other modules can be wired end to end.
 */
public final class Screeners {
    private Screeners() {}

    public static Screener build(List<SanctionsList> lists) {
        List<Entity> all = new ArrayList<>();
        for (SanctionsList l : lists) all.addAll(l.entities());
        return new TokenOverlapScreener(List.copyOf(all));
    }

    private record TokenOverlapScreener(List<Entity> entities) implements Screener {
        @Override
        public double matchThreshold() {
            return 0.7;
        }

        @Override
        public List<MatchResult> screen(Query query, ScreenOptions options) {
            List<MatchResult> out = new ArrayList<>();
            for (Entity e : entities) {
                if (!options.admits(e.source())) continue;
                double best = 0;
                Name bestName = null;
                String bestQuery = null;
                for (Name qn : query.names()) {
                    Set<String> q = tokens(qn.full());
                    for (Name n : e.names()) {
                        Set<String> t = tokens(n.full());
                        Set<String> inter = new HashSet<>(q);
                        inter.retainAll(t);
                        double s = q.isEmpty() || t.isEmpty() ? 0 : 2.0 * inter.size() / (q.size() + t.size());
                        if (s > best) { best = s; bestName = n; bestQuery = qn.full(); }
                    }
                }
                if (bestName != null && best >= options.threshold()) {
                    out.add(new MatchResult(e, best, best >= matchThreshold(), e.id(),
                            new Explanation(bestQuery, bestName.full(), bestName.kind(), best, List.of(), List.of())));
                }
            }
            out.sort(Comparator.comparingDouble(MatchResult::score).reversed());
            return out.size() > options.limit() ? out.subList(0, options.limit()) : out;
        }

        private static Set<String> tokens(String s) {
            String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            return new HashSet<>(Arrays.asList(t.split("[^\\p{L}\\p{N}]+")));
        }
    }
}
