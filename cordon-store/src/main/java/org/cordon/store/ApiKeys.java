package org.cordon.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Server API keys. A key reads {@code cordon_<id>_<secret>}: the id finds the row, the secret is kept only
 * as its SHA-256. The secret is 32 random bytes, so a fast hash is enough (no password-style stretching:
 * nothing guessable to brute-force), and verification costs one lookup and one hash per request.
 */
public final class ApiKeys {
    private static final String PREFIX = "cordon_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A stored key, without its secret. */
    public record ApiKey(String id, String owner, Role role, String createdAt, String revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A newly created key: {@code token} is shown once and never stored. */
    public record Created(ApiKey key, String token) {}

    private final Store store;

    ApiKeys(Store store) {
        this.store = store;
    }

    public Created create(Role role, String owner, String actor) {
        if (owner == null || owner.isBlank()) throw new IllegalArgumentException("a key needs an owner (the person or system using it)");
        byte[] idBytes = new byte[6];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(idBytes);
        RANDOM.nextBytes(secret);
        String id = HexFormat.of().formatHex(idBytes);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return store.transaction(() -> {
            String now = store.now();
            store.update("INSERT INTO api_key (id, owner, role, secret_sha256, created_at) VALUES (?,?,?,?,?)",
                    id, owner.strip(), role.name().toLowerCase(Locale.ROOT), sha256(secretText), now);
            store.audit().append(actor, "key.create", "key " + id, "role " + role.name().toLowerCase(Locale.ROOT) + " for " + owner.strip());
            return new Created(new ApiKey(id, owner.strip(), role, now, null), PREFIX + id + "_" + secretText);
        });
    }

    /** The active key a request presented, or empty when it is malformed, unknown, revoked or wrong. */
    public Optional<ApiKey> verify(String token) {
        if (token == null || !token.startsWith(PREFIX)) return Optional.empty();
        String rest = token.substring(PREFIX.length());
        int sep = rest.indexOf('_');
        if (sep <= 0) return Optional.empty();
        String id = rest.substring(0, sep);
        String secret = rest.substring(sep + 1);
        Object[] row = store.transaction(() -> store.queryOne("SELECT id, owner, role, created_at, revoked_at, secret_sha256 FROM api_key WHERE id = ?",
                rs -> new Object[] {key(rs), rs.getString(6)}, id));
        if (row == null) return Optional.empty();
        ApiKey key = (ApiKey) row[0];
        boolean same = MessageDigest.isEqual(sha256(secret).getBytes(StandardCharsets.US_ASCII),
                ((String) row[1]).getBytes(StandardCharsets.US_ASCII));
        return same && key.active() ? Optional.of(key) : Optional.empty();
    }

    public void revoke(String id, String actor) {
        store.transaction(() -> {
            int n = store.update("UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", store.now(), id);
            if (n == 0) throw new RefusedException("no active key " + id);
            store.audit().append(actor, "key.revoke", "key " + id, "");
            return null;
        });
    }

    public List<ApiKey> all() {
        return store.transaction(() -> store.query("SELECT id, owner, role, created_at, revoked_at FROM api_key ORDER BY created_at, id", ApiKeys::key));
    }

    private static ApiKey key(ResultSet rs) throws SQLException {
        return new ApiKey(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4), rs.getString(5));
    }

    private static String sha256(String s) {
        return HexFormat.of().formatHex(Hashes.digest().digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
