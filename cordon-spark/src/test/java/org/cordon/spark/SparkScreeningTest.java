package org.cordon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.cordon.cli.CordonCommand;
import org.cordon.lists.ListLoader;
import org.cordon.lists.csv.CsvReader;
import org.cordon.match.ResultRow;
import org.cordon.model.Entity;
import org.cordon.model.SanctionsList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * spark-screen in {@code local[2]} on a generated customer table with listed names planted in it,
 * against the real lists in ../shared/data/lists: every planted name is found, and the output equals
 * what {@code cordon screen-file} writes for the same input, run through the real command. One Spark
 * session serves the whole class because starting one takes seconds.
 */
class SparkScreeningTest {
    static final Path LISTS = Path.of(System.getProperty("cordon.shared", "../../shared"), "data", "lists");
    /** Generated rows: a few hundred keep CI short on 2 cores (-Dcordon.spark.rows=N for more). */
    static final int ROWS = Integer.getInteger("cordon.spark.rows", 600);
    static final int PLANTED = 40;

    @TempDir
    static Path dir;
    static SparkSession spark;
    static List<SanctionsList> lists;
    static CustomerFile customers;
    static Path input;
    /** screen-file's output on {@link #input}, computed once. */
    static List<String[]> screenFileRows;

    @BeforeAll
    static void start() throws Exception {
        lists = ListLoader.load(LISTS).lists();
        customers = CustomerFile.generate(20260529L, ROWS, lists, PLANTED);
        input = dir.resolve("customers.csv");
        customers.write(input);
        Path expected = dir.resolve("screen-file.csv");
        screenFile(input, expected, "--threads", "2");
        screenFileRows = readCsv(expected);
        spark = SparkSession.builder().master("local[2]").appName("cordon-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    static void screenFile(Path in, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("screen-file", in.toString(), "--out", out.toString(),
                "--lists", LISTS.toString(), "--quiet"));
        args.addAll(List.of(extra));
        StringWriter err = new StringWriter();
        CommandLine cl = CordonCommand.newCommandLine();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute(args.toArray(String[]::new))).as(err.toString()).isZero();
    }

    @Test
    void csvOutputIsScreenFilesByteForByteAndFindsEveryPlantedName() throws Exception {
        Path out = dir.resolve("spark.csv");
        SparkScreening.Summary s = new SparkScreening(spark).run(lists, input.toString(), CustomerTable.Format.CSV,
                out.toString(), null, 10, 0);

        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(dir.resolve("screen-file.csv"), StandardCharsets.UTF_8));
        Map<String, Set<String>> found = entitiesByQuery(readCsv(out));
        for (Map.Entry<String, Entity> p : customers.planted.entrySet()) {
            assertThat(found.getOrDefault(p.getKey(), Set.of())).as("%s (%s)", p.getKey(), p.getValue().caption())
                    .contains(p.getValue().id());
        }
        assertThat(customers.planted).hasSize(PLANTED);

        int total = customers.rows.size();
        assertThat(s.rows()).isEqualTo(total);
        assertThat(s.failed()).isEqualTo(CustomerFile.BAD_ROWS.size());
        assertThat(s.screened()).isEqualTo(total - CustomerFile.BAD_ROWS.size());
        assertThat(s.results()).isEqualTo(screenFileRows.size());
        // One screener per executor JVM, shared by its tasks: local mode is one JVM, and an earlier test may have built it.
        assertThat(s.indexBuilds()).isLessThanOrEqualTo(1);

        // Failed rows: the same ids with the same reasons as screen-file's OUT.errors.csv (which adds line numbers).
        List<String> sparkErrors = readCsv(Path.of(out + ".errors.csv")).stream().map(r -> r[1] + ": " + r[2]).toList();
        List<String> cliErrors = readCsv(dir.resolve("screen-file.csv.errors.csv")).stream().map(r -> r[1] + ": " + r[2]).toList();
        assertThat(sparkErrors).containsExactlyElementsOf(cliErrors).hasSize(CustomerFile.BAD_ROWS.size());
        CustomerFile.BAD_ROWS.forEach((id, why) -> assertThat(sparkErrors).anySatisfy(e -> assertThat(e).startsWith(id + ": ").contains(why)));
    }

    @Test
    void parquetInputAndOutputCarryTheSameRows() throws Exception {
        List<String[]> subset = customers.rows.stream()
                .filter(r -> r[0].startsWith("c") || r[0].startsWith("planted-")).limit(300).toList();
        StructType schema = new StructType();
        for (String c : CustomerFile.HEADER) schema = schema.add(c.toUpperCase(), DataTypes.StringType, true);
        List<Row> rows = subset.stream().map(r -> RowFactory.create((Object[]) r)).toList();
        String in = dir.resolve("customers.parquet").toString();
        spark.createDataFrame(rows, schema).repartition(3).write().parquet(in);
        String out = dir.resolve("results.parquet").toString();

        new SparkScreening(spark).run(lists, in, CustomerTable.formatOf(in), out, null, 10, 0);

        Set<String> ids = new HashSet<>();
        for (String[] r : subset) ids.add(r[0].strip());
        List<String> expected = screenFileRows.stream().filter(r -> ids.contains(r[0])).map(r -> String.join("|", r)).sorted().toList();
        List<String> actual = spark.read().parquet(out).collectAsList().stream().map(r -> {
            String[] cells = new String[r.size()];
            for (int i = 0; i < cells.length; i++) cells[i] = r.isNullAt(i) ? "" : r.getString(i);
            return String.join("|", cells);
        }).sorted().toList();
        assertThat(spark.read().parquet(out).columns()).containsExactlyElementsOf(ResultRow.COLUMNS);
        assertThat(actual).isNotEmpty().containsExactlyElementsOf(expected);
    }

    /**
     * Delta mode against an older version of the lists in which some planted entities were missing and
     * some differed: only results for those entities come out, scored and ranked as a full run with a
     * large limit scores them (screen-file, filtered to the changed entities, first ten per row).
     */
    @Test
    void deltaModeKeepsOnlyChangedEntitiesWithFullRunScores() throws Exception {
        List<Entity> plantedEntities = customers.planted.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
        Set<String> removedFromOld = new HashSet<>();
        Set<String> changedInOld = new HashSet<>();
        for (int i = 0; i < 10; i++) removedFromOld.add(plantedEntities.get(i).id());
        for (int i = 10; i < 20; i++) changedInOld.add(plantedEntities.get(i).id());
        List<SanctionsList> older = new ArrayList<>();
        for (SanctionsList l : lists) {
            List<Entity> es = new ArrayList<>();
            for (Entity e : l.entities()) {
                if (removedFromOld.contains(e.id())) continue;
                es.add(changedInOld.contains(e.id()) ? withProgramme(e, "OLD-PROGRAMME") : e);
            }
            older.add(new SanctionsList(l.version(), es));
        }
        ListDelta delta = ListDelta.between(older, lists);
        assertThat(delta.added()).isEqualTo(10);
        assertThat(delta.modified()).isEqualTo(10);

        // The planted rows plus a slice of the rest, so the run stays short.
        List<String[]> subset = new ArrayList<>();
        for (String[] r : customers.rows) {
            if (r.length == 5 && (customers.planted.containsKey(r[0]) || subset.size() < 300)) subset.add(r);
        }
        Path in = dir.resolve("delta-customers.csv");
        CustomerFile.write(in, subset);
        Path wide = dir.resolve("delta-wide.csv");
        screenFile(in, wide, "--threads", "2", "--limit", "1000");
        Set<String> changed = new HashSet<>(removedFromOld);
        changed.addAll(changedInOld);
        List<String> expected = new ArrayList<>();
        Map<String, Integer> rank = new LinkedHashMap<>();
        for (String[] r : readCsv(wide)) {
            if (!changed.contains(r[2])) continue;
            int k = rank.merge(r[0], 1, Integer::sum);
            if (k > 10) continue;
            r[1] = Integer.toString(k);
            expected.add(String.join("|", r));
        }

        Path out = dir.resolve("delta-out");
        new SparkScreening(spark).run(lists, delta, in.toString(), CustomerTable.Format.CSV, out.toString(), null, 10, 0);

        // A directory of CSV parts, each with the header: read them in part order.
        List<String> actual = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String[] r : readCsv(part)) actual.add(String.join("|", r));
            }
        }
        assertThat(actual).isNotEmpty().containsExactlyElementsOf(expected);
        Map<String, Set<String>> found = entitiesByQuery(actual.stream().map(s -> s.split("\\|", -1)).toList());
        for (String id : changed) assertThat(found.get("planted-" + id)).as(id).contains(id);
        assertThat(actual).allSatisfy(r -> assertThat(changed).contains(r.split("\\|", -1)[2]));
    }

    static Entity withProgramme(Entity e, String programme) {
        List<String> programmes = new ArrayList<>(e.programmes());
        programmes.add(programme);
        return new Entity(e.id(), e.source(), e.sourceId(), e.schema(), e.names(), e.birthDates(), e.birthPlaces(),
                e.nationalities(), e.countries(), e.gender(), e.identifiers(), e.addresses(), programmes, e.listedOn(), e.properties());
    }

    static Map<String, Set<String>> entitiesByQuery(List<String[]> rows) {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        for (String[] r : rows) m.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[2]);
        return m;
    }

    /** Data rows of a CSV file with a header, read with Cordon's reader. */
    static List<String[]> readCsv(Path file) throws IOException, CsvReader.CsvException {
        List<String[]> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CsvReader csv = new CsvReader(r)) {
            csv.next();
            String[] row;
            while ((row = csv.next()) != null) out.add(row);
        }
        return out;
    }
}
