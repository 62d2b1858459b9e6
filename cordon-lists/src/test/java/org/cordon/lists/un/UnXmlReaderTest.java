package org.cordon.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
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

/** The UN reader on a hand-made sample of the UN Consolidated List format, and on broken files. */
class UnXmlReaderTest {
    private static SanctionsList list;
    private static Path sample;

    @TempDir
    Path tmp;

    @BeforeAll
    static void read() throws Exception {
        sample = resource("/un/consolidated-sample.xml");
        list = new UnXmlReader().read(List.of(sample));
    }

    @Test
    void version() throws IOException {
        assertThat(list.version().source()).isEqualTo("un");
        assertThat(list.version().publisher()).isEqualTo("UN Security Council");
        assertThat(list.version().format()).isEqualTo("un-xml");
        assertThat(list.version().publicationDate()).isEqualTo("2026-01-15");
        assertThat(list.version().entityCount()).isEqualTo(3);
        assertThat(list.version().files()).containsExactly(sample.toString());
        assertThat(list.version().sha256()).hasSize(64);
        assertThat(list.entities()).extracting(Entity::id).containsExactly("un-QDi.901", "un-KPi.901", "un-KPe.901");
    }

    @Test
    void individualNames() {
        Entity e = entity("QDi.901");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
        Name primary = e.names().get(0);
        // white space inside and around the parts is collapsed
        assertThat(primary.full()).isEqualTo("ABD AL-KARIM YUSUF HASAN AL-SAMPLI");
        assertThat(primary.kind()).isEqualTo(NameKind.PRIMARY);
        assertThat(primary.parts()).containsExactly(
                new NamePart(NamePart.Type.GIVEN, "ABD AL-KARIM"), new NamePart(NamePart.Type.OTHER, "YUSUF"),
                new NamePart(NamePart.Type.OTHER, "HASAN"), new NamePart(NamePart.Type.OTHER, "AL-SAMPLI"));
        assertThat(e.names()).extracting(Name::full, Name::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ABD AL-KARIM YUSUF HASAN AL-SAMPLI", NameKind.PRIMARY),
                org.assertj.core.groups.Tuple.tuple("عبد الكريم يوسف حسن السمبلي", NameKind.ALIAS),
                org.assertj.core.groups.Tuple.tuple("Abdul Karim al-Sampli", NameKind.ALIAS),
                org.assertj.core.groups.Tuple.tuple("Abd al-Karim Sampli", NameKind.ALIAS),
                org.assertj.core.groups.Tuple.tuple("حسن غول", NameKind.ALIAS),
                org.assertj.core.groups.Tuple.tuple("Hasan Ghul", NameKind.ALIAS),
                org.assertj.core.groups.Tuple.tuple("Hassan Gul", NameKind.ALIAS),
                org.assertj.core.groups.Tuple.tuple("Abu Karim", NameKind.WEAK_ALIAS),
                org.assertj.core.groups.Tuple.tuple("Абу Карим", NameKind.WEAK_ALIAS),
                // parentheses that are not another script stay part of the name
                org.assertj.core.groups.Tuple.tuple("Al-Qaida in Sampleland (AQS)", NameKind.WEAK_ALIAS));
        assertThat(e.names()).filteredOn(Name::isNonLatin).hasSize(3);
    }

