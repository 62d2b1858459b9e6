package org.cordon.match;

import java.util.Set;
import org.cordon.model.Entity;

/**
 * How to screen: the score a result needs to be returned, how many results at most, which lists
 * (sources) to screen against, and optionally which entities.
 *
 * <p>An entity filter ({@link #onlyEntities}) is for delta re-screening: screening only against the
 * entities added or changed since a list version. The screener skips every other record before scoring
 * it, so it saves the scoring work, and the results it returns are exactly a full run's results
 * restricted to those entities: the same scores, ranks and profile ids, because token weights and
 * profiles stay those of the whole lists the screener was built over.
 *
 * @param threshold minimum score of a returned result (results at or above {@link Screener#matchThreshold()} are matches)
 * @param limit     most results returned, best first
 * @param include   sources to screen against; empty = all
 * @param exclude   sources to leave out
 * @param entityIds ids of the entities to screen against; null = all (an empty set admits none)
 */
public record ScreenOptions(double threshold, int limit, Set<String> include, Set<String> exclude, Set<String> entityIds) {

    public ScreenOptions {
        include = include == null ? Set.of() : Set.copyOf(include);
        exclude = exclude == null ? Set.of() : Set.copyOf(exclude);
        // Set.copyOf returns an immutable set as it is, so options derived from these do not copy it again
        entityIds = entityIds == null ? null : Set.copyOf(entityIds);
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
        if (threshold < 0 || threshold > 1) throw new IllegalArgumentException("threshold must be in [0,1]");
    }

    /** Options screening against every entity of the admitted sources. */
    public ScreenOptions(double threshold, int limit, Set<String> include, Set<String> exclude) {
        this(threshold, limit, include, exclude, null);
    }

    public static ScreenOptions of(double threshold, int limit) {
        return new ScreenOptions(threshold, limit, Set.of(), Set.of(), null);
    }

    /** These options, screening only against the entities with these ids (of the admitted sources). */
    public ScreenOptions onlyEntities(Set<String> ids) {
        if (ids == null) throw new IllegalArgumentException("entity ids must not be null");
        return new ScreenOptions(threshold, limit, include, exclude, ids);
    }

    public boolean admits(String source) {
        return (include.isEmpty() || include.contains(source)) && !exclude.contains(source);
    }

    /** Whether a listed record is screened against: its source is admitted and, with an entity filter, its id is in it. */
    public boolean admits(Entity entity) {
        return admits(entity.source()) && (entityIds == null || entityIds.contains(entity.id()));
    }
}
