package org.cordon.lists.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The UK reader on a hand-made sample of the FCDO UK Sanctions List XML, and on broken files. */
class UkXmlReaderTest {
    private static SanctionsList list;
    private static Path sample;

    @TempDir
    Path tmp;

    @BeforeAll
    static void read() throws Exception {
        sample = Path.of(UkXmlReaderTest.class.getResource("/uk/uk-sanctions-sample.xml").toURI());
        list = new UkXmlReader().read(List.of(sample));
    }

    @Test
    void version() {
        assertThat(list.version().source()).isEqualTo("uk");
        assertThat(list.version().publisher()).isEqualTo("UK FCDO");
        assertThat(list.version().format()).isEqualTo("uk-xml");
        assertThat(list.version().publicationDate()).isEqualTo("2026-02-24");
        assertThat(list.version().entityCount()).isEqualTo(3);
        assertThat(list.version().sha256()).hasSize(64);
        assertThat(list.entities()).extracting(Entity::id, Entity::schema).containsExactly(
                tuple("uk-RUS9901", Schema.PERSON), tuple("uk-AFG9901", Schema.ORGANIZATION), tuple("uk-DPR9901", Schema.VESSEL));
    }

    @Test
    void individualNames() {
        Entity e = entity("RUS9901");
        assertThat(e.names()).extracting(Name::full, Name::kind, Name::lang).containsExactly(
                tuple("Inna Nikolayevna Sampleyeva", NameKind.PRIMARY, null),
                tuple("Inna Mykolaivna SAMPLIEVA", NameKind.ALIAS, null),
                tuple("Inna Maria Olga Petra Rosa Sampleyeva-Smith", NameKind.ALIAS, null),
                tuple("Sample Lady", NameKind.WEAK_ALIAS, null),
                tuple("Inna Oldname", NameKind.PREVIOUS, null),
                tuple("Инна Николаевна САМПЛЕЕВА", NameKind.ALIAS, "ru"),
                tuple("Інна Миколаївна САМПЛІЄВА", NameKind.ALIAS, null));
        assertThat(e.names().get(0).parts()).containsExactly(new NamePart(NamePart.Type.GIVEN, "Inna"),
                new NamePart(NamePart.Type.MIDDLE, "Nikolayevna"), new NamePart(NamePart.Type.FAMILY, "Sampleyeva"));
        assertThat(e.names().get(2).parts()).extracting(NamePart::type).containsExactly(NamePart.Type.GIVEN,
                NamePart.Type.MIDDLE, NamePart.Type.MIDDLE, NamePart.Type.MIDDLE, NamePart.Type.MIDDLE, NamePart.Type.FAMILY);
        assertThat(e.names()).filteredOn(Name::isNonLatin).hasSize(2);
    }

