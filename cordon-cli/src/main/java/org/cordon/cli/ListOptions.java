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

    public Path resolve() throws InputException {
        if (lists != null) return lists;
        String env = System.getenv("CORDON_LISTS");
        if (env != null && !env.isBlank()) return Path.of(env);
        Path fallback = Path.of(DEFAULT_RELATIVE);
        if (Files.isDirectory(fallback)) return fallback;
        throw new InputException("no list directory: pass --lists DIR or set CORDON_LISTS");
    }
}
