package org.cordon.server;

import io.javalin.http.Context;

/**
 * {@code POST /screen/text} and {@code POST /screen/payment}: free text and payment messages,
 * answered by the scanners in {@code cordon-scan}. Until those are wired in here, both answer 501
 * with a JSON error. The request and response shapes are in /openapi.json; the text page
 * (text.html) reads {@code spans: [{start, end, text, kind, entity_id, caption, score}]}.
 */
final class ScanRoutes {
    private final ServedLists lists;
    private final long maxBodyBytes;

    ScanRoutes(ServedLists lists, long maxBodyBytes) {
        this.lists = lists;
        this.maxBodyBytes = maxBodyBytes;
    }

    void text(Context ctx) {
        notYet("text screening");
    }

    void payment(Context ctx) {
        notYet("payment screening");
    }

    /** The lists ({@code AdminRoutes.require(lists)}) and body limit ({@code JsonIo.jsonBody(ctx, maxBodyBytes)}) are here for the wiring. */
    private static void notYet(String what) {
        throw new ApiError(501, null, what + " is not available in this build yet (cordon-scan is not wired in)");
    }
}
