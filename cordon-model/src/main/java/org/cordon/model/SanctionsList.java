package org.cordon.model;

import java.util.List;

/** A list version and every entity read from it. */
public record SanctionsList(ListVersion version, List<Entity> entities) {
    public SanctionsList {
        entities = List.copyOf(entities);
    }

    /**
     * The entities of several lists, each id once (its first occurrence). One publisher entity can
     * stand in two of its lists (OFAC's SDN and non-SDN lists share one uid space); the loader gives
     * both lists the merged record, and consumers index it once.
     */
    public static List<Entity> distinctEntities(List<SanctionsList> lists) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Entity> all = new java.util.ArrayList<>();
        for (SanctionsList l : lists) {
            for (Entity e : l.entities()) if (seen.add(e.id())) all.add(e);
        }
        return all;
    }

    public String source() {
        return version.source();
    }
}
