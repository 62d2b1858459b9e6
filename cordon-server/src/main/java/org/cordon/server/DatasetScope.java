package org.cordon.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cordon.match.ScreenOptions;

/**
 * Which sources a request screens against: the dataset in the path ({@code default} = every loaded
 * list, else one source such as {@code ofac}) narrowed by yente's {@code include_dataset} and
 * {@code exclude_dataset} parameters.
 */
record DatasetScope(Set<String> include, Set<String> exclude) {

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
            if (include.isEmpty()) include.addAll(requested);
            else include.retainAll(requested);
            // An include that excludes the path's dataset leaves nothing: say so instead of screening everything.
            if (include.isEmpty()) include.add("\u0000none");
        }
        Set<String> exclude = new LinkedHashSet<>();
        for (String p : excludeParam) exclude.addAll(split(p));
        for (String d : exclude) {
            if (!known.contains(d)) throw ApiError.badRequest("exclude_dataset", "unknown dataset '" + d + "': expected one of " + known);
        }
        return new DatasetScope(include, exclude);
    }

    ScreenOptions options(double cutoff, int limit) {
        return new ScreenOptions(cutoff, limit, include, exclude);
    }

    private static List<String> split(String p) {
        return java.util.Arrays.stream(p.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
