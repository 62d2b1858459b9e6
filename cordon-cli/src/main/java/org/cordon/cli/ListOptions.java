package org.cordon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the lists come from: {@code --lists DIR}, else {@code $CORDON_LISTS}, else {@code ../shared/data/lists}. */
public final class ListOptions {
    static final String DEFAULT_RELATIVE = "../shared/data/lists";

    @Option(names = "--lists", paramLabel = "DIR",
            description = "List directory (read recursively, gzip transparently) or one list file. "
                    + "Default: $CORDON_LISTS, else ../shared/data/lists.")
    Path lists;

    @Option(names = "--no-snapshot", description = "Build the index from the list files even when a snapshot of them is cached.")
    boolean noSnapshot;

    @Option(names = "--snapshot", paramLabel = "FILE",
            description = "Index snapshot cache (default: $CORDON_SNAPSHOT, else ./data/index.snapshot); rebuilt when the list files "
                    + "or the build of Cordon change.")
    Path snapshot;

    /** Where the compiled index is cached, or null with --no-snapshot. */
    public Path snapshotFile() {
        if (noSnapshot) return null;
        if (snapshot != null) return snapshot;
        String env = System.getenv("CORDON_SNAPSHOT");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of("data", "index.snapshot");
    }

    public Path resolve() throws InputException {
        if (lists != null) return lists;
        String env = System.getenv("CORDON_LISTS");
        if (env != null && !env.isBlank()) return Path.of(env);
        Path fallback = Path.of(DEFAULT_RELATIVE);
        if (Files.isDirectory(fallback)) return fallback;
        throw new InputException("no list directory: pass --lists DIR or set CORDON_LISTS");
    }
}
