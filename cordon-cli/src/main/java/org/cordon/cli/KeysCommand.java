package org.cordon.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cordon.store.ApiKeys;
import org.cordon.store.Role;
import org.cordon.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon keys}: API keys for the server (the embedded CLI needs none). */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Server API keys: create, list, revoke.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
public final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code cordon keys create --role R --owner NAME}. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a key; prints it once (only its hash is stored). Roles: analyst (screen, decide), "
                    + "approver (also four-eyes approvals), admin (also lists, keys, configuration).")
    public static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--role", required = true, paramLabel = "R", description = "analyst, approver or admin.")
        String role;

        @Option(names = "--owner", required = true, paramLabel = "NAME", description = "Who uses the key; the audit log names them.")
        String owner;

        @Override
        public Integer call() {
            Role r = Role.parse(role);
            try (Store store = storeOptions.open()) {
                ApiKeys.Created c = store.keys().create(r, owner, storeOptions.user());
                PrintWriter out = spec.commandLine().getOut();
                out.println(c.token());
                out.flush();
                spec.commandLine().getErr().printf(Locale.ROOT, "Key %s (%s) for %s created. It is shown only now: keep it secret.%n",
                        c.key().id(), r.name().toLowerCase(Locale.ROOT), c.key().owner());
            }
            return ExitCodes.OK;
        }
    }

    /** {@code cordon keys list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List keys (ids, owners, roles; never secrets).")
    public static final class ListKeys implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = storeOptions.open()) {
                for (ApiKeys.ApiKey k : store.keys().all()) {
                    out.printf(Locale.ROOT, "%s  %-8s %-24s created %s%s%n", k.id(), k.role().name().toLowerCase(Locale.ROOT), k.owner(), k.createdAt(),
                            k.active() ? "" : "  REVOKED " + k.revokedAt());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code cordon keys revoke ID}. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key by its id.")
    public static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                store.keys().revoke(id, storeOptions.user());
            }
            spec.commandLine().getOut().println("Key " + id + " revoked.");
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
