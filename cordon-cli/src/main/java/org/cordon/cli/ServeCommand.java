package org.cordon.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cordon.server.CordonServer;
import org.cordon.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cordon serve}: the HTTP API and web pages, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the yente-compatible HTTP API, the reconciliation API and the web pages.",
                "Lists load in the background: /healthz answers at once, /match once they are loaded, /readyz once the server has "
                        + "also warmed up (--warm-up).",
                "The compiled index is cached as for the other commands (--snapshot, --no-snapshot): a start or "
                        + "POST /admin/reload over unchanged lists reads it back instead of compiling the lists again."})
public final class ServeCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ListOptions listOptions;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Interface to bind (default ${DEFAULT-VALUE}; 0.0.0.0 to accept connections from other machines).")
    String host;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body accepted, in bytes (default ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--screening-threads", paramLabel = "N", defaultValue = "0",
            description = "Screenings run at once; the rest wait their turn in arrival order (default ${DEFAULT-VALUE}: one per core). "
                    + "More than the cores lets short requests pass long ones but costs every screening more CPU and lengthens the slowest "
                    + "(docs/performance.md, \"HTTP /match latency\"). A query answered before is answered from memory at once, without waiting.")
    int screeningThreads;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "30000",
            description = "Once the lists are loaded, send the server N /match requests of its own (the lists' names, and every "
                    + "third a name no list has, made from them) over loopback before /readyz reports ready, so that the first clients "
                    + "meet compiled code, then rounds of a tenth as many (2,000 at most, 15 rounds at most) until the JIT compiler has caught up "
                    + "(default ${DEFAULT-VALUE}, some 29-40 s in all on two cores; 0 to skip). /match answers meanwhile; the warm-up needs no API key and is not audited.")
    int warmUp;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--require-keys",
            description = "Refuse every non-public request without an API key even when no key exists yet. "
                    + "Without it, keys are required as soon as the store holds one (cordon keys create).")
    boolean requireKeys;

    @Override
    public Integer call() throws Exception {
        ServerOptions options = ServerOptions.of(host, port, listOptions.resolve()).withMaxBodyBytes(maxBody)
                .withSnapshotFile(listOptions.snapshotFile()).withScreeningThreads(screeningThreads).withWarmUp(warmUp);
        org.cordon.store.Store store = storeOptions.open();
        long activeKeys = store.keys().all().stream().filter(k -> k.active()).count();
        var err = spec.commandLine().getErr();
        if (requireKeys || activeKeys > 0) {
            options = options.withGuard(new org.cordon.server.ApiKeyGuard(store.keys()));
            err.printf(Locale.ROOT, "cordon: API keys required (%d active) — store %s%n", activeKeys, store.location());
        } else {
            err.printf(Locale.ROOT, "cordon: no API keys in %s, so every route is open; create one with 'cordon keys create --role admin --owner NAME' "
                    + "and restart to require keys%n", store.location());
        }
        err.flush();
        CordonServer server = CordonServer.start(options, store);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "cordon-stop"));
        stopped.await();
        return ExitCodes.OK;
    }
}
