package org.cordon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cordon.store.AuditLog;
import org.cordon.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon audit show}: the newest audit entries. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print the newest audit entries, oldest of them first.")
public final class AuditShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "How many entries (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only entries by this user (a key's owner, a --user name).")
    String actor;

    @Option(names = "--action", paramLabel = "A", description = "Only this action and those under it: decision (decision, decision.approve, "
            + "decision.reject), screen, list, key, config, audit...")
    String action;

    @Option(names = "--target", paramLabel = "T", description = "Only entries on this target, as shown (e.g. \"alert 12\").")
    String target;

    @Option(names = "--since", paramLabel = "TIME", description = "Only entries at or after this ISO-8601 date or UTC time, to the second (2026-12-01, 2026-12-01T09:00:00Z).")
    String since;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            List<AuditLog.Entry> entries = store.audit().latest(limit, new AuditLog.Filter(blankToNull(actor), blankToNull(action),
                    blankToNull(target), blankToNull(since)));
            for (AuditLog.Entry e : entries.reversed()) {
                out.printf(Locale.ROOT, "%6d %s %-10s %-18s %s%s%n", e.seq(), e.at(), e.actor(), e.action(), e.target(),
                        e.detail().isEmpty() ? "" : "  " + e.detail());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
