package org.cordon.lists.custom;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cordon.lists.ListFiles;
import org.cordon.lists.ListFormat;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListReader;
import org.cordon.lists.csv.CsvReader;
import org.cordon.model.Address;
import org.cordon.model.Countries;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.ListVersion;
import org.cordon.model.NameKind;
import org.cordon.model.PartialDate;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;

/**
 * An in-house list: a UTF-8 CSV whose header names at least {@code id} and {@code name}. Other columns
 * use the words an analyst would write ({@code schema}, {@code aliases}, {@code birth_date}, {@code country},
 * {@code imo}, {@code listed_on}...) or FollowTheMoney property names ({@code passportNumber},
 * {@code swiftBic}, {@code notes}...); identifier columns become typed identifiers, and any other column
 * is kept as a property under its header name, so nothing a compliance team wrote is lost.
 *
 * <p>Multi-valued cells (aliases, countries, programmes, identifiers, birth dates) separate values with
 * ";" because "," is the CSV delimiter. The list is named after the file ({@code eu_designated_vessels.csv.gz}
 * gives source {@code eu_designated_vessels} and ids like {@code eu_designated_vessels-1021570}).
 */
public final class CustomCsvReader implements ListReader {

    /** How a column's cells are read into the entity. */
    private enum Column {
        ID, NAME, SCHEMA, ALIASES, WEAK_ALIASES, PREVIOUS_NAMES, BIRTH_DATE, BIRTH_PLACE, COUNTRY, NATIONALITY,
        LISTED_ON, PROGRAMME, GENDER, ADDRESS, IDENTIFIER, PROPERTY
    }

    /**
     * Most names (primary, aliases, weak aliases, previous names) one record may carry. The official lists' most
     * named entity has a few hundred; a million aliases on one record is an attack on the index and on every
     * screening that touches it, so the record is refused rather than half kept.
     */
    public static final int MAX_NAMES_PER_ENTITY = 10_000;
    private static final char REPLACEMENT = '\uFFFD';
    private static final Map<String, Column> COLUMNS = new HashMap<>();

    static {
        put(Column.ID, "id");
        put(Column.NAME, "name");
        put(Column.SCHEMA, "schema", "type");
        put(Column.ALIASES, "aliases", "alias");
        put(Column.WEAK_ALIASES, "weak_aliases", "weak_alias", "weakalias");
        put(Column.PREVIOUS_NAMES, "previous_names", "previous_name", "previousname");
        put(Column.BIRTH_DATE, "birth_date", "birthdate", "dob", "date_of_birth");
        put(Column.BIRTH_PLACE, "birth_place", "birthplace", "pob", "place_of_birth");
        put(Column.COUNTRY, "country", "countries", "jurisdiction");
        put(Column.NATIONALITY, "nationality", "citizenship");
        put(Column.LISTED_ON, "listed_on", "listedon", "listing_date");
        put(Column.PROGRAMME, "programme", "program", "programmes", "programs");
        put(Column.GENDER, "gender", "sex");
        put(Column.ADDRESS, "address");
    }

    /** Identifier columns: FtM property names and the short words people write. */
    private static final Set<String> IDENTIFIER_COLUMNS = Set.of("passport", "passportnumber", "passport_number", "idnumber",
            "id_number", "national_id", "nationalid", "taxnumber", "tax_number", "tax_id", "taxid", "inn", "registrationnumber",
            "registration_number", "imo", "imonumber", "imo_number", "mmsi", "swiftbic", "swift_bic", "bic", "leicode",
            "lei_code", "lei", "email", "website", "serialnumber", "serial_number");

    private static void put(Column c, String... names) {
        for (String n : names) COLUMNS.put(n, c);
    }

