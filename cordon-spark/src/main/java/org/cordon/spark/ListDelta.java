package org.cordon.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cordon.model.Entity;
import org.cordon.model.SanctionsList;

/**
 * What changed between two versions of the lists: the entities a customer base must be re-screened
 * against when a list is updated. An entity counts as changed when its id is new or its content
 * (names, dates, identifiers, programmes... everything the model holds) differs from the old version's;
 * delisted entities need no screening and are only counted.
 *
 * @param changed  the new lists, each holding only its added and changed entities (versions kept)
 * @param added    entities whose id the old version lacks
 * @param modified entities present in both whose content differs
 * @param removed  entities of the old version the new one lacks
 * @param same     entities equal in both
 */
public record ListDelta(List<SanctionsList> changed, int added, int modified, int removed, int same) {

    public static ListDelta between(List<SanctionsList> older, List<SanctionsList> newer) {
        Map<String, Entity> before = new HashMap<>();
        for (SanctionsList l : older) for (Entity e : l.entities()) before.put(e.id(), e);
        int added = 0, modified = 0, same = 0, kept = 0;
        List<SanctionsList> changed = new ArrayList<>();
        // One entity may stand in two lists of a publisher (OFAC SDN and non-SDN): count it once.
        Set<String> counted = new HashSet<>();
        for (SanctionsList l : newer) {
            List<Entity> delta = new ArrayList<>();
            for (Entity e : l.entities()) {
                Entity old = before.get(e.id());
                if (!counted.add(e.id())) {
                    if (old == null || !old.equals(e)) delta.add(e);
                } else if (old == null) {
                    added++;
                    delta.add(e);
                } else {
                    kept++;
                    if (old.equals(e)) {
                        same++;
                    } else {
                        modified++;
                        delta.add(e);
                    }
                }
            }
            if (!delta.isEmpty()) changed.add(new SanctionsList(l.version(), delta));
        }
        return new ListDelta(List.copyOf(changed), added, modified, before.size() - kept, same);
    }

    public int changedCount() {
        return added + modified;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d added, %,d changed, %,d removed, %,d unchanged", added, modified, removed, same);
    }
}
