package org.cordon.match;

import java.util.List;
import org.cordon.model.Entity;

/**
 * Screens a subject against the loaded lists. Implementations are immutable once built and safe
 * for concurrent use, so a server can swap a new one in atomically on reload.
 */
public interface Screener {

    /** Results scoring at least {@code options.threshold()}, best first, at most {@code options.limit()}. */
    List<MatchResult> screen(Query query, ScreenOptions options);

    /** The score at or above which a result is a match (an alert). Documented in docs/matching.md. */
    double matchThreshold();

    /** Every entity this screener was built over. */
    List<Entity> entities();

    /**
     * Records of the same target on different lists, linked into profiles (see {@link Profiles}).
     * Screeners from {@link Screeners#build} compute them once at build time; this default links on demand.
     */
    default Profiles profiles() {
        return Profiles.link(entities());
    }
}
