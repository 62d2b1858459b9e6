package org.cordon.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OFAC XML reader on a hand-made sample of the sdn.xml layout, and on broken files. */
class OfacXmlReaderTest {
    @TempDir
    Path dir;

    static Path sample() throws URISyntaxException {
        return Path.of(OfacXmlReaderTest.class.getResource("/ofac/sdn-sample.xml").toURI());
    }

    static Entity byId(SanctionsList list, String id) {
        return list.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static Name name(String full, NameKind kind, String given, String family) {
        return new Name(full, kind, null, given == null ? List.of()
                : List.of(new NamePart(NamePart.Type.GIVEN, given), new NamePart(NamePart.Type.FAMILY, family)));
    }

    @Test
    void version() throws Exception {
        SanctionsList list = new OfacXmlReader().read(List.of(sample()));
        assertThat(list.version().source()).isEqualTo("ofac");
        assertThat(list.version().publisher()).isEqualTo("US Treasury OFAC");
        assertThat(list.version().title()).isEqualTo("OFAC SDN List");
        assertThat(list.version().format()).isEqualTo("ofac-xml");
        assertThat(list.version().publicationDate()).isEqualTo("2024-03-14");
        assertThat(list.version().entityCount()).isEqualTo(4);
        assertThat(list.version().sha256()).hasSize(64);
        assertThat(list.entities()).extracting(Entity::id).containsExactly("ofac-101", "ofac-102", "ofac-103", "ofac-104");
    }

    @Test
    void individual() throws Exception {
        Entity e = byId(new OfacXmlReader().read(List.of(sample())), "ofac-101");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.names()).containsExactly(
                name("Ivan Petrovich TESTOV", NameKind.PRIMARY, "Ivan Petrovich", "TESTOV"),
                name("Ivan TESTOFF", NameKind.ALIAS, "Ivan", "TESTOFF"),
                name("VANYA", NameKind.WEAK_ALIAS, null, null),
                name("Ivan PETROV", NameKind.PREVIOUS, "Ivan", "PETROV"),
                name("Ivan TESTOV-NOVY", NameKind.ALIAS, "Ivan", "TESTOV-NOVY"));
        assertThat(e.property("title")).containsExactly("Director of the Example Institute");
        assertThat(e.property("notes")).containsExactly("Linked To: EXAMPLE TRADING LLC.");
        assertThat(e.programmes()).containsExactly("RUSSIA-EO14024", "UKRAINE-EO13660");
        assertThat(e.gender()).isEqualTo("male");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.PASSPORT, "750000001", "RU", "Passport; issued 01 Jan 2015; expires 01 Jan 2025"),
                new Identifier(IdentifierType.NATIONAL_ID, "4500 123456", "VG", "National ID No."),
                new Identifier(IdentifierType.EMAIL, "ivan@example.org", null, "Email Address"),
                new Identifier(IdentifierType.TAX_ID, "770000000002", null, "Tax ID No.; Atlantis"));
        assertThat(e.addresses()).containsExactly(
                new Address("Ulitsa Primernaya 1, Office 5, 101000 Moscow, Russia", "Moscow", "RU"),
                new Address("Gaza, Palestinian Territories", "Gaza", "PS"));
        assertThat(e.countries()).containsExactly("RU", "PS");
        assertThat(e.nationalities()).containsExactly("RU", "KP");
        assertThat(e.property("countryText")).containsExactly("Atlantis");
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1952-10-07"), DateRange.parse("1960"),
                DateRange.parse("1950/1955"), DateRange.parse("1961-02"));
        assertThat(e.birthPlaces()).containsExactly("Leningrad, Russia");
        assertThat(e.property("sourceUrl")).containsExactly("https://sanctionssearch.ofac.treas.gov/Details.aspx?id=101");
        assertThat(e.listedOn()).isNull();
    }

    @Test
    void entityFactsInIdListAreNotIdentifiers() throws Exception {
        Entity e = byId(new OfacXmlReader().read(List.of(sample())), "ofac-102");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.names()).containsExactly(name("EXAMPLE TRADING LLC", NameKind.PRIMARY, null, null),
                name("OOO EXAMPLE", NameKind.PREVIOUS, null, null));
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.BIC, "EXTRRUMM", null, "SWIFT/BIC"),
                new Identifier(IdentifierType.LEI, "253400EXAMPLE0000001", null, "Legal Entity Number"),
                new Identifier(IdentifierType.REGISTRATION, "1027700000002", "RU", "Registration ID"),
                new Identifier(IdentifierType.WEBSITE, "www.example-trading.test", null, "Website"));
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1990-10-17"));
        assertThat(e.countries()).containsExactly("CY");
        assertThat(e.property("jurisdiction")).containsExactly("CY");
        assertThat(e.property("provisions")).containsExactly("Secondary sanctions risk: See Section 11 of Executive Order 14024.");
        assertThat(e.gender()).isNull();
    }

    @Test
    void vessel() throws Exception {
        Entity e = byId(new OfacXmlReader().read(List.of(sample())), "ofac-103");
        assertThat(e.schema()).isEqualTo(Schema.VESSEL);
        assertThat(e.caption()).isEqualTo("EXAMPLE STAR");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.IMO, "IMO 9123456", null, "Vessel Registration Identification"),
                new Identifier(IdentifierType.MMSI, "572000001", null, "MMSI"));
        assertThat(e.identifiers().get(0).normalisedValue()).isEqualTo("9123456");
        assertThat(e.property("callSign")).containsExactly("9BAB1");
        assertThat(e.property("type")).containsExactly("Crude Oil Tanker");
        assertThat(e.property("owner")).containsExactly("EXAMPLE TRADING LLC");
        assertThat(e.property("tonnage")).containsExactly("150000");
        assertThat(e.property("grossRegisteredTonnage")).containsExactly("80000");
        assertThat(e.property("flag")).containsExactly("IR");
        assertThat(e.countries()).containsExactly("IR");
        assertThat(e.programmes()).containsExactly("IRAN");
    }

    @Test
    void aircraft() throws Exception {
        Entity e = byId(new OfacXmlReader().read(List.of(sample())), "ofac-104");
        assertThat(e.schema()).isEqualTo(Schema.AIRCRAFT);
        assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IdentifierType.AIRCRAFT_SERIAL, "12345"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.AIRCRAFT_REGISTRATION, "EP-EXA"));
    }

    @Test
    void consolidatedTitleFromFileName() throws Exception {
        Path p = dir.resolve("cons_sample.xml");
        Files.copy(sample(), p);
        assertThat(new OfacXmlReader().read(List.of(p)).version().title()).isEqualTo("OFAC Consolidated (non-SDN) List");
    }

    private Path write(String name, String xml) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, xml, StandardCharsets.UTF_8);
        return p;
    }

    private static String list(int count, String entries) {
        return "<?xml version=\"1.0\"?>\n<sdnList xmlns=\"https://example.test/XML\">\n"
                + "  <publshInformation><Publish_Date>06/30/2025</Publish_Date><Record_Count>" + count + "</Record_Count></publshInformation>\n"
                + entries + "</sdnList>\n";
    }

    private static String entry(String uid, String inner) {
        return "  <sdnEntry>\n    <uid>" + uid + "</uid>\n" + inner + "  </sdnEntry>\n";
    }

    private static final String PERSON = "    <firstName>Jan</firstName><lastName>TEST</lastName><sdnType>Individual</sdnType>\n";

    @Test
    void truncatedFileNamesFileAndLine() throws Exception {
        String full = Files.readString(sample());
        Path p = write("cut.xml", full.substring(0, full.indexOf("<uid>103</uid>")));
        assertThatThrownBy(() -> new OfacXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("cut.xml:")
                .satisfies(e -> assertThat(((ListFormatException) e).line()).isGreaterThan(200));
    }

    @Test
    void recordCountMismatchIsAnError() throws Exception {
        Path p = write("short.xml", list(3, entry("1", PERSON) + entry("2", PERSON)));
        assertThatThrownBy(() -> new OfacXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("short.xml:3")
                .hasMessageContaining("Record_Count says 3 records but the file holds 2");
    }

    @Test
    void wrongRoot() throws Exception {
        Path p = write("eu.xml", "<?xml version=\"1.0\"?>\n<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\"/>\n");
        assertThatThrownBy(() -> new OfacXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("eu.xml:2")
                .hasMessageContaining("expected root element <sdnList>");
    }

    @Test
    void recordWithoutName() throws Exception {
        Path p = write("noname.xml", list(2, entry("1", PERSON) + entry("2", "    <sdnType>Entity</sdnType>\n")));
        assertThatThrownBy(() -> new OfacXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("noname.xml:8")
                .hasMessageContaining("uid=2 has no name");
    }

    @Test
    void badDateOfBirth() throws Exception {
        Path p = write("baddate.xml", list(1, entry("1", PERSON
                + "    <dateOfBirthList>\n      <dateOfBirthItem><uid>9</uid><dateOfBirth>31 Feb 1970</dateOfBirth></dateOfBirthItem>\n    </dateOfBirthList>\n")));
        assertThatThrownBy(() -> new OfacXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("baddate.xml:8")
                .hasMessageContaining("dateOfBirth")
                .hasMessageContaining("'31 Feb 1970'");
    }

    @Test
    void badPublishDate() throws Exception {
        Path p = write("badpub.xml", "<?xml version=\"1.0\"?>\n<sdnList>\n  <publshInformation>\n"
                + "    <Publish_Date>2025-06-30</Publish_Date>\n  </publshInformation>\n</sdnList>\n");
        assertThatThrownBy(() -> new OfacXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("badpub.xml:4")
                .hasMessageContaining("Publish_Date: expected MM/DD/YYYY");
    }

    @Test
    void unknownSdnType() throws Exception {
        Path p = write("type.xml", list(1, entry("1", "    <lastName>X</lastName><sdnType>Spaceship</sdnType>\n")));
        assertThatThrownBy(() -> new OfacXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("type.xml:4")
                .hasMessageContaining("sdnType 'Spaceship'");
    }

    @Test
    void missingSdnType() throws Exception {
        Path p = write("notype.xml", list(1, entry("1", "    <lastName>X</lastName>\n")));
        assertThatThrownBy(() -> new OfacXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("notype.xml:4")
                .hasMessageContaining("uid=1 has no sdnType");
    }

    @Test
    void badRecordCount() throws Exception {
        Path p = write("count.xml", list(0, "").replace("<Record_Count>0", "<Record_Count>many"));
        assertThatThrownBy(() -> new OfacXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("count.xml:3")
                .hasMessageContaining("Record_Count: expected a whole number, got 'many'");
    }
}
