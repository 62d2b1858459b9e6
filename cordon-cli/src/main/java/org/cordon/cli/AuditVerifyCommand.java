package org.cordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/** {@code cordon audit verify}: walks the hash chain; exit code 1 and the entries named when it is broken. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check that no audit entry was altered or deleted. Exit code 0 when intact, 1 when not (each problem named).",
                "With --anchor (lines from 'cordon audit anchor', or files of them), also that each anchored entry is there with "
                        + "its anchored hash: that finds a rewrite of the log up to it whose hashes agree."})
public final class AuditVerifyCommand implements Callable<Integer> {
    /** The log is broken: a finding, not a fault of the command. */
    public static final int BROKEN = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--anchor", paramLabel = "ANCHOR|FILE", description = "An anchor's line, or a file of them (one a line); repeatable.")
    List<String> anchorArgs = new ArrayList<>();

    @Override
    public Integer call() throws InputException {
        PrintWriter out = spec.commandLine().getOut();
        List<AuditLog.Anchor> anchors = anchors();
        try (Store store = storeOptions.open()) {
            AuditLog.Verification v = store.audit().verify(anchors);
            if (v.ok()) {
                out.printf(Locale.ROOT, "Audit log intact: %,d entries, hash chain verified%s (%s).%n", v.entries(),
                        anchors.isEmpty() ? "" : String.format(Locale.ROOT, ", %d anchor%s matched", anchors.size(), anchors.size() == 1 ? "" : "s"),
                        store.location());
                out.flush();
                return ExitCodes.OK;
            }
            out.printf(Locale.ROOT, "Audit log BROKEN: %d problem(s) in %,d entries (%s):%n", v.problems().size(), v.entries(), store.location());
            for (AuditLog.Problem p : v.problems()) out.printf(Locale.ROOT, "  entry %d: %s%n", p.seq(), p.message());
            out.flush();
            return BROKEN;
        }
    }

    /** The anchors given: each argument an anchor's line, or a file whose non-blank lines are anchors (named by line when bad). */
    private List<AuditLog.Anchor> anchors() throws InputException {
        List<AuditLog.Anchor> anchors = new ArrayList<>();
        for (String arg : anchorArgs) {
            Path file = arg.strip().startsWith("cordon-audit-anchor") ? null : Path.of(arg);
            if (file == null) {
                try {
                    anchors.add(AuditLog.Anchor.parse(arg));
                } catch (IllegalArgumentException e) {
                    throw new InputException("--anchor: " + e.getMessage());
                }
                continue;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException("--anchor " + arg + ": neither an anchor's line nor a readable file (" + e.getMessage() + ")");
            }
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) continue;
                try {
                    anchors.add(AuditLog.Anchor.parse(lines.get(i)));
                } catch (IllegalArgumentException e) {
                    throw new InputException("--anchor " + file + ", line " + (i + 1) + ": " + e.getMessage());
                }
            }
        }
        return anchors;
    }
}
