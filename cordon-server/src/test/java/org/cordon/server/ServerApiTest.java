package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Flow;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API over a real server on a loopback port, request in, JSON asserted. */
class ServerApiTest {
    @TempDir
    static Path tmp;
    static FixtureServer s;

    @BeforeAll
    static void start() throws Exception {
        s = FixtureServer.start(tmp);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** The body yente documents: a Person with firstName, lastName, birthDate and nationality. */
    @Test
    void yenteShapedMatchFindsThePerson() throws Exception {
        var r = s.post("/match/default", """
                {"queries": {"q1": {"schema": "Person", "properties": {
                   "firstName": ["Ivan"], "lastName": ["Sidorov"], "birthDate": ["1961-04-12"], "nationality": ["ru"]}}}}""");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode q1 = r.json().path("responses").path("q1");
        assertThat(q1.path("status").asInt()).isEqualTo(200);
        assertThat(q1.path("results").get(0).path("caption").asText()).isEqualTo("Ivan Petrovich Sidorov");
        JsonNode top = byId(q1.path("results"), "watchlist-1");
        assertThat(top.path("schema").asText()).isEqualTo("Person");
        assertThat(top.path("match").asBoolean()).isTrue();
        assertThat(top.path("target").asBoolean()).isTrue();
        assertThat(top.path("datasets").get(0).asText()).isEqualTo("watchlist");
        assertThat(top.path("properties").path("passportNumber").get(0).asText()).isEqualTo("P1234567");
        assertThat(top.path("first_seen").asText()).isEqualTo("2022-03-01");
        assertThat(top.has("last_seen")).isTrue();
        assertThat(top.has("last_change")).isTrue();
        assertThat(top.path("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(top.path("explanations").path("name").path("list_name").asText()).isNotEmpty();
        assertThat(top.path("why").get(0).asText()).startsWith("The name");
        int matches = 0;
        for (JsonNode res : q1.path("results")) if (res.path("match").asBoolean()) matches++;
        assertThat(q1.path("total").path("value").asInt()).isEqualTo(matches);
        assertThat(q1.path("total").path("relation").asText()).isEqualTo("eq");
        assertThat(q1.path("query").path("properties").path("lastName").get(0).asText()).isEqualTo("Sidorov");
        assertThat(r.json().path("limit").asInt()).isEqualTo(5);
    }

    @Test
    void severalQueriesEachGetTheirOwnResponse() throws Exception {
        var r = s.post("/match/default?limit=3&algorithm=logic-v1", """
                {"queries": {
                  "a": {"schema": "Company", "properties": {"name": ["Acme Shipping Ltd"]}},
                  "b": {"schema": "Vessel", "properties": {"name": ["Northern Star"], "imoNumber": ["IMO 9187629"]}},
                  "c": {"schema": "Person", "properties": {"name": ["Nobody Atall Unknownson"]}}}}""");
        assertThat(r.status()).isEqualTo(200);
        JsonNode resp = r.json().path("responses");
        assertThat(resp.path("a").path("results").get(0).path("id").asText()).isEqualTo("watchlist-2");
        assertThat(resp.path("b").path("results").get(0).path("id").asText()).isEqualTo("inhouse-V1");
        assertThat(resp.path("c").path("total").path("value").asInt()).isZero();
        assertThat(r.json().path("limit").asInt()).isEqualTo(3);
        assertThat(r.json().path("matcher").path("requested").asText()).isEqualTo("logic-v1");
    }

    @Test
    void datasetsNarrowTheLists() throws Exception {
        String body = """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["Ivan Sidorov"]}}}}""";
        assertThat(ids(s.post("/match/watchlist", body))).contains("watchlist-1");
        assertThat(ids(s.post("/match/inhouse", body))).contains("inhouse-P7").doesNotContain("watchlist-1");
        assertThat(ids(s.post("/match/default?exclude_dataset=watchlist", body))).containsExactly("inhouse-P7");
        assertThat(ids(s.post("/match/default?include_dataset=watchlist", body))).contains("watchlist-1").doesNotContain("inhouse-P7");
        assertThat(ids(s.post("/match/inhouse?include_dataset=watchlist", body))).isEmpty();
        var unknown = s.post("/match/nosuchlist", body);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("field").asText()).isEqualTo("dataset");
    }

    @Test
    void thresholdDecidesTheMatchFlag() throws Exception {
        String body = """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["Ivan Sidorov"]}}}}""";
        JsonNode strict = s.post("/match/default?threshold=1.0&cutoff=0.1", body).json().path("responses").path("q");
        for (JsonNode res : strict.path("results")) {
            assertThat(res.path("match").asBoolean()).isEqualTo(res.path("score").asDouble() >= 1.0);
        }
    }

    @Test
    void changedSinceDropsOlderListings() throws Exception {
        String body = """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["Ivan Sidorov"]}}}}""";
        assertThat(ids(s.post("/match/default?changed_since=2022-01-01", body))).contains("watchlist-1");
        assertThat(ids(s.post("/match/default?changed_since=2023-01-01", body))).doesNotContain("watchlist-1");
    }

    @Test
    void malformedJsonIs400NamingTheBodyAndTheServerKeepsServing() throws Exception {
        var r = s.post("/match/default", "{\"queries\": {\"q1\": {\"schema\": \"Person\",, }}");
        assertError(r, 400, "body");
        assertThat(r.json().path("error").asText()).contains("line 1");
        assertThat(s.get("/healthz").status()).isEqualTo(200);
        assertThat(ids(s.post("/match/default", """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["Ivan Sidorov"]}}}}"""))).contains("watchlist-1");
    }

    @Test
    void badRequestsNameTheField() throws Exception {
        assertError(s.post("/match/default", """
                {"queries": {"q1": {"schema": "Banana", "properties": {"name": ["x"]}}}}"""), 400, "queries.q1.schema");
        assertError(s.post("/match/default", """
                {"queries": {"q1": {"properties": {"name": ["x"]}}}}"""), 400, "queries.q1.schema");
        assertError(s.post("/match/default", """
                {"queries": {"q1": {"schema": "Person", "properties": {"birthDate": ["1961"]}}}}"""), 400, "queries.q1.properties.name");
        assertError(s.post("/match/default", """
                {"queries": {"q1": {"schema": "Person", "properties": {"name": ["x"], "birthDate": ["12/04/1961"]}}}}"""),
                400, "queries.q1.properties.birthDate[0]");
        assertError(s.post("/match/default", """
                {"queries": {"q1": {"schema": "Person", "properties": {"name": [{"a": 1}]}}}}"""), 400, "queries.q1.properties.name[0]");
        assertError(s.post("/match/default", """
                {"queries": {"q1": {"schema": "Person", "properties": {"name": ["x"], "nationality": ["Atlantis"]}}}}"""),
                400, "queries.q1.properties.nationality[0]");
        assertError(s.post("/match/default", "{\"query\": {}}"), 400, "queries");
        assertError(s.post("/match/default", "[1,2]"), 400, "body");
        assertError(s.post("/match/default", ""), 400, "body");
        String ok = "{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"x\"]}}}}";
        assertError(s.post("/match/default?threshold=2", ok), 400, "threshold");
        assertError(s.post("/match/default?limit=0", ok), 400, "limit");
        assertError(s.post("/match/default?algorithm=magic", ok), 400, "algorithm");
        assertError(s.post("/match/default?changed_since=yesterday", ok), 400, "changed_since");
        assertError(s.post("/match/default?include_dataset=nope", ok), 400, "include_dataset");
    }

    @Test
    void moreThan100QueriesIs400() throws Exception {
        assertThat(s.post("/match/default", queries(100)).status()).isEqualTo(200);
        var r = s.post("/match/default", queries(101));
        assertError(r, 400, "queries");
        assertThat(r.json().path("error").asText()).contains("101");
    }

    @Test
    void oversizedBodiesAre413WithOrWithoutContentLength() throws Exception {
        String big = "{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": [\""
                + "a".repeat((int) ServerOptions.DEFAULT_MAX_BODY_BYTES) + "\"]}}}}";
        // "Expect: 100-continue" lets the server give its 413 before the client sends the body; without it the
        // server's early answer and closed connection race the client's upload (seen as a reset in CI).
        HttpRequest sized = HttpRequest.newBuilder(URI.create(s.base() + "/match/default")).expectContinue(true)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(big)).build();
        assertError(s.send(sized), 413, "body");
        // Chunked: no Content-Length, so the limit has to hold while reading.
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(s.base() + "/match/default")).expectContinue(true)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(new OneShot(bytes))).build();
        assertError(s.send(chunked), 413, "body");
        assertThat(s.get("/readyz").status()).isEqualTo(200);
    }

