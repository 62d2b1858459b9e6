package org.cordon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cordon.lists.ListLoader;
import org.cordon.model.Entity;
import org.cordon.model.FtmProperties;
import org.cordon.model.SanctionsList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon export --format ftm}: every loaded entity as FollowTheMoney JSON lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the loaded entities; --format ftm writes FollowTheMoney JSON lines (one entity per line).")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ListOptions listOptions;

    @Option(names = "--format", defaultValue = "ftm", description = "Output format: ftm (default).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!"ftm".equals(format)) throw new InputException("--format: unknown format '" + format + "' (expected ftm)");
        ListLoader.Loaded loaded = ListLoader.load(listOptions.resolve());
        ObjectMapper json = new ObjectMapper();
        Writer w = out != null ? Files.newBufferedWriter(out, StandardCharsets.UTF_8)
                : new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try {
            for (SanctionsList l : loaded.lists()) {
                for (Entity e : l.entities()) {
                    w.write(json.writeValueAsString(ftm(e, l)));
                    w.write('\n');
                }
            }
        } finally {
            w.flush();
            if (out != null) w.close();
        }
        return ExitCodes.OK;
    }

    /** One entity in FtM's JSON shape: id, schema, properties, datasets. */
    static Map<String, Object> ftm(Entity e, SanctionsList l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("schema", e.schema().ftmName());
        m.put("caption", e.caption());
        m.put("properties", FtmProperties.of(e));
        m.put("datasets", List.of(e.source()));
        m.put("referents", List.of(e.sourceId()));
        if (l.version().publicationDate() != null) m.put("last_change", l.version().publicationDate());
        return m;
    }
}
