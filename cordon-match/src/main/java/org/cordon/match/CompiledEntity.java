package org.cordon.match;

import java.util.List;
import org.cordon.model.Entity;

/** A list record with its names prepared for the scan. */
record CompiledEntity(Entity entity, List<CompiledName> names) {
}
