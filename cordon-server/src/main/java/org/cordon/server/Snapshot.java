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
import org.cordon.match.Profiles;
import org.cordon.match.RememberingScreener;
import org.cordon.match.Screener;
import org.cordon.match.snapshot.SnapshotCache;
import org.cordon.model.Entity;
import org.cordon.model.ListVersion;
import org.cordon.model.SanctionsList;

/**
 * Everything one request needs, built once and never changed: the loaded lists, the screener over
 * them (with the profiles linking records of one target across lists) and the look-up table for
 * entity pages. A request reads the current snapshot once and
 * works on it to the end, so a reload that swaps in a new one never shows it a half-built index.
 *
 * @param generation  1 for the first load, +1 per successful reload
 * @param screener    screens every query it is given
 * @param remembering the same screener, answering a query asked again (same options) as it answered it the first time:
 *                    what /match and /reconcile screen with, since a payment flow meets the same counterparties again
 *                    and again (the warm-up screens with {@code screener}: it is there to compile the screening)
 * @param loadMillis  time spent reading the list files (0 when the index came from the snapshot file)
 * @param buildMillis time spent compiling the index, or reading it from the snapshot file, and the look-up table
 * @param indexSource whether the index was read from the snapshot file or built from the list files
 * @param properties  each entity's properties written as JSON, filled as entities are first returned
 */
public record Snapshot(int generation, Path listDir, List<SanctionsList> lists, Screener screener,
                       RememberingScreener remembering, Map<String, Entity> byId, Instant loadedAt,
                       long loadMillis, long buildMillis, SnapshotCache.Source indexSource, PropertiesJson properties) {

    public Snapshot {
        lists = List.copyOf(lists);
        byId = Collections.unmodifiableMap(byId);
    }

    /** The look-up tables over a ready index, read from the snapshot file or built from the list files. */
    public static Snapshot of(int generation, Path listDir, SnapshotCache.ReadyIndex index) {
        long t0 = System.nanoTime();
        List<SanctionsList> lists = index.loaded().lists();
        Map<String, Entity> byId = new HashMap<>();
        for (SanctionsList l : lists) {
            for (Entity e : l.entities()) byId.put(e.id(), e);
        }
        long buildMillis = index.indexMillis() + (System.nanoTime() - t0) / 1_000_000;
        return new Snapshot(generation, listDir, lists, index.screener(), RememberingScreener.over(index.screener()), byId, Instant.now(),
                index.listsMillis(), buildMillis, index.source(), new PropertiesJson());
    }

    /**
     * The entity and every record the matcher's profiles link to it on other lists (a shared UN
     * reference number is certain; the same name and full birth date, or the same decisive
     * identifier, is probable; the same name under the same regime is possible), the entity first.
     */
    public List<Entity> records(Entity e) {
        List<Entity> out = new ArrayList<>();
        out.add(e);
        Profiles.Profile p = profiles().profile(e.id());
        if (p != null) {
            for (Entity m : p.members()) if (!m.id().equals(e.id())) out.add(m);
        }
        return out;
    }

    /** How a record is linked into its profile: self, certain, probable or possible. */
    public Profiles.LinkKind linkOf(Entity e) {
        Profiles.Profile p = profiles().profile(e.id());
        return p == null ? Profiles.LinkKind.SELF : p.linkOf(e.id());
    }

    public Profiles profiles() {
        return screener.profiles();
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
