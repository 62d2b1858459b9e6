package org.cordon.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cordon.lists.ListFormatException;
import org.cordon.model.Address;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.NamePart;
import org.cordon.model.PartialDate;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-made legacy CSV set (src/test/resources/ofac/sdn_2024-01-15) in OFAC's layout, and broken variants of it. */
class OfacCsvReaderTest {
    private static Path dir;
    private static SanctionsList list;
    private static OfacCsvReader reader;

    @TempDir
    Path tmp;

    @BeforeAll
    static void read() throws Exception {
        dir = fixtureDir();
        reader = new OfacCsvReader();
        // parts in no particular order: the reader tells them apart by content
        list = reader.read(List.of(dir.resolve("sdn_comments.csv"), dir.resolve("add.csv"), dir.resolve("sdn.csv"), dir.resolve("alt.csv")));
    }

    static Path fixtureDir() throws URISyntaxException {
        return Path.of(OfacCsvReaderTest.class.getResource("/ofac/sdn_2024-01-15/sdn.csv").toURI()).getParent();
    }

    private static Entity byId(String id) {
        return list.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void version() {
        assertThat(list.version().source()).isEqualTo("ofac");
        assertThat(list.version().publisher()).isEqualTo("US Treasury OFAC");
        assertThat(list.version().title()).isEqualTo("OFAC SDN List");
        assertThat(list.version().format()).isEqualTo("ofac-csv");
        assertThat(list.version().publicationDate()).isEqualTo("2024-01-15");
        assertThat(list.version().entityCount()).isEqualTo(6);
        // canonical order whatever order the caller gave
        assertThat(list.version().files()).extracting(f -> Path.of(f).getFileName().toString())
                .containsExactly("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv");
        assertThat(list.entities()).extracting(Entity::id)
                .containsExactly("ofac-1001", "ofac-1002", "ofac-1003", "ofac-1004", "ofac-1005", "ofac-1006");
        assertThat(reader.orphanCommentRows()).isEqualTo(1);
    }

    @Test
    void person() {
        Entity e = byId("ofac-1001");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.sourceId()).isEqualTo("1001");
        assertThat(e.names()).containsExactly(
                new Name("KOROVIN, Ivan Petrovich", NameKind.PRIMARY, null,
                        List.of(new NamePart(NamePart.Type.FAMILY, "KOROVIN"), new NamePart(NamePart.Type.GIVEN, "Ivan Petrovich"))),
                new Name("KOROVIN, Ivan", NameKind.ALIAS, null,
                        List.of(new NamePart(NamePart.Type.FAMILY, "KOROVIN"), new NamePart(NamePart.Type.GIVEN, "Ivan"))),
                new Name("VANYA", NameKind.WEAK_ALIAS));
        assertThat(e.programmes()).containsExactly("RUSSIA-EO14024", "UKRAINE-EO13660");
        assertThat(e.birthDates()).containsExactly(DateRange.of(new PartialDate(1961, 3, 12)), DateRange.of(PartialDate.ofYear(1962)));
        assertThat(e.birthPlaces()).containsExactly("Tula, Russia");
        assertThat(e.nationalities()).containsExactly("RU", "KZ");
        assertThat(e.gender()).isEqualTo("male");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.PASSPORT, "7512345678", "RU", "Passport; expires 01 Jan 2030"),
                new Identifier(IdentifierType.TAX_ID, "771234567890", "RU", "Tax ID No."));
        assertThat(e.addresses()).containsExactly(new Address("12 Tverskaya Street, Moscow 125009, Russia", "Moscow 125009", "RU"));
        assertThat(e.countries()).containsExactly("RU");
        assertThat(e.property("position")).containsExactly("Deputy Minister of Energy");
        assertThat(e.property("notes")).isEmpty();
        assertThat(e.property("sourceUrl")).containsExactly("https://sanctionssearch.ofac.treas.gov/Details.aspx?id=1001");
        assertThat(e.listedOn()).isNull();
    }

    @Test
    void organisationWithRemarksContinuedInTheCommentsFile() {
        Entity e = byId("ofac-1002");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.names()).extracting(Name::full, Name::kind).containsExactly(
                tuple("NORTHWIND TRADING LLC", NameKind.PRIMARY),
                tuple("NORTHWIND GENERAL TRADING FZE", NameKind.PREVIOUS),
                tuple("NORTHWIND LLC", NameKind.ALIAS),
                tuple("NORTH WIND GENERAL TRADING", NameKind.PREVIOUS),
                tuple("NWT", NameKind.WEAK_ALIAS));
        assertThat(e.names().get(2).parts()).isEmpty();
        assertThat(e.programmes()).containsExactly("SDGT");
        assertThat(e.property("incorporationDate")).containsExactly("2015");
        assertThat(e.birthDates()).containsExactly(DateRange.of(PartialDate.ofYear(2015)));
        assertThat(e.property("organizationType")).containsExactly("Wholesale of fuels");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.REGISTRATION, "123456", "AE", "Registration Number"),
                new Identifier(IdentifierType.BIC, "NWTDAEAD", null, "SWIFT/BIC"),
                new Identifier(IdentifierType.WEBSITE, "www.northwind.example", null, "Website"),
                // "Registration ID 98" + "7654 (Panama)" from sdn_comments.csv, joined without a separator
                new Identifier(IdentifierType.REGISTRATION, "987654", "PA", "Registration ID"));
        assertThat(e.property("linkedTo")).containsExactly("KOROVIN, Ivan Petrovich");
        assertThat(e.property("sanctionsInformation")).containsExactly("Additional Sanctions Information - Subject to Secondary Sanctions");
        assertThat(e.addresses()).containsExactly(new Address("Dubai, United Arab Emirates", "Dubai", "AE"));
        assertThat(e.countries()).containsExactly("AE");
    }

    @Test
    void vessel() {
        Entity e = byId("ofac-1003");
        assertThat(e.schema()).isEqualTo(Schema.VESSEL);
        assertThat(e.names()).extracting(Name::full, Name::kind)
                .containsExactly(tuple("SEA FALCON", NameKind.PRIMARY), tuple("OCEAN FALCON", NameKind.ALIAS));
        assertThat(e.property("callSign")).containsExactly("9HXY5");
        assertThat(e.property("vesselType")).containsExactly("Crude Oil Tanker");
        assertThat(e.property("tonnage")).containsExactly("150,000");
        assertThat(e.property("grossRegisteredTonnage")).containsExactly("81,000");
        assertThat(e.property("flag")).containsExactly("Malta");
        assertThat(e.property("owner")).containsExactly("Example Shipping Co.");
        assertThat(e.property("pastFlags")).containsExactly("Panama");
        assertThat(e.countries()).containsExactly("MT");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.IMO, "9123456", null, "Vessel Registration Identification"),
                new Identifier(IdentifierType.MMSI, "215123000", null, "MMSI"));
        // an add.csv row of nulls adds nothing
        assertThat(e.addresses()).isEmpty();
        assertThat(e.property("linkedTo")).containsExactly("NORTHWIND TRADING LLC");
    }

    @Test
    void aircraft() {
        Entity e = byId("ofac-1004");
        assertThat(e.schema()).isEqualTo(Schema.AIRCRAFT);
        assertThat(e.caption()).isEqualTo("EP-ABC");
        assertThat(e.names().get(0).parts()).isEmpty();
        assertThat(e.programmes()).containsExactly("SDGT");
        assertThat(e.property("buildDate")).containsExactly("1995");
        assertThat(e.property("model")).containsExactly("Il-76TD");
        assertThat(e.property("operator")).containsExactly("SKY CARGO");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.AIRCRAFT_SERIAL, "1234567890", null, "Aircraft Manufacturer's Serial Number (MSN)"));
    }

    @Test
    void personWithCircaAndRangeDates() {
        Entity e = byId("ofac-1005");
        assertThat(e.programmes()).containsExactly("SDNTK", "ILLICIT-DRUGS-EO14059");
        assertThat(e.birthDates()).containsExactly(DateRange.of(PartialDate.ofYear(1970)),
                new DateRange(new PartialDate(1968, 1, 1), new PartialDate(1969, 12, 31)));
        assertThat(e.birthPlaces()).containsExactly("Culiacan, Sinaloa, Mexico");
        assertThat(e.nationalities()).containsExactly("MX");
        assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value, Identifier::country).containsExactly(
                tuple(IdentifierType.NATIONAL_ID, "MERC700101HSLNZR09", "MX"), tuple(IdentifierType.NATIONAL_ID, "12345678", "CO"));
        assertThat(e.property("notes")).containsExactly("ICTY witness");
        assertThat(e.addresses()).containsExactly(new Address("Culiacan, Sinaloa, Mexico (residence)", "Culiacan, Sinaloa", "MX"));
    }

    @Test
    void entityWithoutRemarksAndARegionAddress() {
        Entity e = byId("ofac-1006");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        // an organisation's commas are not name parts
        assertThat(e.names()).containsExactly(new Name("GRUPO EJEMPLO, S.A. DE C.V.", NameKind.PRIMARY));
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.property("notes")).isEmpty();
        assertThat(e.addresses()).extracting(Address::full, Address::country).containsExactly(
                tuple("Avenida Reforma 100, Mexico City, Mexico", "MX"), tuple("Region: Kafia Kingi", null));
        assertThat(e.property("region")).containsExactly("Region: Kafia Kingi");
    }

    @Test
    void consolidatedFilesGiveTheNonSdnTitle() throws Exception {
        Path cons = Files.createDirectories(tmp.resolve("consolidated"));
        Files.copy(dir.resolve("sdn.csv"), cons.resolve("cons_prim.csv"));
        Files.copy(dir.resolve("alt.csv"), cons.resolve("cons_alt.csv"));
        SanctionsList l = new OfacCsvReader().read(List.of(cons.resolve("cons_alt.csv"), cons.resolve("cons_prim.csv")));
        assertThat(l.version().title()).isEqualTo("OFAC Consolidated (non-SDN) List");
        assertThat(l.version().publicationDate()).isNull();
        assertThat(l.entities()).hasSize(6);
    }

    @Test
    void publicationDateFromTheDirectoryName() {
        assertThat(OfacCsvReader.publicationDate(Path.of("/lists/sdn_2023-12-28/sdn.csv"))).isEqualTo("2023-12-28");
        assertThat(OfacCsvReader.publicationDate(Path.of("/lists/consolidated_csv_2025-12/cons_prim.csv"))).isEqualTo("2025-12");
        assertThat(OfacCsvReader.publicationDate(Path.of("/lists/ofac/sdn.csv"))).isNull();
        // build numbers and months out of range are not dates
        assertThat(OfacCsvReader.publicationDate(Path.of("/tmp/run-20231-13/sdn.csv"))).isNull();
        assertThat(OfacCsvReader.publicationDate(Path.of("/tmp/junit-2024-13-01/sdn.csv"))).isNull();
    }

    // ---- bad input: every message names the file and the line ----

    private Path copyOfSet(String primaryText) throws IOException {
        Path set = Files.createDirectories(tmp.resolve("set"));
        Files.writeString(set.resolve("sdn.csv"), primaryText, StandardCharsets.UTF_8);
        return set.resolve("sdn.csv");
    }

    private static String fixture(String name) throws Exception {
        return Files.readString(fixtureDir().resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void truncatedPrimaryFile() throws Exception {
        String full = fixture("sdn.csv");
        // cut inside the remarks of the third record: its quote never closes
        Path sdn = copyOfSet(full.substring(0, full.indexOf("MMSI 215123000")));
        assertThatThrownBy(() -> new OfacCsvReader().read(List.of(sdn))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(sdn + ":3:").hasMessageContaining("never closed");
    }

    @Test
    void truncatedRowWithTooFewFields() throws Exception {
        Path sdn = copyOfSet(fixture("sdn.csv").lines().limit(1).findFirst().orElseThrow() + "\r\n1007,\"CUT\",-0- ,\"SDGT\"\r\n");
        assertThatThrownBy(() -> new OfacCsvReader().read(List.of(sdn))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(sdn + ":2:").hasMessageContaining("found 4 fields, expected 12");
    }

    @Test
    void notUtf8() throws Exception {
        Path sdn = copyOfSet(fixture("sdn.csv"));
        byte[] bytes = Files.readAllBytes(sdn);
        String text = new String(bytes, StandardCharsets.US_ASCII);
        bytes[text.indexOf("SEA FALCON")] = (byte) 0xC9;
        Files.write(sdn, bytes);
        assertThatThrownBy(() -> new OfacCsvReader().read(List.of(sdn))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(sdn + ":3:").hasMessageContaining("not UTF-8");
    }

    @Test
    void notAnOfacFile() throws Exception {
        Path xml = Files.writeString(tmp.resolve("sdn.csv"), "<?xml version=\"1.0\"?><CONSOLIDATED_LIST/>");
        assertThatThrownBy(() -> new OfacCsvReader().read(List.of(xml))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(xml + ":1:").hasMessageContaining("not a part of an OFAC legacy CSV set");
    }

    @Test
    void recordWithoutName() throws Exception {
        Path sdn = copyOfSet(fixture("sdn.csv").replace("\"EP-ABC\"", "-0- "));
        assertThatThrownBy(() -> new OfacCsvReader().read(List.of(sdn))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(sdn + ":4:").hasMessageContaining("ent_num 1004 has no SDN_Name");
    }

    @Test
    void badDateInRemarks() throws Exception {
        Path sdn = copyOfSet(fixture("sdn.csv").replace("DOB circa 1970", "DOB 30 Feb 1970"));
        assertThatThrownBy(() -> new OfacCsvReader().read(List.of(sdn))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(sdn + ":5:").hasMessageContaining("ent_num 1005").hasMessageContaining("30 Feb 1970");
    }

    @Test
    void unknownSdnType() throws Exception {
        Path sdn = copyOfSet(fixture("sdn.csv").replace("\"vessel\"", "\"submarine\""));
        assertThatThrownBy(() -> new OfacCsvReader().read(List.of(sdn))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(sdn + ":3:").hasMessageContaining("SDN_Type 'submarine'");
    }

    @Test
    void duplicateEntNum() throws Exception {
        Path sdn = copyOfSet(fixture("sdn.csv").replace("1006,\"GRUPO", "1001,\"GRUPO"));
        assertThatThrownBy(() -> new OfacCsvReader().read(List.of(sdn))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(sdn + ":6:").hasMessageContaining("ent_num 1001 appears twice (first on line 1)");
    }

    @Test
    void aliasForAnEntNumNotInThePrimaryFile() throws Exception {
        Path sdn = copyOfSet(fixture("sdn.csv"));
        Path alt = Files.writeString(sdn.resolveSibling("alt.csv"), fixture("alt.csv").replace("1003,5004", "4242,5004"));
        assertThatThrownBy(() -> new OfacCsvReader().read(List.of(sdn, alt))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(alt + ":4:").hasMessageContaining("ent_num 4242 is not in the primary records file");
    }

    @Test
    void addressRowWithWrongFieldCount() throws Exception {
        Path sdn = copyOfSet(fixture("sdn.csv"));
        Path add = Files.writeString(sdn.resolveSibling("add.csv"), fixture("add.csv").replace("\"Dubai\",", ""));
        assertThatThrownBy(() -> new OfacCsvReader().read(List.of(sdn, add))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(add + ":2:").hasMessageContaining("found 5 fields, expected 6");
    }

    @Test
    void unknownAliasType() throws Exception {
        Path sdn = copyOfSet(fixture("sdn.csv"));
        Path alt = Files.writeString(sdn.resolveSibling("alt.csv"), fixture("alt.csv").replace("\"nka\"", "\"xyz\""));
        assertThatThrownBy(() -> new OfacCsvReader().read(List.of(sdn, alt))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining(alt + ":4:").hasMessageContaining("alt_type 'xyz': expected aka, fka or nka");
    }

    @Test
    void aliasAndAddressFilesWithoutPrimary() throws Exception {
        List<Path> parts = new ArrayList<>();
        for (String f : List.of("alt.csv", "add.csv", "sdn_comments.csv")) parts.add(Files.copy(dir.resolve(f), tmp.resolve(f)));
        assertThatThrownBy(() -> new OfacCsvReader().read(parts)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("alias/address file without its primary records file");
    }

    @Test
    void twoPrimaryFiles() throws Exception {
        Path other = Files.copy(dir.resolve("sdn.csv"), tmp.resolve("sdn_copy.csv"));
        assertThatThrownBy(() -> new OfacCsvReader().read(List.of(dir.resolve("sdn.csv"), other)))
                .isInstanceOf(ListFormatException.class).hasMessageContaining("two files of one OFAC CSV set");
    }

    @Test
    void commentsAloneAreNotAList() throws Exception {
        Path c = Files.copy(dir.resolve("sdn_comments.csv"), tmp.resolve("sdn_comments.csv"));
        assertThatThrownBy(() -> new OfacCsvReader().read(List.of(c))).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("without its primary records file");
    }
}
