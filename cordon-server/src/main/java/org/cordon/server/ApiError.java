package org.cordon.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the server refuses, with the status and the field at fault, rendered as
 * {@code {"status": 400, "error": "...", "field": "..."}}. Thrown from handlers; the exception
 * handler in {@link CordonServer} turns it into the response so no stack trace ever reaches a client.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String field;
    private final Map<String, Object> extra;

    public ApiError(int status, String field, String message) {
        this(status, field, message, Map.of());
    }

    public ApiError(int status, String field, String message, Map<String, Object> extra) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
        this.extra = Map.copyOf(extra);
    }

    public static ApiError badRequest(String field, String message) {
        return new ApiError(400, field, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public Map<String, Object> body() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("error", getMessage());
        if (field != null) m.put("field", field);
        m.putAll(extra);
        return m;
    }
}
