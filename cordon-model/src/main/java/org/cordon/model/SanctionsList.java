package org.cordon.model;

import java.util.List;

/** A list version and every entity read from it. */
public record SanctionsList(ListVersion version, List<Entity> entities) {
    public SanctionsList {
        entities = List.copyOf(entities);
    }

    public String source() {
        return version.source();
    }
}
