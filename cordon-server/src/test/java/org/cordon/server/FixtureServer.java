package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real server on a loopback port over two small hand-made custom lists written to a temp dir,
 * plus a plain HTTP client for the tests. No mocks: requests go through Jetty and Javalin.
 */
final class FixtureServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A hand-made in-house list in the custom list CSV format: a person with a Cyrillic alias, a
     * company, a record whose names are HTML (list data is hostile input) and a vessel.
     */
    static final String WATCHLIST = """
            id,name,schema,aliases,birth_date,nationality,passport,programme,listed_on
            1,Ivan Petrovich Sidorov,Person,Ivan Sidorov;Иван Петрович Сидоров,1961-04-12,RU,P1234567,TEST-PROG,2022-03-01
            2,Acme Shipping Limited,Company,Acme Shipping Ltd,,,,TEST-PROG,2023-01-15
            3,<img src=x onerror=alert(1)>,Person,<script>alert(2)</script> Hostile,,,,TEST-PROG,2024-05-05
            4,Maria Gonzalez Lopez,Person,,1975,ES,,OTHER-PROG,2019-07-01
            """;
    /**
     * A vessel, and the watchlist's person again under the same name and full birth date: a probable link; his position
     * and birth country are list properties (as the EU list has them).
     */
    static final String INHOUSE = """
            id,name,schema,imo,birth_date,position,birthCountry
            V1,Northern Star,Vessel,9187629,,,
            P7,Ivan Petrovich Sidorov,Person,,1961-04-12,Director of Acme Shipping,RU
            """;

    final Path dir;
    final CordonServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private FixtureServer(Path dir, CordonServer server) {
        this.dir = dir;
        this.server = server;
    }

    static FixtureServer start(Path tempDir) throws Exception {
        return start(tempDir, ServerOptions.DEFAULT_MAX_BODY_BYTES);
    }

    static FixtureServer start(Path tempDir, long maxBody) throws Exception {
        return startOn(writeLists(tempDir), maxBody);
    }

    /** The two hand-made lists, written to {@code tempDir/lists}; returns that directory. */
    static Path writeLists(Path tempDir) throws IOException {
        Path dir = tempDir.resolve("lists");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("watchlist.csv"), WATCHLIST, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("inhouse.csv"), INHOUSE, StandardCharsets.UTF_8);
        return dir;
    }

    static FixtureServer startOn(Path dir, long maxBody) throws Exception {
        return start(ServerOptions.of("127.0.0.1", 0, dir).withMaxBodyBytes(maxBody));
    }

    /** A server with these options, once its first load has finished and succeeded. */
    static FixtureServer start(ServerOptions options) throws Exception {
        CordonServer server = CordonServer.start(options);
        assertThat(server.lists().awaitFirstLoad(Duration.ofMinutes(2))).as("first load finished").isTrue();
        assertThat(server.lists().current()).as("lists loaded: " + server.lists().startupError()).isNotNull();
        return new FixtureServer(options.listDir(), server);
    }

    /** A client for a server the test started itself (one that may not be ready). */
    static FixtureServer wrap(CordonServer server) {
        return new FixtureServer(server.lists().listDir(), server);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A response: status and body, the body parsed when it is JSON. */
    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    Reply post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    Reply send(HttpRequest req) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    @Override
    public void close() {
        server.close();
        http.close();
    }
}
