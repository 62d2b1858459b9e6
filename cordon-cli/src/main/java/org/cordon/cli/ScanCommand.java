package org.cordon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cordon.model.Entity;
import org.cordon.scan.JurisdictionMention;
import org.cordon.scan.Mention;
import org.cordon.scan.TextScan;
import org.cordon.scan.TextScanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon scan FILE|-}: listed names and sanctioned jurisdictions in a free text, in any language. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Find listed persons, organisations, vessels and sanctioned jurisdictions in a text (UTF-8), "
                + "in any language and script.", "Exit code 0 when nothing was found, 1 when something was."})
public final class ScanCommand implements Callable<Integer> {

    /** Texts larger than this are refused rather than read whole into memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Mixin
    ListOptions listOptions;

    @Parameters(index = "0", paramLabel = "FILE", description = "The text file to scan, or - for standard input.")
    String file;

    @Option(names = "--threshold", paramLabel = "T", description = "Lowest score of a reported mention, in [0,1] (default: the match threshold).")
    Double threshold;

    @Option(names = "--json", description = "Print JSON: {mentions: [...], jurisdictions: [...]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (threshold != null && (threshold < 0 || threshold > 1)) throw new InputException("--threshold must be in [0,1]");
        String text = readText(file);
        PrintWriter out = spec.commandLine().getOut();
        ScreeningContext ctx = ScreeningContext.open(listOptions, spec.commandLine().getErr(), !json);
        TextScanner scanner = TextScanner.build(ctx.screener(), threshold != null ? threshold : ctx.screener().matchThreshold());
        TextScan scan = scanner.scan(text);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(scan.toJson()));
        } else {
            print(out, text, scan, ctx);
        }
        out.flush();
        return scan.isClear() ? ExitCodes.OK : ExitCodes.HIT;
    }

    static String readText(String file) throws IOException, InputException {
        byte[] bytes;
        if (file.equals("-")) {
            bytes = readBounded(System.in, "standard input");
        } else {
            Path p = Path.of(file);
            if (Files.isDirectory(p)) throw new InputException(file + ": is a directory, expected a text file");
            try (InputStream in = Files.newInputStream(p)) {
                bytes = readBounded(in, file);
            } catch (NoSuchFileException e) {
                throw new InputException(file + ": no such file");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(file + ": not UTF-8 text (" + e.getMessage() + ")");
        }
    }

    static byte[] readBounded(InputStream in, String what) throws IOException, InputException {
        byte[] b = in.readNBytes((int) MAX_BYTES + 1);
        if (b.length > MAX_BYTES) throw new InputException(what + ": larger than " + (MAX_BYTES >> 20) + " MiB");
        return b;
    }

    private static void print(PrintWriter out, String text, TextScan scan, ScreeningContext ctx) {
        out.printf(Locale.ROOT, "Scanned %,d words against %,d entities (threshold %.2f)%n%n", scan.words(), ctx.loaded().entityCount(), scan.threshold());
        Map<Entity, List<Mention>> groups = scan.byEntity();
        if (groups.isEmpty()) {
            out.println("Listed names: none found.");
        } else {
            out.printf(Locale.ROOT, "Listed names: %d %s, %d %s%n", groups.size(), groups.size() == 1 ? "entity" : "entities",
                    scan.mentions().size(), scan.mentions().size() == 1 ? "mention" : "mentions");
            groups.forEach((e, ms) -> {
                out.printf(Locale.ROOT, "  %s  %s  %s%s%n", e.id(), e.schema().ftmName(), e.caption(),
                        e.programmes().isEmpty() ? "" : "  [" + String.join(", ", e.programmes()) + "]");
                for (Mention m : ms) {
                    out.printf(Locale.ROOT, "    %.2f  %s  \"%s\"%s%n", m.score(), position(text, m.start()), oneLine(m.text()),
                            m.how().equals("surname") ? "  (surname; named in full elsewhere in the text)" : "");
                    out.println("          why: " + oneLine(m.explanation().summary()));
                }
            });
        }
        out.println();
        if (scan.jurisdictions().isEmpty()) {
            out.println("Sanctioned jurisdictions: none named.");
        } else {
            out.println("Sanctioned jurisdictions:");
            for (JurisdictionMention j : scan.jurisdictions()) {
                out.printf(Locale.ROOT, "  %-6s %s  \"%s\"  %s%n", j.jurisdiction().country(), position(text, j.start()), oneLine(j.text()),
                        j.jurisdiction().programme() + "; trigger " + j.trigger());
            }
        }
    }

    /** "line:column (offset)" for a terminal reader; offsets are what --json and the web page use. */
    static String position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') { line++; lineStart = i + 1; }
        }
        return line + ":" + (offset - lineStart + 1);
    }

    private static String oneLine(String s) {
        return s.replace("\r", "").replace('\n', ' ');
    }
}
