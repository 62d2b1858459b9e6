package org.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.cordon.match.MatchResult;
import org.cordon.model.Entity;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store made by an earlier Cordon (the schema of migration V1, before alerts kept their target) is brought up to date
 * when opened, keeping its alerts and decisions: each old alert reads as on its own record's target.
 */
class SchemaUpgradeTest {

    @Test
    void aStoreOfTheFirstSchemaOpensWithItsAlertsOnTheirOwnRecords(@TempDir Path dir) throws Exception {
        StoreLocation location = StoreLocation.sqlite(dir);
        Flyway.configure(Store.class.getClassLoader()).dataSource(location.jdbcUrl(), location.user(), location.password())
                .locations("classpath:db/migration/sqlite").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(location.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO subject (id, name, schema_name, birth_date, country, attributes, fingerprint, registered_at, updated_at) "
                    + "VALUES ('C-1', 'Iwan Iwanow', 'Person', NULL, NULL, '{}', '" + "a".repeat(64) + "', '2026-11-30T10:00:00Z', '2026-11-30T10:00:00Z')");
            s.execute("INSERT INTO alert (subject_id, entity_id, source, caption, subject_fingerprint, entity_fingerprint, score, explanation, "
                    + "status, created_at) VALUES ('C-1', 'ofac-100', 'ofac', 'Ivan Ivanov', '" + "a".repeat(64) + "', '" + "b".repeat(64)
                    + "', 0.85, 'old', 'open', '2026-11-30T10:00:00Z')");
        }

        try (Store store = Store.open(location)) {
            Alert old = store.alerts().list(Alerts.Filter.open(10)).getFirst();
            assertThat(old.entityId()).isEqualTo("ofac-100");
            assertThat(old.profileId()).isEqualTo("ofac-100");
            // A new alert on another record the lists now link to it: one target with the old one, decided together.
            Entity eu = Fixtures.person("eu", "7", "Ivan Ivanov");
            store.alerts().record(Subject.of("C-1", "Iwan Iwanow"), List.of(new MatchResult(eu, 0.84, true, "ofac-100", null)), e -> null, null);
            Alert fresh = store.alerts().list(Alerts.Filter.open(10)).stream().filter(a -> a.entityId().equals("eu-7")).findFirst().orElseThrow();
            assertThat(store.alerts().sameTarget(fresh)).extracting(Alert::id).containsExactly(old.id());
            assertThat(store.decisions().decideTogether(fresh.id(), List.of(old.id()), Decision.Verdict.FALSE_POSITIVE, "born 1990", "alice"))
                    .hasSize(2);
            assertThat(store.audit().verify().ok()).isTrue();
        }
    }
}
