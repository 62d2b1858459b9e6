package org.cordon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cordon.store.GoodGuyList;
import org.cordon.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon good-guys}: the accepted false positives, and taking one off the list. */
@Command(name = "good-guys", mixinStandardHelpOptions = true,
        description = {"The good-guy (accept) list: each subject and listed entity accepted as a false positive, with the decision "
                + "that accepted it (who, why, who approved). A pair stays quiet while neither side changes.",
                "'good-guys revoke' takes a pair off it: its alert is open again and later screenings alert on it."},
        subcommands = {GoodGuysCommand.Revoke.class})
public final class GoodGuysCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--subject", paramLabel = "ID", description = "Only this subject's accepted pairs.")
    String subject;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            List<GoodGuyList.Accepted> accepted = store.goodGuys().list(subject == null || subject.isBlank() ? null : subject.strip());
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(accepted));
            } else if (accepted.isEmpty()) {
                out.println("No accepted pairs.");
            } else {
                for (GoodGuyList.Accepted g : accepted) {
                    out.printf(Locale.ROOT, "subject %-12s  %-14s %s%n", g.subjectId(), g.entityId(), g.caption());
                    out.printf(Locale.ROOT, "        accepted %s by decision %d of %s%s: %s%n", g.createdAt(), g.decisionId(), g.decidedBy(),
                            g.reviewedBy() == null ? "" : ", approved by " + g.reviewedBy(), g.reason());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** {@code cordon good-guys revoke SUBJECT ENTITY --reason R}. */
    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Take a subject and listed entity off the good-guy list: the alert the false positive closed is open again.")
    public static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Parameters(index = "0", paramLabel = "SUBJECT", description = "The subject's id.")
        String subjectId;

        @Parameters(index = "1", paramLabel = "ENTITY", description = "The listed entity's id (ofac-35096...).")
        String entityId;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, for the record.")
        String reason;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = storeOptions.open()) {
                long alert = store.goodGuys().revoke(subjectId, entityId, reason, storeOptions.user());
                out.printf(Locale.ROOT, "Subject %s and entity %s are off the good-guy list; alert %d is open again.%n", subjectId, entityId, alert);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