    @Test
    void individualDetails() {
        Entity e = entity("RUS9901");
        assertThat(e.birthDates()).extracting(DateRange::toString).containsExactly("1952-10-07", "1953", "1954-05");
        assertThat(e.nationalities()).containsExactly("RU", "UA");
        assertThat(e.property("nationalityText")).containsExactly("Soviet Union");
        assertThat(e.gender()).isEqualTo("female");
        assertThat(e.birthPlaces()).containsExactly("Simferopol, Ukraine");
        assertThat(e.property("birthCountry")).containsExactly("UA");
        assertThat(e.property("position")).containsExactly("Deputy Chair of an invented commission");
        assertThat(e.property("title")).containsExactly("Dr");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.EMAIL, "inna@example.org"),
                new Identifier(IdentifierType.PASSPORT, "75 0000001", null, "Russian, issued 2015"),
                new Identifier(IdentifierType.NATIONAL_ID, "910000000001", null, "Tax ID (INN)"));
        assertThat(e.property("phone")).containsExactly("+7 000 000 0000");
    }

    @Test
    void designationFields() {
        Entity e = entity("RUS9901");
        assertThat(e.listedOn()).isEqualTo("2020-12-31");
        assertThat(e.property("modifiedAt")).containsExactly("2025-04-09");
        assertThat(e.property("ofsiGroupId")).containsExactly("99001");
        assertThat(e.property(Entity.UN_REFERENCE)).isEmpty();
        assertThat(e.programmes()).containsExactly("The Russia (Sanctions) (EU Exit) Regulations 2019");
        assertThat(e.property("designationSource")).containsExactly("UK");
        assertThat(e.property("sanctions")).containsExactly("Asset freeze", "Travel Ban");
        assertThat(e.property("notes")).containsExactly("Invented person for a test.");
        assertThat(e.property("reason")).containsExactly("Invented reasons over two lines.");
        assertThat(e.addresses()).containsExactly(
                new Address("1 Sample Street, Simferopol, Crimea, 295000, Ukraine", null, "UA"),
                // the FCDO's own spelling; a plain "Congo" would be the other Congo (CG)
                new Address("Congo (Democratic Republic)", null, "CD"));
        assertThat(e.countries()).containsExactly("UA", "CD");
    }

    @Test
    void entity() {
        Entity e = entity("AFG9901");
        assertThat(e.names()).extracting(Name::full, Name::kind, Name::lang).containsExactly(
                tuple("SAMPLE MONEY EXCHANGE", NameKind.PRIMARY, null),
                tuple("Sample Hawala", NameKind.ALIAS, null),
                tuple("صرافی نمونه", NameKind.ALIAS, "fa"));
        assertThat(e.names()).allSatisfy(n -> assertThat(n.parts()).as("Name6 of an entity is its whole name").isEmpty());
        assertThat(e.property(Entity.UN_REFERENCE)).containsExactly("TAe.901");
        assertThat(e.property("designationSource")).containsExactly("UN");
        assertThat(e.property("reason")).as("an empty UKStatementofReasons").isEmpty();
        assertThat(e.property("legalForm")).containsExactly("Money service business");
        assertThat(e.property("parent")).containsExactly("Sample Holding");
        assertThat(e.identifiers()).containsExactly(new Identifier(IdentifierType.WEBSITE, "www.example.org"),
                new Identifier(IdentifierType.REGISTRATION, "1774308"));
        assertThat(e.listedOn()).isEqualTo("2012-06-29");
    }

    @Test
    void ship() {
        Entity e = entity("DPR9901");
        assertThat(e.names()).extracting(Name::full, Name::kind).containsExactly(
                tuple("Sample Petrel 8", NameKind.PRIMARY), tuple("Sea Sample", NameKind.PREVIOUS));
        assertThat(e.identifiers()).containsExactly(new Identifier(IdentifierType.IMO, "9000008"));
        // the current flag is the vessel's country (FtM export writes a vessel's countries as flag)
        assertThat(e.countries()).containsExactly("KM");
        assertThat(e.property("flag")).isEmpty();
        assertThat(e.property("pastFlags")).containsExactly("KP");
        assertThat(e.property("type")).containsExactly("Oil tanker");
        assertThat(e.property("buildDate")).containsExactly("1999");
        assertThat(e.property("owner")).containsExactly("Sample Ocean Shipping");
        assertThat(e.property("ofsiGroupId")).isEmpty();
        assertThat(e.property("sanctions")).containsExactly("Prohibition of port entry");
    }

    // ---- bad input: every fault names the file and the line ----

    @Test
    void truncatedFile() throws Exception {
        String whole = Files.readString(sample);
        Path f = write("truncated.xml", whole.substring(0, whole.indexOf("<ShipDetails>")));
        assertThatThrownBy(() -> new UkXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(f + ":")
                .satisfies(t -> assertThat(((ListFormatException) t).line()).isGreaterThan(150));
    }

    @Test
    void wrongRoot() throws Exception {
        Path f = write("wrong.xml", "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST/>\n");
        assertThatThrownBy(() -> new UkXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage(f + ":2: root element <CONSOLIDATED_LIST>: expected <Designations> (UK Sanctions List XML)");
    }

    @Test
    void emptyList() throws Exception {
        Path f = write("empty.xml", "<Designations>\n  <DateGenerated>24/02/2026</DateGenerated>\n</Designations>\n");
        assertThatThrownBy(() -> new UkXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage(f + ":3: no Designation records: an empty UK Sanctions List is refused");
    }

    @Test
    void designationWithoutName() throws Exception {
        Path f = write("noname.xml", """
                <Designations>
                  <DateGenerated>24/02/2026</DateGenerated>
                  <Designation>
                    <UniqueID>RUS9999</UniqueID>
                    <Names><Name><NameType>Primary Name</NameType></Name></Names>
                    <NonLatinNames><NonLatinName /></NonLatinNames>
                    <IndividualEntityShip>Individual</IndividualEntityShip>
                  </Designation>
                </Designations>
                """);
        assertThatThrownBy(() -> new UkXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(f + ":3: Designation RUS9999 has no name");
    }

    @Test
    void badDate() throws Exception {
        Path f = write("baddate.xml", """
                <Designations>
                  <Designation>
                    <UniqueID>RUS9998</UniqueID>
                    <DateDesignated>31/02/2020</DateDesignated>
                  </Designation>
                </Designations>
                """);
        assertThatThrownBy(() -> new UkXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage(f + ":4: RUS9998: DateDesignated '31/02/2020' is not a date: expected DD/MM/YYYY");
    }

    @Test
    void badBirthDate() throws Exception {
        Path f = write("baddob.xml", """
                <Designations>
                  <Designation>
                    <UniqueID>RUS9997</UniqueID>
                    <IndividualDetails><Individual><DOBs>
                      <DOB>circa 1960</DOB>
                    </DOBs></Individual></IndividualDetails>
                  </Designation>
                </Designations>
                """);
        assertThatThrownBy(() -> new UkXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage(f + ":5: RUS9997: DOB 'circa 1960' is not a date: expected DD/MM/YYYY");
    }

    @Test
    void unknownNameType() throws Exception {
        Path f = write("nametype.xml", """
                <Designations>
                  <Designation>
                    <UniqueID>RUS9996</UniqueID>
                    <Names>
                      <Name><Name6>X</Name6><NameType>Nickname</NameType></Name>
                    </Names>
                  </Designation>
                </Designations>
                """);
        assertThatThrownBy(() -> new UkXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(f + ":5: Designation RUS9996: NameType 'Nickname': expected Primary Name");
    }

    @Test
    void missingOrUnknownType() throws Exception {
        Path f = write("type.xml", """
                <Designations>
                  <Designation>
                    <UniqueID>RUS9995</UniqueID>
                    <Names><Name><Name6>X</Name6><NameType>Primary Name</NameType></Name></Names>
                    <IndividualEntityShip>Aircraft carrier</IndividualEntityShip>
                  </Designation>
                </Designations>
                """);
        assertThatThrownBy(() -> new UkXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage(f + ":2: Designation RUS9995: IndividualEntityShip 'Aircraft carrier': expected Individual, Entity or Ship");
    }

    @Test
    void duplicateUniqueId() throws Exception {
        String d = "<Designation><UniqueID>RUS1</UniqueID><Names><Name><Name6>X</Name6><NameType>Primary Name</NameType>"
                + "</Name></Names><IndividualEntityShip>Entity</IndividualEntityShip></Designation>\n";
        Path f = write("dup.xml", "<Designations>\n" + d + d + "</Designations>\n");
        assertThatThrownBy(() -> new UkXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(f + ":3: Designation UniqueID RUS1 already used by the designation at line 2");
    }

    @Test
    void languageNames() {
        assertThat(UkXmlReader.languageCode("Russian")).isEqualTo("ru");
        assertThat(UkXmlReader.languageCode(" arabic ")).isEqualTo("ar");
        assertThat(UkXmlReader.languageCode("uk")).isEqualTo("uk");
        assertThat(UkXmlReader.languageCode("Klingonese")).isNull();
        assertThat(UkXmlReader.languageCode(null)).isNull();
    }

    private Path write(String name, String content) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    private static Entity entity(String id) {
        return list.entities().stream().filter(e -> e.sourceId().equals(id)).findFirst().orElseThrow();
    }
}
