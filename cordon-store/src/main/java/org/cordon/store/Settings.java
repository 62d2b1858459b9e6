package org.cordon.store;

import java.util.Map;
import java.util.TreeMap;

/** Configuration kept in the store, each change audited. */
public final class Settings {
    /**
     * Score at or above which a true-match or false-positive decision needs a second user's approval.
     * 0.9 by default: at that score a dismissal is the decision most likely to be a costly mistake.
     */
    public static final String FOUR_EYES_SCORE = "four_eyes_score";
    static final Map<String, String> DEFAULTS = Map.of(FOUR_EYES_SCORE, "0.9");

    private final Store store;

    Settings(Store store) {
        this.store = store;
    }

    public String get(String name) {
        String v = store.transaction(() -> store.queryOne("SELECT value FROM setting WHERE name = ?", rs -> rs.getString(1), name));
        return v != null ? v : DEFAULTS.get(name);
    }

    public double fourEyesScore() {
        return Double.parseDouble(get(FOUR_EYES_SCORE));
    }

    public void set(String name, String value, String actor) {
        if (!DEFAULTS.containsKey(name)) throw new IllegalArgumentException("unknown setting '" + name + "': known are " + DEFAULTS.keySet());
        if (name.equals(FOUR_EYES_SCORE)) {
            double d;
            try {
                d = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": expected a score in [0,1], not '" + value + "'");
            }
            if (d < 0 || d > 1) throw new IllegalArgumentException(name + ": expected a score in [0,1], not " + value);
        }
        store.transaction(() -> {
            String old = get(name);
            store.update("DELETE FROM setting WHERE name = ?", name);
            store.update("INSERT INTO setting (name, value, changed_at, changed_by) VALUES (?,?,?,?)", name, value, store.now(), actor);
            store.audit().append(actor, "config.set", name, old + " -> " + value);
            return null;
        });
    }

    public Map<String, String> all() {
        Map<String, String> out = new TreeMap<>(DEFAULTS);
        store.transaction(() -> store.query("SELECT name, value FROM setting", rs -> out.put(rs.getString(1), rs.getString(2))));
        return out;
    }
}
