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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            List<AuditLog.Entry> entries = store.audit().latest(limit);
            for (AuditLog.Entry e : entries.reversed()) {
                out.printf(Locale.ROOT, "%6d %s %-10s %-18s %s%s%n", e.seq(), e.at(), e.actor(), e.action(), e.target(),
                        e.detail().isEmpty() ? "" : "  " + e.detail());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
