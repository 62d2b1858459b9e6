package org.cordon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.cordon.lists.csv.CsvReader;
import org.cordon.lists.csv.CsvWriter;
import org.cordon.match.BatchOrder;
import org.cordon.match.MatchResult;
import org.cordon.match.OrderedBatch;
import org.cordon.match.RememberingScreener;
import org.cordon.match.Query;
import org.cordon.match.ResultRow;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screener;
import org.cordon.match.normalise.NameNormaliser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cordon screen-file IN.csv --out OUT.csv}: batch screening of a customer file. Streams: rows are
 * read a window at a time ({@link BatchOrder#windowRows}, by the heap and the results a row may have), each window
 * screened on all cores in the order of its names' words ({@link OrderedBatch}: rows sharing words one after the other read
 * the same parts of the index) and written in input order once done; two windows at most in memory, the next read while
 * one is screened, so memory stays constant whatever the file size ({@code ScreenFileStreamingTest} runs 48 MB through a
 * 32 MB heap). A bad row is reported with its
 * row number and does not stop the run; a CSV syntax fault (an unclosed quote) ends the input, since
 * nothing after it can be trusted to be a row, and is reported after the rows before it are done. Rows are screened
 * through a {@link RememberingScreener}: a file repeats names, and a row asked again is answered as it was.
 */
@Command(name = "screen-file", mixinStandardHelpOptions = true,
        description = {"Screen every row of a CSV file (header id,name[,schema][,birth_date][,country]).",
                "Writes query_id,rank,entity_id,source,source_id,schema,caption,score,match,profile_id for results at or "
                        + "above the threshold, in input order. Streams: any input size in constant memory, on every core (--threads); "
                        + "each window of rows is screened in the order of its names' words (rows sharing words one after the other, "
                        + "which is faster) and written in input order.",
                "A row repeating an earlier row's query (name, schema, birth date, country) is answered as that row was, from "
                        + "memory (the recent ones, bounded by the heap); the summary says how many.",
                "A row that cannot be screened is reported by its line number and the run goes on: failed rows are listed in "
                        + "OUT.errors.csv (row,query_id,error), or on standard error without --out, and counted in the summary.",
                "On a terminal, standard error shows rows done, names/s and, for a file, the share read and the time left; "
                        + "the summary gives rows screened, alerted and failed, the time and names/s."})
public final class ScreenFileCommand implements Callable<Integer> {
    public static final List<String> OUTPUT_COLUMNS = ResultRow.COLUMNS;

    @Spec
    CommandSpec spec;

    @Mixin
    ListOptions listOptions;

    @Parameters(index = "0", paramLabel = "IN", description = "Input CSV (gzip allowed), or - for standard input.")
    String in;

    @Option(names = "--out", paramLabel = "OUT", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--format", paramLabel = "F", description = "csv or jsonl (default: from OUT's extension, else csv).")
    String format;

    @Option(names = "--threshold", paramLabel = "T", description = "Lowest score written (default: the match threshold).")
    Double threshold;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Most results per row (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--threads", paramLabel = "N", description = "Screening threads (default: all cores).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar and no summary.")
    boolean quiet;

    @Option(names = "--register", description = "Record the run in the store (--data/--db): register each row as a subject "
            + "for later re-screening and raise an alert for each match (not twice for an unchanged pair).")
    boolean register;

    @Mixin
    StoreOptions storeOptions;

    /** Where --register records the run, or null. */
    private org.cordon.store.BatchRun batchRun;

    /** A CSV syntax fault that ended the input early (an unclosed quote, an oversized field), reported after the run. */
    private CsvReader.CsvException syntaxFault;

    /** One input row, parsed, or the reason it could not be. */
    record Row(long rowNumber, String id, Query query, String error) {}

    record Screened(Row row, List<MatchResult> results) {}

    /** Counters the summary prints. */
    public record Summary(long rows, long screened, long alerted, long results, long failed, long millis) {
        public double namesPerSecond() {
            return millis == 0 ? screened : screened * 1000.0 / millis;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        boolean jsonl = format != null ? format.equalsIgnoreCase("jsonl") || format.equalsIgnoreCase("json")
                : out != null && (out.toString().endsWith(".jsonl") || out.toString().endsWith(".json"));
        if (format != null && !jsonl && !format.equalsIgnoreCase("csv")) {
            throw new InputException("--format: expected csv or jsonl, not '" + format + "'");
        }
        // before the lists are loaded: a mistyped file name should not cost the user a load
        if (!"-".equals(in) && !Files.isReadable(Path.of(in))) throw new InputException(in + ": no such file or not readable");
        // ICU's transliterators built while the index loads, not by every screening thread at once when they start
        NameNormaliser.prepareTransliteration();
        ScreeningContext ctx = ScreeningContext.open(listOptions, err, !quiet);
        // a file repeats names (one customer, several accounts): a row asked again is answered as the first was
        RememberingScreener screener = RememberingScreener.forBatch(ctx.screener());
        double t = threshold != null ? threshold : screener.matchThreshold();
        int nThreads = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        long totalBytes = "-".equals(in) ? -1 : Files.size(Path.of(in));
        Progress progress = new Progress(err, !quiet && stderrIsTerminal(), totalBytes);
        Path errorsFile = out != null ? Path.of(out + ".errors.csv") : null;
        // an errors file left by an earlier run would name rows that did not fail in this one
        if (errorsFile != null) Files.deleteIfExists(errorsFile);
        long started = System.nanoTime();
        org.cordon.store.Store store = register ? storeOptions.open() : null;
        Summary summary;
        try {
            if (store != null) {
                var inUse = store.lists().recordInUse(ctx.loaded().lists(), storeOptions.user());
                int relinked = store.alerts().relink(screener.profiles()::profileOf, storeOptions.user());
                if (relinked > 0) {
                    err.printf(Locale.ROOT, "%,d open alert%s moved to the targets the lists in use link their records into%n", relinked,
                            relinked == 1 ? "" : "s");
                }
                batchRun = org.cordon.store.BatchRun.start(store, "batch", storeOptions.user(), inUse, null, ctx.loaded().entityCount());
            }
            summary = run(screener, ScreenOptions.of(t, limit), nThreads, jsonl, progress, errorsFile, err);
            if (batchRun != null) {
                var r = batchRun.finish();
                err.printf(Locale.ROOT, "%nRecorded run %d in %s: %,d subjects, %,d hits, %,d new alerts, %,d suppressed by the good-guy list%n",
                        r.id(), store.location(), r.subjects(), r.hits(), r.newAlerts(), r.suppressed());
            }
        } finally {
            if (store != null) store.close();
        }
        if (!quiet) {
            err.printf(Locale.ROOT, "%nScreened %,d of %,d rows in %.1f s (%,.0f names/s, %d threads): %,d alerted, %,d results written, %,d failed%n",
                    summary.screened(), summary.rows(), summary.millis() / 1000.0, summary.namesPerSecond(), nThreads,
                    summary.alerted(), summary.results(), summary.failed());
            if (summary.failed() > 0) err.printf(Locale.ROOT, "Failed rows are listed in %s%n", errorsFile != null ? errorsFile : "the messages above");
            if (screener.remembered() > 0) {
                err.printf(Locale.ROOT, "Answered from memory (a row repeating an earlier row's query): %,d%n", screener.remembered());
            }
        }
        ctx.timings().add("rows screened and written", started);
        ctx.printTimings(err);
        err.flush();
        if (syntaxFault != null) {
            // After the summary and the store record: the rows before the fault are done and accounted for.
            throw new InputException(in + ":" + syntaxFault.line() + ": " + syntaxFault.getMessage() + "; the " + summary.rows()
                    + " rows before it were screened and written, nothing after it was read");
        }
        return ExitCodes.OK;
    }

    private Summary run(Screener screener, ScreenOptions options, int nThreads, boolean jsonl, Progress progress,
                        Path errorsFile, PrintWriter err) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        AtomicLong rowsDone = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(nThreads, r -> {
            Thread th = new Thread(r, "screen-file");
            th.setDaemon(true);
            return th;
        });
        CountingInput counting = new CountingInput(openInput());
        InputStream decoded = counting;
        if (!"-".equals(in) && in.endsWith(".gz")) decoded = new GZIPInputStream(counting, 1 << 16);
        Output output;
        try (CsvReader csv = new CsvReader(new InputStreamReader(decoded, StandardCharsets.UTF_8));
             Writer w = out != null ? Files.newBufferedWriter(out, StandardCharsets.UTF_8)
                     : new BufferedWriter(new OutputStreamWriter(unclosable(System.out), StandardCharsets.UTF_8));
             ErrorLog errors = new ErrorLog(errorsFile, err)) {
            output = new Output(w, jsonl, errors);
            Header header = Header.read(csv, in);
            // rows are read a window at a time, screened in the order of their names' words (BatchOrder) and written in
            // input order once the window is done; at most two windows at once, the next read while one is screened
            int windowRows = BatchOrder.windowRows(Runtime.getRuntime().maxMemory(), options.limit());
            ArrayDeque<OrderedBatch<Row, Screened>> inFlight = new ArrayDeque<>();
            boolean ended = false;
            while (!ended || !inFlight.isEmpty()) {
                if (!ended) {
                    List<Row> read = readWindow(csv, header, windowRows);
                    ended = read.size() < windowRows;
                    rows += read.size();
                    if (!read.isEmpty()) {
                        // a failed row has no query: no name to place it by
                        inFlight.add(OrderedBatch.submit(read, row -> row.query() == null ? null : row.query().names().getFirst().full(),
                                pool, todo -> screenBatch(screener, options, todo, rowsDone)));
                    }
                }
                // the window before the one just read is written; at the end, every one left
                while (inFlight.size() > 1 || ended && !inFlight.isEmpty()) {
                    long rowsRead = rows;
                    List<Screened> done = inFlight.poll().await(task -> get(task, progress, rowsDone, rowsRead, counting));
                    if (batchRun != null) batchRun.record(subjects(done));
                    output.write(done);
                    progress.update(output.screened + output.failed, rows, counting.count);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        progress.done(output.screened + output.failed);
        return new Summary(rows, output.screened, output.alerted, output.written, output.failed, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The next window's rows: {@code windowRows} of them, fewer at the end of the input (or at a CSV syntax fault, kept in
     * {@link #syntaxFault}). A method of its own, as {@link Output#write} is, so that the JIT compiles each loop by itself:
     * inside one method with the writing, the whole run was compiled twice while it ran (its own loops, 80-94 KB of code
     * each time, 2.1 s of the optimising compiler during a million-name run).
     */
    private List<Row> readWindow(CsvReader csv, Header header, int windowRows) throws IOException {
        List<Row> read = new ArrayList<>(Math.min(windowRows, 4096));
        while (read.size() < windowRows && syntaxFault == null) {
            Row row;
            try {
                row = header.nextRow(csv);
            } catch (CsvReader.CsvException e) {
                // Ends the input (the reader cannot resync): finish the rows in flight, then report it.
                syntaxFault = e;
                break;
            }
            if (row == null) break;
            read.add(row);
        }
        return read;
    }

    /** Writes the screened windows' results (CSV or JSON lines) and their failed rows, and counts them for the summary. */
    private static final class Output {
        private final Writer w;
        private final CsvWriter csv;
        private final ObjectMapper json;
        private final ErrorLog errors;
        long screened, alerted, written, failed;

        Output(Writer w, boolean jsonl, ErrorLog errors) throws IOException {
            this.w = w;
            this.errors = errors;
            this.json = jsonl ? new ObjectMapper() : null;
            this.csv = jsonl ? null : new CsvWriter(w);
            if (csv != null) csv.writeRow(OUTPUT_COLUMNS);
        }

        void write(List<Screened> done) throws IOException {
            for (Screened s : done) {
                if (s.row().error() != null) {
                    failed++;
                    errors.add(s.row());
                    continue;
                }
                screened++;
                boolean hit = false;
                int rank = 1;
                for (MatchResult r : s.results()) {
                    hit |= r.match();
                    written++;
                    if (json != null) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("query_id", s.row().id());
                        m.putAll(ResultJson.of(r, rank++));
                        w.write(json.writeValueAsString(m));
                        w.write('\n');
                    } else {
                        csv.writeRow(csvRow(s.row().id(), rank++, r));
                    }
                }
                if (hit) alerted++;
            }
        }
    }

    /** Standard output for the results: flushed at the end of the run, never closed (an in-process caller keeps using it). */
    private static java.io.OutputStream unclosable(java.io.OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** The rows screened without error, as subjects with their results, for --register. */
    private static List<org.cordon.store.BatchRun.Screened> subjects(List<Screened> done) {
        List<org.cordon.store.BatchRun.Screened> out = new ArrayList<>(done.size());
        for (Screened s : done) {
            if (s.row().error() != null) continue;
            Query q = s.row().query();
            out.add(new org.cordon.store.BatchRun.Screened(new org.cordon.store.Subject(s.row().id(), q.names().getFirst().full(), q.schema(),
                    q.birthDates().isEmpty() ? null : q.birthDates().getFirst(), q.countries().isEmpty() ? null : q.countries().getFirst(),
                    Map.of()), s.results()));
        }
        return out;
    }

    /** Formatting shared with spark-screen (see {@link ResultRow}), so the two outputs cannot drift. */
    static String[] csvRow(String queryId, int rank, MatchResult r) {
        return ResultRow.cells(queryId, rank, r);
    }

    private static List<Screened> screenBatch(Screener screener, ScreenOptions options, List<Row> rows, AtomicLong rowsDone) {
        List<Screened> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            rowsDone.incrementAndGet();
            if (row.error() != null) {
                out.add(new Screened(row, List.of()));
                continue;
            }
            try {
                out.add(new Screened(row, screener.screen(row.query(), options)));
            } catch (RuntimeException e) {
                out.add(new Screened(new Row(row.rowNumber(), row.id(), null, "screening failed: " + e), List.of()));
            }
        }
        return out;
    }

    /**
     * The batch's rows, once screened. While waiting the progress line is redrawn from the rows the
     * workers have finished, so it moves between batches too (a batch of 256 takes seconds when the
     * rows meet many candidates).
     */
    private static <T> T get(Future<T> f, Progress progress, AtomicLong rowsDone, long rowsRead, CountingInput counting) throws Exception {
        try {
            while (progress.enabled()) {
                try {
                    return f.get(Progress.EVERY_NANOS, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    progress.update(rowsDone.get(), rowsRead, counting.count);
                }
            }
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            throw e;
        }
    }

    private InputStream openInput() throws IOException, InputException {
        if ("-".equals(in)) return System.in;
        Path p = Path.of(in);
        if (!Files.isReadable(p)) throw new InputException(in + ": no such file or not readable");
        return Files.newInputStream(p);
    }

    /** The input header: which column holds what. */
    record Header(int id, int name, int schema, int birthDate, int country, int width) {
        static Header read(CsvReader csv, String file) throws IOException, InputException {
            String[] h;
            try {
                h = csv.next();
            } catch (CsvReader.CsvException e) {
                throw new InputException(file + ":" + e.line() + ": " + e.getMessage());
            }
            if (h == null) throw new InputException(file + ": empty file; expected a header id,name[,schema][,birth_date][,country]");
            int id = -1, name = -1, schema = -1, birth = -1, country = -1;
            for (int i = 0; i < h.length; i++) {
                switch (h[i].strip().toLowerCase(Locale.ROOT)) {
                    case "id" -> id = i;
                    case "name" -> name = i;
                    case "schema" -> schema = i;
                    case "birth_date", "birthdate", "dob" -> birth = i;
                    case "country", "nationality" -> country = i;
                    default -> { }
                }
            }
            if (id < 0 || name < 0) {
                throw new InputException(file + ":1: header must hold columns id and name (found: " + String.join(",", h)
                        + "); optional: schema, birth_date, country");
            }
            return new Header(id, name, schema, birth, country, h.length);
        }

        Row nextRow(CsvReader csv) throws IOException, CsvReader.CsvException {
            String[] cells = csv.next();
            if (cells == null) return null;
            long line = csv.recordLine();
            for (String cell : cells) {
                // Undecodable bytes arrive as U+FFFD: screening that text would quietly miss the name the customer wrote.
                if (cell.indexOf('\uFFFD') >= 0 || CsvReader.firstControl(cell) >= 0) {
                    return new Row(line, cells.length > id ? cells[id].strip() : "", null, "not UTF-8 text in cell '"
                            + CsvReader.printable(cell) + "' (bytes that do not decode, or control characters; re-save the file as UTF-8)");
                }
            }
            if (cells.length != width) {
                return new Row(line, cells.length > id ? cells[id] : "", null,
                        "expected " + width + " cells as in the header, found " + cells.length);
            }
            String rowId = cells[id].strip();
            try {
                Query q = ScreenCommand.QueryInput.query(cells[name], cell(cells, schema), cell(cells, birthDate), cell(cells, country));
                return new Row(line, rowId, q, rowId.isEmpty() ? "empty id" : null);
            } catch (InputException e) {
                return new Row(line, rowId, null, e.getMessage().replace("--birth-date", "birth_date").replace("--", ""));
            }
        }

        private static String cell(String[] cells, int i) {
            return i < 0 ? null : cells[i];
        }
    }

    /**
     * Failed rows: to OUT.errors.csv (row,query_id,error) and, for the first ten, to standard error;
     * without --out (results on standard output) every failed row goes to standard error, so none is
     * left unreported.
     */
    static final class ErrorLog implements AutoCloseable {
        private final Path file;
        private final PrintWriter err;
        private CsvWriter writer;
        private int shown;

        ErrorLog(Path file, PrintWriter err) {
            this.file = file;
            this.err = err;
        }

        void add(Row row) throws IOException {
            if (file == null || shown++ < 10) err.printf(Locale.ROOT, "row %d (id %s): %s%n", row.rowNumber(), row.id(), row.error());
            if (file == null) return;
            if (writer == null) {
                writer = new CsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
                writer.writeRow("row", "query_id", "error");
            }
            writer.writeRow(Long.toString(row.rowNumber()), row.id(), row.error());
        }

        @Override
        public void close() throws IOException {
            if (writer != null) writer.close();
        }
    }

    static final class CountingInput extends FilterInputStream {
        volatile long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }

    /**
     * A one-line progress bar on a terminal: rows done, names/s, and when the input's size is known
     * (a file, not standard input) a bar, the share done and the time left. Rows are read ahead of
     * the screening (up to two windows of rows), so the share is not the bytes read: the rows read
     * so far and the share of bytes they took give an estimate of the rows in the file, and the bar
     * shows the rows done against it. Redrawn at most five times a second, in place ({@code \r});
     * off when standard error is not a terminal, so logs get only the summary.
     */
    static final class Progress {
        static final int WIDTH = 30;
        static final long EVERY_NANOS = 200_000_000L;
        private final PrintWriter err;
        private final boolean enabled;
        private final long totalBytes;
        /** What is counted: rows of a file, or subjects (a re-screening, which knows their number: see {@link #counting}). */
        private final String noun;
        private final long start = System.nanoTime();
        private long lastPrint;
        private int lastLength;

        Progress(PrintWriter err, boolean enabled, long totalBytes) {
            this(err, enabled, totalBytes, "rows");
        }

        private Progress(PrintWriter err, boolean enabled, long totalBytes, String noun) {
            this.err = err;
            this.enabled = enabled;
            this.totalBytes = totalBytes;
            this.noun = noun;
        }

        /**
         * Progress over {@code total} things known in advance ({@code rescreen}'s subjects), drawn with {@link #update}
         * given the count done as rows read and bytes too: the share is then the count done against the total.
         */
        static Progress counting(PrintWriter err, boolean enabled, long total, String noun) {
            return new Progress(err, enabled, total, noun);
        }

        boolean enabled() {
            return enabled;
        }

        /**
         * {@code done}: rows screened or failed so far; {@code read}: rows read; {@code bytes}: input bytes
         * read (compressed bytes for .gz, as the file's size is).
         */
        void update(long done, long read, long bytes) {
            if (!enabled) return;
            long now = System.nanoTime();
            if (now - lastPrint < EVERY_NANOS) return;
            lastPrint = now;
            draw(line(done, read, bytes, totalBytes, (now - start) / 1e9, false, noun));
        }

        /** The last line, at 100 %, then a line break, so the summary starts on a line of its own. */
        void done(long done) {
            if (!enabled) return;
            draw(line(done, done, totalBytes, totalBytes, (System.nanoTime() - start) / 1e9, true, noun));
            err.println();
            err.flush();
        }

        private void draw(String line) {
            // pad over the previous line's tail: the new one can be shorter (an ETA of 9s after 10s)
            err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
            err.flush();
        }

        /** One progress line; pure, so its format is tested. */
        static String line(long done, long read, long bytes, long totalBytes, double seconds, boolean finished) {
            return line(done, read, bytes, totalBytes, seconds, finished, "rows");
        }

        static String line(long done, long read, long bytes, long totalBytes, double seconds, boolean finished, String noun) {
            double rate = seconds > 0 ? done / seconds : 0;
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d %s  %,.0f names/s", done, noun, rate));
            if (totalBytes <= 0) return sb.toString();
            double share = 0;
            double rowsInFile = 0;
            if (finished) {
                share = 1;
            } else if (bytes > 0 && read > 0) {
                rowsInFile = read / Math.min(1.0, (double) bytes / totalBytes);
                share = Math.min(1.0, done / rowsInFile);
            }
            int filled = (int) (share * WIDTH);
            sb.append("  [").append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append(']');
            sb.append(String.format(Locale.ROOT, " %3d%%", (int) (share * 100)));
            if (finished) sb.append("  done in ").append(duration(seconds));
            else if (rate > 0 && rowsInFile > 0) sb.append("  ETA ").append(duration((rowsInFile - done) / rate));
            else sb.append("  ETA --");
            return sb.toString();
        }

        /** 42s, 3m07s, 1h02m09s. */
        static String duration(double seconds) {
            long s = Math.max(0, Math.round(seconds));
            if (s < 60) return s + "s";
            if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
            return String.format(Locale.ROOT, "%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60);
        }
    }

    /**
     * Whether standard error is a terminal, where the progress bar goes. {@link System#console()}
     * answers for standard input and output, so it turns the bar off when the results are piped
     * ({@code screen-file in.csv > out.csv}) though the user watches standard error; on Linux the
     * descriptor itself is asked.
     */
    static boolean stderrIsTerminal() {
        try {
            Path fd2 = Path.of("/proc/self/fd/2");
            if (Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux, or not allowed to look: fall back to the console
        }
        return System.console() != null;
    }
}
