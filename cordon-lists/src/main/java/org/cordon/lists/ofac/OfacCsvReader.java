package org.cordon.lists.ofac;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cordon.lists.FormatDetector;
import org.cordon.lists.ListFiles;
import org.cordon.lists.ListFormat;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListReader;
import org.cordon.lists.csv.CsvReader;
import org.cordon.model.Address;
import org.cordon.model.Entity;
import org.cordon.model.ListVersion;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.NamePart;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;

/**
 * OFAC's legacy CSV set: the primary records (sdn.csv or cons_prim.csv), their aliases (alt.csv),
 * addresses (add.csv) and the overflow of remarks too long for one field (sdn_comments.csv). The files
 * have no header, write null as {@code -0-} and end with a 0x1A byte.
 *
 * <p>The primary file is read first and held by ent_num; the other parts attach to it. An alias or
 * address for an ent_num the primary file lacks means the parts come from different publications, which
 * is an error. A comments row for a missing ent_num is not: OFAC's comments file is small and often
 * published from a slightly different date (the 2023-12-28 snapshot has 3 such rows). Those rows are
 * skipped and counted in {@link #orphanCommentRows()}.
 */
public final class OfacCsvReader implements ListReader {
    private static final System.Logger LOG = System.getLogger(OfacCsvReader.class.getName());
    private static final String NULL = "-0-";
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)(?![\\d-])");

    private int orphanCommentRows;

    /** Comments rows of the last {@link #read} whose ent_num is not in the primary file (skipped). */
    public int orphanCommentRows() {
        return orphanCommentRows;
    }

    /** One primary record while the other parts are attached to it. */
    private static final class Record {
        final Entity.Builder builder;
        final long line;
        final String position;
        final StringBuilder remarks = new StringBuilder();

        Record(Entity.Builder builder, long line, String position) {
            this.builder = builder;
            this.line = line;
            this.position = position;
        }
    }

    @Override
    public SanctionsList read(List<Path> files) throws IOException, ListFormatException {
        if (files.isEmpty()) throw new ListFormatException(null, 0, "no files given for an OFAC legacy CSV set");
        Map<ListFormat, Path> parts = new EnumMap<>(ListFormat.class);
        for (Path f : files) {
            ListFormat format = FormatDetector.detect(f);
            if (!format.isOfacCsvPart()) {
                throw new ListFormatException(f, 1, "not a part of an OFAC legacy CSV set (found " + format.description()
                        + "; expected sdn.csv, alt.csv, add.csv or sdn_comments.csv layouts)");
            }
            Path prev = parts.putIfAbsent(format, f);
            if (prev != null) {
                throw new ListFormatException(f, 0, "two files of one OFAC CSV set hold " + format.description()
                        + ": " + prev + " and " + f);
            }
        }
        Path primary = parts.get(ListFormat.OFAC_CSV_PRIMARY);
        if (primary == null) {
            throw new ListFormatException(files.get(0), 0, "alias/address file without its primary records file "
                    + "(sdn.csv or cons_prim.csv) in " + files + ": aliases and addresses cannot be tied to names without it");
        }
        boolean consolidated = primary.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("cons_");

        Map<String, Record> records = readPrimary(primary);
        Path alt = parts.get(ListFormat.OFAC_CSV_ALT);
        if (alt != null) readAliases(alt, records);
        Path add = parts.get(ListFormat.OFAC_CSV_ADD);
        if (add != null) readAddresses(add, records);
        Path comments = parts.get(ListFormat.OFAC_CSV_COMMENTS);
        orphanCommentRows = comments == null ? 0 : readComments(comments, records);
        if (orphanCommentRows > 0) {
            LOG.log(System.Logger.Level.WARNING, "{0}: {1} remark rows for ent_nums not in {2}; skipped (file from another date?)",
                    comments, orphanCommentRows, primary);
        }

        List<Entity> entities = new ArrayList<>(records.size());
        for (Map.Entry<String, Record> e : records.entrySet()) {
            Record r = e.getValue();
            try {
                OfacRemarks.parse(r.remarks.toString(), r.builder, r.position);
            } catch (OfacRemarks.RemarkException ex) {
                throw new ListFormatException(primary, r.line, "ent_num " + e.getKey() + ", Remarks: " + ex.getMessage(), ex);
            }
            entities.add(r.builder.build());
        }

        List<Path> ordered = new ArrayList<>();
        for (ListFormat f : List.of(ListFormat.OFAC_CSV_PRIMARY, ListFormat.OFAC_CSV_ALT, ListFormat.OFAC_CSV_ADD, ListFormat.OFAC_CSV_COMMENTS)) {
            if (parts.containsKey(f)) ordered.add(parts.get(f));
        }
        String title = consolidated ? "OFAC Consolidated (non-SDN) List" : "OFAC SDN List";
        ListVersion version = new ListVersion("ofac", "US Treasury OFAC", title, ListFormat.OFAC_CSV_PRIMARY.id(),
                publicationDate(primary), ordered.stream().map(Path::toString).toList(), ListFiles.sha256(ordered), entities.size());
        return new SanctionsList(version, entities);
    }

    /** The files carry no date; a snapshot directory named like "sdn_2023-12-28" does. */
    static String publicationDate(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || parent.getFileName() == null) return null;
        Matcher m = ISO_DATE.matcher(parent.getFileName().toString());
        return m.find() ? m.group(1) : null;
    }

    private Map<String, Record> readPrimary(Path file) throws IOException, ListFormatException {
        Map<String, Record> records = new LinkedHashMap<>();
        try (Rows rows = new Rows(file, 12, "ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks")) {
            String[] f;
            while ((f = rows.next()) != null) {
                long line = rows.line();
                String entNum = entNum(f[0], file, line);
                String name = value(f[1]);
                if (name == null) throw new ListFormatException(file, line, "ent_num " + entNum + " has no SDN_Name");
                Schema schema = schema(value(f[2]), file, line);
                Entity.Builder b = Entity.builder("ofac", entNum, schema);
                b.name(name(name, NameKind.PRIMARY, schema));
                for (String p : programmes(value(f[3]))) b.programme(p);
                String position = value(f[4]);
                b.property("position", position);
                b.property("callSign", value(f[5]));
                b.property("vesselType", value(f[6]));
                b.property("tonnage", value(f[7]));
                b.property("grossRegisteredTonnage", value(f[8]));
                String flag = value(f[9]);
                b.property("flag", flag);
                b.country(OfacRemarks.countryCode(flag));
                b.property("owner", value(f[10]));
                b.property("sourceUrl", "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + entNum);
                Record r = new Record(b, line, position);
                String remarks = value(f[11]);
                if (remarks != null) r.remarks.append(remarks);
                if (records.putIfAbsent(entNum, r) != null) {
                    throw new ListFormatException(file, line, "ent_num " + entNum + " appears twice (first on line "
                            + records.get(entNum).line + ")");
                }
            }
        }
        if (records.isEmpty()) throw new ListFormatException(file, 0, "no records: expected rows of an OFAC primary records file");
        return records;
    }

    private static void readAliases(Path file, Map<String, Record> records) throws IOException, ListFormatException {
        try (Rows rows = new Rows(file, 5, "ent_num, alt_num, alt_type, alt_name, alt_remarks")) {
            String[] f;
            while ((f = rows.next()) != null) {
                long line = rows.line();
                Record r = owner(records, f[0], file, line);
                String type = value(f[2]);
                NameKind kind = switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
                    case "aka" -> NameKind.ALIAS;
                    case "fka" -> NameKind.PREVIOUS;
                    // "now known as": the current name under which the entity trades; as strong as an a.k.a.
                    case "nka" -> NameKind.ALIAS;
                    default -> throw new ListFormatException(file, line, "alt_type '" + f[2] + "': expected aka, fka or nka");
                };
                String name = value(f[3]);
                if (name == null) throw new ListFormatException(file, line, "alias " + f[1].strip() + " of ent_num " + f[0].strip() + " has no alt_name");
                r.builder.name(name(name, kind, r.builder.schema()));
                r.builder.property("notes", value(f[4]));
            }
        }
    }

    private static void readAddresses(Path file, Map<String, Record> records) throws IOException, ListFormatException {
        try (Rows rows = new Rows(file, 6, "ent_num, add_num, address, city/state/postal, country, add_remarks")) {
            String[] f;
            while ((f = rows.next()) != null) {
                long line = rows.line();
                Record r = owner(records, f[0], file, line);
                String street = value(f[2]);
                String city = value(f[3]);
                String countryText = value(f[4]);
                String remark = value(f[5]);
                String iso = OfacRemarks.countryCode(countryText);
                StringBuilder full = new StringBuilder();
                for (String part : new String[] {street, city, countryText}) {
                    if (part == null) continue;
                    if (!full.isEmpty()) full.append(", ");
                    full.append(part);
                }
                if (remark != null) full.append(full.isEmpty() ? "" : " ").append("(").append(remark).append(")");
                if (!full.isEmpty()) r.builder.address(new Address(full.toString(), city, iso));
                r.builder.country(iso);
                // "Region: Crimea" and other places that are not countries stay readable
                if (countryText != null && (iso == null || countryText.startsWith("Region:"))) r.builder.property("region", countryText);
            }
        }
    }

    private static int readComments(Path file, Map<String, Record> records) throws IOException, ListFormatException {
        int orphans = 0;
        try (Rows rows = new Rows(file, 2, "ent_num, remarks continuation")) {
            String[] f;
            while ((f = rows.next()) != null) {
                String entNum = entNum(f[0], file, rows.line());
                Record r = records.get(entNum);
                if (r == null) {
                    orphans++;
                    continue;
                }
                String more = value(f[1]);
                // The primary Remarks field was cut at a fixed length, often mid-word: join without a separator.
                if (more != null) r.remarks.append(f[1].stripTrailing());
            }
        }
        return orphans;
    }

    private static Record owner(Map<String, Record> records, String entNumText, Path file, long line) throws ListFormatException {
        String entNum = entNum(entNumText, file, line);
        Record r = records.get(entNum);
        if (r == null) {
            throw new ListFormatException(file, line, "ent_num " + entNum + " is not in the primary records file: "
                    + "the parts of this OFAC CSV set come from different publications");
        }
        return r;
    }

    private static String entNum(String text, Path file, long line) throws ListFormatException {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 9 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ListFormatException(file, line, "ent_num '" + text + "': expected a positive integer");
        }
        return t;
    }

    /** OFAC's null ("-0-", usually written "-0- ") and blank cells become null. */
    static String value(String cell) {
        if (cell == null) return null;
        String t = cell.strip();
        return t.isEmpty() || t.equals(NULL) ? null : t;
    }

    private static Schema schema(String sdnType, Path file, long line) throws ListFormatException {
        if (sdnType == null) return Schema.ORGANIZATION;
        return switch (sdnType.toLowerCase(Locale.ROOT)) {
            case "individual" -> Schema.PERSON;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRCRAFT;
            case "entity" -> Schema.ORGANIZATION;
            default -> throw new ListFormatException(file, line, "SDN_Type '" + sdnType + "': expected individual, vessel, aircraft or -0-");
        };
    }

    /** "[SDGT] [IRGC]", "SDGT] [IRGC" (OFAC drops the outer brackets) or "CUBA". */
    static List<String> programmes(String program) {
        List<String> out = new ArrayList<>();
        if (program == null) return out;
        for (String p : program.split("\\]\\s*\\[")) {
            String t = p.replace("[", "").replace("]", "").strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /**
     * A person's name is published "FAMILY, Given Names": the text stays as published and the parts
     * say which is which. Organisations' commas ("CO., LTD.") are not name-part separators.
     */
    static Name name(String text, NameKind kind, Schema schema) {
        if (schema == Schema.PERSON) {
            int comma = text.indexOf(',');
            if (comma > 0 && comma < text.length() - 1) {
                String family = text.substring(0, comma).strip();
                String given = text.substring(comma + 1).strip();
                if (!family.isEmpty() && !given.isEmpty()) {
                    return new Name(text, kind, null, List.of(new NamePart(NamePart.Type.FAMILY, family),
                            new NamePart(NamePart.Type.GIVEN, given)));
                }
            }
        }
        return new Name(text, kind);
    }

    /** CSV rows of one part file, with field count checked and CSV faults turned into list format errors. */
    private static final class Rows implements AutoCloseable {
        private final Path file;
        private final int fields;
        private final String layout;
        private final CsvReader csv;

        Rows(Path file, int fields, String layout) throws IOException {
            this.file = file;
            this.fields = fields;
            this.layout = layout;
            // Undecodable bytes become U+FFFD and are reported with their line: a strict decoder reads ahead
            // and could only say "somewhere in this file".
            Reader in = new InputStreamReader(ListFiles.open(file), StandardCharsets.UTF_8);
            this.csv = new CsvReader(in);
        }

        String[] next() throws IOException, ListFormatException {
            String[] f;
            try {
                f = csv.next();
            } catch (CsvReader.CsvException e) {
                throw new ListFormatException(file, e.line(), e.getMessage(), e);
            }
            if (f == null) return null;
            for (String cell : f) {
                if (cell.indexOf('\uFFFD') >= 0) {
                    throw new ListFormatException(file, csv.recordLine(), "not UTF-8 text: bytes that do not decode in field '"
                            + CsvReader.printable(cell) + "'");
                }
                int control = CsvReader.firstControl(cell);
                if (control >= 0) {
                    throw new ListFormatException(file, csv.recordLine(), String.format(Locale.ROOT, "control character U+%04X in field '%s': "
                            + "not OFAC's CSV text (a damaged or binary file?)", (int) cell.charAt(control), CsvReader.printable(cell)));
                }
            }
            if (f.length != fields) {
                throw new ListFormatException(file, csv.recordLine(), "found " + f.length + " fields, expected " + fields
                        + " (" + layout + "); a truncated or different file?");
            }
            return f;
        }

        long line() {
            return csv.recordLine();
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }
}
