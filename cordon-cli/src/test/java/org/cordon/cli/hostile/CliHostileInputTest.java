package org.cordon.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.cordon.cli.CordonCommand;
import org.cordon.cli.ExitCodes;
import org.cordon.lists.csv.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The hostile-input rules through the command line, as an operator meets them: a clear message naming file and
 * line with exit code 2 and no stack trace, nothing of a planted file in any output, formula cells neutralised in
 * every CSV Cordon writes, and invisible characters that cannot hide a listed name.
 */
class CliHostileInputTest {
    static final Path LISTS = Path.of(System.getProperty("cordon.shared", "../../shared"), "data", "lists");
    private static final String SECRET = "PLANTED-SECRET-51c2e0";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CordonCommand.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void zeroWidthSpaceDoesNotHidePutin() throws IOException {
        Run r = run("screen", "Pu\u200Btin, Vladimir", "--lists", LISTS.toString(), "--limit", "3", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode results = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("results");
        assertThat(results.size()).isPositive();
        for (com.fasterxml.jackson.databind.JsonNode res : results) {
            assertThat(res.get("caption").asText().toLowerCase()).contains("putin");
            assertThat(res.get("match").asBoolean()).isTrue();
        }
    }

    /**
     * Every invisible or direction character in one screening run over the real lists: each query's top
     * result is Putin and a match, as for the clean name.
     */
    @Test
    void invisibleAndDirectionCharactersDoNotHidePutinInABatch() throws IOException {
        String[][] queries = {
                {"clean", "Putin, Vladimir"},
                {"zwsp", "Pu\u200Btin, Vladimir"},
                {"zwj-zwnj", "Pu\u200Dt\u200Cin Vla\u200Ddimir"},
                {"rlm-lrm", "\u200FPutin\u200E Vladimir"},
                {"rlo-override", "\u202EPutin Vladimir\u202C"},
                {"isolates", "\u2066Putin\u2069 \u2067Vladimir\u2069"},
                {"word-joiner-bom", "Pu\u2060tin \uFEFFVladimir"},
                {"soft-hyphen", "Pu\u00ADtin Vla\u00ADdimir"},
                {"mongolian-vs", "Pu\u180Etin Vladimir"},
                {"fullwidth", "\uFF30\uFF55\uFF54\uFF49\uFF4E Vladimir"},
        };
        StringBuilder in = new StringBuilder("id,name\n");
        for (String[] q : queries) in.append(q[0]).append(",\"").append(q[1]).append("\"\n");
        Path input = dir.resolve("in.csv");
        Files.writeString(input, in);
        Path out = dir.resolve("out.csv");
        Run r = run("screen-file", input.toString(), "--lists", LISTS.toString(), "--out", out.toString(), "--limit", "1", "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String[]> rows = readCsv(out);
        for (String[] q : queries) {
            String[] top = rows.stream().filter(row -> row[0].equals(q[0]) && row[1].equals("1")).findFirst()
                    .orElseThrow(() -> new AssertionError(q[0] + ": no result for " + Arrays.toString(q[1].chars().toArray())));
            assertThat(top[6].toLowerCase()).as(q[0]).contains("putin");
            assertThat(top[8]).as(q[0] + " match").isEqualTo("true");
        }
    }

    @Test
    void externalEntityInAListFileIsRefusedAndTheFileNeverShows() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        Path lists = Files.createDirectories(dir.resolve("lists"));
        Files.writeString(lists.resolve("un.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&xxe;</FIRST_NAME>"
                + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n");
        for (String[] args : List.of(new String[] {"lists", "--lists", lists.toString()},
                new String[] {"screen", "Kim", "--lists", lists.toString()},
                new String[] {"export", "--format", "ftm", "--lists", lists.toString()})) {
            Run r = run(args);
            assertThat(r.exit()).as(args[0]).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).contains("un.xml").contains("DOCTYPE").doesNotContain("at org.");
            assertThat(r.out() + r.err()).doesNotContain(SECRET);
        }
    }

    @Test
    void billionLaughsInAListFileIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Designations [<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 9; i++) dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        Path lists = Files.createDirectories(dir.resolve("lists"));
        Files.writeString(lists.resolve("uk.xml"), dtd + "]>\n<Designations><Designation><UniqueID>&a9;</UniqueID></Designation></Designations>\n");
        Run r = run("lists", "--lists", lists.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("uk.xml").contains("DOCTYPE").doesNotContain("at org.");
    }

    @Test
    void gzipBombListIsRefusedWithTheBound() throws IOException {
        Path lists = Files.createDirectories(dir.resolve("lists"));
        gzipRepeated(lists.resolve("inhouse.csv.gz"), "id,name\n1,Kim Jong Un\n", (byte) '\n', 3L << 29, "");
        Run r = run("lists", "--lists", lists.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("inhouse.csv.gz").contains("gzip bomb").doesNotContain("at org.");
    }

    @Test
    void twoGibLineInAListFileNamesFileAndLine() throws IOException {
        Path lists = Files.createDirectories(dir.resolve("lists"));
        gzipRepeated(lists.resolve("inhouse.csv.gz"), "id,name\n1,Kim\n2,", (byte) 'a', 2L << 30, "\n");
        Run r = run("screen", "Kim", "--lists", lists.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("inhouse.csv.gz:3").contains("field longer than").doesNotContain("at org.");
    }

    /** A 2 GiB line in the file being screened: the rows before it are screened, then a clear error, not a silent stop. */
    @Test
    void twoGibLineInAScreenedFileIsReportedNotSilentlyDropped() throws IOException {
        Path lists = Files.createDirectories(dir.resolve("lists"));
        Files.writeString(lists.resolve("inhouse.csv"), "id,name\n1,Kim Jong Un\n");
        Path in = gzipRepeated(dir.resolve("in.csv.gz"), "id,name\nq1,Kim Jong Un\nq2,", (byte) 'a', 2L << 30, "\nq3,Kim Jong Un\n");
        Path out = dir.resolve("out.csv");
        Run r = run("screen-file", in.toString(), "--lists", lists.toString(), "--out", out.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("in.csv.gz:3").contains("field longer than").doesNotContain("at org.");
        assertThat(Files.readString(out)).contains("q1,");
    }

    @Test
    void invalidUtf8InAListFileNamesFileAndLine() throws IOException {
        Path lists = Files.createDirectories(dir.resolve("lists"));
        byte[] csv = "id,name\n1,Kim Jong Un\n2,Ali X\n".getBytes(StandardCharsets.UTF_8);
        csv[csv.length - 3] = (byte) 0xFF;
        Files.write(lists.resolve("inhouse.csv"), csv);
        Run r = run("lists", "--lists", lists.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("inhouse.csv:3").contains("UTF-8");
    }

    /** An undecodable name in a screened file is that row's error, not a query with U+FFFD screened as if fine. */
    @Test
    void invalidUtf8InAScreenedFileFailsThatRow() throws IOException {
        Path lists = Files.createDirectories(dir.resolve("lists"));
        Files.writeString(lists.resolve("inhouse.csv"), "id,name\n1,Kim Jong Un\n");
        byte[] csv = "id,name\nq1,Kim Jong Un\nq2,Kim J\u00F6ng Un\nq3,Kim\u0000Jong Un\n".getBytes(StandardCharsets.ISO_8859_1);
        Path in = dir.resolve("in.csv");
        Files.write(in, csv);
        Path out = dir.resolve("out.csv");
        Run r = run("screen-file", in.toString(), "--lists", lists.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("row 3").contains("UTF-8");
        assertThat(r.err()).contains("row 4").contains("<U+0000>");
        assertThat(Files.readString(Path.of(out + ".errors.csv"))).contains("q2").contains("q3").contains("UTF-8");
        assertThat(Files.readString(out)).contains("q1,").doesNotContain("q2,").doesNotContain("q3,");
    }

    /**
     * Formula injection: list names and ids, query ids and input cells that start with =, +, -, @ come out of
     * screen-file (results and errors file) and score-pairs as text a spreadsheet will not run.
     */
    @Test
    void everyCsvCordonWritesNeutralisesFormulaCells() throws IOException {
        Path lists = Files.createDirectories(dir.resolve("lists"));
        Files.writeString(lists.resolve("inhouse.csv"), "id,name,aliases\n"
                + "\"=1+2\",\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"Kim Jong Un\"\")\",Kim Jong Un\n"
                + "@SUM(A1),\"+Kim Jong Un\",\n"
                + "-5,\"-Kim Jong Un\",\n");
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,name,schema\n\"=cmd|' /C calc'!A0\",Kim Jong Un,\n@q2,Kim Jong Un,\n+q3,Kim Jong Un,Spaceship\n");
        Path out = dir.resolve("out.csv");
        Run r = run("screen-file", in.toString(), "--lists", lists.toString(), "--out", out.toString(), "--threshold", "0.1", "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String[]> results = readCsv(out);
        assertThat(results).hasSizeGreaterThan(3);
        assertThat(String.join("\n", Files.readAllLines(out))).contains("'=HYPERLINK").contains("'=cmd").contains("'@q2");
        assertNoFormulaCells(results, out);
        Path errors = Path.of(out + ".errors.csv");
        assertThat(Files.readString(errors)).contains("'+q3");
        assertNoFormulaCells(readCsv(errors), errors);

        Path pairs = dir.resolve("pairs.csv");
        Files.writeString(pairs, "schema,name1,name2,label,note\nPerson,=1+1,@Kim,1,+cmd\nPerson,Kim Jong Un,-Kim Jong Un,1,=x\n");
        Path scored = dir.resolve("scored.csv");
        Run p = run("score-pairs", pairs.toString(), "--out", scored.toString());
        assertThat(p.exit()).as(p.err()).isZero();
        assertNoFormulaCells(readCsv(scored), scored);
        assertThat(Files.readString(scored)).contains("'=1+1").contains("'+cmd");
    }

    private static void assertNoFormulaCells(List<String[]> rows, Path file) {
        for (String[] row : rows) {
            for (String cell : row) {
                if (cell.isEmpty() || cell.matches("-?[0-9.]+")) continue;
                assertThat("=+-@\t\r".indexOf(cell.charAt(0))).as(file.getFileName() + " cell " + cell).isNegative();
            }
        }
    }

    static List<String[]> readCsv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(Files.readString(file)))) {
            String[] row;
            while ((row = r.next()) != null) rows.add(row);
        } catch (CsvReader.CsvException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** A gzip file decompressing to prefix + n copies of one byte + suffix, from identical 64 MiB members. */
    static Path gzipRepeated(Path file, String prefix, byte filler, long n, String suffix) throws IOException {
        int chunk = 64 << 20;
        byte[] data = new byte[chunk];
        Arrays.fill(data, filler);
        byte[] member = gzip(data, chunk);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
            out.write(gzip(p, p.length));
            for (long left = n; left > 0; left -= chunk) out.write(left >= chunk ? member : gzip(data, (int) left));
            byte[] s = suffix.getBytes(StandardCharsets.UTF_8);
            out.write(gzip(s, s.length));
        }
        return file;
    }

    private static byte[] gzip(byte[] data, int len) throws IOException {
        java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos, 1 << 16)) {
            gz.write(data, 0, len);
        }
        return bos.toByteArray();
    }
}
