package org.cordon.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cordon.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon config [NAME [VALUE]]}: settings kept in the store; every change goes into the audit log. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Show the store's settings, or set one: cordon config four_eyes_score 0.85",
                "four_eyes_score: score at or above which a true-match or false-positive decision needs a second user's approval."})
public final class ConfigCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE")
    String value;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            if (name != null && value != null) store.settings().set(name, value, storeOptions.user());
            store.settings().all().forEach((k, v) -> {
                if (name == null || name.equals(k)) out.printf(Locale.ROOT, "%s = %s%n", k, v);
            });
            if (name != null && !store.settings().all().containsKey(name)) {
                throw new IllegalArgumentException("unknown setting '" + name + "': known are " + store.settings().all().keySet());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
