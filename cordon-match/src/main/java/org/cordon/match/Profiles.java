package org.cordon.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.match.normalise.NameNormaliser;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.NameKind;

/**
 * Records of the same target on different lists, linked into one profile at build time. A UN
 * reference number that an EU or UK record carries ({@code unscId}) equal to a UN record's own
 * number is a certain link; the same primary name with the same full birth date, or the same
 * decisive identifier (passport, IMO, BIC...), is a probable one. Links are transitive
 * (union-find); each member records the strongest way it is linked to the rest.
 */
public final class Profiles {

    /** How a record came into its profile. */
    public enum LinkKind {
        /** The record alone, or the record the profile is named after. */
        SELF,
        /** Linked by a shared UN reference number. */
        CERTAIN,
        /** Linked by the same name and full birth date, or the same decisive identifier. */
        PROBABLE
    }

    /** One profile: its id, its members, and how each member is linked. */
    public record Profile(String id, List<Entity> members, Map<String, LinkKind> links) {
        public LinkKind linkOf(String entityId) {
            return links.getOrDefault(entityId, LinkKind.SELF);
        }
    }

    private final Map<String, Profile> byEntity;

    private Profiles(Map<String, Profile> byEntity) {
        this.byEntity = byEntity;
    }

    /** The profile id of an entity (the entity's own id when nothing links to it), or null for an unknown id. */
    public String profileOf(String entityId) {
        Profile p = byEntity.get(entityId);
        return p == null ? null : p.id();
    }

    /** The whole profile of an entity, or null for an unknown id. */
    public Profile profile(String entityId) {
        return byEntity.get(entityId);
    }

    /** Profiles with more than one member. */
    public List<Profile> linked() {
        Map<String, Profile> seen = new LinkedHashMap<>();
        for (Profile p : byEntity.values()) if (p.members().size() > 1) seen.putIfAbsent(p.id(), p);
        return List.copyOf(seen.values());
    }

    /** Links the records into profiles: shared UN reference numbers (certain), same name and birth date or identifier (probable). */
    public static Profiles link(List<Entity> entities) {
        return link(entities, (i, name) -> NameNormaliser.normalise(name, entities.get(i).schema()).tokens());
    }

    /**
     * The same links for records whose names are compiled already (a build or a snapshot): their
     * normalised forms are reused instead of normalised again, which on a restart from a snapshot
     * would load ICU's transliterators for nothing. {@code compiled.get(i)} is {@code entities.get(i)} compiled.
     */
    static Profiles linkCompiled(List<Entity> entities, List<CompiledEntity> compiled) {
        return link(entities, (i, name) -> {
            for (CompiledName c : compiled.get(i).names()) if (c.name() == name) return c.normalised().tokens();
            // left out of the compiled names because it normalises to nothing, or not the same object
            return NameNormaliser.normalise(name, entities.get(i).schema()).tokens();
        });
    }

    /** {@code primaryTokens.apply(i, name)}: the normalised tokens of record i's primary name. */
    private static Profiles link(List<Entity> entities, java.util.function.BiFunction<Integer, org.cordon.model.Name, List<String>> primaryTokens) {
        int n = entities.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        LinkKind[] kind = new LinkKind[n];
        java.util.Arrays.fill(kind, LinkKind.SELF);

        Map<String, Integer> unRecord = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entity e = entities.get(i);
            if (e.source().equals("un")) unRecord.put(e.sourceId().strip(), i);
        }
        Map<String, List<Integer>> byUnRef = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entity e = entities.get(i);
            for (String ref : e.property(Entity.UN_REFERENCE)) byUnRef.computeIfAbsent(ref.strip(), k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> en : byUnRef.entrySet()) {
            Integer un = unRecord.get(en.getKey());
            List<Integer> members = new ArrayList<>(en.getValue());
            if (un != null) members.add(un);
            for (int i = 1; i < members.size(); i++) union(parent, members.get(0), members.get(i));
            for (int m : members) kind[m] = LinkKind.CERTAIN;
        }

        // probable: same normalised primary name and same full birth date; or same decisive identifier
        Map<String, Integer> nameDob = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entity e = entities.get(i);
            String primary = null;
            // the normalised name only serves records with a full birth date: skip normalising the others
            boolean fullDate = false;
            for (DateRange d : e.birthDates()) fullDate |= !d.isRange() && d.from().hasDay();
            for (var nm : fullDate ? e.names() : List.<org.cordon.model.Name>of()) {
                if (nm.kind() == NameKind.PRIMARY) {
                    primary = String.join(" ", sorted(primaryTokens.apply(i, nm)));
                    break;
                }
            }
            if (primary != null && !primary.isEmpty()) {
                for (DateRange d : e.birthDates()) {
                    if (d.isRange() || !d.from().hasDay()) continue;
                    probable(nameDob, primary + "|" + d, i, parent, kind);
                }
            }
            for (Identifier id : e.identifiers()) {
                if (!id.type().isDecisive()) continue;
                String v = id.normalisedValue();
                if (v.length() < 5) continue;
                probable(ids, id.type() + "|" + v, i, parent, kind);
            }
        }

        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        Map<String, Profile> byEntity = new HashMap<>(n * 2);
        for (List<Integer> g : groups.values()) {
            List<Entity> members = new ArrayList<>(g.size());
            Map<String, LinkKind> links = new LinkedHashMap<>();
            String id = null;
            for (int i : g) {
                Entity e = entities.get(i);
                members.add(e);
                if (id == null || e.id().compareTo(id) < 0) id = e.id();
                links.put(e.id(), g.size() == 1 ? LinkKind.SELF : kind[i]);
            }
            Profile p = new Profile(g.size() == 1 ? id : "profile-" + id, Collections.unmodifiableList(members),
                    Collections.unmodifiableMap(links));
            for (Entity e : members) byEntity.put(e.id(), p);
        }
        return new Profiles(byEntity);
    }

    private static void probable(Map<String, Integer> seen, String key, int i, int[] parent, LinkKind[] kind) {
        Integer other = seen.putIfAbsent(key, i);
        if (other == null || find(parent, other) == find(parent, i)) return;
        union(parent, other, i);
        if (kind[i] == LinkKind.SELF) kind[i] = LinkKind.PROBABLE;
        if (kind[other] == LinkKind.SELF) kind[other] = LinkKind.PROBABLE;
    }

    private static List<String> sorted(List<String> tokens) {
        List<String> s = new ArrayList<>(tokens);
        Collections.sort(s);
        return s;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
