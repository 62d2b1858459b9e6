package org.cordon.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cordon.store.Decision;
import org.cordon.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon approve DECISION}: the second pair of eyes on a high-score decision. */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Approve (or with --reject send back) a decision waiting for four-eyes approval. The approver must differ from the decider.")
public final class ApproveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "DECISION", description = "Decision id (shown by cordon decide and cordon alerts).")
    long decisionId;

    @Option(names = "--reject", description = "Send the decision back; the alert opens again.")
    boolean reject;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, for the record.")
    String note;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            Decision d = reject ? store.decisions().reject(decisionId, storeOptions.user(), note)
                    : store.decisions().approve(decisionId, storeOptions.user(), note);
            out.printf(Locale.ROOT, "Decision %d (%s by %s) %s by %s.%n", d.id(), d.verdict().name().toLowerCase(Locale.ROOT), d.decidedBy(),
                    reject ? "rejected" : "approved and in effect", d.reviewedBy());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
