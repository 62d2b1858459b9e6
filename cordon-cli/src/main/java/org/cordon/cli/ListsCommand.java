package org.cordon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cordon.lists.ListLoader;
import org.cordon.match.Profiles;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon lists}: what was loaded, per list, so an operator can check it against the publisher's figures. */
@Command(name = "lists", mixinStandardHelpOptions = true, subcommands = {ListsDiffCommand.class, ListsVersionsCommand.class},
        description = "Per list: files, publication date, entities by schema, names, aliases, weak aliases, non-Latin names; "
                + "and how many targets the lists' records are linked into (profiles: certain, probable, possible).")
public final class ListsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ListOptions listOptions;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    /** Counts for one list. */
    public record ListStats(String source, String title, String format, String publicationDate, List<String> files,
                            String sha256, int entities, Map<String, Integer> bySchema, int names, int primaryNames,
                            int aliases, int weakAliases, int previousNames, int nonLatinNames) {

        public static ListStats of(SanctionsList list) {
            Map<Schema, Integer> bySchema = new EnumMap<>(Schema.class);
            int names = 0, primary = 0, aliases = 0, weak = 0, previous = 0, nonLatin = 0;
            for (Entity e : list.entities()) {
                bySchema.merge(e.schema(), 1, Integer::sum);
                for (Name n : e.names()) {
                    names++;
                    if (n.kind() == NameKind.PRIMARY) primary++;
                    else if (n.kind() == NameKind.ALIAS) aliases++;
                    else if (n.kind() == NameKind.WEAK_ALIAS) weak++;
                    else previous++;
                    if (n.isNonLatin()) nonLatin++;
                }
            }
            Map<String, Integer> schemas = new LinkedHashMap<>();
            bySchema.forEach((k, v) -> schemas.put(k.ftmName(), v));
            var v = list.version();
            return new ListStats(v.source(), v.title(), v.format(), v.publicationDate(), v.files(), v.sha256(),
                    list.entities().size(), schemas, names, primary, aliases, weak, previous, nonLatin);
        }
    }

    /** The profiles linking records of one target across lists: how many, and how their records are linked. */
    public record ProfileStats(int linked, int certain, int probable, int possible) {

        static ProfileStats of(Profiles profiles) {
            List<Profiles.Profile> linked = profiles.linked();
            Map<Profiles.LinkKind, Integer> byKind = new EnumMap<>(Profiles.LinkKind.class);
            for (Profiles.Profile p : linked) {
                for (Profiles.LinkKind k : p.links().values()) byKind.merge(k, 1, Integer::sum);
            }
            return new ProfileStats(linked.size(), byKind.getOrDefault(Profiles.LinkKind.CERTAIN, 0),
                    byKind.getOrDefault(Profiles.LinkKind.PROBABLE, 0), byKind.getOrDefault(Profiles.LinkKind.POSSIBLE, 0));
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ListLoader.Loaded loaded = ListLoader.load(listOptions.resolve());
        List<ListStats> stats = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (SanctionsList l : loaded.lists()) {
            stats.add(ListStats.of(l));
            entities.addAll(l.entities());
        }
        ProfileStats profiles = ProfileStats.of(Profiles.link(entities));
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("lists", stats);
            doc.put("entities", loaded.entityCount());
            doc.put("profiles", profiles);
            doc.put("skipped", loaded.skipped().stream().map(Object::toString).toList());
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } else {
            for (ListStats s : stats) {
                out.printf(Locale.ROOT, "%s — %s%n", s.source(), s.title());
                out.printf(Locale.ROOT, "  files:        %s%n", String.join(", ", s.files()));
                out.printf(Locale.ROOT, "  published:    %s   format: %s   sha256: %s%n",
                        s.publicationDate() == null ? "(not stated in the file)" : s.publicationDate(), s.format(),
                        s.sha256().substring(0, 16));
                out.printf(Locale.ROOT, "  entities:     %,d  (%s)%n", s.entities(), s.bySchema().entrySet().stream()
                        .map(en -> en.getKey() + " " + String.format(Locale.ROOT, "%,d", en.getValue())).reduce((a, b) -> a + ", " + b).orElse(""));
                out.printf(Locale.ROOT, "  names:        %,d  (primary %,d, aliases %,d, weak aliases %,d, former names %,d; non-Latin %,d)%n%n",
                        s.names(), s.primaryNames(), s.aliases(), s.weakAliases(), s.previousNames(), s.nonLatinNames());
            }
            out.printf(Locale.ROOT, "Total: %,d entities in %d lists.%n", loaded.entityCount(), stats.size());
            out.printf(Locale.ROOT, "Profiles: %,d targets with two records or more (records linked certain %,d, probable %,d, "
                    + "possible %,d; see docs/matching.md).%n", profiles.linked(), profiles.certain(), profiles.probable(), profiles.possible());
            if (!loaded.skipped().isEmpty()) out.printf(Locale.ROOT, "Not lists, skipped: %s%n", loaded.skipped());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
