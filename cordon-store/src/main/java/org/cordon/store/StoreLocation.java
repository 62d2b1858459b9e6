package org.cordon.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the store lives: a SQLite file in the data directory ({@code --data DIR}, else {@code $CORDON_DATA},
 * else {@code ./data/}), or a PostgreSQL database ({@code --db jdbc:postgresql://host/db}). User and password
 * for PostgreSQL come from the URL ({@code ?user=..&password=..}) or from {@code $CORDON_DB_USER} and
 * {@code $CORDON_DB_PASSWORD}. A {@code currentSchema=} parameter in the URL keeps Cordon's tables in that schema.
 */
public record StoreLocation(Store.Vendor vendor, String jdbcUrl, String user, String password, String schema, Path file) {

    /** The SQLite file's name inside the data directory. */
    public static final String SQLITE_FILE = "cordon.db";

    private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([A-Za-z0-9_]+)");

    /** A SQLite store in {@code dataDir}. */
    public static StoreLocation sqlite(Path dataDir) {
        Path file = dataDir.resolve(SQLITE_FILE).toAbsolutePath();
        return new StoreLocation(Store.Vendor.SQLITE, "jdbc:sqlite:" + file, null, null, null, file);
    }

    /** A store at a JDBC URL ({@code jdbc:postgresql:...} or {@code jdbc:sqlite:FILE}). */
    public static StoreLocation of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            Matcher m = CURRENT_SCHEMA.matcher(jdbcUrl);
            return new StoreLocation(Store.Vendor.POSTGRESQL, jdbcUrl, blankToNull(System.getenv("CORDON_DB_USER")),
                    blankToNull(System.getenv("CORDON_DB_PASSWORD")), m.find() ? m.group(1) : null, null);
        }
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            Path file = Path.of(jdbcUrl.substring("jdbc:sqlite:".length())).toAbsolutePath();
            return new StoreLocation(Store.Vendor.SQLITE, "jdbc:sqlite:" + file, null, null, null, file);
        }
        throw new IllegalArgumentException("--db: expected jdbc:postgresql://HOST[:PORT]/DB or jdbc:sqlite:FILE, not '" + jdbcUrl + "'");
    }

    /** {@code --db} if given, else the data directory ({@code --data}, else $CORDON_DATA, else ./data). */
    public static StoreLocation resolve(String db, Path dataDir) {
        if (db != null && !db.isBlank()) return of(db.strip());
        if (dataDir != null) return sqlite(dataDir);
        String env = System.getenv("CORDON_DATA");
        if (env != null && !env.isBlank()) return sqlite(Path.of(env));
        return sqlite(Path.of("data"));
    }

    void prepare() throws StoreException {
        if (file == null) return;
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + file.getParent() + ": " + e.getMessage(), e);
        }
    }

    Properties connectionProperties() {
        Properties p = new Properties();
        if (user != null) p.setProperty("user", user);
        if (password != null) p.setProperty("password", password);
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** For messages: never shows a password. */
    @Override
    public String toString() {
        return file != null ? file.toString() : jdbcUrl.replaceAll("password=[^&]*", "password=***");
    }
}
