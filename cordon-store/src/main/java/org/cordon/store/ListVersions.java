package org.cordon.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListLoader;
import org.cordon.model.Entity;
import org.cordon.model.ListVersion;
import org.cordon.model.SanctionsList;

/**
 * Every load of every list: publisher, publication date, file hash, entity count, and each entity's
 * facets so that any two versions can be diffed and a re-screening can be limited to what changed.
 * A version is recorded in one transaction and made current only at its end: a load that fails or is
 * killed half-way leaves the previous version current and no trace of the new one.
 */
public final class ListVersions {
    private static final int INSERT_BATCH = 1000;
    private static final TypeReference<TreeMap<String, List<String>>> FACETS = new TypeReference<>() {};

    /** The outcome of recording a load: the version now current, and whether the files were new to the store. */
    public record Recorded(StoredListVersion version, boolean isNew) {}

    /** The list versions a run screens against, and which version each entity was read from. */
    public record InUse(List<Recorded> versions, Map<String, Long> versionByEntity) {
        public InUse {
            versions = List.copyOf(versions);
            versionByEntity = Map.copyOf(versionByEntity);
        }

        /** The version {@code e} was read from, or null when it is not in these lists. */
        public Long versionOf(Entity e) {
            return versionByEntity.get(e.id());
        }

        /** "ofac=3 ofac=4 un=5", for the run record. */
        public String summary() {
            StringBuilder sb = new StringBuilder();
            for (Recorded r : versions) {
                if (!sb.isEmpty()) sb.append(' ');
                sb.append(r.version().source()).append('=').append(r.version().id());
            }
            return sb.toString();
        }
    }

    private final Store store;
    private final ObjectMapper json = new ObjectMapper();

    ListVersions(Store store) {
        this.store = store;
    }

    /** Reads lists with {@link ListLoader#load} and records each; a file that fails to parse records nothing. */
    public List<Recorded> loadAndRecord(Path dirOrFile, String actor) throws IOException, ListFormatException {
        ListLoader.Loaded loaded = ListLoader.load(dirOrFile);
        return recordAll(loaded.lists(), actor);
    }

    /** Records several lists in one transaction: all become current together, or none does. */
    public List<Recorded> recordAll(List<SanctionsList> lists, String actor) {
        return store.transaction(() -> {
            List<Recorded> out = new ArrayList<>();
            for (SanctionsList l : lists) out.add(record(l, actor, n -> { }));
            return out;
        });
    }

    /** Records the lists a run is about to screen against (see {@link #recordAll}) and indexes their entities by version. */
    public InUse recordInUse(List<SanctionsList> lists, String actor) {
        List<Recorded> recorded = recordAll(lists, actor);
        Map<String, Long> byEntity = new HashMap<>();
        for (int i = 0; i < lists.size(); i++) {
            long id = recorded.get(i).version().id();
            for (Entity e : lists.get(i).entities()) byEntity.put(e.id(), id);
        }
        return new InUse(recorded, byEntity);
    }

    public Recorded record(SanctionsList list, String actor) {
        return record(list, actor, n -> { });
    }

