package org.cordon.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.cordon.lists.ListLoader;
import org.cordon.lists.csv.CsvReader;
import org.cordon.model.Entity;
import org.cordon.model.SanctionsList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * spark-screen runs on JDK 17 (and a second run reads the driver's cache of the index the first wrote): this test is run
 * by the {@code jdk17} surefire execution of this module
 * (see its pom), in a JDK 17 JVM, on the Cordon classes Spark uses (cordon-model, -lists, -match,
 * -spark, compiled at release 17). It screens a small generated customer table with planted listed names
 * in {@code local[2]} against the real lists through the real command, and compares the output with
 * {@code cordon screen-file}'s on the same input, which runs in a child JVM on the JDK that runs Maven
 * (Temurin 25), because the CLI is compiled at release 21. A class JDK 17 refuses fails the test with
 * {@link UnsupportedClassVersionError}; a differing byte fails it too.
 *
 * <p>Skipped (not failed) when the default execution runs it: {@code cordon.jdk17.home} and {@code cordon.cli.java}
 * are set only by the {@code jdk17} execution.
 */
class SparkOnJdk17Test {
    /** As SparkScreeningTest finds them; that class is not touched here, since it refers to the CLI's release 21 classes. */
    static final Path LISTS = Path.of(System.getProperty("cordon.shared", "../../shared"), "data", "lists");

    @TempDir
    Path dir;

    @Test
    void sparkScreenOnJdk17WritesWhatScreenFileWrites() throws Exception {
        String jdk17 = System.getProperty("cordon.jdk17.home");
        String cliJava = System.getProperty("cordon.cli.java");
        assumeTrue(jdk17 != null && cliJava != null, "run by the jdk17 surefire execution");
        assertThat(Path.of(System.getProperty("java.home")).toRealPath()).isEqualTo(Path.of(jdk17).toRealPath());
        assertThat(Runtime.version().feature()).as("JVM running this test: %s", System.getProperty("java.home")).isEqualTo(17);

        List<SanctionsList> lists = ListLoader.load(LISTS).lists();
        CustomerFile customers = CustomerFile.generate(20261129L, 150, lists, 15);
        Path in = dir.resolve("customers.csv");
        customers.write(in);

        // screen-file in a child JVM (release 21 classes), started first so that it loads its lists while Spark starts.
        Path expected = dir.resolve("screen-file.csv");
        Path cliLog = dir.resolve("screen-file.log");
        Process cli = new ProcessBuilder(cliJava, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.cordon.cli.CordonCommand", "screen-file", in.toString(), "--out", expected.toString(),
                "--lists", LISTS.toString(), "--no-snapshot", "--threads", "1", "--quiet")
                .redirectErrorStream(true).redirectOutput(cliLog.toFile()).start();

        Path out = dir.resolve("spark.csv");
        Path cache = dir.resolve("data").resolve("spark-index.snapshot");
        int code = SparkScreenCommand.execute(in.toString(), "--out", out.toString(), "--lists", LISTS.toString(),
                "--master", "local[2]", "--snapshot", cache.toString(), "--quiet");
        assertThat(code).as("spark-screen exit code").isZero();
        assertThat(cache).as("the driver's cache of the compiled index").isNotEmptyFile();
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(cache);

        assertThat(cli.waitFor(10, TimeUnit.MINUTES)).as("screen-file finished").isTrue();
        assertThat(cli.exitValue()).as("screen-file: %s", Files.readString(cliLog)).isZero();

        String sparkCsv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(sparkCsv).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        Map<String, Set<String>> found = new HashMap<>();
        for (String[] r : readCsv(out)) found.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[2]);
        assertThat(customers.planted).hasSize(15);
        for (Map.Entry<String, Entity> p : customers.planted.entrySet()) {
            assertThat(found.getOrDefault(p.getKey(), Set.of())).as("%s (%s)", p.getKey(), p.getValue().caption())
                    .contains(p.getValue().id());
        }

        // Failed rows: the same ids and reasons (screen-file adds line numbers, Spark the input file).
        List<String> sparkErrors = new ArrayList<>();
        for (String[] r : readCsv(Path.of(out + ".errors.csv"))) sparkErrors.add(r[1] + ": " + r[2]);
        List<String> cliErrors = new ArrayList<>();
        for (String[] r : readCsv(Path.of(expected + ".errors.csv"))) cliErrors.add(r[1] + ": " + r[2]);
        assertThat(sparkErrors).hasSize(CustomerFile.BAD_ROWS.size()).containsExactlyElementsOf(cliErrors);

        // Again, from the driver's cache (the lists not read, nothing compiled: the file is not written again): the same bytes.
        Path again = dir.resolve("spark-again.csv");
        assertThat(SparkScreenCommand.execute(in.toString(), "--out", again.toString(), "--lists", LISTS.toString(),
                "--master", "local[2]", "--snapshot", cache.toString(), "--quiet")).as("spark-screen exit code, from the cache").isZero();
        assertThat(Files.getLastModifiedTime(cache)).as("cache read, not rewritten").isEqualTo(written);
        assertThat(Files.readString(again, StandardCharsets.UTF_8)).isEqualTo(sparkCsv);
        assertThat(Files.readString(Path.of(again + ".errors.csv"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(Path.of(out + ".errors.csv"), StandardCharsets.UTF_8));
    }

    /** Data rows of a CSV file with a header, read with Cordon's reader. */
    static List<String[]> readCsv(Path file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CsvReader csv = new CsvReader(r)) {
            csv.next();
            String[] row;
            while ((row = csv.next()) != null) rows.add(row);
        }
        return rows;
    }
}
