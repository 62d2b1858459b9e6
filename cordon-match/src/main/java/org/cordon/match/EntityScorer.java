package org.cordon.match;

import java.util.ArrayList;
import java.util.List;
import org.cordon.match.Explanation.Feature;
import org.cordon.match.normalise.NormalisedName;
import org.cordon.match.score.NameScorer;
import org.cordon.model.Entity;
import org.cordon.model.NameKind;
import org.cordon.model.Schema;

/**
 * Scores one query against one list record: the best name pair (query names x record names, weak
 * aliases discounted), then the other evidence. Schema decides first: a Vessel never matches a
 * Person. Stateless apart from the token weights; safe for concurrent use.
 */
final class EntityScorer {
    /** Weak aliases count less: publishers say they should not raise an alert alone. */
    static final double WEAK_ALIAS_FACTOR = 0.88;

    private final NameScorer names;

    EntityScorer(NameScorer names) {
        this.names = names;
    }

    /** The name score of the best pair, or -1 when the schemas are incompatible or no key is shared. */
    double quickScore(CompiledQuery q, CompiledEntity e, boolean usePrefilter) {
        if (!compatible(q.schema(), e.entity().schema())) return -1;
        double best = -1;
        for (int qi = 0; qi < q.names().size(); qi++) {
            int[] qk = q.keys().get(qi);
            for (CompiledName n : e.names()) {
                if (usePrefilter && !Prefilter.intersects(qk, n.keys())) continue;
                double s = names.score(q.names().get(qi), n.normalised());
                if (n.name().kind() == NameKind.WEAK_ALIAS) s *= WEAK_ALIAS_FACTOR;
                if (s > best) best = s;
            }
        }
        return best;
    }

    /** Full score with explanation; null when schemas are incompatible. */
    Scored score(CompiledQuery q, CompiledEntity e, boolean usePrefilter) {
        Entity entity = e.entity();
        if (!compatible(q.schema(), entity.schema())) return null;
        double best = -1;
        NormalisedName bestQ = null;
        CompiledName bestL = null;
        for (int qi = 0; qi < q.names().size(); qi++) {
            for (CompiledName n : e.names()) {
                if (usePrefilter && !Prefilter.intersects(q.keys().get(qi), n.keys())) continue;
                double s = names.score(q.names().get(qi), n.normalised());
                if (n.name().kind() == NameKind.WEAK_ALIAS) s *= WEAK_ALIAS_FACTOR;
                if (s > best) {
                    best = s;
                    bestQ = q.names().get(qi);
                    bestL = n;
                }
            }
        }
        if (bestL == null) return null;
        return scored(q, entity, bestQ, bestL, null);
    }

    /**
     * Full score with explanation when the caller already knows the record's best name pair: query name {@code qi} and
     * record name {@code name} (the first pair in {@link #score}'s order among those with the best name score); null
     * when schemas are incompatible. The indexed screener found that pair while it walked the candidates, so the
     * record's other names are not scored again; {@code sc}, the work arrays it scored them in, explains them.
     */
    Scored scoreBestPair(CompiledQuery q, CompiledEntity e, int qi, int name, NameScorer.Scratch sc) {
        Entity entity = e.entity();
        if (!compatible(q.schema(), entity.schema())) return null;
        return scored(q, entity, q.names().get(qi), e.names().get(name), sc);
    }

    /** {@code sc}: the work arrays the query was scored in (null: this thread's own). */
    private Scored scored(CompiledQuery q, Entity entity, NormalisedName bestQ, CompiledName bestL, NameScorer.Scratch sc) {
        NameScorer.NameMatch m = names.explain(bestQ, bestL.normalised(), sc);
        List<Feature> features = new ArrayList<>(Evidence.features(q, entity));
        double nameScore = m.score();
        double afterAlias = nameScore;
        if (bestL.name().kind() == NameKind.WEAK_ALIAS) {
            afterAlias = nameScore * WEAK_ALIAS_FACTOR;
            features.add(0, new Feature("weakAlias", afterAlias - nameScore, "the list calls this name a weak alias"));
        }
        if (q.schema() != null) {
            String query = q.schemaGiven() ? q.schema().ftmName() + " query" : "query with a legal form (an organisation)";
            features.add(new Feature("schema", 0.0, query + ", " + entity.schema().ftmName() + " listed: compatible"));
        }
        // the weak-alias discount is one of the features, applied with the others to the name score
        double score = Evidence.apply(nameScore, features);
        Explanation ex = new Explanation(bestQ.original(), bestL.name().full(), bestL.name().kind(), nameScore, m.tokens(), m.rules(), features);
        return new Scored(score, ex);
    }

    record Scored(double score, Explanation explanation) {
    }

    static boolean compatible(Schema query, Schema listed) {
        if (query == null) return true; // unknown: any schema may be meant
        return query.compatibleWith(listed);
    }
}
