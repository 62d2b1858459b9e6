package org.cordon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cordon.match.normalise.NameNormaliser;
import org.cordon.store.Rescreening;
import org.cordon.store.ScreeningRun;
import org.cordon.store.Store;
import org.cordon.store.StoredListVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cordon rescreen --since VERSION}: screen registered subjects against what changed in a list since a version,
 * with the screener of the whole current lists (the one {@code screen} and {@code screen-file} use, cached in the
 * index snapshot), so the alerts score as a full screening would.
 */
@Command(name = "rescreen", mixinStandardHelpOptions = true,
        description = {"Delta re-screening: records the lists in use (--lists DIR), then screens every registered subject "
                + "only against the entities added or changed since VERSION, and records the run with its counts "
                + "(also when nothing was hit).",
                "Scores are those of a full screening against the lists in use (token rarity and profiles come from "
                        + "every list record, not from the changes alone), so an alert carries the score and explanation "
                        + "'cordon screen' gives for that entity. Entities removed since VERSION are not screened; their "
                        + "alerts stay as they are.",
                "Subjects are screened as 'cordon screen-file' screens a file: on every core (--threads), a window at a time in "
                        + "the order of their names' words, a name met before answered from memory; alerts are recorded in the "
                        + "subjects' order. On a terminal, standard error shows the subjects done, names/s, the share and the time left.",
                "VERSION is a version id from 'cordon lists versions', or SOURCE:PUBLICATION-DATE (ofac:2023-12-28)."})
public final class RescreenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ListOptions listOptions;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--since", paramLabel = "VERSION", required = true, split = ",",
            description = "The version(s) to screen the changes since; one per list.")
    List<String> since;

    @Option(names = "--threads", paramLabel = "N", description = "Screening threads (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && threads < 1) throw new InputException("--threads: at least 1, not " + threads);
        try (Store store = storeOptions.open()) {
            List<StoredListVersion> versions = new ArrayList<>();
            for (String s : since) {
                versions.add(store.lists().find(s).orElseThrow(() -> new InputException("--since " + s
                        + ": no such list version in " + store.location() + " (see cordon lists versions)")));
            }
            // The screener of the whole lists (from the index snapshot when it is current), restricted to the changes
            // inside Rescreening: scoring against the changes alone would weigh name parts by the changes only.
            NameNormaliser.prepareTransliteration();
            ScreeningContext ctx = ScreeningContext.open(listOptions, err, true);
            long t0 = System.nanoTime();
            // a progress line on a terminal: subjects recorded, names/s, the share of the registered subjects and the time left
            boolean terminal = ScreenFileCommand.stderrIsTerminal();
            ScreenFileCommand.Progress progress = ScreenFileCommand.Progress.counting(err, terminal,
                    terminal ? store.subjects().count() : -1, "subjects");
            long[] last = {0};
            Rescreening.Result r = Rescreening.run(store, ctx.loaded().lists(), ctx.screener(), versions, storeOptions.user(),
                    threads != null ? threads : Runtime.getRuntime().availableProcessors(), done -> {
                        last[0] = done;
                        progress.update(done, done, done);
                    });
            if (last[0] > 0) progress.done(last[0]);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            ScreeningRun run = r.run();
            r.deltaBySource().forEach((source, n) -> out.printf(Locale.ROOT, "%s: %,d entities added or changed since %s%n", source, n,
                    versions.stream().filter(v -> v.source().equals(source)).findFirst().map(StoredListVersion::label).orElse("?")));
            out.printf(Locale.ROOT, "Run %d (%s): %,d subjects screened against %,d entities: %,d hits, %,d new alerts, %,d suppressed by the good-guy list%n",
                    run.id(), run.status(), run.subjects(), run.entities(), run.hits(), run.newAlerts(), run.suppressed());
            err.printf(Locale.ROOT, "(%,d ms)%n", ms);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
