package org.cordon.server;

import io.javalin.security.RouteRole;

/**
 * Who may call a route. Every route is tagged with one of these; the server itself lets every
 * request through, and the access-control issue (API keys with roles) plugs its check into
 * {@link ServerOptions#guard()}, which runs before every matched route and can read
 * {@code ctx.routeRoles()}.
 */
public enum Access implements RouteRole {
    /** Health, readiness, pages and documents: no key ever needed. */
    PUBLIC,
    /** Screening and look-ups. */
    ANALYST,
    /** List reloads and configuration. */
    ADMIN
}
