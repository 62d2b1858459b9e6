package org.cordon.bench.speed;

import java.util.List;
import org.cordon.model.Schema;

/**
 * One screening engine behind one interface, so every speed and recall figure is a ratio measured
 * in the same run (the Caffeine habit: the contender and its rivals side by side). Implementations:
 * {@link CordonEngine} over the indexed screener or the brute-force scan, and
 * {@link JaroWinklerEngine}, the whole-name Jaro-Winkler scan the OFAC search tool performs.
 */
public interface Engine {

    String name();

    /** Ids of the list records this engine reports for a name at or above its threshold. */
    List<String> screen(String name, Schema schema);
}
