package org.cordon.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cordon.model.Entity;

/**
 * What changed between two versions of a list, entity by entity.
 *
 * @param added   ids only in the newer version
 * @param removed ids only in the older version
 * @param changed ids in both whose fields differ, with which fields and the values added and removed
 */
public record ListDiff(List<String> added, List<String> removed, List<Changed> changed) {

    /** One changed entity: the fields that differ and, per field, the values that appeared and disappeared. */
    public record Changed(String id, List<String> fields, Map<String, ValueChange> values) {}

    /** Values of one field that the newer version added and removed. */
    public record ValueChange(List<String> added, List<String> removed) {}

    public ListDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static ListDiff between(Collection<Entity> older, Collection<Entity> newer) {
        return betweenFacets(older.stream().map(EntityFacets::of).toList(), newer.stream().map(EntityFacets::of).toList());
    }

    public static ListDiff betweenFacets(Collection<EntityFacets> older, Collection<EntityFacets> newer) {
        Map<String, EntityFacets> before = new LinkedHashMap<>();
        for (EntityFacets f : older) before.put(f.entityId(), f);
        Map<String, EntityFacets> after = new LinkedHashMap<>();
        for (EntityFacets f : newer) after.put(f.entityId(), f);
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        for (EntityFacets n : after.values()) {
            EntityFacets o = before.get(n.entityId());
            if (o == null) {
                added.add(n.entityId());
                continue;
            }
            List<String> fields = o.changedFields(n);
            if (fields.isEmpty()) continue;
            Map<String, ValueChange> values = new LinkedHashMap<>();
            for (String field : fields) {
                TreeSet<String> was = new TreeSet<>(o.fields().getOrDefault(field, List.of()));
                TreeSet<String> now = new TreeSet<>(n.fields().getOrDefault(field, List.of()));
                TreeSet<String> plus = new TreeSet<>(now);
                plus.removeAll(was);
                TreeSet<String> minus = new TreeSet<>(was);
                minus.removeAll(now);
                values.put(field, new ValueChange(List.copyOf(plus), List.copyOf(minus)));
            }
            changed.add(new Changed(n.entityId(), fields, values));
        }
        for (String id : before.keySet()) if (!after.containsKey(id)) removed.add(id);
        Comparator<String> byId = ListDiff::compareIds;
        added.sort(byId);
        removed.sort(byId);
        changed.sort((a, b) -> compareIds(a.id(), b.id()));
        return new ListDiff(added, removed, changed);
    }

    /** Ids with a numeric tail sort by number ("ofac-99" before "ofac-100"), so output reads in publisher order. */
    static int compareIds(String a, String b) {
        int da = a.lastIndexOf('-'), db = b.lastIndexOf('-');
        if (da > 0 && db > 0 && a.substring(0, da).equals(b.substring(0, db))) {
            String ta = a.substring(da + 1), tb = b.substring(db + 1);
            if (!ta.isEmpty() && !tb.isEmpty() && ta.length() < 18 && tb.length() < 18 && ta.chars().allMatch(Character::isDigit)
                    && tb.chars().allMatch(Character::isDigit)) {
                return Long.compare(Long.parseLong(ta), Long.parseLong(tb));
            }
        }
        return a.compareTo(b);
    }

    /** How many changed entities changed each field, most first: the summary line of a diff. */
    public Map<String, Integer> fieldCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Changed c : changed) for (String f : c.fields()) counts.merge(f, 1, Integer::sum);
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : sorted) out.put(e.getKey(), e.getValue());
        return out;
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