    @Test
    void searchTakesNameSchemaBirthDateAndCountry() throws Exception {
        var r = s.get("/search/default?q=" + enc("Ivan Sidorov") + "&schema=Person&birthDate=1961&country=RU");
        assertThat(r.status()).isEqualTo(200);
        JsonNode top = byId(r.json().path("results"), "watchlist-1");
        assertThat(top.path("why").size()).isPositive();
        assertThat(top.path("explanation").path("name_rules").isArray()).isTrue();
        assertThat(r.json().path("query").path("country").asText()).isEqualTo("RU");
        // family name first with no comma: the rule that lowered the name score says so, in the explanation and in words
        var reversed = s.get("/search/default?q=" + enc("Sidorov Ivan") + "&schema=Person");
        JsonNode swapped = byId(reversed.json().path("results"), "watchlist-1");
        JsonNode rule = swapped.path("explanation").path("name_rules").get(0);
        assertThat(rule.path("rule").asText()).isEqualTo("order");
        assertThat(rule.path("effect").asDouble()).isNegative();
        assertThat(swapped.path("why").get(1).asText()).startsWith("Given and family names in reversed order").contains("lowers the name score");
        // a word of look-alike letters of two scripts (a Cyrillic о in "Sidorov"): how it was read, in words, and no effect
        var mixed = s.get("/search/default?q=" + enc("Ivan Sidor\u043Ev") + "&schema=Person");
        JsonNode unmixed = byId(mixed.json().path("results"), "watchlist-1");
        JsonNode read = unmixed.path("explanation").path("name_rules").get(0);
        assertThat(read.path("rule").asText()).isEqualTo("lookAlikeLetters");
        assertThat(read.path("effect").asDouble()).isZero();
        assertThat(unmixed.path("why").get(1).asText()).contains("read as \"Sidorov\"").doesNotContain("name score");
        assertError(s.get("/search/default?q=x&schema=Banana"), 400, "schema");
        assertError(s.get("/search/default"), 400, "q");
        assertError(s.get("/search/default?q=x&birthDate=soon"), 400, "birthDate");
        assertError(s.get("/search/default?q=x&country=Atlantis"), 400, "country");
    }

