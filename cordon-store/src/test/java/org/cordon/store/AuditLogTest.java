package org.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuditLogTest {

    private static final String TARGETS = "org.cordon.store.StoreTarget#all";

    private static void fill(Store store, int n) {
        for (int i = 1; i <= n; i++) store.audit().append("alice", "test.action", "thing " + i, "{\"i\":" + i + "}");
    }

    /** What a database administrator could do around the triggers: drop them, then edit the table. */
    private static void tamper(Store store, String... sql) throws SQLException {
        try (Statement s = store.connection().createStatement()) {
            if (store.vendor() == Store.Vendor.SQLITE) {
                s.execute("DROP TRIGGER audit_log_no_update");
                s.execute("DROP TRIGGER audit_log_no_delete");
            } else {
                s.execute("DROP TRIGGER audit_log_no_change ON audit_log");
            }
            for (String one : sql) s.execute(one);
        }
        store.connection().commit();
    }

    /** A clock that reads each of {@code times} in turn, then stays at the last. */
    private static Clock stepping(String... times) {
        return new Clock() {
            private int next;

            @Override
            public synchronized Instant instant() {
                return Instant.parse(times[Math.min(next++, times.length - 1)]);
            }

            @Override
            public ZoneId getZone() { return ZoneOffset.UTC; }

            @Override
            public Clock withZone(ZoneId zone) { throw new UnsupportedOperationException(); }
        };
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void storedTimesSortAsTheTimesDoAlsoWithinASecond(StoreTarget target) {
        // A whole second (Instant.toString writes no fraction) between two times with fractions of the same second.
        String[] times = {"2026-12-01T09:00:00.900Z", "2026-12-01T09:00:01Z", "2026-12-01T09:00:01.050Z", "2026-12-01T09:00:01.5Z"};
        try (var o = target.open(stepping(times))) {
            fill(o.store(), 4);
            List<AuditLog.Entry> entries = o.store().audit().entries(1, 10);
            assertThat(entries).extracting(AuditLog.Entry::at).containsExactly("2026-12-01T09:00:00.900000Z",
                    "2026-12-01T09:00:01.000000Z", "2026-12-01T09:00:01.050000Z", "2026-12-01T09:00:01.500000Z");
            assertThat(entries).extracting(e -> Instant.parse(e.at())).isSorted();
            assertThat(o.store().audit().latest(10, new AuditLog.Filter(null, null, null, "2026-12-01T09:00:01Z")))
                    .extracting(AuditLog.Entry::seq).containsExactly(4L, 3L, 2L);
        }
        // Keys are listed by the time they were made; the first made on a whole second, the next half a second later.
        try (var o = target.open(stepping("2026-12-01T09:00:01Z", "2026-12-01T09:00:01Z", "2026-12-01T09:00:01.5Z"))) {
            o.store().keys().create(Role.ANALYST, "first", "admin");
            o.store().keys().create(Role.ANALYST, "second", "admin");
            assertThat(o.store().keys().all()).extracting(ApiKeys.ApiKey::owner).containsExactly("first", "second");
        }
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

    /**
     * Rewrites the chain from entry {@code from} on with hashes that agree, {@code actor} in place of the first one's, and
     * points the head at the new last entry: what someone who can write the whole table and its head can do.
     */
    private static void rewriteFrom(Store store, long from, String actor) throws SQLException {
        List<AuditLog.Entry> all = store.audit().entries(1, 10_000);
        List<String> sql = new java.util.ArrayList<>();
        String prev = all.get((int) from - 2).hash();
        for (AuditLog.Entry e : all.subList((int) from - 1, all.size())) {
            AuditLog.Entry forged = new AuditLog.Entry(e.seq(), e.at(), e.seq() == from ? actor : e.actor(), e.action(), e.target(), e.detail(), prev, null);
            prev = forged.computeHash();
            sql.add("UPDATE audit_log SET actor = '" + forged.actor() + "', prev_hash = '" + forged.prevHash() + "', hash = '" + prev
                    + "' WHERE seq = " + e.seq());
        }
        sql.add("UPDATE audit_head SET last_hash = '" + prev + "' WHERE id = 1");
        tamper(store, sql.toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void anAnchorKeptOutsideFindsAConsistentRewrite(StoreTarget target) throws SQLException {
        try (var o = target.open()) {
            Store store = o.store();
            fill(store, 4);
            AuditLog.Anchor anchor = store.audit().anchor("auditor");
            assertThat(anchor.seq()).isEqualTo(5);
            assertThat(store.audit().latest(1).getFirst().action()).isEqualTo("audit.anchor");
            assertThat(AuditLog.Anchor.parse(anchor.toString())).isEqualTo(anchor);
            fill(store, 2);
            assertThat(store.audit().verify(List.of(anchor)).ok()).isTrue();

            // Entry 2 rewritten and every later hash recomputed, the head too: the chain alone cannot tell.
            rewriteFrom(store, 2, "mallory");
            assertThat(store.audit().entries(2, 1).getFirst().actor()).isEqualTo("mallory");
            assertThat(store.audit().verify().ok()).isTrue();
            AuditLog.Verification v = store.audit().verify(List.of(anchor));
            assertThat(v.problems()).extracting(AuditLog.Problem::seq).containsExactly(5L);
            assertThat(v.problems().getFirst().message()).contains("not the entry anchored").contains("rewritten up to entry 5");
            // An anchor taken later, on the rewritten chain, cannot vouch for what came before it was taken: entry 7 agrees.
            AuditLog.Entry seventh = store.audit().entries(7, 1).getFirst();
            assertThat(store.audit().verify(List.of(new AuditLog.Anchor(7, seventh.hash(), null))).ok()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void anAnchorFindsEntriesDeletedWithTheHeadMovedBack(StoreTarget target) throws SQLException {
        try (var o = target.open()) {
            Store store = o.store();
            fill(store, 3);
            AuditLog.Anchor anchor = store.audit().anchor("auditor");
            fill(store, 1);
            String third = store.audit().entries(3, 1).getFirst().hash();
            tamper(store, "DELETE FROM audit_log WHERE seq >= 4", "UPDATE audit_head SET last_seq = 3, last_hash = '" + third + "' WHERE id = 1");
            assertThat(store.audit().verify().ok()).isTrue();
            AuditLog.Verification v = store.audit().verify(List.of(anchor));
            assertThat(v.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("entry 4, anchored at").contains("is not in the log"));
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void noAnchorIsTakenOnABrokenChain(StoreTarget target) throws SQLException {
        try (var o = target.open()) {
            fill(o.store(), 3);
            tamper(o.store(), "UPDATE audit_log SET detail = 'x' WHERE seq = 2");
            assertThatThrownBy(() -> o.store().audit().anchor("auditor")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("entry 2");
            assertThat(o.store().audit().verify().entries()).isEqualTo(3);
        }
    }

    @org.junit.jupiter.api.Test
    void anAnchorsTextIsReadBackOrRefusedByName() {
        String hash = "ab".repeat(32);
        assertThat(AuditLog.Anchor.parse("  cordon-audit-anchor seq=12 hash=" + hash + " at=2026-12-03T17:40:00Z\n"))
                .isEqualTo(new AuditLog.Anchor(12, hash, "2026-12-03T17:40:00Z"));
        AuditLog.Anchor withoutTime = AuditLog.Anchor.parse("cordon-audit-anchor hash=" + hash + " seq=3");
        assertThat(withoutTime.at()).isNull();
        assertThat(AuditLog.Anchor.parse(withoutTime.toString())).isEqualTo(withoutTime);
        assertThatThrownBy(() -> AuditLog.Anchor.parse("seq=12 hash=" + hash)).hasMessageContaining("not an audit anchor");
        assertThatThrownBy(() -> AuditLog.Anchor.parse("cordon-audit-anchor seq=x hash=" + hash)).hasMessageContaining("seq is a number");
        assertThatThrownBy(() -> AuditLog.Anchor.parse("cordon-audit-anchor seq=3 hash=abc")).hasMessageContaining("64 hexadecimal digits");
        assertThatThrownBy(() -> AuditLog.Anchor.parse("cordon-audit-anchor seq=3")).hasMessageContaining("needs seq= and hash=");
        assertThatThrownBy(() -> AuditLog.Anchor.parse("cordon-audit-anchor seq=3 hash=" + hash + " by=me")).hasMessageContaining("unknown part");
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void entriesAreFilteredByActorActionTargetAndTime(StoreTarget target) {
        try (var o = target.open()) {
            AuditLog log = o.store().audit();
            log.append("alice", "decision", "alert 1", "true_match");
            log.append("bob", "decision.approve", "alert 1", "");
            log.append("bob", "decisions.export", "alert 1", "");
            log.append("key:carol", "screen.match", "POST /match/default", "");
            log.append("alice", "decision", "alert 2", "false_positive");
            assertThat(log.latest(10, new AuditLog.Filter(null, "decision", null, null))).extracting(AuditLog.Entry::seq)
                    .containsExactly(5L, 2L, 1L);
            assertThat(log.latest(10, new AuditLog.Filter("alice", null, null, null))).extracting(AuditLog.Entry::seq).containsExactly(5L, 1L);
            assertThat(log.latest(10, new AuditLog.Filter(null, "decision", "alert 1", null))).extracting(AuditLog.Entry::seq)
                    .containsExactly(2L, 1L);
            assertThat(log.latest(1, new AuditLog.Filter(null, "screen", null, null))).extracting(AuditLog.Entry::actor).containsExactly("key:carol");
            String day = log.entries(1, 1).getFirst().at().substring(0, 10);
            assertThat(log.latest(10, new AuditLog.Filter(null, null, null, day))).hasSize(5);
            assertThat(log.latest(10, new AuditLog.Filter(null, null, null, "2999-01-01"))).isEmpty();
            // A time is taken to the second and compared as the text the stored times begin with: an entry within the
            // bound's own second is in, whatever the length of its fraction.
            java.time.Instant third = java.time.Instant.parse(log.entries(3, 1).getFirst().at());
            String bound = third.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            assertThat(new AuditLog.Filter(null, null, null, bound).since()).isEqualTo(bound.replace("Z", ""));
            assertThat(log.latest(10, new AuditLog.Filter(null, null, null, bound))).extracting(AuditLog.Entry::seq).contains(5L, 4L, 3L);
            assertThat(log.latest(10, new AuditLog.Filter(null, null, null, third.plusSeconds(1).toString())))
                    .extracting(AuditLog.Entry::seq).doesNotContain(3L);
            assertThatThrownBy(() -> new AuditLog.Filter(null, null, null, "yesterday")).hasMessageContaining("since: expected");
        }
    }
}
