package org.cordon.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.lists.ListFormatException;
import org.cordon.model.ListVersion;
import org.cordon.model.SanctionsList;

/** Health, readiness, the catalogue of loaded lists and the atomic reload. */
final class AdminRoutes {
    private final ServedLists lists;
    private final WarmUp warmUp;

    AdminRoutes(ServedLists lists, WarmUp warmUp) {
        this.lists = lists;
        this.warmUp = warmUp;
    }

    /** The snapshot to answer from; 503 while the first load runs (or after it failed). */
    static Snapshot require(ServedLists lists) {
        Snapshot s = lists.current();
        if (s == null) {
            String err = lists.startupError();
            throw new ApiError(503, null, err == null ? "lists are still loading; try again shortly (see /readyz)"
                    : "no lists loaded: " + err);
        }
        return s;
    }

    /** Alive: answers as soon as the process listens, whether or not the lists are loaded. */
    void healthz(Context ctx) {
        JsonIo.write(ctx, Map.of("status", "ok"));
    }

    void readyz(Context ctx) {
        Snapshot s = lists.current();
        if (s == null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", 503);
            m.put("ready", false);
            m.put("error", lists.startupError() == null ? "lists are loading" : "no lists loaded: " + lists.startupError());
            JsonIo.write(ctx, 503, m);
            return;
        }
        if (!warmUp.done()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", 503);
            m.put("ready", false);
            Map<String, Object> w = warmUp.status();
            m.put("error", "warming up: " + w.get("sent") + " of " + w.get("requests") + " /match requests sent (lists loaded; /match answers already)");
            m.put("warm_up", w);
            JsonIo.write(ctx, 503, m);
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "ok");
        m.put("ready", true);
        m.put("generation", s.generation());
        m.put("entities", s.entityCount());
        m.put("loaded_at", s.loadedAt().toString());
        m.put("index_source", s.indexSource().label());
        m.put("warm_up", warmUp.status());
        JsonIo.write(ctx, m);
    }

    void catalog(Context ctx) {
        Snapshot s = require(lists);
        JsonIo.write(ctx, catalog(s));
    }

    static Map<String, Object> catalog(Snapshot s) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("name", DatasetScope.DEFAULT);
        all.put("title", "All loaded lists");
        all.put("children", List.copyOf(s.sources()));
        all.put("entity_count", s.entityCount());
        datasets.add(all);
        for (var e : s.versions().entrySet()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", e.getKey());
            List<Map<String, Object>> versions = new ArrayList<>();
            int count = 0;
            for (ListVersion v : e.getValue()) {
                Map<String, Object> vm = new LinkedHashMap<>();
                vm.put("title", v.title());
                vm.put("publisher", v.publisher());
                vm.put("format", v.format());
                vm.put("version", v.publicationDate());
                vm.put("files", v.files());
                vm.put("sha256", v.sha256());
                vm.put("entity_count", v.entityCount());
                versions.add(vm);
                count += v.entityCount();
            }
            d.put("title", e.getValue().getFirst().title());
            d.put("publisher", e.getValue().getFirst().publisher());
            d.put("version", e.getValue().stream().map(ListVersion::publicationDate).filter(x -> x != null).max(String::compareTo).orElse(null));
            d.put("entity_count", count);
            d.put("versions", versions);
            datasets.add(d);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("datasets", datasets);
        m.put("current", List.copyOf(s.sources()));
        m.put("outdated", List.of());
        m.put("index_stale", false);
        m.put("generation", s.generation());
        m.put("loaded_at", s.loadedAt().toString());
        m.put("load_millis", s.loadMillis());
        m.put("index_millis", s.buildMillis());
        m.put("index_source", s.indexSource().label());
        return m;
    }

    /**
     * Loads the list directory again and swaps it in. On failure the old lists keep serving and the
     * answer names the file and line at fault.
     */
    void reload(Context ctx) {
        Snapshot before = lists.current();
        try {
            Snapshot s = lists.reload();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", 200);
            m.put("generation", s.generation());
            m.put("entities", s.entityCount());
            m.put("lists", s.lists().stream().map(SanctionsList::source).toList());
            m.put("load_millis", s.loadMillis());
            m.put("index_millis", s.buildMillis());
            m.put("index_source", s.indexSource().label());
            JsonIo.write(ctx, m);
        } catch (ListFormatException e) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("file", e.file() == null ? null : e.file().toString());
            extra.put("line", e.line());
            extra.put("serving_generation", before == null ? null : before.generation());
            throw new ApiError(422, "lists", "reload failed, still serving the previous lists: " + e.getMessage(), extra);
        } catch (IOException e) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("serving_generation", before == null ? null : before.generation());
            throw new ApiError(422, "lists", "reload failed, still serving the previous lists: " + e.getMessage(), extra);
        }
    }
}
