package org.cordon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cordon.store.ListVersions;
import org.cordon.store.Store;
import org.cordon.store.StoredListVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon lists versions}: the list versions the store has recorded; {@code --record} records the lists in use first. */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = {"List versions recorded in the store, newest first (the ids are what rescreen --since takes).",
                "--record loads the lists (--lists DIR) and records each one whose files are new to the store."})
public final class ListsVersionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ListOptions listOptions;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--record", description = "Load the lists and record them before listing.")
    boolean record;

    @Option(names = "--source", paramLabel = "S", description = "Only versions of this list (un, ofac, eu, uk...).")
    String source;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            if (record) {
                for (ListVersions.Recorded r : store.lists().loadAndRecord(listOptions.resolve(), storeOptions.user())) {
                    out.printf(Locale.ROOT, "%s %s%n", r.isNew() ? "recorded" : "unchanged", r.version().label());
                }
            }
            List<StoredListVersion> versions = store.lists().history(source);
            if (versions.isEmpty()) out.println("No list versions recorded yet (run: cordon lists versions --record).");
            for (StoredListVersion v : versions) {
                out.printf(Locale.ROOT, "%4d %s %-8s %-12s %,8d entities  sha256 %s  loaded %s by %s%n", v.id(), v.current() ? "*" : " ",
                        v.source(), v.publicationDate() == null ? "-" : v.publicationDate(), v.entityCount(),
                        v.sha256().substring(0, 12), v.loadedAt(), v.loadedBy());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
