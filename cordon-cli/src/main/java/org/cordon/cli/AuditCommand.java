package org.cordon.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon audit}: the append-only, hash-chained audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit log: verify its hash chain (against anchors kept outside), take an anchor, or show entries.",
        subcommands = {AuditVerifyCommand.class, AuditAnchorCommand.class, AuditShowCommand.class})
public final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
