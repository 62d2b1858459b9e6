package org.cordon.bench.speed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cordon.bench.quality.LabelledPairs;
import org.cordon.match.IndexedScreener;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screeners;
import org.cordon.model.Entity;
import org.cordon.model.ListVersion;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;

/**
 * Recall of candidate generation on the labelled hard pairs (typos, reorderings, transliterations,
 * legal forms, initials): every {@code name2} becomes a list record, every {@code name1} is screened
 * against all of them by the index and by the brute-force scan, and the index must return every
 * record the scan returns at the threshold, and every record the exhaustive scan (every name scored, no prefilter)
 * returns. Hard pairs are where a candidate index would miss.
 * <pre>
 * java -cp ... org.cordon.bench.speed.PairsCandidateRecall ../shared/eval/name-pairs-dev.csv
 * </pre>
 */
public final class PairsCandidateRecall {
    private PairsCandidateRecall() {}

    public static void main(String[] args) throws Exception {
        LabelledPairs pairs = LabelledPairs.read(Path.of(args.length > 0 ? args[0] : "../shared/eval/name-pairs-dev.csv"));
        List<Entity> persons = new ArrayList<>(), others = new ArrayList<>();
        for (int i = 0; i < pairs.rows().size(); i++) {
            String[] row = pairs.rows().get(i);
            Schema schema = schema(pairs.get(row, "schema"));
            Entity e = Entity.builder("pairs", "p" + i, schema).name(pairs.get(row, "name2"), NameKind.PRIMARY).build();
            (schema == Schema.PERSON ? persons : others).add(e);
        }
        List<SanctionsList> lists = List.of(
                new SanctionsList(new ListVersion("pairs-p", "eval", "persons", "eval", null, List.of(), "", persons.size()), persons),
                new SanctionsList(new ListVersion("pairs-o", "eval", "others", "eval", null, List.of(), "", others.size()), others));
        IndexedScreener s = Screeners.build(lists);
        var exhaustive = s.scan().exhaustive();
        for (double t : new double[]{0.8, 0.7, 0.62}) {
            int scanHits = 0, found = 0, queries = 0, every = 0, foundOfEvery = 0;
            for (String[] row : pairs.rows()) {
                Query q = Query.of(pairs.get(row, "name1"), schema(pairs.get(row, "schema")), null, null);
                ScreenOptions o = ScreenOptions.of(t, 1000);
                Set<String> idx = new HashSet<>();
                for (MatchResult r : s.screen(q, o)) idx.add(r.entity().id());
                for (MatchResult r : s.scan().screen(q, o)) {
                    scanHits++;
                    if (idx.contains(r.entity().id())) found++;
                }
                // every list name scored, no prefilter: what the scan itself would leave out
                for (MatchResult r : exhaustive.screen(q, o)) {
                    every++;
                    if (idx.contains(r.entity().id())) foundOfEvery++;
                }
                queries++;
            }
            System.out.printf(Locale.ROOT, "threshold %.2f: %d queries against %d records; index found %d of the scan's %d results = %.4f,"
                            + " %d of the exhaustive scan's %d = %.4f%n", t, queries, persons.size() + others.size(), found, scanHits,
                    scanHits == 0 ? 1.0 : (double) found / scanHits, foundOfEvery, every, every == 0 ? 1.0 : (double) foundOfEvery / every);
        }
    }

    private static Schema schema(String s) {
        if (s == null || s.isBlank()) return null;
        for (Schema x : Schema.values()) if (x.ftmName().equalsIgnoreCase(s.strip()) || x.name().equalsIgnoreCase(s.strip())) return x;
        return null;
    }
}
