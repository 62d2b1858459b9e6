package org.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuditLogTest {

    private static final String TARGETS = "org.cordon.store.StoreTarget#all";

    private static void fill(Store store, int n) {
        for (int i = 1; i <= n; i++) store.audit().append("alice", "test.action", "thing " + i, "{\"i\":" + i + "}");
    }

    /** What a database administrator could do around the triggers: drop them, then edit the table. */
    private static void tamper(Store store, String sql) throws SQLException {
        try (Statement s = store.connection().createStatement()) {
            if (store.vendor() == Store.Vendor.SQLITE) {
                s.execute("DROP TRIGGER audit_log_no_update");
                s.execute("DROP TRIGGER audit_log_no_delete");
            } else {
                s.execute("DROP TRIGGER audit_log_no_change ON audit_log");
            }
            s.execute(sql);
        }
        store.connection().commit();
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void intactChainVerifies(StoreTarget target) {
        try (var o = target.open()) {
            fill(o.store(), 5);
            AuditLog.Verification v = o.store().audit().verify();
            assertThat(v.ok()).as("problems: %s", v.problems()).isTrue();
            assertThat(v.entries()).isEqualTo(5);
            assertThat(o.store().audit().latest(1).getFirst().prevHash())
                    .isEqualTo(o.store().audit().entries(4, 1).getFirst().hash());
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void triggersRefuseUpdateAndDelete(StoreTarget target) {
        try (var o = target.open()) {
            fill(o.store(), 2);
            Store store = o.store();
            assertThatThrownBy(() -> store.transaction(() -> store.update("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> store.transaction(() -> store.update("DELETE FROM audit_log WHERE seq = 2")))
                    .hasMessageContaining("append-only");
            assertThat(store.audit().verify().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void alteredEntryIsNamed(StoreTarget target) throws SQLException {
        try (var o = target.open()) {
            fill(o.store(), 6);
            tamper(o.store(), "UPDATE audit_log SET detail = '{\"i\":99}' WHERE seq = 3");
            AuditLog.Verification v = o.store().audit().verify();
            assertThat(v.ok()).isFalse();
            assertThat(v.problems()).extracting(AuditLog.Problem::seq).containsExactly(3L);
            assertThat(v.problems().getFirst().message()).contains("entry 3").contains("altered");
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void alteredEntryWithRecomputedHashBreaksTheNextLink(StoreTarget target) throws SQLException {
        try (var o = target.open()) {
            fill(o.store(), 4);
            AuditLog.Entry e = o.store().audit().entries(2, 1).getFirst();
            AuditLog.Entry forged = new AuditLog.Entry(e.seq(), e.at(), "mallory", e.action(), e.target(), e.detail(), e.prevHash(), null);
            tamper(o.store(), "UPDATE audit_log SET actor = 'mallory', hash = '" + forged.computeHash() + "' WHERE seq = 2");
            AuditLog.Verification v = o.store().audit().verify();
            assertThat(v.problems()).extracting(AuditLog.Problem::seq).containsExactly(3L);
            assertThat(v.problems().getFirst().message()).contains("entry 2 was altered or replaced");
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void deletedEntryIsNamed(StoreTarget target) throws SQLException {
        try (var o = target.open()) {
            fill(o.store(), 5);
            tamper(o.store(), "DELETE FROM audit_log WHERE seq = 2");
            AuditLog.Verification v = o.store().audit().verify();
            assertThat(v.problems()).isNotEmpty();
            assertThat(v.problems().getFirst().seq()).isEqualTo(2L);
            assertThat(v.problems().getFirst().message()).contains("entry 2 is missing");
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void deletedNewestEntriesAreNamed(StoreTarget target) throws SQLException {
        try (var o = target.open()) {
            fill(o.store(), 5);
            tamper(o.store(), "DELETE FROM audit_log WHERE seq >= 4");
            AuditLog.Verification v = o.store().audit().verify();
            assertThat(v.problems()).hasSize(1);
            assertThat(v.problems().getFirst().message()).contains("entries 4 to 5 are missing");
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void actionRolledBackLeavesNoAuditEntry(StoreTarget target) {
        try (var o = target.open()) {
            Store store = o.store();
            fill(store, 1);
            assertThatThrownBy(() -> store.transaction(() -> {
                store.audit().append("bob", "test.action", "x", "");
                throw new IllegalStateException("the action failed");
            })).hasMessage("the action failed");
            assertThat(store.audit().verify().entries()).isEqualTo(1);
            fill(store, 1);
            assertThat(store.audit().verify().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void batchAppendKeepsTheChainInOrder(StoreTarget target) {
        try (var o = target.open()) {
            fill(o.store(), 1);
            List<AuditLog.Entry> added = o.store().audit().appendAll(List.of(
                    new AuditLog.Pending("key:alice", "screen.match", "POST /match/default", "{\"q\":1}"),
                    new AuditLog.Pending("key:bob", "screen.search", "GET /search/default", "q=Ivan")));
            assertThat(added).extracting(AuditLog.Entry::seq).containsExactly(2L, 3L);
            assertThat(added.get(1).prevHash()).isEqualTo(added.get(0).hash());
            assertThat(o.store().audit().verify().ok()).isTrue();
            assertThat(o.store().audit().verify().entries()).isEqualTo(3);
        }
    }
}
