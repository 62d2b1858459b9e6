package org.cordon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cordon.lists.ListLoader;
import org.cordon.model.Entity;
import org.cordon.model.SanctionsList;
import org.cordon.store.ListDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon lists diff OLD NEW}: what changed between two versions of a list, entity by entity. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Entity-by-entity differences between two list versions (files or directories): added, removed, "
                + "and changed with the fields that changed.",
                "--json prints {\"added\": [ids], \"removed\": [ids], \"changed\": [{\"id\", \"fields\"}]}."})
public final class ListsDiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older version: a list file or a directory of list files.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer version.")
    Path newer;

    @Option(names = "--json", description = "Print the diff as JSON.")
    boolean json;

    @Option(names = "--summary", description = "Print only the counts, not every entity.")
    boolean summary;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ListLoader.Loaded before = ListLoader.load(older);
        ListLoader.Loaded after = ListLoader.load(newer);
        ListDiff diff = ListDiff.between(before.entities(), after.entities());
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("added", diff.added());
            doc.put("removed", diff.removed());
            List<Map<String, Object>> changed = new ArrayList<>();
            for (ListDiff.Changed c : diff.changed()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", c.id());
                m.put("fields", c.fields());
                changed.add(m);
            }
            doc.put("changed", changed);
            out.println(new ObjectMapper().writeValueAsString(doc));
            out.flush();
            return ExitCodes.OK;
        }
        printVersions(out, "old", older, before);
        printVersions(out, "new", newer, after);
        out.printf(Locale.ROOT, "%nEntities: %,d -> %,d; added %,d, removed %,d, changed %,d, unchanged %,d%n", before.entityCount(),
                after.entityCount(), diff.added().size(), diff.removed().size(), diff.changed().size(),
                after.entityCount() - diff.added().size() - diff.changed().size());
        if (!diff.changed().isEmpty()) {
            out.println("Changed fields (entities): " + String.join(", ", diff.fieldCounts().entrySet().stream()
                    .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue())).toList()));
        }
        if (!summary) {
            Map<String, Entity> byIdBefore = index(before), byIdAfter = index(after);
            out.println();
            for (String id : diff.added()) out.printf(Locale.ROOT, "+ %s  %s%n", id, byIdAfter.get(id).caption());
            for (String id : diff.removed()) out.printf(Locale.ROOT, "- %s  %s%n", id, byIdBefore.get(id).caption());
            for (ListDiff.Changed c : diff.changed()) {
                out.printf(Locale.ROOT, "~ %s  %s: %s%n", c.id(), byIdAfter.get(c.id()).caption(), String.join(", ", c.fields()));
                c.values().forEach((field, v) -> {
                    for (String a : v.added()) out.printf(Locale.ROOT, "    + %s: %s%n", field, a);
                    for (String r : v.removed()) out.printf(Locale.ROOT, "    - %s: %s%n", field, r);
                });
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void printVersions(PrintWriter out, String label, Path path, ListLoader.Loaded loaded) {
        for (SanctionsList l : loaded.lists()) {
            var v = l.version();
            out.printf(Locale.ROOT, "%s: %s  %s, published %s, %,d entities, sha256 %s (%s)%n", label, path, v.title(),
                    v.publicationDate() == null ? "(no date in the file)" : v.publicationDate(), l.entities().size(),
                    v.sha256().substring(0, 12), String.join(", ", v.files().stream().map(f -> Path.of(f).getFileName().toString()).toList()));
        }
    }

    private static Map<String, Entity> index(ListLoader.Loaded loaded) {
        Map<String, Entity> m = new HashMap<>();
        for (Entity e : loaded.entities()) m.put(e.id(), e);
        return m;
    }
}
