package org.cordon.lists.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cordon.lists.FormatDetector;
import org.cordon.lists.ListFormat;
import org.cordon.lists.ListFormatException;
import org.cordon.model.Address;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.PartialDate;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-made in-house list (src/test/resources/custom/watchlist.csv, with a BOM and padded header) and broken variants. */
class CustomCsvReaderTest {
    private static Path file;
    private static SanctionsList list;

    @TempDir
    Path tmp;

    @BeforeAll
    static void read() throws Exception {
        file = Path.of(CustomCsvReaderTest.class.getResource("/custom/watchlist.csv").toURI());
        list = new CustomCsvReader().read(List.of(file));
    }

    private static Entity byId(String id) {
        return list.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void detectedAsCustomCsv() throws Exception {
        assertThat(FormatDetector.detect(file)).isEqualTo(ListFormat.CUSTOM_CSV);
    }

    @Test
    void version() {
        assertThat(list.version().source()).isEqualTo("watchlist");
        assertThat(list.version().publisher()).isEqualTo("custom list");
        assertThat(list.version().title()).isEqualTo("watchlist");
        assertThat(list.version().format()).isEqualTo("custom-csv");
        assertThat(list.version().publicationDate()).isNull();
        assertThat(list.version().files()).containsExactly(file.toString());
        assertThat(list.version().entityCount()).isEqualTo(4);
        assertThat(list.entities()).extracting(Entity::id)
                .containsExactly("watchlist-P-1", "watchlist-O-7", "watchlist-V-3", "watchlist-X-9");
    }

    @Test
    void person() {
        Entity e = byId("watchlist-P-1");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.names()).extracting(Name::full, Name::kind).containsExactly(
                tuple("Ivan KOROVIN", NameKind.PRIMARY),
                tuple("Ivan Petrovich Korovin", NameKind.ALIAS),
                tuple("Иван Петрович Коровин", NameKind.ALIAS),
                tuple("Vanya", NameKind.WEAK_ALIAS));
        assertThat(e.names().get(2).isNonLatin()).isTrue();
        assertThat(e.birthDates()).containsExactly(DateRange.of(new PartialDate(1961, 3, 12)),
                new DateRange(PartialDate.ofYear(1950), PartialDate.ofYear(1955)));
        assertThat(e.countries()).containsExactly("RU");
        assertThat(e.nationalities()).containsExactly("RU", "KZ");
        assertThat(e.listedOn()).isEqualTo("2024-02-01");
        assertThat(e.programmes()).containsExactly("Internal-RU", "PEP");
        assertThat(e.gender()).isEqualTo("male");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.PASSPORT, "7512345678", null, "passportNumber"),
                new Identifier(IdentifierType.TAX_ID, "771234567890", null, "taxNumber"),
                new Identifier(IdentifierType.NATIONAL_ID, "4509 123456", null, "idNumber"));
        // a free-text property keeps its ";"
        assertThat(e.property("notes")).containsExactly("Deputy minister; board member");
        assertThat(e.property("position")).containsExactly("Deputy Minister of Energy");
        assertThat(e.addresses()).containsExactly(new Address("12 Tverskaya Street, Moscow", null, null));
        // an unknown column is kept under its header name
        assertThat(e.property("risk_tier")).containsExactly("high");
    }

    @Test
    void company() {
        Entity e = byId("watchlist-O-7");
        assertThat(e.schema()).isEqualTo(Schema.COMPANY);
        assertThat(e.names()).extracting(Name::full, Name::kind).containsExactly(
                tuple("Northwind Trading LLC", NameKind.PRIMARY), tuple("Northwind LLC", NameKind.ALIAS), tuple("NWT", NameKind.WEAK_ALIAS));
        assertThat(e.countries()).containsExactly("AE");
        assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
                tuple(IdentifierType.BIC, "NWTDAEAD"), tuple(IdentifierType.LEI, "5493001KJTIIGC8Y1R12"),
                tuple(IdentifierType.REGISTRATION, "123456"));
        assertThat(e.gender()).isNull();
        assertThat(e.property("risk_tier")).containsExactly("medium");
    }

    @Test
    void vessel() {
        Entity e = byId("watchlist-V-3");
        assertThat(e.schema()).isEqualTo(Schema.VESSEL);
        assertThat(e.names()).containsExactly(new Name("Sea Falcon", NameKind.PRIMARY));
        assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value)
                .containsExactly(tuple(IdentifierType.IMO, "9123456"), tuple(IdentifierType.MMSI, "215123000"));
        assertThat(e.listedOn()).isEqualTo("2025-05-21");
        assertThat(e.properties()).isEmpty();
    }

    @Test
    void defaultsAndUnknownCountry() {
        Entity e = byId("watchlist-X-9");
        assertThat(e.schema()).isEqualTo(Schema.LEGAL_ENTITY);
        assertThat(e.countries()).isEmpty();
        assertThat(e.property("country")).containsExactly("Atlantis");
        assertThat(e.property("notes")).containsExactly("no schema given, so LegalEntity");
    }

    @Test
    void minimalFileWithCrlfAndGzip() throws Exception {
        Path f = tmp.resolve("tiny.csv");
        Files.writeString(f, "name,id\r\nAcme Corp,1\r\n\r\nBeta Ltd,2\r\n");
        SanctionsList l = new CustomCsvReader().read(List.of(f));
        assertThat(l.entities()).extracting(Entity::id, Entity::caption, Entity::schema)
                .containsExactly(tuple("tiny-1", "Acme Corp", Schema.LEGAL_ENTITY), tuple("tiny-2", "Beta Ltd", Schema.LEGAL_ENTITY));
        Path gz = tmp.resolve("tiny_gz.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(f));
        }
        SanctionsList g = new CustomCsvReader().read(List.of(gz));
        assertThat(g.version().source()).isEqualTo("tiny_gz");
        assertThat(g.entities()).extracting(Entity::id).containsExactly("tiny_gz-1", "tiny_gz-2");
    }

    // ---- bad input: every message names the file and the line ----

    private Path write(String text) throws Exception {
        return Files.writeString(tmp.resolve("bad_list.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void missingNameColumn() throws Exception {
        Path f = write("id,schema\n1,Person\n");
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(f))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(f + ":1:").hasMessageContaining("missing column 'name' in header line 1 (id,schema)");
    }

    @Test
    void missingIdColumn() throws Exception {
        Path f = write("name,schema\nAcme,Company\n");
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(f))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(f + ":1:").hasMessageContaining("missing column 'id'");
    }

    @Test
    void rowWithADifferentNumberOfCells() throws Exception {
        Path f = write("id,name,schema\n1,Acme,Company\n2,Beta\n");
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(f))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(f + ":3:").hasMessageContaining("found 2 cells, expected 3");
    }

    @Test
    void truncatedInsideAQuotedCell() throws Exception {
        Path f = write("id,name,notes\n1,Acme,\"unfinished note\n");
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(f))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(f + ":2:").hasMessageContaining("never closed");
    }

    @Test
    void emptyIdOrName() throws Exception {
        Path noId = write("id,name\n1,Acme\n ,Beta\n");
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(noId))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(noId + ":3:").hasMessageContaining("empty id");
        Path noName = write("id,name\n1,Acme\n2,  \n");
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(noName))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(noName + ":3:").hasMessageContaining("record 2 has an empty name");
    }

    @Test
    void duplicateId() throws Exception {
        Path f = write("id,name\n1,Acme\n2,Beta\n1,Gamma\n");
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(f))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(f + ":4:").hasMessageContaining("duplicate id '1' (first on line 2)");
    }

    @Test
    void badDates() throws Exception {
        Path dob = write("id,name,birth_date\n1,Ivan,1961-02-30\n");
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(dob))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(dob + ":2:").hasMessageContaining("birth_date '1961-02-30' of record 1");
        Path listed = write("id,name,listed_on\n1,Ivan,21/05/2025\n");
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(listed))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(listed + ":2:").hasMessageContaining("listed_on '21/05/2025' of record 1: expected an ISO date");
    }

    @Test
    void badSchemaAndGender() throws Exception {
        Path schema = write("id,name,schema\n1,Thing,Spaceship\n");
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(schema))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(schema + ":2:").hasMessageContaining("schema 'Spaceship' of record 1");
        Path gender = write("id,name,gender\n1,Ivan,unknown\n");
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(gender))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(gender + ":2:").hasMessageContaining("gender 'unknown'");
    }

    @Test
    void emptyFileAndInvalidUtf8() throws Exception {
        Path empty = write("");
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(empty))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(empty.toString()).hasMessageContaining("expected a header line");
        Path latin1 = Files.write(tmp.resolve("latin1.csv"), new byte[] {'i', 'd', ',', 'n', 'a', 'm', 'e', '\n', '1', ',', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> new CustomCsvReader().read(List.of(latin1))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(latin1 + ":2:").hasMessageContaining("not UTF-8");
    }
}
