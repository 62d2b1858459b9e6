package org.cordon.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cordon's HTTP server: yente's API ({@code /match}, {@code /search}, {@code /entities},
 * {@code /catalog}, {@code /algorithms}, health), the W3C Reconciliation API, Cordon's own
 * routes and the web pages, over one {@link ServedLists} that reloads atomically.
 *
 * <p>Handlers are plain methods over the served lists; this class only says which URL goes where.
 * Every failure leaves as {@code {"status", "error", "field"}} JSON, never a stack trace.
 */
public final class CordonServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CordonServer.class);

    /** A route as registered, for the OpenAPI coverage test and the startup log. */
    public record Route(String method, String path, Access access) {}

    private final Javalin app;
    private final ServedLists lists;
    private final List<Route> routes;
    private final WarmUp warmUp;

    /** Writes the queued screening-request audit entries on close; null without a store. */
    private final ScreeningAudit screeningAudit;

    private CordonServer(Javalin app, ServedLists lists, List<Route> routes, ScreeningAudit screeningAudit, WarmUp warmUp) {
        this.screeningAudit = screeningAudit;
        this.warmUp = warmUp;
        this.app = app;
        this.lists = lists;
        this.routes = List.copyOf(routes);
    }

    /**
     * Binds the port, then loads the lists in the background and warms up ({@link WarmUp}): /healthz answers at once,
     * /match once the lists are loaded, /readyz once the warm-up is done too.
     */
    public static CordonServer start(ServerOptions options) {
        return start(options, null);
    }

    /**
     * As {@link #start(ServerOptions)}, with the alert queue, decisions and audit trail served from
     * {@code store} when it is not null.
     */
    public static CordonServer start(ServerOptions options, org.cordon.store.Store store) {
        // ICU's transliterators built while the lists load, not by the warm-up's request threads side by side
        org.cordon.match.normalise.NameNormaliser.prepareTransliteration();
        ServedLists lists = new ServedLists(options.listDir(), options.snapshotFile());
        if (store != null) {
            // lists change, and so do the links between their records: the open alerts follow them (Alerts.relink)
            lists.afterLoad(snapshot -> {
                int moved = store.alerts().relink(snapshot.profiles()::profileOf, "server");
                if (moved > 0) LOG.info("{} open alerts moved to the targets the lists now served link their records into", moved);
            });
        }
        List<Route> routes = new ArrayList<>();
        byte[] openapi = resource("/openapi.json");
        WarmUp warmUp = new WarmUp(options.warmUpRequests());
        AdminRoutes admin = new AdminRoutes(lists, warmUp);
        ScreeningGate gate = new ScreeningGate(options.screeningThreads());
        MatchRoutes match = new MatchRoutes(lists, gate, options.maxBodyBytes());
        SearchRoutes search = new SearchRoutes(lists, gate);
        ReconcileRoutes reconcile = new ReconcileRoutes(lists, gate, options.maxBodyBytes());
        ScanRoutes scan = new ScanRoutes(lists, gate, options.maxBodyBytes());
        StoreRoutes record = store == null ? null : new StoreRoutes(store, lists, options.maxBodyBytes());
        ScreeningAudit screeningAudit = store == null ? null : new ScreeningAudit(store.audit());

        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            // Javalin's pool (250 threads at most, 8 at least), without reserved threads: with none, Jetty's selector hands
            // each request to a pool thread instead of running it itself and waking a reserved thread to select in its
            // place, which on two cores cost 5-10 % more CPU a request at 8 clients (docs/performance.md, "HTTP /match latency").
            var pool = new org.eclipse.jetty.util.thread.QueuedThreadPool(250, 8, 60_000);
            pool.setName("JettyServerThreadPool");
            pool.setReservedThreads(0);
            config.jetty.threadPool = pool;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
            var r = config.routes;
            RouteTable t = new RouteTable(r, routes);
            t.add(HandlerType.GET, "/healthz", Access.PUBLIC, admin::healthz);
            t.add(HandlerType.GET, "/readyz", Access.PUBLIC, admin::readyz);
            t.add(HandlerType.GET, "/catalog", Access.ANALYST, admin::catalog);
            t.add(HandlerType.GET, "/algorithms", Access.PUBLIC, match::algorithms);
            t.add(HandlerType.POST, "/match/{dataset}", Access.ANALYST, match::match);
            t.add(HandlerType.GET, "/search/{dataset}", Access.ANALYST, search::search);
            t.add(HandlerType.GET, "/entities/{id}", Access.ANALYST, search::entity);
            t.add(HandlerType.GET, "/reconcile/{dataset}", Access.ANALYST, reconcile::reconcile);
            t.add(HandlerType.POST, "/reconcile/{dataset}", Access.ANALYST, reconcile::reconcile);
            t.add(HandlerType.GET, "/reconcile/{dataset}/suggest/entity", Access.ANALYST, reconcile::suggestEntity);
            t.add(HandlerType.GET, "/reconcile/{dataset}/suggest/type", Access.ANALYST, reconcile::suggestType);
            t.add(HandlerType.GET, "/reconcile/{dataset}/suggest/property", Access.ANALYST, reconcile::suggestProperty);
            t.add(HandlerType.GET, "/reconcile/{dataset}/preview", Access.ANALYST, reconcile::preview);
            t.add(HandlerType.POST, "/screen/text", Access.ANALYST, scan::text);
            t.add(HandlerType.POST, "/screen/payment", Access.ANALYST, scan::payment);
            t.add(HandlerType.POST, "/admin/reload", Access.ADMIN, admin::reload);
            if (record != null) {
                t.add(HandlerType.GET, "/alerts", Access.ANALYST, record::alerts);
                t.add(HandlerType.GET, "/alerts/{id}", Access.ANALYST, record::alert);
                t.add(HandlerType.POST, "/alerts/{id}/decision", Access.ANALYST, record::decide);
                t.add(HandlerType.POST, "/alerts/{id}/assign", Access.ANALYST, record::assign);
                t.add(HandlerType.POST, "/alerts/{id}/notes", Access.ANALYST, record::addNote);
                t.add(HandlerType.POST, "/decisions/{id}/approve", Access.APPROVER, record::approve);
                t.add(HandlerType.POST, "/decisions/{id}/reject", Access.APPROVER, record::reject);
                t.add(HandlerType.GET, "/good-guys", Access.ANALYST, record::goodGuys);
                t.add(HandlerType.POST, "/good-guys/revoke", Access.ANALYST, record::revokeGoodGuy);
                t.add(HandlerType.GET, "/audit", Access.APPROVER, record::audit);
                t.add(HandlerType.POST, "/audit/anchor", Access.APPROVER, record::anchor);
            }
            t.add(HandlerType.GET, "/openapi.json", Access.PUBLIC,
                    ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));

            r.before(CordonServer::securityHeaders);
            Handler guard = options.guard();
            // The warm-up's own requests need no API key and are no screening anyone asked for (WarmUp). Told apart before
            // the handler: a response may reach the warm-up, and the warm-up end, before the after-handlers run.
            if (guard != null || screeningAudit != null) {
                r.beforeMatched(ctx -> {
                    if (warmUp.owns(ctx)) ctx.attribute(WarmUp.ATTRIBUTE, Boolean.TRUE);
                    else if (guard != null) guard.handle(ctx);
                });
            }
            if (screeningAudit != null) r.afterMatched(ctx -> { if (ctx.attribute(WarmUp.ATTRIBUTE) == null) screeningAudit.record(ctx); });
            r.exception(ApiError.class, (e, ctx) -> {
                settleUnreadBody(ctx, e.status(), options.maxBodyBytes());
                JsonIo.write(ctx, e.status(), e.body());
            });
            r.exception(HttpResponseException.class, (e, ctx) -> {
                settleUnreadBody(ctx, e.getStatus(), options.maxBodyBytes());
                JsonIo.write(ctx, e.getStatus(), new ApiError(e.getStatus(), null, e.getMessage()).body());
            });
            r.exception(JsonIo.ClientGone.class, (e, ctx) ->
                    LOG.info("{} {}: the client closed the connection before the answer was written ({})", ctx.method(), ctx.path(), e.getMessage()));
            r.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                JsonIo.write(ctx, 500, new ApiError(500, null, "internal error; the server log has the details").body());
            });
            r.error(404, ctx -> errorBody(ctx, "no such route or page: " + ctx.method() + " " + ctx.path()));
            r.error(405, ctx -> errorBody(ctx, "method " + ctx.method() + " not allowed on " + ctx.path()));
        });
        app.start();
        lists.loadInBackground();
        LOG.info("Cordon listening on http://{}:{}/ (lists from {}, index snapshot {}, {} screenings at once)", options.host(), app.port(),
                options.listDir(), options.snapshotFile() == null ? "none" : options.snapshotFile(), gate.size());
        if (!warmUp.done()) {
            String host = options.host().equals("0.0.0.0") || options.host().equals("::") ? "127.0.0.1" : options.host();
            int port = app.port();
            Thread.ofPlatform().name("cordon-warm-up").daemon(true).start(() -> {
                try {
                    lists.awaitFirstLoad(java.time.Duration.ofDays(365));
                } catch (InterruptedException e) {
                    return;
                }
                warmUp.run(host, port, lists.current());
            });
        }
        return new CordonServer(app, lists, routes, screeningAudit, warmUp);
    }

    public int port() {
        return app.port();
    }

    public ServedLists lists() {
        return lists;
    }

    /**
     * Before a refusal is written. A body refused as too large (413) is left unread, so the connection cannot carry another
     * request: the answer says "Connection: close" and the server closes it. Without the header, an upload refused part-way
     * (chunked) left clients that keep connections (the JDK's, curl) sending their next request into a closed connection.
     * Any other body not read yet (a request the key check refused, before its route read it) is read to its end, at most
     * {@code limit} bytes, and dropped, so that the connection carries the client's next request: answered before its body
     * had arrived and with the body left unread, Jetty closed a connection its answer had let the client keep (seen once in
     * CI, as "header parser received no bytes" on the next request). A body beyond the limit closes the connection too.
     */
    private static void settleUnreadBody(io.javalin.http.Context ctx, int status, long limit) {
        if (status != 413) {
            try {
                java.io.InputStream in = ctx.req().getInputStream();
                byte[] buffer = new byte[8192];
                long read = 0;
                for (int n; read <= limit && (n = in.read(buffer)) >= 0; ) read += n;
                if (read <= limit) return;
            } catch (java.io.IOException | IllegalStateException e) {
                // not readable (read as characters already, or the client went): the connection is closed after the answer
            }
        }
        ctx.header("Connection", "close");
    }

    /**
     * Waits until /readyz would report ready: the first load finished and the warm-up done (a failed first load never
     * becomes ready); true if that happened in time.
     */
    public boolean awaitReady(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!lists.awaitFirstLoad(timeout)) return false;
        if (lists.current() == null) return false;
        return warmUp.await(java.time.Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }

    /** The warm-up (tests). */
    WarmUp warmUp() {
        return warmUp;
    }

    public List<Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        // a warm-up's clients end after their current request; stopping Jetty under them would fail those mid-answer
        warmUp.close();
        try {
            warmUp.await(java.time.Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.stop();
        if (screeningAudit != null) {
            screeningAudit.close();
        }
    }

    /** Pages are never framed by other sites and run only the scripts this server sends. */
    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (ctx.path().startsWith("/reconcile/")) {
            // Reconciliation clients call from other origins and show the preview in a frame.
            ctx.header("Access-Control-Allow-Origin", "*");
            ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        } else {
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Content-Security-Policy",
                    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        }
    }

    /** Writes the JSON error unless a handler already answered (an ApiError 404 carries its own field). */
    private static void errorBody(Context ctx, String message) {
        // JsonIo writes most answers straight to the response, so a handler's own error (an ApiError 404) shows as a
        // committed response, not as a result
        if (ctx.res().isCommitted()) return;
        String existing = ctx.result();
        if (existing != null && !existing.isEmpty()) return;
        int status = ctx.statusCode();
        JsonIo.write(ctx, status, new ApiError(status, null, message).body());
    }

    private static byte[] resource(String name) {
        try (InputStream in = CordonServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " (broken build)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }

    /** Registers a route and remembers it. */
    private record RouteTable(io.javalin.config.RoutesConfig r, List<Route> routes) {
        void add(HandlerType method, String path, Access access, Handler h) {
            r.addHttpHandler(method, path, h, access);
            routes.add(new Route(method.name(), path, access));
        }
    }
}
