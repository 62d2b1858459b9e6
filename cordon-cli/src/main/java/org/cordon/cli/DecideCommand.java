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

/** {@code cordon decide ALERT --verdict V --reason R}: an analyst's decision on an alert. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = {"Decide an alert: true-match, false-positive or needs-escalation, with the reason.",
                "On a high score (see four_eyes_score) a true-match or false-positive decision waits for a different "
                        + "user's 'cordon approve'. A false positive suppresses the pair until either side changes."})
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

    @Override
    public Integer call() {
        Decision.Verdict v = Decision.Verdict.parse(verdict);
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            Decision d = store.decisions().decide(alertId, v, reason, storeOptions.user());
            if (d.status() == Decision.Status.PENDING) {
                out.printf(Locale.ROOT, "Decision %d on alert %d recorded; four-eyes: it takes effect when a different user runs "
                        + "'cordon approve %d --user NAME'.%n", d.id(), alertId, d.id());
            } else {
                out.printf(Locale.ROOT, "Decision %d on alert %d: %s, in effect.%n", d.id(), alertId, v.name().toLowerCase(Locale.ROOT));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
