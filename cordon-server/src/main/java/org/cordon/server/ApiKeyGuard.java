package org.cordon.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Map;
import org.cordon.store.ApiKeys;
import org.cordon.store.Role;

/**
 * The access check: runs before every matched route and lets a request through only with a valid API key
 * whose role covers the route's {@link Access} (analyst < approver < admin). No key: 401; a key of too low a
 * role: 403. Public routes and the static pages need none. The key is left on the request so that what the
 * request does is recorded under its owner's name.
 */
public final class ApiKeyGuard implements Handler {
    static final String KEY_ATTRIBUTE = "cordon.apiKey";

    private final ApiKeys keys;

    public ApiKeyGuard(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public void handle(Context ctx) {
        Role needed = null;
        for (RouteRole r : ctx.routeRoles()) {
            if (r instanceof Access a) needed = max(needed, roleFor(a));
        }
        if (needed == null) return;
        String token = token(ctx);
        if (token == null) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"cordon\"");
            throw new ApiError(401, "Authorization", "this route needs an API key with role " + name(needed)
                    + ": send 'Authorization: Bearer <key>' (cordon keys create --role ROLE --owner NAME)");
        }
        ApiKeys.ApiKey key = keys.verify(token).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer realm=\"cordon\", error=\"invalid_token\"");
            return new ApiError(401, "Authorization", "the API key is not valid: unknown, revoked or mistyped");
        });
        if (!key.role().permits(needed)) {
            throw new ApiError(403, "Authorization", "the key of " + key.owner() + " has role " + name(key.role())
                    + "; " + ctx.method() + " " + ctx.path() + " needs " + name(needed), Map.of("role", name(key.role())));
        }
        ctx.attribute(KEY_ATTRIBUTE, key);
    }

    /** The key the request was let through with, or null (public route, or no guard). */
    static ApiKeys.ApiKey key(Context ctx) {
        return ctx.attribute(KEY_ATTRIBUTE);
    }

    private static String token(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) return auth.substring(7).strip();
        String header = ctx.header("X-API-Key");
        return header == null || header.isBlank() ? null : header.strip();
    }

    private static Role roleFor(Access a) {
        return switch (a) {
            case PUBLIC -> null;
            case ANALYST -> Role.ANALYST;
            case APPROVER -> Role.APPROVER;
            case ADMIN -> Role.ADMIN;
        };
    }

    private static Role max(Role a, Role b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String name(Role r) {
        return r.name().toLowerCase(Locale.ROOT);
    }
}
