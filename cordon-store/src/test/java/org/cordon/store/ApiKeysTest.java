package org.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ApiKeysTest {
    private static final String TARGETS = "org.cordon.store.StoreTarget#all";

    @ParameterizedTest
    @MethodSource(TARGETS)
    void createdKeyVerifiesAndIsStoredOnlyHashed(StoreTarget target) throws Exception {
        try (var o = target.open()) {
            Store store = o.store();
            ApiKeys.Created c = store.keys().create(Role.APPROVER, "Bob Approver", "admin");
            assertThat(c.token()).startsWith("cordon_" + c.key().id() + "_");
            assertThat(store.keys().verify(c.token())).hasValueSatisfying(k -> {
                assertThat(k.owner()).isEqualTo("Bob Approver");
                assertThat(k.role()).isEqualTo(Role.APPROVER);
            });
            String secret = c.token().substring(("cordon_" + c.key().id() + "_").length());
            long plain = store.transaction(() -> store.count("SELECT COUNT(*) FROM api_key WHERE secret_sha256 = ? OR id = ?", secret, c.token()));
            assertThat(plain).isZero();
            assertThat(store.audit().latest(1).getFirst().action()).isEqualTo("key.create");
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void wrongMalformedAndRevokedKeysFail(StoreTarget target) {
        try (var o = target.open()) {
            Store store = o.store();
            ApiKeys.Created c = store.keys().create(Role.ANALYST, "Alice", "admin");
            String t = c.token();
            char last = t.charAt(t.length() - 1);
            assertThat(store.keys().verify(t.substring(0, t.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
            assertThat(store.keys().verify("cordon_ffffffffffff_" + t.substring(t.lastIndexOf('_') + 1))).isEmpty();
            assertThat(store.keys().verify("Bearer " + t)).isEmpty();
            assertThat(store.keys().verify("")).isEmpty();
            assertThat(store.keys().verify(null)).isEmpty();
            store.keys().revoke(c.key().id(), "admin");
            assertThat(store.keys().verify(t)).isEmpty();
            assertThatThrownBy(() -> store.keys().revoke(c.key().id(), "admin")).isInstanceOf(RefusedException.class);
            assertThat(store.keys().all()).singleElement().satisfies(k -> assertThat(k.active()).isFalse());
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void aStoreRunUnderATurkishLocaleFindsItsMigrationsAndReadsItsRoles(StoreTarget target) {
        java.util.Locale before = java.util.Locale.getDefault();
        // Turkish upper-cases i to İ and lower-cases I to ı: "sqlite" became "sqlıte" (no migrations there), "admin" "ADMİN"
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
        try (var o = target.open()) {
            Store store = o.store();
            ApiKeys.Created c = store.keys().create(Role.ADMIN, "Ayşe Yılmaz", "admin");
            assertThat(store.keys().verify(c.token())).hasValueSatisfying(k -> assertThat(k.role()).isEqualTo(Role.ADMIN));
            assertThat(store.transaction(() -> store.count("SELECT COUNT(*) FROM api_key WHERE role = 'admin'"))).isEqualTo(1);
            assertThat(Role.parse("admin")).isEqualTo(Role.ADMIN);
            assertThat(Alert.Status.ofDb("pending_approval")).isEqualTo(Alert.Status.PENDING_APPROVAL);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void rolesIncludeTheOnesBelow() {
        assertThat(Role.ADMIN.permits(Role.APPROVER)).isTrue();
        assertThat(Role.APPROVER.permits(Role.ANALYST)).isTrue();
        assertThat(Role.ANALYST.permits(Role.APPROVER)).isFalse();
        assertThat(Role.APPROVER.permits(Role.ADMIN)).isFalse();
        assertThat(Role.parse(" Approver ")).isEqualTo(Role.APPROVER);
        assertThatThrownBy(() -> Role.parse("root")).hasMessageContaining("expected analyst, approver or admin");
    }
}
