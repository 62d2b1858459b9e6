package org.cordon.lists.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A streaming RFC 4180 CSV reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF.
 * Tolerates what OFAC's legacy files do (unquoted "-0- " with a trailing space, a 0x1A end-of-file
 * marker). Every record knows the line it started on, and field and record sizes are bounded so that
 * a hostile file (one 2 GB line) fails with a message instead of exhausting memory.
 */
public final class CsvReader implements Closeable {
    /** Largest field accepted; list remarks run to a few KB, so 1 MiB is generous. */
    public static final int DEFAULT_MAX_FIELD = 1 << 20;
    public static final int DEFAULT_MAX_FIELDS = 4096;
    /**
     * Largest record accepted, in characters: without it 4,096 fields of just under 1 MiB would be 8 GB of heap.
     * OFAC's longest legacy CSV record is a few KB.
     */
    public static final int DEFAULT_MAX_RECORD = 16 << 20;
    private static final char EOF_MARKER = 0x1A;

    private final Reader in;
    private final char delimiter;
    private final int maxField;
    private final int maxFields;
    private final long maxRecord;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;
    private long recordLine;
    private long recordChars;
    private boolean eof;

    public CsvReader(Reader in) {
        this(in, ',', DEFAULT_MAX_FIELD, DEFAULT_MAX_FIELDS);
    }

    public CsvReader(Reader in, char delimiter, int maxField, int maxFields) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxField = maxField;
        this.maxFields = maxFields;
        this.maxRecord = Math.max(DEFAULT_MAX_RECORD, maxField);
    }

    /** The 1-based line on which the record last returned by {@link #next} starts. */
    public long recordLine() {
        return recordLine;
    }

    /**
     * The next record, or null at end of input. Blank lines are skipped. A leading byte-order mark
     * is dropped.
     */
    public String[] next() throws IOException, CsvException {
        while (true) {
            int c = peek();
            if (c < 0) return null;
            if (c == '\n') { read(); line++; continue; }
            if (c == '\r') { read(); continue; }
            if (c == '\uFEFF' && recordLine == 0) { read(); continue; }
            if (c == EOF_MARKER) { read(); continue; }
            break;
        }
        recordLine = line;
        recordChars = 0;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            int c = read();
            if (c < 0 || c == '\n' || (c == '\r' && peek() == '\n') || c == '\r') {
                if (c == '\r' && peek() == '\n') read();
                fields.add(field.toString());
                if (c >= 0) line++;
                return fields.toArray(new String[0]);
            }
            if (c == delimiter) {
                addField(fields, field);
                field.setLength(0);
                continue;
            }
            if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                readQuoted(field);
                continue;
            }
            if (c == EOF_MARKER && peekIsEnd()) continue;
            append(field, (char) c);
        }
    }

    private void readQuoted(StringBuilder field) throws IOException, CsvException {
        long start = line;
        while (true) {
            int c = read();
            if (c < 0) throw new CsvException(start, "quoted field opened on line " + start + " is never closed");
            if (c == '"') {
                if (peek() == '"') { read(); append(field, '"'); continue; }
                return;
            }
            if (c == '\n') line++;
            append(field, (char) c);
        }
    }

    private void addField(List<String> fields, StringBuilder field) throws CsvException {
        if (fields.size() >= maxFields) throw new CsvException(recordLine, "more than " + maxFields + " fields in one record");
        fields.add(field.toString());
    }

    private void append(StringBuilder field, char c) throws CsvException {
        if (field.length() >= maxField) {
            throw new CsvException(recordLine, "field longer than " + maxField + " characters (is this a CSV file?)");
        }
        if (++recordChars > maxRecord) {
            throw new CsvException(recordLine, "record longer than " + maxRecord + " characters (is this a CSV file?)");
        }
        field.append(c);
    }

    private boolean peekIsEnd() throws IOException {
        int c = peek();
        return c < 0 || c == '\n' || c == '\r';
    }

    private int peek() throws IOException {
        if (pos >= len && !fill()) return -1;
        return buf[pos];
    }

    private int read() throws IOException {
        if (pos >= len && !fill()) return -1;
        return buf[pos++];
    }

    private boolean fill() throws IOException {
        if (eof) return false;
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) { eof = true; len = 0; return false; }
        return true;
    }

    /**
     * The first control character in a cell other than tab, CR and LF (NUL, the 0x1A end marker inside text...),
     * or -1. Text lists never hold them; one means a binary file or UTF-16 text read as UTF-8, and a name with a
     * hidden NUL would screen differently from the name an analyst sees.
     */
    public static int firstControl(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return i;
        }
        return -1;
    }

    /** A cell shown in an error message: control characters as U+XXXX, cut to 80 characters. */
    public static String printable(String cell) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cell.length() && sb.length() < 80; i++) {
            char c = cell.charAt(i);
            if (c < 0x20 || c == 0x7F) sb.append(String.format(Locale.ROOT, "<U+%04X>", (int) c));
            else sb.append(c);
        }
        return sb.toString().strip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A CSV syntax fault at a line. */
    public static final class CsvException extends Exception {
        private final long line;

        public CsvException(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }
}
