package org.cordon.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reading request bodies and writing JSON responses. Bodies are read with a hard byte limit (the
 * Content-Length header is checked first, then the stream is cut off, so a chunked upload cannot
 * get around it) and parsed with nesting and string-length limits.
 */
final class JsonIo {
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20).build())
            .build());

    private JsonIo() {}

    static void write(Context ctx, int status, Object body) {
        try {
            // Framed by its length, not chunked, when it goes out as it is: Jetty then writes headers and body at once and
            // the client reads one response without chunk framing (a /match answer is 9-16 KB; 5-8 % less CPU a request,
            // docs/performance.md). Not when the client accepts a content coding: Javalin may compress the body then,
            // and the length would be wrong.
            ctx.status(status).contentType("application/json; charset=utf-8");
            if (ctx.header("Accept-Encoding") == null) {
                // written into the thread's own buffer and from there to Jetty's stream (given as a result, Javalin would
                // copy it through a stream of its own; as an array of its own, Jackson's segments were copied into it)
                ResponseBuffer out = RESPONSE_BUFFER.get();
                out.reset();
                MAPPER.writeValue(out, body);
                ctx.header("Content-Length", Integer.toString(out.size()));
                out.writeTo(ctx.res().getOutputStream());
                if (out.capacity() > MAX_KEPT_BUFFER) RESPONSE_BUFFER.remove();
            } else {
                ctx.result(MAPPER.writeValueAsBytes(body));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        } catch (IOException e) {
            // the client went away while the answer was written: nothing left to tell it
            throw new ClientGone(e);
        }
    }

    /**
     * Each request thread's buffer for the answers it writes, kept between requests while it is at most
     * {@link #MAX_KEPT_BUFFER}: a /match answer is written into it and copied to Jetty's stream, which holds or sends the
     * bytes before the write returns.
     */
    private static final ThreadLocal<ResponseBuffer> RESPONSE_BUFFER = ThreadLocal.withInitial(ResponseBuffer::new);
    private static final int MAX_KEPT_BUFFER = 256 * 1024;

    private static final class ResponseBuffer extends java.io.ByteArrayOutputStream {
        ResponseBuffer() {
            super(32 * 1024);
        }

        int capacity() {
            return buf.length;
        }
    }

    /** The connection closed before the answer was written: no error of the server's, and nobody left to answer. */
    static final class ClientGone extends RuntimeException {
        ClientGone(IOException cause) {
            super(cause.toString(), cause);
        }
    }

    static void write(Context ctx, Object body) {
        write(ctx, 200, body);
    }

    /** The request body, at most {@code limit} bytes; 413 beyond. */
    static byte[] body(Context ctx, long limit) {
        String declared = ctx.header("Content-Length");
        long length = -1;
        if (declared != null) {
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("Content-Length", "Content-Length is not a number");
            }
            if (length > limit) throw tooLarge(limit);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            if (length >= 0) {
                // the declared length, read into an array of that size: reading up to the limit took the stream's buffers of
                // 16 KB and a copy for every body of a few hundred bytes (a sixth of what the server's threads allocated
                // under MatchLoad, thirtieth session); the server ends the stream at the declared length, and a body that
                // ends before it is what it is (the parser says where it stops)
                byte[] bytes = new byte[(int) length];
                int n = in.readNBytes(bytes, 0, bytes.length);
                return n == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, n);
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) throw tooLarge(limit);
            return bytes;
        } catch (IOException e) {
            throw new ApiError(400, "body", "could not read the request body: " + e.getMessage());
        }
    }

    /** The request body parsed as JSON; 400 naming the line and column where it stops being JSON. */
    static JsonNode jsonBody(Context ctx, long limit) {
        byte[] bytes = body(ctx, limit);
        if (bytes.length == 0) throw ApiError.badRequest("body", "the request body is empty; expected a JSON object");
        return parse(bytes, "body");
    }

    static JsonNode parse(byte[] bytes, String field) {
        try {
            JsonNode n = MAPPER.readTree(bytes);
            if (n == null || n.isMissingNode()) throw ApiError.badRequest(field, "expected a JSON object");
            return n;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw ApiError.badRequest(field, "malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badRequest(field, "could not read JSON: " + e.getMessage());
        }
    }

    static JsonNode parse(String text, String field) {
        return parse(text.getBytes(StandardCharsets.UTF_8), field);
    }

    private static ApiError tooLarge(long limit) {
        return new ApiError(413, "body", "request body larger than the limit of " + limit + " bytes");
    }
}