    @Test
    void individualFacts() {
        Entity e = entity("QDi.901");
        assertThat(e.birthDates()).extracting(DateRange::toString)
                .containsExactly("1970-07-14", "1973-03-06", "1971", "1966/1968", "1974-11", "1958-09", "1977-08/1977-09");
        assertThat(e.property("birthDateNote")).containsExactly("30-35 years old");
        assertThat(e.birthPlaces()).containsExactly("Aleppo", "Deir ez-Zor, Deir ez-Zor Governorate, Syrian Arab Republic");
        assertThat(e.property("birthCountry")).containsExactly("SY");
        assertThat(e.nationalities()).containsExactly("SY");
        // unknown text is kept, not guessed; "na" (not available) is neither a country nor kept
        assertThat(e.property("nationalityText")).containsExactly("former Soviet Union");
        assertThat(e.gender()).isEqualTo("male");
        assertThat(e.programmes()).containsExactly("Al-Qaida");
        assertThat(e.listedOn()).isEqualTo("2015-03-27");
        assertThat(e.property("title")).containsExactly("Haji", "Dr.");
        assertThat(e.property("position")).containsExactly("Treasurer of the invented group");
        assertThat(e.property("modifiedAt")).containsExactly("2022-11-08");
        assertThat(e.property("notes")).containsExactly("Financier of an invented group (QDe.901). Review concluded on 8 November 2022.");
        assertThat(e.property(Entity.UN_REFERENCE)).containsExactly("QDi.901");
        assertThat(e.property("sourceUrl")).isEmpty();
        assertThat(e.addresses()).containsExactly(
                new Address("12 Invented Street, Idlib, Idlib Governorate, Syrian Arab Republic", "Idlib", "SY"),
                new Address("Believed to be in Pakistan", null, null));
        assertThat(e.countries()).containsExactly("SY");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.PASSPORT, "N 0123456", "SY",
                        "Passport, diplomatic passport; issued 2010-01-31; issued in Damascus; expires 2016-01-30; issued under another name"),
                new Identifier(IdentifierType.NATIONAL_ID, "273030601999", "KW", "National Identification Number"));
    }

    @Test
    void genderFromComments() {
        Entity e = entity("KPi.901");
        assertThat(e.gender()).isEqualTo("female");
        assertThat(e.names()).extracting(Name::full).containsExactly("MARIA SAMPLEOVA");
        assertThat(e.nationalities()).containsExactly("KP");
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.birthPlaces()).isEmpty();
        assertThat(e.property("modifiedAt")).isEmpty();
        assertThat(e.programmes()).containsExactly("DPRK");
    }

    @Test
    void entity() {
        Entity e = entity("KPe.901");
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.names().get(0).parts()).as("an entity's FIRST_NAME is its whole name").isEmpty();
        assertThat(e.names()).extracting(Name::full, Name::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SAMPLE OCEAN SHIPPING COMPANY", NameKind.PRIMARY),
                org.assertj.core.groups.Tuple.tuple("SAMPLE OCEAN SHIPPING (SOS)", NameKind.ALIAS),
                org.assertj.core.groups.Tuple.tuple("OLD SAMPLE SHIPPING", NameKind.PREVIOUS),
                org.assertj.core.groups.Tuple.tuple("样本海洋航运公司", NameKind.ALIAS));
        assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IdentifierType.IMO, "5123456"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.IMO, "1790999"));
        assertThat(e.addresses()).containsExactly(
                new Address("Sample Street 1, Pyongyang, 00000, Democratic People's Republic of Korea", "Pyongyang", "KP"));
        assertThat(e.countries()).containsExactly("KP");
        assertThat(e.gender()).isNull();
        assertThat(e.listedOn()).isEqualTo("2018-03-30");
        assertThat(e.property("modifiedAt")).containsExactly("2020-01-02");
    }

    @Test
    void aliasSplitting() {
        assertThat(UnXmlReader.splitAlias("Mohammed Sabet; Mohammad Sabet b) M. Javad Kareemi Sabet"))
                .containsExactly("Mohammed Sabet", "Mohammad Sabet", "M. Javad Kareemi Sabet");
        assertThat(UnXmlReader.splitAlias(") Abdelrahman Juhan")).containsExactly("Abdelrahman Juhan");
        assertThat(UnXmlReader.splitAlias("Akhter Mohmad (اختر محمد ولد نور محمد ),"))
                .containsExactly("Akhter Mohmad", "اختر محمد ولد نور محمد");
        assertThat(UnXmlReader.splitAlias("أنصار الشريعة بليبيا (Ansar al Charia in Libya (ASL))"))
                .containsExactly("أنصار الشريعة بليبيا", "Ansar al Charia in Libya (ASL)");
        assertThat(UnXmlReader.splitAlias("Hilarion Santos, III (third)")).containsExactly("Hilarion Santos, III (third)");
        assertThat(UnXmlReader.splitAlias("華信船務(香港)有限公司")).containsExactly("華信船務(香港)有限公司");
    }

    @Test
    void namesInAliasNotes() {
        assertThat(UnXmlReader.namesInAliasNote("Akhmad Shishani", "original script: Ахмад Шишани")).containsExactly("Ахмад Шишани");
        assertThat(UnXmlReader.namesInAliasNote("X", "name in original script: عبدالسلام حنفي")).containsExactly("عبدالسلام حنفي");
        assertThat(UnXmlReader.namesInAliasNote("X", "Previously listed as. In Arabic: أبوبكر الجزائري")).containsExactly("أبوبكر الجزائري");
        assertThat(UnXmlReader.namesInAliasNote("شيخ يونس الموريتاني", "Yunis al-Mauritani; Younis al-Mauritani"))
                .containsExactly("Yunis al-Mauritani", "Younis al-Mauritani");
        assertThat(UnXmlReader.namesInAliasNote("Abdul Baqi", "previously listed as")).isEmpty();
        assertThat(UnXmlReader.namesInAliasNote("Abdoullah Ould Ahmed", "Passport number: B0515260; DOB: 1948")).isEmpty();
        assertThat(UnXmlReader.namesInAliasNote("X", null)).isEmpty();
    }

    @Test
    void aliasQuality() {
        assertThat(UnXmlReader.aliasKind("Good")).isEqualTo(NameKind.ALIAS);
        assertThat(UnXmlReader.aliasKind("Low")).isEqualTo(NameKind.WEAK_ALIAS);
        assertThat(UnXmlReader.aliasKind("a.k.a low quality")).isEqualTo(NameKind.WEAK_ALIAS);
        assertThat(UnXmlReader.aliasKind("a.k.a.")).isEqualTo(NameKind.ALIAS);
        assertThat(UnXmlReader.aliasKind("f.k.a.")).isEqualTo(NameKind.PREVIOUS);
        assertThat(UnXmlReader.aliasKind(null)).isEqualTo(NameKind.ALIAS);
    }

    // ---- bad input: every fault names the file and the line ----

    @Test
    void truncatedFile() throws Exception {
        String whole = Files.readString(sample);
        Path f = write("truncated.xml", whole.substring(0, whole.indexOf("<INDIVIDUAL_DOCUMENT>") + 40));
        assertThatThrownBy(() -> new UnXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(f.toString() + ":")
                .satisfies(t -> assertThat(((ListFormatException) t).line()).isGreaterThan(100));
    }

    @Test
    void wrongRoot() throws Exception {
        Path f = write("wrong.xml", "<?xml version=\"1.0\"?>\n<sdnList><sdnEntry/></sdnList>\n");
        assertThatThrownBy(() -> new UnXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage(f + ":2: root element <sdnList>: expected <CONSOLIDATED_LIST> (UN Security Council Consolidated List XML)");
    }

    @Test
    void emptyList() throws Exception {
        Path f = write("empty.xml", "<CONSOLIDATED_LIST dateGenerated=\"2026-01-15T00:00:00Z\">\n<INDIVIDUALS/>\n<ENTITIES/>\n</CONSOLIDATED_LIST>\n");
        assertThatThrownBy(() -> new UnXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage(f + ":4: no INDIVIDUAL or ENTITY records: an empty UN list is refused");
    }

    @Test
    void recordWithoutName() throws Exception {
        Path f = write("noname.xml", """
                <CONSOLIDATED_LIST dateGenerated="2026-01-15T00:00:00Z">
                  <INDIVIDUALS>
                    <INDIVIDUAL>
                      <FIRST_NAME> </FIRST_NAME>
                      <REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER>
                      <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
                    </INDIVIDUAL>
                  </INDIVIDUALS>
                </CONSOLIDATED_LIST>
                """);
        assertThatThrownBy(() -> new UnXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(f + ":3: INDIVIDUAL QDi.999 has no name");
    }

    @Test
    void recordWithoutReference() throws Exception {
        Path f = write("noref.xml", """
                <CONSOLIDATED_LIST>
                  <ENTITIES>
                    <ENTITY><FIRST_NAME>X CORP</FIRST_NAME></ENTITY>
                  </ENTITIES>
                </CONSOLIDATED_LIST>
                """);
        assertThatThrownBy(() -> new UnXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(f + ":3: ENTITY without REFERENCE_NUMBER");
    }

    @Test
    void badDate() throws Exception {
        Path f = write("baddate.xml", """
                <CONSOLIDATED_LIST>
                  <INDIVIDUALS>
                    <INDIVIDUAL>
                      <FIRST_NAME>A</FIRST_NAME>
                      <REFERENCE_NUMBER>QDi.998</REFERENCE_NUMBER>
                      <INDIVIDUAL_DATE_OF_BIRTH>
                        <TYPE_OF_DATE>EXACT</TYPE_OF_DATE>
                        <DATE>1973-13-06</DATE>
                      </INDIVIDUAL_DATE_OF_BIRTH>
                    </INDIVIDUAL>
                  </INDIVIDUALS>
                </CONSOLIDATED_LIST>
                """);
        assertThatThrownBy(() -> new UnXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage(f + ":8: INDIVIDUAL QDi.998: DATE '1973-13-06' is not a date: expected YYYY-MM-DD");
    }

    @Test
    void badYearRange() throws Exception {
        Path f = write("badrange.xml", """
                <CONSOLIDATED_LIST>
                  <INDIVIDUALS>
                    <INDIVIDUAL>
                      <REFERENCE_NUMBER>QDi.997</REFERENCE_NUMBER>
                      <FIRST_NAME>A</FIRST_NAME>
                      <INDIVIDUAL_DATE_OF_BIRTH>
                        <TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE>
                        <FROM_YEAR>1970</FROM_YEAR>
                        <TO_YEAR>1960</TO_YEAR>
                      </INDIVIDUAL_DATE_OF_BIRTH>
                    </INDIVIDUAL>
                  </INDIVIDUALS>
                </CONSOLIDATED_LIST>
                """);
        assertThatThrownBy(() -> new UnXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(f + ":6: INDIVIDUAL QDi.997: INDIVIDUAL_DATE_OF_BIRTH FROM_YEAR 1970 is after TO_YEAR 1960");
    }

    @Test
    void duplicateReference() throws Exception {
        Path f = write("dup.xml", """
                <CONSOLIDATED_LIST>
                  <ENTITIES>
                    <ENTITY><FIRST_NAME>X CORP</FIRST_NAME><REFERENCE_NUMBER>KPe.1</REFERENCE_NUMBER></ENTITY>
                    <ENTITY><FIRST_NAME>Y CORP</FIRST_NAME><REFERENCE_NUMBER>KPe.1</REFERENCE_NUMBER></ENTITY>
                  </ENTITIES>
                </CONSOLIDATED_LIST>
                """);
        assertThatThrownBy(() -> new UnXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(f + ":4: ENTITY REFERENCE_NUMBER KPe.1 already used by the record at line 3");
    }

    @Test
    void doctypeRefused() throws Exception {
        Path f = write("dtd.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>&x;</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>
                """);
        assertThatThrownBy(() -> new UnXmlReader().read(List.of(f)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("DOCTYPE");
    }

    private Path write(String name, String content) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    private static Entity entity(String ref) {
        return list.entities().stream().filter(e -> e.sourceId().equals(ref)).findFirst().orElseThrow();
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(UnXmlReaderTest.class.getResource(name).toURI());
    }
}
