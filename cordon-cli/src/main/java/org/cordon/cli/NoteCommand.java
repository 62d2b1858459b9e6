package org.cordon.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cordon.store.AlertNote;
import org.cordon.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon note ALERT --text T}: an analyst's note on an alert. */
@Command(name = "note", mixinStandardHelpOptions = true,
        description = {"Add a note to an alert while working it: what was asked of whom, what a register said.",
                "Notes are kept in order and never changed; each is also in the audit log (alert.note). 'cordon alerts' shows them."})
public final class NoteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "ALERT", description = "Alert id (from cordon alerts).")
    long alertId;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The note (at most 4,000 characters).")
    String text;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            AlertNote n = store.alerts().addNote(alertId, text, storeOptions.user());
            out.printf(Locale.ROOT, "Note %d on alert %d by %s at %s.%n", n.id(), n.alertId(), n.author(), n.createdAt());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
