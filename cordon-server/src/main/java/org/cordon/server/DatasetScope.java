package org.cordon.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.RememberingScreener;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screener;

/**
 * Which sources a request screens against: the dataset in the path ({@code default} = every loaded
 * list, else one source such as {@code ofac}) narrowed by yente's {@code include_dataset} and
 * {@code exclude_dataset} parameters.
 */
record DatasetScope(Set<String> include, Set<String> exclude, boolean empty) {

    static final String DEFAULT = "default";

    static DatasetScope resolve(Snapshot snap, String dataset, List<String> includeParam, List<String> excludeParam) {
        Set<String> known = snap.sources();
        Set<String> include = new LinkedHashSet<>();
        if (!DEFAULT.equals(dataset)) {
            if (!known.contains(dataset)) {
                throw new ApiError(404, "dataset", "unknown dataset '" + dataset + "': expected default or one of " + known);
            }
            include.add(dataset);
        }
        Set<String> requested = new LinkedHashSet<>();
        for (String p : includeParam) requested.addAll(split(p));
        for (String d : requested) {
            if (!known.contains(d)) throw ApiError.badRequest("include_dataset", "unknown dataset '" + d + "': expected one of " + known);
        }
        if (!requested.isEmpty()) {
            boolean narrowed = !include.isEmpty();
            if (narrowed) include.retainAll(requested);
            else include.addAll(requested);
            // /match/ofac?include_dataset=un asks for nothing: an empty include would mean "all lists".
            if (narrowed && include.isEmpty()) return new DatasetScope(Set.of(), Set.of(), true);
        }
        Set<String> exclude = new LinkedHashSet<>();
        for (String p : excludeParam) exclude.addAll(split(p));
        for (String d : exclude) {
            if (!known.contains(d)) throw ApiError.badRequest("exclude_dataset", "unknown dataset '" + d + "': expected one of " + known);
        }
        return new DatasetScope(include, exclude, false);
    }

    ScreenOptions options(double cutoff, int limit) {
        return new ScreenOptions(cutoff, limit, include, exclude);
    }

    /** Screens within this scope; nothing when the parameters leave no list to screen. */
    List<MatchResult> screen(Screener screener, Query query, double cutoff, int limit) {
        return empty ? List.of() : screener.screen(query, options(cutoff, limit));
    }

    /**
     * {@link #screen(Screener, Query, double, int)} when {@code gate} lets it, except a query {@code screener} answers
     * from memory ({@link RememberingScreener#rememberedAnswer}): that costs no screening, so it does not wait behind the
     * queries being screened (a payment flow's known counterparties behind its new names).
     */
    List<MatchResult> screen(ScreeningGate gate, Screener screener, Query query, double cutoff, int limit) {
        if (empty) return List.of();
        ScreenOptions options = options(cutoff, limit);
        if (screener instanceof RememberingScreener remembering) {
            List<MatchResult> known = remembering.rememberedAnswer(query, options);
            if (known != null) return known;
        }
        return gate.run(() -> screener.screen(query, options));
    }

    private static List<String> split(String p) {
        return java.util.Arrays.stream(p.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
