package org.cordon.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cordon.match.MatchResult;
import org.cordon.match.Profiles;
import org.cordon.match.Query;
import org.cordon.model.Countries;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Schema;

/** {@code GET /search/{dataset}} (what the search page calls) and {@code GET /entities/{id}}. */
final class SearchRoutes {
    /** Search shows near misses too: an analyst looking something up wants to see what came close. */
    static final double DEFAULT_CUTOFF = 0.5;
    private final ServedLists lists;
    private final ScreeningGate gate;

    SearchRoutes(ServedLists lists, ScreeningGate gate) {
        this.lists = lists;
        this.gate = gate;
    }

    void search(Context ctx) {
        Snapshot snap = AdminRoutes.require(lists);
        DatasetScope scope = DatasetScope.resolve(snap, ctx.pathParam("dataset"),
                ctx.queryParams("include_dataset"), ctx.queryParams("exclude_dataset"));
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) throw ApiError.badRequest("q", "q (the name to search for) is required");
        if (q.length() > 500) throw ApiError.badRequest("q", "q is longer than 500 characters");
        String schemaText = first(ctx, "schema");
        Schema schema = null;
        if (schemaText != null) {
            schema = Schema.parseOrNull(schemaText);
            if (schema == null) throw ApiError.badRequest("schema", "unknown schema '" + schemaText
                    + "': expected Person, Organization, Company, LegalEntity, Vessel or Aircraft");
        }
        String birthDate = first(ctx, "birthDate", "birth_date");
        if (birthDate != null) {
            try {
                birthDate = DateRange.parse(birthDate).toString();
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("birthDate", "'" + birthDate + "' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY/YYYY)");
            }
        }
        String countryText = first(ctx, "country", "countries");
        String country = null;
        if (countryText != null) {
            country = Countries.toIso2(countryText);
            if (country == null && Countries.isIso2(countryText.strip().toUpperCase(Locale.ROOT))) country = countryText.strip().toUpperCase(Locale.ROOT);
            if (country == null) throw ApiError.badRequest("country", "unknown country '" + countryText + "' (use an ISO code such as RU)");
        }
        int limit = Params.intIn(ctx, "limit", 10, 1, MatchRoutes.MAX_LIMIT);
        int offset = Params.intIn(ctx, "offset", 0, 0, 10_000);
        double threshold = snap.screener().matchThreshold();
        double cutoff = Params.unitInterval(ctx, "threshold", Math.min(DEFAULT_CUTOFF, threshold));
        Query query = Query.of(q.strip(), schema, birthDate, country);
        List<MatchResult> found = gate.run(() -> scope.screen(snap.screener(), query, cutoff, offset + limit));
        List<Object> results = new ArrayList<>();
        int matches = 0;
        for (int i = 0; i < found.size(); i++) {
            MatchResult r = found.get(i);
            if (r.score() >= threshold) matches++;
            if (i >= offset) results.add(EntityJson.result(r, r.score() >= threshold, snap));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("results", results);
        out.put("total", Map.of("value", found.size(), "relation", found.size() == offset + limit ? "gte" : "eq"));
        out.put("matches", matches);
        out.put("limit", limit);
        out.put("offset", offset);
        out.put("threshold", threshold);
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("q", q);
        echo.put("schema", schema == null ? null : schema.ftmName());
        echo.put("birthDate", birthDate);
        echo.put("country", country);
        out.put("query", echo);
        JsonIo.write(ctx, out);
    }

    void entity(Context ctx) {
        Snapshot snap = AdminRoutes.require(lists);
        String id = ctx.pathParam("id");
        Entity e = snap.byId().get(id);
        if (e == null) throw new ApiError(404, "id", "no entity with id '" + id + "'");
        Map<String, Object> out = EntityJson.entity(e, snap);
        List<Object> records = new ArrayList<>();
        for (Entity r : snap.records(e)) {
            Map<String, Object> rec = EntityJson.record(r, snap);
            rec.put("link", snap.linkOf(r).name().toLowerCase(Locale.ROOT));
            records.add(rec);
        }
        Profiles.Profile profile = snap.profiles().profile(e.id());
        out.put("profile_id", profile == null ? e.id() : profile.id());
        out.put("records", records);
        JsonIo.write(ctx, out);
    }

    private static String first(Context ctx, String... names) {
        for (String n : names) {
            String v = ctx.queryParam(n);
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }
}
