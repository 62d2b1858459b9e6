package org.cordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cordon.store.AuditLog;
import org.cordon.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cordon audit anchor}: records an anchor entry and prints its sequence number and hash, to keep outside the
 * database, so that {@code cordon audit verify --anchor} finds a rewrite of the whole chain up to it.
 */
@Command(name = "anchor", mixinStandardHelpOptions = true,
        description = {"Take an anchor of the audit log: one line (cordon-audit-anchor seq=N hash=HEX at=TIME) naming the newest entry "
                + "and its hash, which covers every entry before it.",
                "Keep it outside the database (a report, a mail to the auditor, a write-once store): 'cordon audit verify --anchor' "
                        + "then finds a rewrite of the log up to it, even one whose hashes agree. Refused on a broken chain."})
public final class AuditAnchorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--out", paramLabel = "FILE", description = "Also append the anchor's line to FILE.")
    Path out;

    @Override
    public Integer call() throws InputException {
        PrintWriter stdout = spec.commandLine().getOut();
        AuditLog.Anchor anchor;
        try (Store store = storeOptions.open()) {
            try {
                anchor = store.audit().anchor(storeOptions.user());
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("cordon audit anchor: " + e.getMessage() + " (see 'cordon audit verify')");
                return AuditVerifyCommand.BROKEN;
            }
        }
        if (out != null) {
            try {
                Files.writeString(out, anchor + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new InputException("--out " + out + ": " + e.getMessage() + "; the anchor, recorded in the log, is: " + anchor, e);
            }
        }
        stdout.println(anchor);
        stdout.flush();
        if (out != null) spec.commandLine().getErr().printf(Locale.ROOT, "Anchor appended to %s.%n", out);
        return ExitCodes.OK;
    }
}
