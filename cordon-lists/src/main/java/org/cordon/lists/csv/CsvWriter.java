package org.cordon.lists.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes RFC 4180 CSV. Cells that a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return) get a leading apostrophe, because names
 * and remarks come from outside and an analyst opens the output in Excel.
 * Plain numbers such as "-0.5" are left alone.
 */
public final class CsvWriter implements Closeable, Flushable {
    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void writeRow(String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) out.write(',');
            out.write(escape(cells[i]));
        }
        out.write('\n');
    }

    public void writeRow(Iterable<String> cells) throws IOException {
        boolean first = true;
        for (String c : cells) {
            if (!first) out.write(',');
            out.write(escape(c));
            first = false;
        }
        out.write('\n');
    }

    /** One cell, neutralised against formula injection and quoted when needed. */
    public static String escape(String cell) {
        if (cell == null) return "";
        String v = neutralise(cell);
        boolean quote = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') { quote = true; break; }
        }
        if (!quote) return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    static String neutralise(String v) {
        if (v.isEmpty()) return v;
        char c = v.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            if ((c == '-' || c == '+') && isNumber(v)) return v;
            return "'" + v;
        }
        return v;
    }

    private static boolean isNumber(String v) {
        if (v.length() < 2) return false;
        boolean digit = false;
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') digit = true;
            else if (c != '.') return false;
        }
        return digit;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
