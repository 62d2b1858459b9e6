package org.cordon.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.cordon.store.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts every screening request (match, search, entity look-up, reconciliation, text and payment screening)
 * into the audit log under the key owner's name: route, query string, request size and response status.
 * Requests only enqueue; one writer thread appends the queue in batches, one transaction per batch, so the
 * hash chain's single-writer cost does not land on request latency. A request body is not re-read here
 * (handlers stream it once), so POSTed names are not in the entry, only the body size.
 */
final class ScreeningAudit implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScreeningAudit.class);
    private static final int BATCH = 1000;

    private final AuditLog log;
    private final BlockingQueue<AuditLog.Pending> queue = new LinkedBlockingQueue<>(1_000_000);
    private final Thread writer;
    private volatile boolean closing;

    ScreeningAudit(AuditLog log) {
        this.log = log;
        this.writer = new Thread(this::drain, "cordon-audit");
        writer.setDaemon(true);
        writer.start();
    }

    /** After-handler: records the request when its route screens or looks up list data. */
    void record(Context ctx) {
        String path = ctx.path();
        String action = path.startsWith("/match/") ? "screen.match" : path.startsWith("/search/") ? "screen.search"
                : path.startsWith("/entities/") ? "screen.entity" : path.startsWith("/reconcile/") ? "screen.reconcile"
                : path.startsWith("/screen/") ? "screen." + path.substring("/screen/".length()) : null;
        if (action == null) return;
        var key = ApiKeyGuard.key(ctx);
        String query = ctx.queryString();
        String detail = "status " + ctx.statusCode() + (query == null ? "" : "; query " + truncate(query, 2000))
                + (ctx.method().name().equals("POST") ? "; body " + ctx.contentLength() + " bytes" : "");
        if (!queue.offer(new AuditLog.Pending(key == null ? "anonymous" : key.owner(), action, ctx.method() + " " + path, detail))) {
            LOG.error("audit queue full: screening request {} {} not recorded", ctx.method(), path);
        }
    }

    private void drain() {
        List<AuditLog.Pending> batch = new ArrayList<>(BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                AuditLog.Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                log.appendAll(batch);
            } catch (InterruptedException e) {
                closing = true;
            } catch (RuntimeException e) {
                LOG.error("could not append {} screening requests to the audit log", batch.size(), e);
            } finally {
                batch.clear();
            }
        }
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        closing = true;
        try {
            writer.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
