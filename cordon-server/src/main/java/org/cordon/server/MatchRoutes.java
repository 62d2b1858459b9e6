package org.cordon.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.Screener;
import org.cordon.model.PartialDate;

/**
 * yente's {@code POST /match/{dataset}} and {@code GET /algorithms}, so that integrations written
 * for yente (Marble and others) screen against Cordon unchanged.
 */
final class MatchRoutes {
    /** yente's own limit: more queries in one request is a batch job, not an API call. */
    static final int MAX_QUERIES = 100;
    static final int MAX_LIMIT = 500;
    static final String ALGORITHM = "cordon";
    /** yente's algorithm names: accepted so that clients asking for them work, and answered by Cordon's matcher. */
    static final Set<String> ACCEPTED_ALGORITHMS = Set.of(ALGORITHM, "best", "logic-v1", "logic-v2", "name-based",
            "name-qualified", "regression-v1", "regression-v2", "ofac-249");

    private final ServedLists lists;
    private final ScreeningGate gate;
    private final long maxBodyBytes;

    MatchRoutes(ServedLists lists, ScreeningGate gate, long maxBodyBytes) {
        this.lists = lists;
        this.gate = gate;
        this.maxBodyBytes = maxBodyBytes;
    }

    void match(Context ctx) {
        Snapshot snap = AdminRoutes.require(lists);
        DatasetScope scope = DatasetScope.resolve(snap, ctx.pathParam("dataset"),
                ctx.queryParams("include_dataset"), ctx.queryParams("exclude_dataset"));
        double threshold = Params.unitInterval(ctx, "threshold", snap.screener().matchThreshold());
        double cutoff = Params.unitInterval(ctx, "cutoff", Math.min(0.5, threshold));
        int limit = Params.intIn(ctx, "limit", 5, 1, MAX_LIMIT);
        String algorithm = ctx.queryParam("algorithm");
        if (algorithm == null || algorithm.isBlank()) algorithm = ALGORITHM;
        if (!ACCEPTED_ALGORITHMS.contains(algorithm)) {
            throw ApiError.badRequest("algorithm", "unknown algorithm '" + algorithm + "': see GET /algorithms");
        }
        String changedSince = ctx.queryParam("changed_since");
        if (changedSince != null && !changedSince.isBlank()) {
            try {
                changedSince = PartialDate.parseIso(changedSince).toString();
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("changed_since", "changed_since must be an ISO date (YYYY-MM-DD), was '" + changedSince + "'");
            }
        } else {
            changedSince = null;
        }

        JsonNode body = JsonIo.jsonBody(ctx, maxBodyBytes);
        if (!body.isObject()) throw ApiError.badRequest("body", "expected a JSON object {\"queries\": {...}}");
        JsonNode queries = body.get("queries");
        if (queries == null || !queries.isObject()) {
            throw ApiError.badRequest("queries", "expected \"queries\": an object of query id -> {schema, properties}");
        }
        if (queries.size() > MAX_QUERIES) {
            throw ApiError.badRequest("queries", "too many queries: " + queries.size() + " (at most " + MAX_QUERIES + " per request)");
        }
        if (queries.isEmpty()) throw ApiError.badRequest("queries", "no queries given");
        // Parse every query before screening any, so a fault in q57 costs no screening work.
        Map<String, YenteQuery.Parsed> parsed = new LinkedHashMap<>();
        for (var it = queries.properties().iterator(); it.hasNext(); ) {
            var e = it.next();
            parsed.put(e.getKey(), YenteQuery.parse(e.getValue(), "queries." + e.getKey()));
        }
        // changed_since drops results after ranking, so ask for more to still fill the limit.
        int fetch = changedSince == null ? limit : Math.min(MAX_LIMIT * 4, limit * 10);
        Map<String, Object> responses = new LinkedHashMap<>();
        // a query asked before is answered as it was (Snapshot#remembering); the warm-up's own requests are screened, as
        // compiling the screening is what they are for
        Screener screener = ctx.attribute(WarmUp.ATTRIBUTE) != null ? snap.screener() : snap.remembering();
        for (var e : parsed.entrySet()) {
            Query screened = e.getValue().query();
            List<MatchResult> found = scope.screen(gate, screener, screened, cutoff, fetch);
            List<Object> results = new ArrayList<>();
            int matches = 0;
            for (MatchResult r : found) {
                if (changedSince != null && EntityJson.lastChange(r.entity(), snap).compareTo(changedSince) < 0) continue;
                if (results.size() == limit) break;
                if (r.score() >= threshold) matches++;
                results.add(EntityJson.result(r, r.score() >= threshold, snap));
            }
            Map<String, Object> resp = new LinkedHashMap<>();
            resp.put("status", 200);
            resp.put("results", results);
            resp.put("total", Map.of("value", matches, "relation", "eq"));
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("id", e.getKey());
            query.put("schema", e.getValue().schema());
            query.put("properties", e.getValue().properties());
            resp.put("query", query);
            responses.put(e.getKey(), resp);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("responses", responses);
        out.put("matcher", Map.of("name", ALGORITHM, "requested", algorithm, "threshold", threshold, "cutoff", cutoff));
        out.put("limit", limit);
        JsonIo.write(ctx, out);
    }

    void algorithms(Context ctx) {
        Map<String, Object> cordon = new LinkedHashMap<>();
        cordon.put("name", ALGORITHM);
        cordon.put("description", "Cordon's matcher: names normalised across scripts and spellings, token by token, "
                + "with birth date, country, identifier and schema as further evidence; every score comes with its explanation.");
        cordon.put("docs", "docs/matching.md");
        cordon.put("features", Map.of("name", "similarity of the best pair of names", "birthDate", "birth dates agree or conflict",
                "country", "nationality or country agrees or conflicts", "identifier", "a passport, IMO or BIC number is equal",
                "schema", "the kind of subject agrees"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("algorithms", List.of(cordon));
        out.put("default", ALGORITHM);
        out.put("best", ALGORITHM);
        out.put("accepted_names", ACCEPTED_ALGORITHMS.stream().sorted().toList());
        JsonIo.write(ctx, out);
    }
}