    @Test
    void entityShowsEveryNameAndTheSourceRecord() throws Exception {
        var r = s.get("/entities/watchlist-1");
        assertThat(r.status()).isEqualTo(200);
        JsonNode e = r.json();
        assertThat(e.path("caption").asText()).isEqualTo("Ivan Petrovich Sidorov");
        JsonNode rec = e.path("records").get(0);
        assertThat(rec.path("source").asText()).isEqualTo("watchlist");
        List<String> scripts = new ArrayList<>();
        for (JsonNode n : rec.path("names")) scripts.add(n.path("name").asText() + "/" + n.path("script").asText());
        assertThat(scripts).contains("Иван Петрович Сидоров/Cyrillic", "Ivan Petrovich Sidorov/Latin");
        assertThat(rec.path("identifiers").get(0).path("value").asText()).isEqualTo("P1234567");
        assertThat(rec.path("programmes").get(0).asText()).isEqualTo("TEST-PROG");
        assertThat(rec.path("listed_on").asText()).isEqualTo("2022-03-01");
        assertError(s.get("/entities/watchlist-999"), 404, "id");
    }

    @Test
    void entityRecordsLinkedIntoOneProfileComeSideBySide() throws Exception {
        JsonNode e = s.get("/entities/watchlist-1").json();
        JsonNode records = e.path("records");
        assertThat(records.size()).isEqualTo(2);
        assertThat(records.get(0).path("id").asText()).isEqualTo("watchlist-1");
        assertThat(records.get(1).path("id").asText()).isEqualTo("inhouse-P7");
        assertThat(records.get(1).path("birth_dates").get(0).asText()).isEqualTo("1961-04-12");
        assertThat(e.path("profile_id").asText()).isNotBlank();
        assertThat(s.get("/entities/inhouse-P7").json().path("profile_id").asText()).isEqualTo(e.path("profile_id").asText());
        assertThat(s.get("/entities/watchlist-4").json().path("records").size()).isEqualTo(1);
    }

    @Test
    void catalogListsEveryDatasetWithCounts() throws Exception {
        JsonNode c = s.get("/catalog").json();
        Set<String> names = new HashSet<>();
        for (JsonNode d : c.path("datasets")) names.add(d.path("name").asText());
        assertThat(names).containsExactlyInAnyOrder("default", "watchlist", "inhouse");
        assertThat(c.path("datasets").get(0).path("entity_count").asInt()).isEqualTo(6);
        assertThat(c.path("datasets").get(1).path("versions").get(0).path("sha256").asText()).hasSize(64);
    }

