package org.cordon.server;

import io.javalin.security.RouteRole;

/**
 * Who may call a route. Every route is tagged with one of these; {@link ApiKeyGuard}, plugged in as
 * {@link ServerOptions#guard()}, lets a request through only with a key whose role covers it.
 */
public enum Access implements RouteRole {
    /** Health, readiness, pages and documents: no key ever needed. */
    PUBLIC,
    /** Screening, look-ups, the alert queue and decisions. */
    ANALYST,
    /** Four-eyes approvals and the audit trail. */
    APPROVER,
    /** List reloads and configuration. */
    ADMIN
}
