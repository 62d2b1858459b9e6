package org.cordon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cordon.store.Alert;
import org.cordon.store.Decision;
import org.cordon.store.RefusedException;
import org.cordon.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon decide ALERT --verdict V --reason R}: an analyst's decision on an alert. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = {"Decide an alert: true-match, false-positive or needs-escalation, with the reason.",
                "On a high score (see four_eyes_score) a true-match or false-positive decision waits for a different "
                        + "user's 'cordon approve'. A false positive suppresses the pair until either side changes.",
                "With --same-target or --also, the subject's alerts on the same target (one person's records on several "
                        + "lists, which 'cordon alerts' marks 'same target as #N') are decided with it on the same evidence: "
                        + "each a decision of its own, all recorded or none."})
public final class DecideCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "ALERT", description = "Alert id (from cordon alerts).")
    long alertId;

    @Option(names = "--verdict", required = true, paramLabel = "V", description = "true-match, false-positive or needs-escalation.")
    String verdict;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "The evidence that settled it.")
    String reason;

    @Option(names = "--also", split = ",", paramLabel = "ID", description = "Decide these alerts with it (the same subject and target).")
    List<Long> also = new ArrayList<>();

    @Option(names = "--same-target", description = "Decide with it every alert of the same subject and target that is open or escalated.")
    boolean sameTarget;

    @Override
    public Integer call() {
        Decision.Verdict v = Decision.Verdict.parse(verdict);
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            List<Long> with = new ArrayList<>(also);
            if (sameTarget) {
                Alert a = store.alerts().get(alertId).orElseThrow(() -> new RefusedException("no alert " + alertId));
                for (Alert o : store.alerts().sameTarget(a)) {
                    if (o.status() != Alert.Status.PENDING_APPROVAL && !with.contains(o.id())) with.add(o.id());
                }
            }
            for (Decision d : store.decisions().decideTogether(alertId, with, v, reason, storeOptions.user())) {
                if (d.status() == Decision.Status.PENDING) {
                    out.printf(Locale.ROOT, "Decision %d on alert %d recorded; four-eyes: it takes effect when a different user runs "
                            + "'cordon approve %d --user NAME'.%n", d.id(), d.alertId(), d.id());
                } else {
                    out.printf(Locale.ROOT, "Decision %d on alert %d: %s, in effect.%n", d.id(), d.alertId(), v.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
