package org.cordon.bench.speed;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The {@code --option value} pairs of the speed benchmarks' command lines ({@link BatchByScript}, {@link FirstSight}, {@link WarmBatch}). */
final class BenchOptions {
    private BenchOptions() {
    }

    /** Option name (without its dashes) to value; an argument that is not {@code --name} followed by a value is an error. */
    static Map<String, String> parse(String[] args) {
        Map<String, String> opt = new TreeMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("expected --option value, not '" + args[i] + "'");
            if (i + 1 == args.length) throw new IllegalArgumentException(args[i] + " needs a value");
            opt.put(args[i].substring(2), args[i + 1]);
        }
        return opt;
    }

    /** {@code --lists}: the list directory, by default the shared snapshot beside the checkout. */
    static Path lists(Map<String, String> opt) {
        return Path.of(opt.getOrDefault("lists", "../shared/data/lists"));
    }

    /** {@code --file}: the customer file (a CSV with columns id, name, schema), which the benchmark cannot run without. */
    static Path customerFile(Map<String, String> opt) {
        String file = opt.get("file");
        if (file == null) throw new IllegalArgumentException("--file CSV (id,name,schema) is required");
        return Path.of(file);
    }

    /** The index of a customer file's column {@code name} in its header (case and spaces aside); -1 when absent, an error for "name". */
    static int column(String[] header, String name) {
        for (int i = 0; i < header.length; i++) if (header[i].strip().equalsIgnoreCase(name)) return i;
        if (name.equals("name")) throw new IllegalArgumentException("the file's header has no column 'name'");
        return -1;
    }
}
