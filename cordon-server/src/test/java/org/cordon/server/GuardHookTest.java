package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slot the API-key issue plugs into: a guard runs before every matched route and sees the
 * route's {@link Access} role. Here a stand-in guard wants a header on admin routes only.
 */
class GuardHookTest {
    @TempDir
    Path tmp;

    @Test
    void aGuardSeesTheRouteRoleAndCanRefuse() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("lists"));
        Files.writeString(dir.resolve("watchlist.csv"), FixtureServer.WATCHLIST, StandardCharsets.UTF_8);
        ServerOptions options = ServerOptions.of("127.0.0.1", 0, dir).withGuard(ctx -> {
            if (ctx.routeRoles().contains(Access.ADMIN) && !"let-me-in".equals(ctx.header("X-Test-Key"))) {
                throw new ApiError(401, "X-Test-Key", "an admin key is required");
            }
        });
        try (FixtureServer s = FixtureServer.wrap(CordonServer.start(options))) {
            assertThat(s.server.lists().awaitFirstLoad(java.time.Duration.ofMinutes(1))).isTrue();
            ServerApiTest.assertError(s.post("/admin/reload", ""), 401, "X-Test-Key");
            assertThat(s.get("/readyz").json().path("generation").asInt()).isEqualTo(1);
            var allowed = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/admin/reload")).header("X-Test-Key", "let-me-in")
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
            assertThat(allowed.json().path("generation").asInt()).isEqualTo(2);
            // Analyst and public routes pass this guard untouched.
            assertThat(s.get("/healthz").status()).isEqualTo(200);
            assertThat(s.get("/entities/watchlist-1").status()).isEqualTo(200);
        }
    }
}
