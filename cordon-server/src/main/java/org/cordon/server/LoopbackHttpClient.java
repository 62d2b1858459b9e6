package org.cordon.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection for a load generator (the server's own warm-up, {@link WarmUp}, and the load
 * test): blocking, one request at a time, no threads of its own. The JDK's {@code HttpClient} hands every exchange through its selector thread
 * and executor, which on a 2-core machine costs the server under test more CPU than the server's own
 * work; a load generator should cost as little as the clients it stands for (wrk, h2load).
 *
 * <p>It speaks only what a load test needs: POST with a Content-Length, responses framed by
 * Content-Length or chunked transfer encoding. Anything else is an {@link IOException}.
 */
public final class LoopbackHttpClient implements Closeable {
    /** A response: its status and body. */
    public record Response(int status, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String host;

    public LoopbackHttpClient(String host, int port) throws IOException {
        this.socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(60_000);
        this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        this.out = socket.getOutputStream();
        this.host = host + ":" + port;
    }

    public Response post(String path, byte[] jsonBody) throws IOException {
        return post(path, jsonBody, "");
    }

    /** POSTs a JSON body with {@code headers} ("Name: value\r\n" lines, or empty) after the standard ones. */
    public Response post(String path, byte[] jsonBody, String headers) throws IOException {
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\nContent-Length: "
                + jsonBody.length + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + jsonBody.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(jsonBody, 0, request, head.length, jsonBody.length);
        out.write(request);
        out.flush();
        return readResponse();
    }

    public Response get(String path) throws IOException {
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return readResponse();
    }

    private Response readResponse() throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) throw new IOException("bad status line: " + statusLine);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            if (colon < 0) throw new IOException("bad header: " + h);
            String name = h.substring(0, colon).trim();
            String value = h.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) length = Long.parseLong(value);
            else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) chunked = true;
        }
        if (chunked) return new Response(status, chunkedBody());
        if (length < 0) throw new IOException("response without Content-Length or chunked encoding");
        return new Response(status, in.readNBytes((int) length));
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            int semi = size.indexOf(';');
            int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
            if (n == 0) {
                while (!line().isEmpty()) { /* trailers */ }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(n);
            if (chunk.length < n) throw new IOException("connection closed inside a chunk");
            body.write(chunk);
            if (!line().isEmpty()) throw new IOException("chunk not followed by CRLF");
        }
    }

    private String line() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) throw new IOException("connection closed by the server");
            if (b == '\n') {
                int len = sb.length();
                if (len > 0 && sb.charAt(len - 1) == '\r') sb.setLength(len - 1);
                return sb.toString();
            }
            sb.append((char) b);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
