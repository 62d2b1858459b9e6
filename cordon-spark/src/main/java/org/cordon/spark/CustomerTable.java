package org.cordon.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The customer table to screen, read from CSV or Parquet at any Hadoop path, with the columns of
 * {@code cordon screen-file}'s input: {@code id,name[,schema][,birth_date][,country]}. Header names are
 * matched as screen-file matches them (case and surrounding blanks ignored; {@code birthdate} and
 * {@code dob} for birth_date, {@code nationality} for country; other columns ignored).
 *
 * <p>The table it returns has the string columns {@link #COLUMNS}, null where the input lacks the
 * column, plus {@code _ord} (input order, so output can be written in the order screen-file writes
 * it), {@code _file} (for error reports), {@code _malformed} (the raw line when a CSV row has
 * another number of cells than the header, which screen-file reports as a failed row) and
 * {@code _width} (the header's number of cells).
 */
public final class CustomerTable {
    public static final List<String> COLUMNS = List.of("id", "name", "schema", "birth_date", "country");
    static final String ORDER = "_ord";
    static final String FILE = "_file";
    static final String MALFORMED = "_malformed";
    static final String WIDTH = "_width";

    /** Input formats. */
    public enum Format { CSV, PARQUET }

    private CustomerTable() {}

    /** The format a path's name implies: Parquet for {@code *.parquet}, else CSV (also {@code .csv.gz}). */
    public static Format formatOf(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p.endsWith(".parquet") || p.endsWith(".parq") ? Format.PARQUET : Format.CSV;
    }

    /**
     * Reads the table.
     *
     * @throws IllegalArgumentException when the header lacks id or name, naming the path and the columns found
     */
    public static Dataset<Row> read(SparkSession spark, String path, Format format) {
        Dataset<Row> raw;
        if (format == Format.PARQUET) {
            raw = spark.read().parquet(path);
        } else {
            // The header alone first: the real read needs a schema with room for malformed rows.
            StructType header = csv(spark).option("header", "true").load(path).schema();
            StructType schema = new StructType();
            for (StructField f : header.fields()) schema = schema.add(f.name(), DataTypes.StringType, true);
            schema = schema.add(MALFORMED, DataTypes.StringType, true);
            raw = csv(spark).option("header", "true").option("enforceSchema", "true")
                    .option("columnNameOfCorruptRecord", MALFORMED).schema(schema).load(path);
        }
        String[] names = raw.columns();
        int[] at = new int[COLUMNS.size()];
        java.util.Arrays.fill(at, -1);
        for (int i = 0; i < names.length; i++) {
            int c = switch (names[i].strip().toLowerCase(Locale.ROOT)) {
                case "id" -> 0;
                case "name" -> 1;
                case "schema" -> 2;
                case "birth_date", "birthdate", "dob" -> 3;
                case "country", "nationality" -> 4;
                default -> -1;
            };
            // The last column of a kind wins, as in screen-file.
            if (c >= 0) at[c] = i;
        }
        if (at[0] < 0 || at[1] < 0) {
            List<String> found = new ArrayList<>();
            for (String n : names) if (!n.equals(MALFORMED)) found.add(n);
            throw new IllegalArgumentException(path + ": header must hold columns id and name (found: " + String.join(",", found)
                    + "); optional: schema, birth_date, country");
        }
        List<Column> select = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            Column v = at[c] < 0 ? lit(null).cast(DataTypes.StringType) : col("`" + names[at[c]] + "`").cast(DataTypes.StringType);
            select.add(v.as(COLUMNS.get(c)));
        }
        select.add(format == Format.CSV ? col(MALFORMED) : lit(null).cast(DataTypes.StringType).as(MALFORMED));
        // Cells a CSV row must have, for the message on a malformed one.
        select.add(lit(format == Format.CSV ? names.length - 1 : names.length).as(WIDTH));
        select.add(input_file_name().as(FILE));
        select.add(monotonically_increasing_id().as(ORDER));
        return raw.select(select.toArray(Column[]::new));
    }

    /**
     * RFC 4180 as Cordon's own CSV reader reads it: doubled quotes inside quotes (Spark's default escape
     * is a backslash), UTF-8, cells kept as written (no trimming), so both see the same values.
     */
    private static org.apache.spark.sql.DataFrameReader csv(SparkSession spark) {
        return spark.read().format("csv").option("escape", "\"").option("quote", "\"").option("encoding", "UTF-8")
                .option("mode", "PERMISSIVE").option("inferSchema", "false")
                .option("ignoreLeadingWhiteSpace", "false").option("ignoreTrailingWhiteSpace", "false");
    }
}
