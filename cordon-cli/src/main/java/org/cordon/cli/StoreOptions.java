package org.cordon.cli;

import java.nio.file.Path;
import org.cordon.store.Store;
import org.cordon.store.StoreLocation;
import picocli.CommandLine.Option;

/**
 * Where the record is kept and who is acting: {@code --db jdbc:postgresql://...} for a server database,
 * else one SQLite file in {@code --data DIR} (else {@code $CORDON_DATA}, else {@code ./data/}). The embedded
 * CLI is single-user and needs no key; {@code --user} names who decides or approves (default: the login name).
 */
public final class StoreOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Store database, e.g. jdbc:postgresql://host/cordon (user/password in the URL or $CORDON_DB_USER, $CORDON_DB_PASSWORD). "
                    + "Default: a SQLite file in the data directory.")
    String db;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory for the embedded SQLite store. Default: $CORDON_DATA, else ./data.")
    Path data;

    @Option(names = "--user", paramLabel = "NAME", description = "Who is acting, for the audit log (default: the login name).")
    String user;

    public StoreLocation location() {
        return StoreLocation.resolve(db, data);
    }

    public Store open() {
        return Store.open(location());
    }

    public String user() {
        if (user != null && !user.isBlank()) return user.strip();
        String login = System.getProperty("user.name");
        return login == null || login.isBlank() ? "cli" : login;
    }
}
