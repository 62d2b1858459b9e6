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
import java.util.Random;
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
        screenFile(in, out, LISTS, extra);
    }

    static void screenFile(Path in, Path out, Path lists, String... extra) {
        List<String> args = new ArrayList<>(List.of("screen-file", in.toString(), "--out", out.toString(),
                "--lists", lists.toString(), "--quiet"));
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
     * Delta mode on a real pair of list versions: OFAC's SDN list ({@code sdn.csv}) of 2023-12-28 and of 2024-05-03
     * from ../shared/data/archive/ofac, each beside the same other lists (UN, EU, UK, OFAC non-SDN, EU vessels), the pair
     * docs/list-diff-ofac-2023-12-28-vs-2024-05-03.md compares. Customers: generated rows with names of added or
     * changed entities and of unchanged ones planted among them. The output is exactly screen-file's full run on the
     * new lists (asked for with a large limit) restricted to the added and changed entities, first ten per row: same
     * scores, ranks and profile ids, although the executors skip every other entity before scoring it.
     */
    @Test
    void deltaModeOnRealListVersionsIsTheFullRunRestrictedToChangedEntities() throws Exception {
        Path older = listsWithSdn("old", "sdn_2023-12-28");
        Path newer = listsWithSdn("new", "sdn_2024-05-03");
        List<SanctionsList> newLists = ListLoader.load(newer).lists();
        ListDelta delta = ListDelta.between(ListLoader.load(older).lists(), newLists);
        // `cordon lists diff` of the two sdn.csv files alone counts 1,256 added, 112 removed, 48 changed (ignoring the
        // order of values). One of the added, ofac-18795, is on OFAC's non-SDN list in both versions, so here it is changed.
        assertThat(delta.added()).isEqualTo(1255);
        assertThat(delta.removed()).isEqualTo(112);
        assertThat(delta.modified()).isGreaterThanOrEqualTo(49);
        Set<String> changed = new HashSet<>();
        for (SanctionsList l : delta.changed()) for (Entity e : l.entities()) changed.add(e.id());
        assertThat(changed).hasSize(delta.changedCount());

        // 200 generated customers, 30 names of changed entities and 30 of unchanged ones
        List<SanctionsList> unchanged = new ArrayList<>();
        for (SanctionsList l : newLists) {
            unchanged.add(new SanctionsList(l.version(), l.entities().stream().filter(e -> !changed.contains(e.id())).toList()));
        }
        Random rnd = new Random(20261129L);
        CustomerFile f = CustomerFile.generate(20261129L, 200, newLists, 0);
        List<Entity> plantChanged = CustomerFile.pick(delta.changed(), 30, rnd);
        List<Entity> plantUnchanged = CustomerFile.pick(unchanged, 30, rnd);
        for (Entity e : plantChanged) f.rows.add(rnd.nextInt(f.rows.size() + 1), new String[] {"new-" + e.id(), e.caption(), e.schema().ftmName(), "", ""});
        for (Entity e : plantUnchanged) f.rows.add(rnd.nextInt(f.rows.size() + 1), new String[] {"old-" + e.id(), e.caption(), e.schema().ftmName(), "", ""});
        Path in = dir.resolve("delta-customers.csv");
        f.write(in);

        Path wide = dir.resolve("delta-wide.csv");
        screenFile(in, wide, newer, "--threads", "2", "--limit", "1000", "--snapshot", dir.resolve("new.snapshot").toString());
        List<String[]> fullRun = readCsv(wide);
        List<String> expected = new ArrayList<>();
        Map<String, Integer> rank = new LinkedHashMap<>();
        for (String[] r : fullRun) {
            if (!changed.contains(r[2])) continue;
            int k = rank.merge(r[0], 1, Integer::sum);
            if (k > 10) continue;
            String[] row = r.clone();
            row[1] = Integer.toString(k);
            expected.add(String.join("|", row));
        }

        Path out = dir.resolve("delta.csv");
        SparkScreening.Summary s = new SparkScreening(spark).run(newLists, delta, in.toString(), CustomerTable.Format.CSV,
                out.toString(), null, 10, 0);

        List<String[]> deltaRows = readCsv(out);
        assertThat(deltaRows.stream().map(r -> String.join("|", r)).toList()).isNotEmpty().containsExactlyElementsOf(expected);
        assertThat(s.results()).isEqualTo(expected.size());
        Map<String, Set<String>> found = entitiesByQuery(deltaRows);
        for (Entity e : plantChanged) assertThat(found.get("new-" + e.id())).as("%s (%s)", e.id(), e.caption()).contains(e.id());
        for (Entity e : plantUnchanged) assertThat(found.getOrDefault("old-" + e.id(), Set.of())).doesNotContain(e.id());
        // not vacuous: the full run matched the unchanged planted entities, which delta mode left out
        Map<String, Set<String>> full = entitiesByQuery(fullRun);
        for (Entity e : plantUnchanged) assertThat(full.get("old-" + e.id())).as("%s (%s)", e.id(), e.caption()).contains(e.id());
    }

    /**
     * A list directory with every current list but OFAC's SDN, which is the {@code sdn.csv} of the archived
     * version {@code sdnVersion} alone (the 2024-05-03 version has no alt.csv or add.csv). Copies (about 3 MB), not links,
     * so that JUnit removes the temporary directory without a warning per link.
     */
    static Path listsWithSdn(String name, String sdnVersion) throws IOException {
        Path root = dir.resolve("lists-" + name);
        Path archive = LISTS.getParent().resolve("archive");
        try (Stream<Path> files = Files.walk(LISTS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path rel = LISTS.relativize(file);
                if (rel.startsWith(Path.of("ofac", "sdn_2023-12-28")) || rel.toString().endsWith(".md")) continue;
                Files.createDirectories(root.resolve(rel).getParent());
                Files.copy(file, root.resolve(rel));
            }
        }
        Path sdn = root.resolve("ofac").resolve(sdnVersion);
        Files.createDirectories(sdn);
        Files.copy(archive.resolve("ofac").resolve(sdnVersion).resolve("sdn.csv.gz"), sdn.resolve("sdn.csv.gz"));
        return root;
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
