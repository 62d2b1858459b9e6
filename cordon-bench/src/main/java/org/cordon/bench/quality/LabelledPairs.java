package org.cordon.bench.quality;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cordon.lists.csv.CsvReader;

/**
 * Name pairs in the layout of shared/eval/name-pairs-dev.csv: a header with at least
 * {@code schema,name1,name2}, optionally {@code is_match} (the label) and {@code logic_v2_score}
 * (yente's score); other columns are kept as they are.
 */
public record LabelledPairs(Path file, String[] header, List<String[]> rows) {

    public static LabelledPairs read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CsvReader csv = new CsvReader(r)) {
            String[] header = csv.next();
            if (header == null) throw new IOException(file + ": empty file, expected a header with schema,name1,name2");
            for (int i = 0; i < header.length; i++) header[i] = header[i].strip().replace("\uFEFF", "");
            LabelledPairs p = new LabelledPairs(file, header, new ArrayList<>());
            for (String col : new String[]{"schema", "name1", "name2"}) {
                if (p.column(col) < 0) {
                    throw new IOException(file + ":1: missing column '" + col + "' (header is " + Arrays.toString(header) + ")");
                }
            }
            String[] row;
            while ((row = csv.next()) != null) {
                if (row.length == 1 && row[0].isBlank()) continue;
                if (row.length < header.length) row = Arrays.copyOf(row, header.length);
                for (int i = 0; i < row.length; i++) if (row[i] == null) row[i] = "";
                p.rows.add(row);
            }
            return p;
        } catch (CsvReader.CsvException e) {
            throw new IOException(file + ":" + e.line() + ": " + e.getMessage(), e);
        }
    }

    public int column(String name) {
        for (int i = 0; i < header.length; i++) if (header[i].equalsIgnoreCase(name)) return i;
        return -1;
    }

    public String get(String[] row, String col) {
        int i = column(col);
        return i < 0 || i >= row.length ? "" : row[i];
    }

    /** The label of a row, or null when the file has none. */
    public Boolean label(String[] row) {
        String v = get(row, "is_match").strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) return null;
        return v.equals("true") || v.equals("1") || v.equals("yes");
    }
}
