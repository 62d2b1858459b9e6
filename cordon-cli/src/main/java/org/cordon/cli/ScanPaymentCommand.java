package org.cordon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cordon.scan.MalformedMessageException;
import org.cordon.scan.PaymentHit;
import org.cordon.scan.PaymentJurisdiction;
import org.cordon.scan.PaymentScan;
import org.cordon.scan.PaymentScanner;
import org.cordon.scan.TextScanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cordon scan-payment FILE...}: screen SWIFT MT103/202/202COV and ISO 20022 pacs.008/pacs.009/pain.001
 * messages. Exit code 0 clear, 1 hit, 2 malformed (the worst over all files given).
 */
@Command(name = "scan-payment", mixinStandardHelpOptions = true,
        description = {"Screen payment messages: SWIFT MT103, MT202, MT202COV (FIN) or ISO 20022 pacs.008, pacs.009, pain.001 (XML).",
                "Every party with its role, BICs, IBANs, countries and free-text fields.",
                "Exit code 0 clear, 1 hit, 2 malformed message (never reported as clear)."})
public final class ScanPaymentCommand implements Callable<Integer> {

    /** A payment message larger than this is no payment message. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Mixin
    ListOptions listOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Message file(s), or - for standard input.")
    List<String> files;

    @Option(names = "--json", description = "Print JSON: {verdict, hits: [...], jurisdictions: [...]}; one object per line for several files.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScreeningContext ctx = ScreeningContext.open(listOptions, err, !json);
        PaymentScanner scanner = PaymentScanner.build(TextScanner.build(ctx.screener()), ctx.screener());
        ObjectMapper mapper = new ObjectMapper();
        if (json && files.size() == 1) mapper.enable(SerializationFeature.INDENT_OUTPUT);
        int worst = ExitCodes.OK;
        for (String f : files) {
            byte[] bytes = read(f);
            Map<String, Object> doc;
            int code;
            try {
                PaymentScan scan = scanner.scan(bytes);
                code = scan.isHit() ? ExitCodes.HIT : ExitCodes.OK;
                doc = scan.toJson();
                if (!json) print(out, f, scan);
            } catch (MalformedMessageException e) {
                code = ExitCodes.BAD_INPUT;
                doc = PaymentScan.malformedJson(e);
                if (!json) out.printf(Locale.ROOT, "%s: MALFORMED, not screened: %s%n", f, e.getMessage());
                else err.printf(Locale.ROOT, "cordon: %s: malformed message: %s%n", f, e.getMessage());
            }
            if (json) {
                Map<String, Object> withFile = new LinkedHashMap<>();
                withFile.put("file", f);
                withFile.putAll(doc);
                out.println(mapper.writeValueAsString(withFile));
            }
            worst = worse(worst, code);
        }
        out.flush();
        return worst;
    }

    private static int worse(int a, int b) {
        if (a == ExitCodes.BAD_INPUT || b == ExitCodes.BAD_INPUT) return ExitCodes.BAD_INPUT;
        return Math.max(a, b);
    }

    private static byte[] read(String f) throws Exception {
        if (f.equals("-")) return bounded(System.in, "standard input");
        Path p = Path.of(f);
        if (Files.isDirectory(p)) throw new InputException(f + ": is a directory, expected a message file");
        try (InputStream in = Files.newInputStream(p)) {
            return bounded(in, f);
        } catch (NoSuchFileException e) {
            throw new InputException(f + ": no such file");
        }
    }

    private static byte[] bounded(InputStream in, String what) throws Exception {
        byte[] b = in.readNBytes(MAX_BYTES + 1);
        if (b.length > MAX_BYTES) throw new InputException(what + ": larger than " + (MAX_BYTES >> 20) + " MiB; not a payment message");
        return b;
    }

    private static void print(PrintWriter out, String file, PaymentScan scan) {
        out.printf(Locale.ROOT, "%s: %s %s%s  verdict: %s%n", file, scan.message().format(), scan.message().type(),
                scan.message().reference() == null ? "" : " ref " + scan.message().reference(), scan.verdict().toUpperCase(Locale.ROOT));
        for (PaymentHit h : scan.hits()) {
            out.printf(Locale.ROOT, "  HIT  %-40s %-28s %.2f  %s  %s (%s)%n", h.location(), h.role(), h.score(), h.entity().id(), h.entity().caption(),
                    h.entity().schema().ftmName());
            out.printf(Locale.ROOT, "       text \"%s\"; %s; why: %s%n", h.text(), h.how(), h.explanation().summary());
        }
        for (PaymentJurisdiction j : scan.jurisdictions()) {
            out.printf(Locale.ROOT, "  %-4s %-40s %-28s %s \"%s\" (%s): %s%n", j.jurisdiction().comprehensive() ? "HIT" : "NOTE",
                    j.fieldLine() > 0 ? j.field() + " line " + j.fieldLine() : j.field(), j.role(), j.jurisdiction().country(), j.text(),
                    j.how(), j.jurisdiction().programme());
        }
    }
}
