package org.cordon.lists.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotesDoubledQuotesNewlinesAndOfacNulls() throws Exception {
        String text = "36,\"AERO, \"\"CARIBBEAN\"\"\",-0- ,\"line1\nline2\"\r\n\n7,x,y,z\n\u001A";
        List<String[]> rows = readAll(text);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("36", "AERO, \"CARIBBEAN\"", "-0- ", "line1\nline2");
        assertThat(rows.get(1)).containsExactly("7", "x", "y", "z");
    }

    @Test
    void recordLineCountsLinesInsideQuotedFields() throws Exception {
        CsvReader r = new CsvReader(new StringReader("a,\"b\nc\"\nd,e\n"));
        r.next();
        assertThat(r.recordLine()).isEqualTo(1);
        r.next();
        assertThat(r.recordLine()).isEqualTo(3);
    }

    @Test
    void unclosedQuoteNamesTheLineItOpened() {
        assertThatThrownBy(() -> readAll("a,b\nc,\"never closed\nmore\n"))
                .isInstanceOf(CsvReader.CsvException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void oversizedFieldIsRefusedNotBuffered() {
        CsvReader r = new CsvReader(new StringReader("x".repeat(5000)), ',', 1000, 10);
        assertThatThrownBy(r::next).isInstanceOf(CsvReader.CsvException.class).hasMessageContaining("longer than 1000");
    }

    @Test
    void writerNeutralisesFormulaCellsButNotNumbers() throws IOException {
        StringWriter sw = new StringWriter();
        new CsvWriter(sw).writeRow("=HYPERLINK(\"http://x\")", "+1+1", "-0.5", "@SUM(A1)", "plain, comma", "-", "\tx");
        assertThat(sw.toString()).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+1+1,-0.5,'@SUM(A1),\"plain, comma\",'-,'\tx\n");
    }

    private static List<String[]> readAll(String text) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(text))) {
            String[] row;
            while ((row = r.next()) != null) rows.add(row);
        }
        return rows;
    }
}
