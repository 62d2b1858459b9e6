package org.cordon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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
        description = {"Approve (or with --reject send back) a decision waiting for four-eyes approval. The approver must differ from the decider.",
                "With --same-target or --also, the decisions of the same verdict waiting on the subject's other alerts on the "
                        + "same target (what 'cordon decide --same-target' records) are reviewed with it: all or none."})
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

    @Option(names = "--also", split = ",", paramLabel = "ID", description = "Review these decisions with it (the same verdict, subject and target).")
    List<Long> also = new ArrayList<>();

    @Option(names = "--same-target", description = "Review with it every decision of the same verdict waiting on the same subject's alerts on the same target.")
    boolean sameTarget;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            List<Long> with = new ArrayList<>(also);
            if (sameTarget) {
                for (Decision o : store.decisions().pendingOnSameTarget(decisionId)) if (!with.contains(o.id())) with.add(o.id());
            }
            for (Decision d : store.decisions().reviewTogether(decisionId, with, storeOptions.user(), note, !reject)) {
                out.printf(Locale.ROOT, "Decision %d (%s by %s) %s by %s.%n", d.id(), d.verdict().name().toLowerCase(Locale.ROOT), d.decidedBy(),
                        reject ? "rejected" : "approved and in effect", d.reviewedBy());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
