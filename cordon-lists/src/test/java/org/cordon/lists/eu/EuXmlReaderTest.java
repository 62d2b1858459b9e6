package org.cordon.lists.eu;

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

/** The EU FSF reader on a hand-made sample of the official layout, and on broken files. */
class EuXmlReaderTest {
    @TempDir
    Path dir;

    static Path sample() throws URISyntaxException {
        return Path.of(EuXmlReaderTest.class.getResource("/eu/fsf-sample.xml").toURI());
    }

    static Entity byId(SanctionsList list, String id) {
        return list.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void version() throws Exception {
        SanctionsList list = new EuXmlReader().read(List.of(sample()));
        assertThat(list.version().source()).isEqualTo("eu");
        assertThat(list.version().publisher()).isEqualTo("European Commission (FSF)");
        assertThat(list.version().format()).isEqualTo("eu-xml");
        assertThat(list.version().publicationDate()).isEqualTo("2024-03-01");
        assertThat(list.version().entityCount()).isEqualTo(3);
        assertThat(list.version().sha256()).hasSize(64);
        assertThat(list.entities()).extracting(Entity::id).containsExactly("eu-1001", "eu-1002", "eu-1003");
    }

    @Test
    void person() throws Exception {
        Entity e = byId(new EuXmlReader().read(List.of(sample())), "eu-1001");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        assertThat(e.sourceId()).isEqualTo("1001");
        // First strong Latin alias is the caption although a Cyrillic one comes first; the German repeat of the
        // caption's spelling is kept once; a name given only in parts is assembled from them.
        assertThat(e.names()).containsExactly(
                new Name("Farid Ahmadovich TESTOV", NameKind.PRIMARY, null, List.of(new NamePart(NamePart.Type.TITLE, "General"),
                        new NamePart(NamePart.Type.GIVEN, "Farid"), new NamePart(NamePart.Type.MIDDLE, "Ahmadovich"),
                        new NamePart(NamePart.Type.FAMILY, "TESTOV"))),
                new Name("Фарид Ахмадович ТЕСТОВ", NameKind.ALIAS, "ru", List.of()),
                new Name("Farid Ahmadovitj TESTOV", NameKind.ALIAS, "sv", List.of()),
                new Name("Abu Farid", NameKind.WEAK_ALIAS, null, List.of()),
                new Name("Farid Testov", NameKind.ALIAS, "en", List.of(new NamePart(NamePart.Type.GIVEN, "Farid"),
                        new NamePart(NamePart.Type.FAMILY, "Testov"))));
        assertThat(e.gender()).isEqualTo("male");
        assertThat(e.property("title")).containsExactly("General");
        assertThat(e.property("position")).containsExactly("Commander of the Example Brigade");
        assertThat(e.nationalities()).containsExactly("RU");
        assertThat(e.property("countryText")).containsExactly("SERBIA AND MONTENEGRO");
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1961-02-03"), DateRange.parse("1962"),
                DateRange.parse("1963-07"), DateRange.parse("1958/1960"));
        assertThat(e.birthPlaces()).containsExactly("Kazan, Tatarstan, Russia");
        assertThat(e.property("birthCountry")).containsExactly("RU");
        assertThat(e.addresses()).containsExactly(
                new Address("Ulitsa Primernaya 1, PO Box 77, 101000 Moscow, Building 2, Russia", "Moscow", "RU"));
        assertThat(e.countries()).containsExactly("RU");
        assertThat(e.property("phone")).containsExactly("+7 495 000 00 00");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.EMAIL, "farid@example.org"),
                new Identifier(IdentifierType.WEBSITE, "www.example.org"),
                new Identifier(IdentifierType.PASSPORT, "D1234567", "RU",
                        "Passport; diplomatic; issued by Ministry of Foreign Affairs; issued 2010-01-01; valid to 2015-01-01"),
                new Identifier(IdentifierType.TAX_ID, "770000000001", "RU", null),
                new Identifier(IdentifierType.OTHER, "B-42", null, "birthcert"));
        assertThat(e.programmes()).containsExactly("TAQA", "SYR");
        assertThat(e.listedOn()).isEqualTo("2011-05-20");
        assertThat(e.property("sourceUrl")).containsExactly("https://eur-lex.europa.eu/example/100-2011", "https://eur-lex.europa.eu/example/5-2019");
        assertThat(e.property("euReferenceNumber")).containsExactly("EU.1.11");
        assertThat(e.property(Entity.UN_REFERENCE)).containsExactly("QDi.999");
        assertThat(e.property("designationDetails")).containsExactly("Involved in the transfer of funds.");
        assertThat(e.property("notes")).containsExactly("Associated with Example Front.", "Nickname used in 2010.",
                "Place of birth also given as Naberezhnye Chelny.", "birth date 1340 in the ISLAMIC calendar", "Office address.",
                "Diplomatic passport.");
    }

    @Test
    void enterprise() throws Exception {
        Entity e = byId(new EuXmlReader().read(List.of(sample())), "eu-1002");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.names()).containsExactly(new Name("Example Shipping JSC", NameKind.PRIMARY, null, List.of()),
                new Name("АО Пример Шиппинг", NameKind.ALIAS, "ru", List.of()));
        assertThat(e.names().get(1).isNonLatin()).isTrue();
        // no designationDate: the earliest regulation publication date, whatever the order of the regulations
        assertThat(e.listedOn()).isEqualTo("2022-03-15");
        assertThat(e.programmes()).containsExactly("UKR");
        assertThat(e.addresses()).containsExactly(new Address("Russia", null, "RU"));
        assertThat(e.identifiers()).containsExactly(new Identifier(IdentifierType.IMO, "IMO 9123456", null, null),
                new Identifier(IdentifierType.BIC, "EXAMRUMM", "RU", null),
                new Identifier(IdentifierType.REGISTRATION, "1027700000001", "RU", null));
        assertThat(e.identifiers().get(0).normalisedValue()).isEqualTo("9123456");
        assertThat(e.property(Entity.UN_REFERENCE)).isEmpty();
        assertThat(e.gender()).isNull();
    }

    @Test
    void otherSubjectTypeWithOnlyNonLatinStrongName() throws Exception {
        Entity e = byId(new EuXmlReader().read(List.of(sample())), "eu-1003");
        assertThat(e.schema()).isEqualTo(Schema.LEGAL_ENTITY);
        assertThat(e.names()).containsExactly(new Name("مركز الاختبار", NameKind.PRIMARY, "ar", List.of()),
                new Name("Test Centre", NameKind.WEAK_ALIAS, null, List.of()));
        assertThat(e.property("sourceUrl")).isEmpty();
        assertThat(e.listedOn()).isEqualTo("2020-10-15");
    }

    private Path write(String name, String xml) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, xml, StandardCharsets.UTF_8);
        return p;
    }

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2024-03-01T10:15:00.000+01:00\">\n";

    private static String entity(String id, String body) {
        return "  <sanctionEntity euReferenceNumber=\"EU.9\" logicalId=\"" + id + "\">\n"
                + "    <subjectType code=\"person\" classificationCode=\"P\"/>\n" + body + "  </sanctionEntity>\n";
    }

    private static final String NAME = "    <nameAlias wholeName=\"Jan Test\" strong=\"true\"/>\n";

    @Test
    void truncatedFileNamesFileAndLine() throws Exception {
        String full = Files.readString(sample());
        Path p = write("cut.xml", full.substring(0, full.indexOf("logicalId=\"1002\"") + 40));
        assertThatThrownBy(() -> new EuXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("cut.xml:")
                .satisfies(e -> assertThat(((ListFormatException) e).line()).isGreaterThan(50));
    }

    @Test
    void wrongRoot() throws Exception {
        Path p = write("un.xml", "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST/>\n");
        assertThatThrownBy(() -> new EuXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("un.xml:2")
                .hasMessageContaining("expected root element <export>");
    }

    @Test
    void recordWithoutName() throws Exception {
        Path p = write("noname.xml", HEAD + entity("1", NAME) + entity("77", "    <nameAlias wholeName=\"\" strong=\"true\"/>\n") + "</export>\n");
        assertThatThrownBy(() -> new EuXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("noname.xml:7")
                .hasMessageContaining("logicalId=77 has no name");
    }

    @Test
    void badBirthDate() throws Exception {
        Path p = write("baddate.xml", HEAD + entity("1", NAME + "    <birthdate birthdate=\"1961-02-30\" year=\"1961\"/>\n") + "</export>\n");
        assertThatThrownBy(() -> new EuXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("baddate.xml:6")
                .hasMessageContaining("birthdate='1961-02-30'");
    }

    @Test
    void badYear() throws Exception {
        Path p = write("badyear.xml", HEAD + entity("1", NAME + "    <birthdate year=\"19x1\"/>\n") + "</export>\n");
        assertThatThrownBy(() -> new EuXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("badyear.xml:6")
                .hasMessageContaining("year='19x1'");
    }

    @Test
    void badRegulationDate() throws Exception {
        Path p = write("badreg.xml", HEAD + entity("1", NAME + "    <regulation programme=\"UKR\" publicationDate=\"21/05/2011\"/>\n") + "</export>\n");
        assertThatThrownBy(() -> new EuXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("badreg.xml:6")
                .hasMessageContaining("regulation/@publicationDate")
                .hasMessageContaining("21/05/2011");
    }

    @Test
    void doctypeIsRefused() throws Exception {
        Path p = write("dtd.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE export [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<export>&x;</export>\n");
        assertThatThrownBy(() -> new EuXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("dtd.xml:")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void entityWithoutLogicalId() throws Exception {
        Path p = write("noid.xml", HEAD + "  <sanctionEntity euReferenceNumber=\"EU.9\">\n" + NAME + "  </sanctionEntity>\n</export>\n");
        assertThatThrownBy(() -> new EuXmlReader().read(List.of(p)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("noid.xml:3")
                .hasMessageContaining("without logicalId");
    }
}