    @Override
    public SanctionsList read(List<Path> files) throws IOException, ListFormatException {
        if (files.size() != 1) {
            throw new ListFormatException(files.isEmpty() ? null : files.get(0), 0,
                    "a custom list is one CSV file; got " + files.size() + " files: " + files);
        }
        Path file = files.get(0);
        String source = ListFiles.baseName(file);
        List<Entity> entities = new ArrayList<>();
        // Undecodable bytes become U+FFFD and are reported with their line: a strict decoder reads ahead
        // and could only say "somewhere in this file".
        try (CsvReader csv = new CsvReader(new InputStreamReader(ListFiles.open(file), StandardCharsets.UTF_8))) {
            String[] header = next(csv, file);
            if (header == null) throw new ListFormatException(file, 1, "empty file: expected a header line with at least id,name");
            long headerLine = csv.recordLine();
            Column[] kinds = new Column[header.length];
            String[] names = new String[header.length];
            int idCol = -1;
            int nameCol = -1;
            for (int i = 0; i < header.length; i++) {
                names[i] = header[i].strip();
                String key = names[i].toLowerCase(Locale.ROOT);
                Column c = COLUMNS.get(key);
                if (c == null) c = IDENTIFIER_COLUMNS.contains(key) ? Column.IDENTIFIER : Column.PROPERTY;
                if (c == Column.ID && idCol >= 0 || c == Column.NAME && nameCol >= 0) {
                    throw new ListFormatException(file, headerLine, "column '" + key + "' appears twice in the header");
                }
                if (c == Column.ID) idCol = i;
                if (c == Column.NAME) nameCol = i;
                kinds[i] = c;
            }
            if (idCol < 0 || nameCol < 0) {
                throw new ListFormatException(file, headerLine, "missing column '" + (idCol < 0 ? "id" : "name")
                        + "' in header line " + headerLine + " (" + String.join(",", header) + "): a custom list needs at least id,name");
            }
            Map<String, Long> seen = new HashMap<>();
            String[] row;
            while ((row = next(csv, file)) != null) {
                long line = csv.recordLine();
                if (row.length == 1 && row[0].isBlank()) continue;
                if (row.length != header.length) {
                    throw new ListFormatException(file, line, "found " + row.length + " cells, expected " + header.length
                            + " as in the header (" + String.join(",", header) + ")");
                }
                String id = row[idCol].strip();
                if (id.isEmpty()) throw new ListFormatException(file, line, "empty id");
                if (row[nameCol].isBlank()) throw new ListFormatException(file, line, "record " + id + " has an empty name");
                Long prev = seen.putIfAbsent(id, line);
                if (prev != null) throw new ListFormatException(file, line, "duplicate id '" + id + "' (first on line " + prev + ")");
                entities.add(entity(source, id, row, kinds, names, file, line));
            }
        }
        ListVersion version = new ListVersion(source, "custom list", source, ListFormat.CUSTOM_CSV.id(), null,
                List.of(file.toString()), ListFiles.sha256(List.of(file)), entities.size());
        return new SanctionsList(version, entities);
    }

    private static String[] next(CsvReader csv, Path file) throws IOException, ListFormatException {
        String[] row;
        try {
            row = csv.next();
        } catch (CsvReader.CsvException e) {
            throw new ListFormatException(file, e.line(), e.getMessage(), e);
        }
        if (row != null) {
            for (String cell : row) {
                if (cell.indexOf(REPLACEMENT) >= 0) {
                    throw new ListFormatException(file, csv.recordLine(), "not UTF-8 text: bytes that do not decode in cell '"
                            + CsvReader.printable(cell) + "' (saved as Latin-1 or Windows-1252? re-save as UTF-8)");
                }
                int control = CsvReader.firstControl(cell);
                if (control >= 0) {
                    throw new ListFormatException(file, csv.recordLine(), String.format(Locale.ROOT, "control character U+%04X in cell '%s': "
                            + "not UTF-8 text (a binary file, or UTF-16 'Unicode text' from Excel? re-save as UTF-8)",
                            (int) cell.charAt(control), CsvReader.printable(cell)));
                }
            }
        }
        return row;
    }

