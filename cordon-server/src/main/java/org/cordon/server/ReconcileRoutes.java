package org.cordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cordon.match.MatchResult;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.Schema;

/**
 * The W3C Reconciliation API (version 0.2) at {@code /reconcile/{dataset}}: OpenRefine users add
 * it as a reconciliation service and match a spreadsheet column of names against the lists.
 * Queries are answered by the same screener as {@code /match}; a reconciliation query is turned
 * into a yente query so both speak the same properties.
 */
final class ReconcileRoutes {
    private static final int DEFAULT_LIMIT = 5;
    private final ServedLists lists;
    private final ScreeningGate gate;
    private final long maxBodyBytes;

    ReconcileRoutes(ServedLists lists, ScreeningGate gate, long maxBodyBytes) {
        this.lists = lists;
        this.gate = gate;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** GET or POST: the manifest when no queries are given, else the answers to them. */
    void reconcile(Context ctx) {
        Snapshot snap = AdminRoutes.require(lists);
        String dataset = ctx.pathParam("dataset");
        DatasetScope scope = DatasetScope.resolve(snap, dataset, List.of(), List.of());
        String queries = ctx.queryParam("queries");
        if (queries == null && "POST".equals(ctx.method().name())) queries = queriesFromBody(ctx);
        if (queries == null || queries.isBlank()) {
            JsonIo.write(ctx, manifest(ctx, dataset));
            return;
        }
        JsonNode qs = JsonIo.parse(queries, "queries");
        if (!qs.isObject()) throw ApiError.badRequest("queries", "expected an object of query id -> {query, type, limit, properties}");
        if (qs.size() > MatchRoutes.MAX_QUERIES) {
            throw ApiError.badRequest("queries", "too many queries: " + qs.size() + " (at most " + MatchRoutes.MAX_QUERIES + " per request)");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        double threshold = snap.screener().matchThreshold();
        for (var it = qs.properties().iterator(); it.hasNext(); ) {
            var e = it.next();
            String path = "queries." + e.getKey();
            JsonNode q = e.getValue();
            if (!q.isObject() || !q.path("query").isTextual() || q.path("query").asText().isBlank()) {
                throw ApiError.badRequest(path + ".query", "each query needs \"query\": the name to reconcile");
            }
            int limit = q.path("limit").isInt() ? Math.max(1, Math.min(q.path("limit").asInt(), MatchRoutes.MAX_LIMIT)) : DEFAULT_LIMIT;
            YenteQuery.Parsed parsed = YenteQuery.parse(asYente(q, path), path);
            List<Map<String, Object>> results = new ArrayList<>();
            double cutoff = Math.min(0.5, threshold);
            for (MatchResult r : scope.screen(gate, snap.remembering(), parsed.query(), cutoff, limit)) {
                Entity en = r.entity();
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("id", en.id());
                rm.put("name", en.caption());
                rm.put("type", List.of(Map.of("id", en.schema().ftmName(), "name", en.schema().ftmName())));
                rm.put("score", Math.round(r.score() * 1000) / 10.0);
                rm.put("match", r.score() >= threshold);
                rm.put("description", describe(en));
                results.add(rm);
            }
            out.put(e.getKey(), Map.of("result", results));
        }
        JsonIo.write(ctx, out);
    }

    /** OpenRefine posts {@code queries=<json>} form-encoded; other clients post the JSON itself. */
    private String queriesFromBody(Context ctx) {
        byte[] body = JsonIo.body(ctx, maxBodyBytes);
        if (body.length == 0) return null;
        String text = new String(body, StandardCharsets.UTF_8);
        String ct = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (ct.startsWith("application/x-www-form-urlencoded")) {
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (k.equals("queries") && eq >= 0) return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
            return null;
        }
        JsonNode n = JsonIo.parse(body, "body");
        if (n.has("queries")) return n.get("queries").toString();
        return text;
    }

    /** A reconciliation query as a yente query: {query, type, properties: [{pid, v}]} -> {schema, properties}. */
    private static JsonNode asYente(JsonNode q, String path) {
        ObjectNode y = JsonIo.MAPPER.createObjectNode();
        String type = q.path("type").isTextual() ? q.path("type").asText() : "LegalEntity";
        if (q.path("type").isArray() && !q.path("type").isEmpty()) type = q.path("type").get(0).asText();
        y.put("schema", type.isBlank() ? "LegalEntity" : type);
        ObjectNode props = y.putObject("properties");
        props.putArray("name").add(q.path("query").asText());
        JsonNode ps = q.path("properties");
        if (ps.isArray()) {
            for (int i = 0; i < ps.size(); i++) {
                JsonNode p = ps.get(i);
                String pid = p.path("pid").asText("");
                if (pid.isBlank()) throw ApiError.badRequest(path + ".properties[" + i + "].pid", "each property needs a pid");
                if (YenteQuery.isNameProperty(pid) && !pid.equals("name")) continue;
                ArrayNode vs = props.has(pid) ? (ArrayNode) props.get(pid) : props.putArray(pid);
                JsonNode v = p.path("v");
                if (v.isArray()) v.forEach(x -> vs.add(x.isObject() ? x.path("id").asText() : x.asText()));
                else vs.add(v.isObject() ? v.path("id").asText() : v.asText());
            }
        }
        return y;
    }

    private static String describe(Entity e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.source().toUpperCase(Locale.ROOT) + " " + e.sourceId());
        if (!e.birthDates().isEmpty()) parts.add("born " + e.birthDates().getFirst());
        if (!e.nationalities().isEmpty()) parts.add(String.join(", ", e.nationalities()));
        if (!e.programmes().isEmpty()) parts.add(String.join(", ", e.programmes()));
        return String.join(" \u00b7 ", parts);
    }

    private static Map<String, Object> manifest(Context ctx, String dataset) {
        String base = ctx.scheme() + "://" + ctx.host();
        String self = "/reconcile/" + dataset;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versions", List.of("0.2"));
        m.put("name", "Cordon sanctions screening (" + dataset + ")");
        m.put("identifierSpace", base + "/entities/");
        m.put("schemaSpace", "https://followthemoney.tech/explorer/schemata/");
        List<Map<String, String>> types = new ArrayList<>();
        for (Schema s : Schema.values()) types.add(Map.of("id", s.ftmName(), "name", s.ftmName()));
        m.put("defaultTypes", types);
        m.put("view", Map.of("url", base + "/entity.html?id={{id}}"));
        m.put("preview", Map.of("url", base + self + "/preview?id={{id}}", "width", 430, "height", 300));
        Map<String, Object> suggest = new LinkedHashMap<>();
        for (String kind : List.of("entity", "type", "property")) {
            suggest.put(kind, Map.of("service_url", base, "service_path", self + "/suggest/" + kind));
        }
        m.put("suggest", suggest);
        return m;
    }

    /** Names starting with (or having a word starting with) the typed prefix, for type-ahead. */
    void suggestEntity(Context ctx) {
        Snapshot snap = AdminRoutes.require(lists);
        DatasetScope scope = DatasetScope.resolve(snap, ctx.pathParam("dataset"), List.of(), List.of());
        String prefix = ctx.queryParam("prefix");
        if (prefix == null || prefix.isBlank()) throw ApiError.badRequest("prefix", "prefix is required");
        String p = fold(prefix);
        int limit = Params.intIn(ctx, "limit", 10, 1, 50);
        var options = scope.options(0, 1);
        List<Map<String, Object>> out = new ArrayList<>();
        List<Entity> contains = new ArrayList<>();
        for (Entity e : snap.screener().entities()) {
            if (!options.admits(e.source())) continue;
            boolean starts = false;
            boolean inner = false;
            for (Name n : e.names()) {
                String f = fold(n.full());
                if (f.startsWith(p)) { starts = true; break; }
                if (f.contains(" " + p)) inner = true;
            }
            if (starts) {
                out.add(suggestion(e));
                if (out.size() >= limit) break;
            } else if (inner && contains.size() < limit) {
                contains.add(e);
            }
        }
        for (Entity e : contains) {
            if (out.size() >= limit) break;
            out.add(suggestion(e));
        }
        JsonIo.write(ctx, Map.of("result", out));
    }

    void suggestType(Context ctx) {
        String p = fold(ctx.queryParam("prefix") == null ? "" : ctx.queryParam("prefix"));
        List<Map<String, String>> out = new ArrayList<>();
        for (Schema s : Schema.values()) {
            if (fold(s.ftmName()).startsWith(p)) out.add(Map.of("id", s.ftmName(), "name", s.ftmName()));
        }
        JsonIo.write(ctx, Map.of("result", out));
    }

    void suggestProperty(Context ctx) {
        String p = fold(ctx.queryParam("prefix") == null ? "" : ctx.queryParam("prefix"));
        List<Map<String, String>> out = new ArrayList<>();
        for (String prop : List.of("birthDate", "nationality", "country", "passportNumber", "idNumber", "imoNumber",
                "swiftBic", "leiCode", "registrationNumber", "taxNumber", "gender", "firstName", "lastName")) {
            if (fold(prop).startsWith(p)) out.add(Map.of("id", prop, "name", prop));
        }
        JsonIo.write(ctx, Map.of("result", out));
    }

    /** A small HTML card for OpenRefine's preview pane; everything from the list is escaped. */
    void preview(Context ctx) {
        Snapshot snap = AdminRoutes.require(lists);
        String id = ctx.queryParam("id");
        if (id == null || id.isBlank()) throw ApiError.badRequest("id", "id is required");
        Entity e = snap.byId().get(id);
        if (e == null) throw new ApiError(404, "id", "no entity with id '" + id + "'");
        StringBuilder sb = new StringBuilder(512);
        sb.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>").append(Html.escape(e.caption()))
                .append("</title></head><body style=\"font-family:sans-serif;font-size:13px;margin:8px\">");
        sb.append("<h3 style=\"margin:0 0 4px\">").append(Html.escape(e.caption())).append("</h3>");
        sb.append("<div>").append(Html.escape(e.schema().ftmName())).append(" \u00b7 ").append(Html.escape(describe(e))).append("</div>");
        sb.append("<ul style=\"padding-left:16px\">");
        int shown = 0;
        for (Name n : e.names()) {
            if (shown++ == 8) break;
            sb.append("<li>").append(Html.escape(n.full())).append(" <small>(").append(n.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(")</small></li>");
        }
        sb.append("</ul></body></html>");
        ctx.contentType("text/html; charset=utf-8").result(sb.toString());
    }

    private static Map<String, Object> suggestion(Entity e) {
        return Map.of("id", e.id(), "name", e.caption(), "description", describe(e));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
