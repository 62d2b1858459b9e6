package org.cordon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cordon.store.Alert;
import org.cordon.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon assign ALERT... [--to NAME | --release] [--take-over]}: who works an alert. */
@Command(name = "assign", mixinStandardHelpOptions = true,
        description = {"Take alerts from the queue (to the user), give them to an analyst (--to) or release them (--release).",
                "An alert another analyst has is taken from them only with --take-over. 'cordon alerts --assigned NAME|none' "
                        + "lists who has what; each change is in the audit log (alert.assign)."})
public final class AssignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "ALERT", description = "Alert ids (from cordon alerts); several are assigned all or none.")
    List<Long> alertIds;

    static final class Whom {
        @Option(names = "--to", paramLabel = "NAME", description = "The analyst to work it (default: the user).")
        String to;

        @Option(names = "--release", description = "Nobody works it: back to the queue.")
        boolean release;
    }

    @ArgGroup(exclusive = true)
    Whom whom;

    @Option(names = "--take-over", description = "Take it from the analyst who has it (handing out work, a colleague away).")
    boolean takeOver;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String user = storeOptions.user();
        String to = whom == null ? user : whom.release ? null : whom.to;
        try (Store store = storeOptions.open()) {
            // one transaction: a refusal on any alert (closed, another analyst's) leaves every one as it was
            List<Alert> assigned = store.transaction(() -> {
                List<Alert> done = new ArrayList<>();
                for (long id : new LinkedHashSet<>(alertIds)) done.add(store.alerts().assign(id, to, user, takeOver));
                return done;
            });
            for (Alert a : assigned) {
                if (a.assignedTo() == null) {
                    out.printf(Locale.ROOT, "Alert %d is back in the queue: nobody has it.%n", a.id());
                } else {
                    out.printf(Locale.ROOT, "Alert %d (%s ~ %s, %s) is assigned to %s since %s.%n", a.id(), a.subjectId(), a.caption(),
                            a.status().name().toLowerCase(Locale.ROOT), a.assignedTo(), a.assignedAt());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