    private static Entity entity(String source, String id, String[] row, Column[] kinds, String[] names, Path file, long line)
            throws ListFormatException {
        Schema schema = Schema.LEGAL_ENTITY;
        for (int i = 0; i < row.length; i++) {
            if (kinds[i] == Column.SCHEMA && !row[i].isBlank()) {
                schema = Schema.parseOrNull(row[i]);
                if (schema == null) {
                    throw new ListFormatException(file, line, "schema '" + row[i].strip() + "' of record " + id
                            + ": expected Person, Organization, Company, LegalEntity, Vessel or Aircraft");
                }
            }
        }
        Entity.Builder b = Entity.builder(source, id, schema);
        for (int i = 0; i < row.length; i++) {
            String cell = row[i].strip();
            if (cell.isEmpty()) continue;
            switch (kinds[i]) {
                case ID, SCHEMA -> { }
                case NAME -> b.name(cell, NameKind.PRIMARY);
                case ALIASES -> names(b, cell, NameKind.ALIAS, id, file, line);
                case WEAK_ALIASES -> names(b, cell, NameKind.WEAK_ALIAS, id, file, line);
                case PREVIOUS_NAMES -> names(b, cell, NameKind.PREVIOUS, id, file, line);
                case BIRTH_DATE -> {
                    for (String v : values(cell)) b.birthDate(dateRange(v, names[i], id, file, line));
                }
                case BIRTH_PLACE -> values(cell).forEach(b::birthPlace);
                case COUNTRY, NATIONALITY -> {
                    for (String v : values(cell)) {
                        String iso = Countries.toIso2(v);
                        if (iso == null) b.property(names[i], v);
                        else if (kinds[i] == Column.NATIONALITY) b.nationality(iso);
                        else b.country(iso);
                    }
                }
                case LISTED_ON -> b.listedOn(exactDate(cell, names[i], id, file, line));
                case PROGRAMME -> values(cell).forEach(b::programme);
                case GENDER -> b.gender(gender(cell, id, file, line));
                case ADDRESS -> values(cell).forEach(v -> b.address(new Address(v, null, null)));
                case IDENTIFIER -> {
                    IdentifierType type = IdentifierType.parse(names[i]);
                    for (String v : values(cell)) b.identifier(new Identifier(type, v, null, names[i]));
                }
                case PROPERTY -> b.property(names[i], cell);
            }
        }
        return b.build();
    }

    /** Adds the ';'-separated names of a cell, refusing the record once it passes {@link #MAX_NAMES_PER_ENTITY}. */
    private static void names(Entity.Builder b, String cell, NameKind kind, String id, Path file, long line) throws ListFormatException {
        List<String> values = values(cell);
        for (String v : values) {
            b.name(v, kind);
            if (b.names().size() > MAX_NAMES_PER_ENTITY) {
                throw new ListFormatException(file, line, "record " + id + " has more than " + MAX_NAMES_PER_ENTITY
                        + " names (this cell alone holds " + values.size() + " " + kind.name().toLowerCase(Locale.ROOT)
                        + " values separated by ';'): refused as a hostile or broken record");
            }
        }
    }

    private static List<String> values(String cell) {
        List<String> out = new ArrayList<>();
        for (String v : cell.split(";")) {
            if (!v.isBlank()) out.add(v.strip());
        }
        return out;
    }

    /** "1952-10-07", "1952-10", "1952", "1950/1955" or "1950 to 1955". */
    private static DateRange dateRange(String text, String column, String id, Path file, long line) throws ListFormatException {
        String t = text.replace(" to ", "/").replace(" ", "");
        try {
            DateRange r = DateRange.parse(t);
            checkExists(r.from());
            checkExists(r.to());
            return r;
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new ListFormatException(file, line, column + " '" + text + "' of record " + id
                    + ": expected an ISO date (1952-10-07, 1952-10, 1952) or a range (1950/1955)", e);
        }
    }

    private static String exactDate(String text, String column, String id, Path file, long line) throws ListFormatException {
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeException e) {
            throw new ListFormatException(file, line, column + " '" + text + "' of record " + id + ": expected an ISO date (2025-05-21)", e);
        }
    }

    private static void checkExists(PartialDate d) {
        if (d.hasDay()) LocalDate.of(d.year(), d.month(), d.day());
    }

    private static String gender(String text, String id, Path file, long line) throws ListFormatException {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "male", "m", "man" -> "male";
            case "female", "f", "woman" -> "female";
            default -> throw new ListFormatException(file, line, "gender '" + text + "' of record " + id + ": expected male or female");
        };
    }
}
