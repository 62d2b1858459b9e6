package org.cordon.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cordon.store.AuditLog;
import org.cordon.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon audit verify}: walks the hash chain; exit code 1 and the entries named when it is broken. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check that no audit entry was altered or deleted. Exit code 0 when intact, 1 when not (each problem named).")
public final class AuditVerifyCommand implements Callable<Integer> {
    /** The log is broken: a finding, not a fault of the command. */
    public static final int BROKEN = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            AuditLog.Verification v = store.audit().verify();
            if (v.ok()) {
                out.printf(Locale.ROOT, "Audit log intact: %,d entries, hash chain verified (%s).%n", v.entries(), store.location());
                out.flush();
                return ExitCodes.OK;
            }
            out.printf(Locale.ROOT, "Audit log BROKEN: %d problem(s) in %,d entries (%s):%n", v.problems().size(), v.entries(), store.location());
            for (AuditLog.Problem p : v.problems()) out.printf(Locale.ROOT, "  entry %d: %s%n", p.seq(), p.message());
            out.flush();
            return BROKEN;
        }
    }
}
