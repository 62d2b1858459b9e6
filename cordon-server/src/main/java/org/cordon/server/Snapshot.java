package org.cordon.server;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cordon.lists.ListLoader;
import org.cordon.match.Screener;
import org.cordon.match.Screeners;
import org.cordon.model.Entity;
import org.cordon.model.ListVersion;
import org.cordon.model.SanctionsList;

/**
 * Everything one request needs, built once and never changed: the loaded lists, the screener over
 * them and the look-up tables for entity pages. A request reads the current snapshot once and
 * works on it to the end, so a reload that swaps in a new one never shows it a half-built index.
 *
 * @param generation 1 for the first load, +1 per successful reload
 */
public record Snapshot(int generation, Path listDir, List<SanctionsList> lists, Screener screener,
                       Map<String, Entity> byId, Map<String, List<String>> linked, Instant loadedAt,
                       long loadMillis, long buildMillis) {

    public Snapshot {
        lists = List.copyOf(lists);
        byId = Collections.unmodifiableMap(byId);
        linked = Collections.unmodifiableMap(linked);
    }

    /** Builds the screener and look-up tables over freshly loaded lists. */
    public static Snapshot build(int generation, Path listDir, ListLoader.Loaded loaded, long loadMillis) {
        long t0 = System.nanoTime();
        Screener screener = Screeners.build(loaded.lists());
        Map<String, Entity> byId = new HashMap<>();
        for (SanctionsList l : loaded.lists()) {
            for (Entity e : l.entities()) byId.put(e.id(), e);
        }
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        return new Snapshot(generation, listDir, loaded.lists(), screener, byId, linkByUnReference(loaded.lists()),
                Instant.now(), loadMillis, buildMillis);
    }

    /**
     * Records of one UN designation on other lists: EU and UK records carry the UN reference number
     * ("KPi.033") that is the UN record's own key. Until the matcher's profiles link records across
     * lists, this is the one link the lists themselves state.
     */
    private static Map<String, List<String>> linkByUnReference(List<SanctionsList> lists) {
        Map<String, Set<String>> byRef = new HashMap<>();
        for (SanctionsList l : lists) {
            for (Entity e : l.entities()) {
                if (e.source().equals("un")) byRef.computeIfAbsent(e.sourceId(), k -> new LinkedHashSet<>()).add(e.id());
                for (String ref : e.property(Entity.UN_REFERENCE)) {
                    byRef.computeIfAbsent(ref.strip(), k -> new LinkedHashSet<>()).add(e.id());
                }
            }
        }
        Map<String, List<String>> linked = new HashMap<>();
        for (Set<String> group : byRef.values()) {
            if (group.size() < 2) continue;
            List<String> members = List.copyOf(group);
            for (String id : members) linked.merge(id, members, Snapshot::union);
        }
        return linked;
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return List.copyOf(s);
    }

    /** The entity and every record linked to it on other lists, the entity first. */
    public List<Entity> records(Entity e) {
        List<Entity> out = new ArrayList<>();
        out.add(e);
        for (String id : linked.getOrDefault(e.id(), List.of())) {
            Entity other = byId.get(id);
            if (other != null && !other.id().equals(e.id())) out.add(other);
        }
        return out;
    }

    /** Source names in load order: the datasets besides {@code default}. */
    public Set<String> sources() {
        Set<String> s = new LinkedHashSet<>();
        for (SanctionsList l : lists) s.add(l.source());
        return s;
    }

    /** Versions by source; a source read from several files (OFAC SDN and non-SDN) has several. */
    public Map<String, List<ListVersion>> versions() {
        Map<String, List<ListVersion>> m = new LinkedHashMap<>();
        for (SanctionsList l : lists) m.computeIfAbsent(l.source(), k -> new ArrayList<>()).add(l.version());
        return m;
    }

    public ListVersion versionOf(Entity e) {
        for (SanctionsList l : lists) {
            if (l.source().equals(e.source())) return l.version();
        }
        return null;
    }

    public int entityCount() {
        return byId.size();
    }
}