    @Test
    void healthAndReadiness() throws Exception {
        assertThat(s.get("/healthz").json().path("status").asText()).isEqualTo("ok");
        JsonNode ready = s.get("/readyz").json();
        assertThat(ready.path("ready").asBoolean()).isTrue();
        assertThat(ready.path("entities").asInt()).isEqualTo(6);
        assertThat(s.get("/algorithms").json().path("default").asText()).isEqualTo("cordon");
    }

    @Test
    void reconciliationManifestQueriesSuggestAndPreview() throws Exception {
        JsonNode manifest = s.get("/reconcile/default").json();
        assertThat(manifest.path("versions").get(0).asText()).isEqualTo("0.2");
        assertThat(manifest.path("defaultTypes").size()).isEqualTo(6);
        assertThat(manifest.path("preview").path("url").asText()).contains("/reconcile/default/preview?id={{id}}");

        String queries = """
                {"q0": {"query": "Ivan Sidorov", "type": "Person", "limit": 3,
                        "properties": [{"pid": "birthDate", "v": "1961"}, {"pid": "nationality", "v": "RU"}]},
                 "q1": {"query": "Acme Shipping"}}""";
        JsonNode viaGet = s.get("/reconcile/default?queries=" + enc(queries)).json();
        assertThat(byId(viaGet.path("q0").path("result"), "watchlist-1").path("type").get(0).path("id").asText()).isEqualTo("Person");
        assertThat(viaGet.path("q1").path("result").get(0).path("id").asText()).isEqualTo("watchlist-2");

        // OpenRefine posts the queries form-encoded.
        var form = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/reconcile/default"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("queries=" + enc(queries))).build());
        assertThat(form.status()).isEqualTo(200);
        assertThat(byId(form.json().path("q0").path("result"), "watchlist-1").path("match").asBoolean()).isTrue();

        JsonNode suggest = s.get("/reconcile/default/suggest/entity?prefix=acm").json();
        assertThat(suggest.path("result").get(0).path("id").asText()).isEqualTo("watchlist-2");
        assertThat(s.get("/reconcile/default/suggest/type?prefix=ves").json().path("result").get(0).path("id").asText())
                .isEqualTo("Vessel");

        var preview = s.get("/reconcile/default/preview?id=watchlist-3");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.contentType()).startsWith("text/html");
        assertThat(preview.body()).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img").doesNotContain("<script>");
        assertError(s.get("/reconcile/default?queries=" + enc("{not json")), 400, "queries");
    }

    @Test
    void textScreeningFindsTheListedNameWithItsSpan() throws Exception {
        String text = "Yesterday Ivan Sidorov met the board.";
        var r = s.post("/screen/text", "{\"text\": \"" + text + "\"}");
        assertThat(r.status()).isEqualTo(200);
        // the fixture lists him twice (watchlist-1 and inhouse-P7): both records are mentions of the same span
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (JsonNode mention : r.json().path("mentions")) {
            ids.add(mention.path("entity_id").asText());
            assertThat(text.substring(mention.path("start").asInt(), mention.path("end").asInt())).isEqualTo("Ivan Sidorov");
        }
        assertThat(ids).contains("watchlist-1");
        assertThat(r.json().path("spans").findValuesAsText("entity_id")).contains("watchlist-1");
        // each span of a record names the list it is on (the fixture's ids are the list's name and the record's id there)
        assertThat(r.json().path("spans").findValuesAsText("source")).contains("watchlist", "inhouse");
        for (JsonNode span : r.json().path("spans")) {
            if (span.has("entity_id")) assertThat(span.path("entity_id").asText()).startsWith(span.path("source").asText() + "-");
        }
        assertError(s.post("/screen/text", "{\"txt\": 1}"), 400, "text");
    }

    @Test
    void malformedPaymentIsA400NeverClear() throws Exception {
        var r = s.post("/screen/payment", "{1:F01BANKDEFFAXXX0000000000}{2:I103");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("verdict").asText()).isEqualTo("malformed");
        assertThat(r.body()).doesNotContain("\"clear\"");
    }

    @Test
    void openApiCoversEveryRoute() throws Exception {
        JsonNode paths = s.get("/openapi.json").json().path("paths");
        for (CordonServer.Route route : s.server.routes()) {
            assertThat(paths.path(route.path()).has(route.method().toLowerCase()))
                    .as("openapi.json documents %s %s", route.method(), route.path()).isTrue();
        }
        assertThat(s.server.routes()).extracting(CordonServer.Route::path)
                .contains("/match/{dataset}", "/screen/text", "/screen/payment", "/admin/reload");
    }

    @Test
    void unknownRoutesAndMethodsAnswerJson() throws Exception {
        assertError(s.get("/no/such/route"), 404, null);
        var wrongMethod = s.get("/match/default");
        assertThat(wrongMethod.status()).isIn(404, 405);
        assertThat(wrongMethod.json().path("status").asInt()).isEqualTo(wrongMethod.status());
    }

    /**
     * JSON answers, results and errors alike, carry their length instead of being chunked, also those larger than what
     * Jetty gathers before it sends (a /match answer of 60 queries here; Jetty chunks those unless told the length); to a
     * client that accepts gzip they may go compressed, whole.
     */
    @Test
    void jsonResponsesAreFramedByTheirLength() throws Exception {
        StringBuilder many = new StringBuilder("{\"queries\": {");
        for (int i = 0; i < 60; i++) {
            many.append(i == 0 ? "" : ", ").append("\"q").append(i).append("\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Ivan Sidorov\"]}}");
        }
        many.append("}}");
        for (String body : List.of(many.toString(),
                "{\"queries\": {\"q1\": {\"schema\": \"Spaceship\", \"properties\": {\"name\": [\"Ivan Sidorov\"]}}}}")) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(s.base() + "/match/default")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            var r = s.http.send(req, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(body).isIn(200, 400);
            assertThat(r.body().length).as(body).isGreaterThan(10);
            assertThat(r.headers().firstValue("Content-Length")).as(body).hasValue(Integer.toString(r.body().length));
            assertThat(r.headers().firstValue("Transfer-Encoding")).as(body).isEmpty();
            // a client that accepts gzip may get the answer compressed: still whole, and still JSON
            HttpRequest gzip = HttpRequest.newBuilder(URI.create(s.base() + "/match/default")).header("Content-Type", "application/json")
                    .header("Accept-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            var g = s.http.send(gzip, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(g.statusCode()).as(body).isEqualTo(r.statusCode());
            byte[] plain = g.headers().firstValue("Content-Encoding").orElse("").equals("gzip")
                    ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(g.body())).readAllBytes() : g.body();
            assertThat(new String(plain, StandardCharsets.UTF_8)).as(body).isEqualTo(new String(r.body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void pagesAreServedFromTheJarWithAStrictContentSecurityPolicy() throws Exception {
        for (String page : List.of("/index.html", "/entity.html", "/text.html", "/app.js", "/app.css")) {
            var r = s.get(page);
            assertThat(r.status()).as(page).isEqualTo(200);
            assertThat(r.body()).doesNotContain("http://").doesNotContain("cdn");
        }
        var index = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/")).GET().build());
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.body()).contains("Search the sanctions lists");
        HttpRequest req = HttpRequest.newBuilder(URI.create(s.base() + "/index.html")).GET().build();
        var headers = s.http.send(req, java.net.http.HttpResponse.BodyHandlers.discarding()).headers();
        assertThat(headers.firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        assertThat(headers.firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
    }

    // ------------------------------------------------------------------

    static void assertError(FixtureServer.Reply r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        JsonNode j = r.json();
        assertThat(j.path("status").asInt()).isEqualTo(status);
        assertThat(j.path("error").asText()).isNotBlank();
        if (field != null) assertThat(j.path("field").asText()).as(r.body()).isEqualTo(field);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
    }

    static JsonNode byId(JsonNode results, String id) {
        for (JsonNode r : results) if (r.path("id").asText().equals(id)) return r;
        throw new AssertionError(id + " not among " + results);
    }

    static List<String> ids(FixtureServer.Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.json().path("responses").elements().forEachRemaining(q -> q.path("results").forEach(x -> out.add(x.path("id").asText())));
        return out;
    }

    static String queries(int n) {
        StringBuilder sb = new StringBuilder("{\"queries\": {");
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(',');
            sb.append("\"q").append(i).append("\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Ivan Sidorov\"]}}");
        }
        return sb.append("}}").toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A body publisher of unknown length, so the client sends it chunked. */
    private record OneShot(byte[] bytes) implements Flow.Publisher<ByteBuffer> {
        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> sub) {
            HttpRequest.BodyPublishers.ofByteArray(bytes).subscribe(sub);
        }
    }
}