    /**
     * Records one load. Files already recorded for this source (same SHA-256) add no version: the existing
     * one becomes current again (a roll-back to an earlier file is a change worth an audit entry, a reload of
     * the same file is not). {@code progress} hears the number of entities written so far.
     */
    public Recorded record(SanctionsList list, String actor, IntConsumer progress) {
        ListVersion v = list.version();
        return store.transaction(() -> {
            String key = keyOf(v.source(), v.title());
            StoredListVersion same = store.queryOne("SELECT " + COLUMNS + " FROM list_version WHERE list_key = ? AND sha256 = ? ORDER BY id DESC",
                    ListVersions::version, key, v.sha256());
            if (same != null) {
                if (!same.current()) {
                    makeCurrent(same.id(), key);
                    store.audit().append(actor, "list.current", same.label(), "earlier version made current again: " + v.files());
                    return new Recorded(get(same.id()).orElseThrow(), false);
                }
                return new Recorded(same, false);
            }
            long id = store.insert("INSERT INTO list_version (list_key, source, publisher, title, format, publication_date, files, sha256, "
                            + "entity_count, loaded_at, loaded_by, is_current) VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
                    key, v.source(), v.publisher(), v.title(), v.format(), v.publicationDate(), String.join("\n", v.files()),
                    v.sha256(), list.entities().size(), store.now(), actor);
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "INSERT INTO list_entity (version_id, entity_id, fingerprint, content_hash, facets) VALUES (?,?,?,?,?)")) {
                int n = 0;
                for (Entity e : list.entities()) {
                    EntityFacets f = EntityFacets.of(e);
                    ps.setLong(1, id);
                    ps.setString(2, e.id());
                    ps.setString(3, f.fingerprint());
                    ps.setString(4, f.contentHash());
                    ps.setString(5, toJson(f.fields()));
                    ps.addBatch();
                    if (++n % INSERT_BATCH == 0) {
                        ps.executeBatch();
                        progress.accept(n);
                    }
                }
                ps.executeBatch();
                progress.accept(n);
            }
            makeCurrent(id, key);
            StoredListVersion recorded = get(id).orElseThrow();
            store.audit().append(actor, "list.load", recorded.label(), String.format(Locale.ROOT,
                    "{\"source\":%s,\"publication_date\":%s,\"sha256\":\"%s\",\"entities\":%d,\"files\":%s}",
                    toJson(v.source()), toJson(v.publicationDate()), v.sha256(), list.entities().size(), toJson(v.files())));
            return new Recorded(recorded, true);
        });
    }

    private void makeCurrent(long id, String key) throws SQLException {
        store.update("UPDATE list_version SET is_current = 0 WHERE list_key = ? AND id <> ?", key, id);
        store.update("UPDATE list_version SET is_current = 1 WHERE id = ?", id);
    }

    public Optional<StoredListVersion> get(long id) {
        return Optional.ofNullable(store.transaction(() ->
                store.queryOne("SELECT " + COLUMNS + " FROM list_version WHERE id = ?", ListVersions::version, id)));
    }

    /**
     * The version in use of the list published under {@code source}; where a source publishes several lists
     * (OFAC: SDN and non-SDN), the one recorded last. {@link #current(String, String)} names one exactly.
     */
    public Optional<StoredListVersion> current(String source) {
        return Optional.ofNullable(store.transaction(() -> store.queryOne(
                "SELECT " + COLUMNS + " FROM list_version WHERE source = ? AND is_current = 1 ORDER BY id DESC", ListVersions::version, source)));
    }

    /** The version in use of the list {@code title} of {@code source}. */
    public Optional<StoredListVersion> current(String source, String title) {
        return Optional.ofNullable(store.transaction(() -> store.queryOne(
                "SELECT " + COLUMNS + " FROM list_version WHERE list_key = ? AND is_current = 1", ListVersions::version, keyOf(source, title))));
    }

    static String keyOf(String source, String title) {
        return source + "|" + (title == null ? "" : title);
    }

    /** The version in use of every source, by source name. */
    public List<StoredListVersion> currentAll() {
        return store.transaction(() ->
                store.query("SELECT " + COLUMNS + " FROM list_version WHERE is_current = 1 ORDER BY source", ListVersions::version));
    }

    /** Every recorded version, newest first; of one source when {@code source} is not null. */
    public List<StoredListVersion> history(String source) {
        return store.transaction(() -> source == null
                ? store.query("SELECT " + COLUMNS + " FROM list_version ORDER BY id DESC", ListVersions::version)
                : store.query("SELECT " + COLUMNS + " FROM list_version WHERE source = ? ORDER BY id DESC", ListVersions::version, source));
    }

    /**
     * Finds a version by the forms users type: its id ({@code 3}), {@code source:publication-date}
     * ({@code ofac:2023-12-28}) or {@code source:sha256-prefix}.
     */
    public Optional<StoredListVersion> find(String spec) {
        String s = spec.strip();
        if (s.chars().allMatch(Character::isDigit) && !s.isEmpty()) return get(Long.parseLong(s));
        int colon = s.indexOf(':');
        if (colon <= 0) return Optional.empty();
        String source = s.substring(0, colon), key = s.substring(colon + 1);
        for (StoredListVersion v : history(source)) {
            if (key.equals(v.publicationDate()) || (key.length() >= 6 && v.sha256().startsWith(key))) return Optional.of(v);
        }
        return Optional.empty();
    }

    /** Each entity of a version as recorded. */
    public List<EntityFacets> facets(long versionId) {
        return store.transaction(() -> store.query("SELECT entity_id, facets FROM list_entity WHERE version_id = ?",
                rs -> new EntityFacets(rs.getString(1), fromJson(rs.getString(2))), versionId));
    }

    /** Entity id -> screening fingerprint of a version. */
    public Map<String, String> fingerprints(long versionId) {
        return store.transaction(() -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = store.prepare("SELECT entity_id, fingerprint FROM list_entity WHERE version_id = ?", versionId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        });
    }

    /** Entity by entity, what {@code newerId} changed from {@code olderId}. */
    public ListDiff diff(long olderId, long newerId) {
        return ListDiff.betweenFacets(facets(olderId), facets(newerId));
    }

    /**
     * Ids of entities in {@code newerId} that are new or screen differently since {@code olderId}
     * (their screening fingerprint changed): what a delta re-screening must look at.
     */
    public Set<String> changedForScreening(long olderId, long newerId) {
        Map<String, String> before = fingerprints(olderId);
        Set<String> out = new LinkedHashSet<>();
        fingerprints(newerId).forEach((id, fp) -> {
            if (!fp.equals(before.get(id))) out.add(id);
        });
        return out;
    }

    static final String COLUMNS = "id, source, publisher, title, format, publication_date, files, sha256, entity_count, loaded_at, loaded_by, is_current";

    static StoredListVersion version(ResultSet rs) throws SQLException {
        String files = rs.getString(7);
        return new StoredListVersion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), files == null || files.isEmpty() ? List.of() : List.of(files.split("\n")), rs.getString(8),
                rs.getInt(9), rs.getString(10), rs.getString(11), rs.getInt(12) == 1);
    }

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SortedMap<String, List<String>> fromJson(String s) throws SQLException {
        try {
            return json.readValue(s, FACETS);
        } catch (JsonProcessingException e) {
            throw new SQLException("list_entity.facets is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

}
