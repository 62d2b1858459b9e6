package org.cordon.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.cordon.model.Schema;

/** Registered subjects: inserted on first sight, updated (with a new fingerprint) when what was screened changed. */
public final class Subjects {
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {};

    /** What registering did. */
    public enum Registered { NEW, CHANGED, UNCHANGED }

    private final Store store;
    private final ObjectMapper json = new ObjectMapper();

    Subjects(Store store) {
        this.store = store;
    }

    public Registered register(Subject s) {
        return store.transaction(() -> {
            String fp = s.fingerprint();
            String old = store.queryOne("SELECT fingerprint FROM subject WHERE id = ?", rs -> rs.getString(1), s.id());
            if (fp.equals(old)) return Registered.UNCHANGED;
            String now = store.now();
            if (old == null) {
                store.update("INSERT INTO subject (id, name, schema_name, birth_date, country, attributes, fingerprint, registered_at, updated_at) "
                        + "VALUES (?,?,?,?,?,?,?,?,?)", s.id(), s.name(), s.schema() == null ? null : s.schema().ftmName(),
                        s.birthDate(), s.country(), toJson(s.attributes()), fp, now, now);
                return Registered.NEW;
            }
            store.update("UPDATE subject SET name = ?, schema_name = ?, birth_date = ?, country = ?, attributes = ?, fingerprint = ?, "
                    + "updated_at = ? WHERE id = ?", s.name(), s.schema() == null ? null : s.schema().ftmName(), s.birthDate(),
                    s.country(), toJson(s.attributes()), fp, now, s.id());
            return Registered.CHANGED;
        });
    }

    /**
     * Registers a batch's chunk of subjects as {@link #register} registers each, in order (an id twice in the chunk: its
     * second row is registered over its first), as one JDBC batch of upserts instead of a look-up and a write a subject:
     * a row is inserted when its id is new, and written over the stored one only when its fingerprint differs (so a
     * subject's registration time stays, and its update time moves only when it changed). On a PostgreSQL server each
     * statement outside a batch is a round trip, and registering one subject at a time took longer than screening it.
     */
    public void registerAll(List<Subject> chunk) {
        if (chunk.isEmpty()) return;
        store.transaction(() -> {
            String now = store.now();
            try (java.sql.PreparedStatement upsert = store.connection().prepareStatement(
                    "INSERT INTO subject (id, name, schema_name, birth_date, country, attributes, fingerprint, registered_at, updated_at) "
                            + "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                            + "schema_name = excluded.schema_name, birth_date = excluded.birth_date, country = excluded.country, "
                            + "attributes = excluded.attributes, fingerprint = excluded.fingerprint, updated_at = excluded.updated_at "
                            + "WHERE subject.fingerprint <> excluded.fingerprint")) {
                for (Subject s : chunk) {
                    Object[] args = {s.id(), s.name(), s.schema() == null ? null : s.schema().ftmName(), s.birthDate(), s.country(),
                            toJson(s.attributes()), s.fingerprint(), now, now};
                    for (int i = 0; i < args.length; i++) upsert.setObject(i + 1, args[i]);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    public Optional<Subject> get(String id) {
        return Optional.ofNullable(store.transaction(() ->
                store.queryOne("SELECT id, name, schema_name, birth_date, country, attributes FROM subject WHERE id = ?", this::subject, id)));
    }

    public long count() {
        return store.transaction(() -> store.count("SELECT COUNT(*) FROM subject"));
    }

    /** Every registered subject, in id order, a page at a time so that millions need not fit in memory. */
    public void forEach(Consumer<Subject> action) {
        String after = "";
        while (true) {
            String from = after;
            List<Subject> page = store.transaction(() -> store.query(
                    "SELECT id, name, schema_name, birth_date, country, attributes FROM subject WHERE id > ? ORDER BY id LIMIT 2000",
                    this::subject, from));
            if (page.isEmpty()) return;
            page.forEach(action);
            after = page.getLast().id();
        }
    }

    private Subject subject(ResultSet rs) throws SQLException {
        String schema = rs.getString(3);
        Map<String, String> attrs;
        try {
            attrs = json.readValue(rs.getString(6), ATTRIBUTES);
        } catch (JsonProcessingException e) {
            throw new SQLException("subject " + rs.getString(1) + ": attributes are not valid JSON", e);
        }
        return new Subject(rs.getString(1), rs.getString(2), schema == null ? null : Schema.parseOrNull(schema),
                rs.getString(4), rs.getString(5), attrs);
    }

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
