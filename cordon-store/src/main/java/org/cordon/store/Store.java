package org.cordon.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * Cordon's record: list versions, screened subjects, alerts, decisions, the good-guy list, API keys
 * and the audit log, in one SQLite file (embedded, no setup) or in PostgreSQL (server deployments).
 * Flyway brings either database to the current schema on open.
 *
 * <p>One connection, used by one thread at a time: every unit of work runs in {@link #transaction}, so a
 * process killed half-way leaves the database as it was before that unit began. A server with many
 * concurrent writers would want a pool; the CLI and the first server do not.
 */
public final class Store implements AutoCloseable {

    /** Which database: decides the migration folder and the few statements that differ. */
    public enum Vendor { SQLITE, POSTGRESQL }

    /** A unit of work that may fail with SQL errors. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Held strongly: JUL forgets the level of a logger nobody references. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private final StoreLocation location;
    private final Vendor vendor;
    private final Connection connection;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private int depth;

    private final AuditLog audit;
    private final ListVersions lists;
    private final Subjects subjects;
    private final Alerts alerts;
    private final Decisions decisions;
    private final GoodGuyList goodGuys;
    private final ApiKeys keys;
    private final ScreeningRuns runs;
    private final Settings settings;

    private Store(StoreLocation location, Connection connection, Clock clock) {
        this.location = location;
        this.vendor = location.vendor();
        this.connection = connection;
        this.clock = clock;
        this.audit = new AuditLog(this);
        this.lists = new ListVersions(this);
        this.subjects = new Subjects(this);
        this.goodGuys = new GoodGuyList(this);
        this.alerts = new Alerts(this);
        this.settings = new Settings(this);
        this.decisions = new Decisions(this);
        this.keys = new ApiKeys(this);
        this.runs = new ScreeningRuns(this);
    }

    public static Store open(StoreLocation location) throws StoreException {
        return open(location, Clock.systemUTC());
    }

    /** Opens the store, creating or migrating its schema first. */
    public static Store open(StoreLocation location, Clock clock) throws StoreException {
        location.prepare();
        migrate(location);
        try {
            Properties props = location.connectionProperties();
            Connection c = DriverManager.getConnection(location.jdbcUrl(), props);
            if (location.vendor() == Vendor.SQLITE) {
                try (Statement s = c.createStatement()) {
                    // WAL lets readers (the server's pages) run beside a batch writer; FULL sync because a
                    // compliance record must survive a power cut, not only a killed process.
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=FULL");
                    s.execute("PRAGMA foreign_keys=ON");
                    s.execute("PRAGMA busy_timeout=30000");
                }
            }
            c.setAutoCommit(false);
            return new Store(location, c, clock);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store at " + location + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(StoreLocation location) throws StoreException {
        // Flyway logs every step at INFO; a CLI printing JSON must not get them on its output.
        FLYWAY_LOG.setLevel(Level.WARNING);
        try {
            var config = Flyway.configure(Store.class.getClassLoader())
                    .dataSource(location.jdbcUrl(), location.user(), location.password())
                    .locations("classpath:db/migration/" + location.vendor().name().toLowerCase(Locale.ROOT));
            if (location.schema() != null) config = config.schemas(location.schema()).createSchemas(true);
            config.load().migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot prepare the store schema at " + location + ": " + e.getMessage(), e);
        }
    }

    public StoreLocation location() { return location; }

    public Vendor vendor() { return vendor; }

    public Clock clock() { return clock; }

    public AuditLog audit() { return audit; }

    public ListVersions lists() { return lists; }

    public Subjects subjects() { return subjects; }

    public Alerts alerts() { return alerts; }

    public Decisions decisions() { return decisions; }

    public GoodGuyList goodGuys() { return goodGuys; }

    public ApiKeys keys() { return keys; }

    public ScreeningRuns runs() { return runs; }

    public Settings settings() { return settings; }

    /**
     * How a time is stored: ISO-8601 UTC to the microsecond, always the same width
     * ({@code 2026-12-03T23:10:35.000000Z}), so that the text sorts as the time does, also within a second. (Until the
     * forty-fourth session times were stored as {@link java.time.Instant#toString()} writes them, whose fraction varies in
     * length and is left out on a whole second; rows written then keep that form: both parse as ISO-8601.)
     */
    static final DateTimeFormatter STORED_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The current time as stored: see {@link #STORED_TIME}. */
    String now() {
        return STORED_TIME.format(clock.instant());
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it. Nested calls join the
     * outer transaction, so a caller can group several store operations into one atomic step.
     */
    public <T> T transaction(Work<T> work) throws StoreException {
        lock.lock();
        try {
            depth++;
            boolean outer = depth == 1;
            try {
                T result = work.run();
                if (outer) connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                if (outer) rollbackQuietly(e);
                if (e instanceof StoreException se) throw se;
                if (e instanceof RuntimeException re) throw re;
                throw new StoreException("store error: " + e.getMessage(), e);
            } finally {
                depth--;
            }
        } finally {
            lock.unlock();
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    Connection connection() {
        return connection;
    }

    int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args)) {
            return ps.executeUpdate();
        }
    }

    /** Inserts one row and returns its generated id (both databases support RETURNING). */
    long insert(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql + " RETURNING id", args); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) throw new SQLException("insert returned no id: " + sql);
            return rs.getLong(1);
        }
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) out.add(mapper.map(rs));
            return out;
        }
    }

    <T> T queryOne(String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        List<T> rows = query(sql, mapper, args);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    long count(String sql, Object... args) throws SQLException {
        Long n = queryOne(sql, rs -> rs.getLong(1), args);
        return n == null ? 0 : n;
    }

    PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
        return ps;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!connection.isClosed()) {
                connection.rollback();
                connection.close();
            }
        } catch (SQLException e) {
            // Closing is best effort: whatever was committed is safe, anything else is rolled back by the database.
        } finally {
            lock.unlock();
        }
    }
}
