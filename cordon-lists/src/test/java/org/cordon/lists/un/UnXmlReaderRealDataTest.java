package org.cordon.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.cordon.model.Scripts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The UN reader over the real UN Consolidated List of 2026-05-08 ({@code shared/data/lists/un/consolidated.xml.gz}).
 * Counts marked PROVENANCE are the ones {@code shared/data/lists/PROVENANCE.md} states for the file; counts
 * marked "measured" were read from the file independently of this reader (Python ElementTree, noted beside
 * each) or, where the reader's splitting and de-duplication decide the number, measured with this reader and
 * pinned so that a change shows.
 */
class UnXmlReaderRealDataTest {
    private static SanctionsList list;
    private static Map<String, Entity> byRef;

    @BeforeAll
    static void read() throws Exception {
        Path file = shared().resolve("data/lists/un/consolidated.xml.gz");
        assumeThat(Files.isReadable(file)).as("real UN list at " + file).isTrue();
        list = new UnXmlReader().read(List.of(file));
        byRef = list.entities().stream().collect(Collectors.toMap(Entity::sourceId, Function.identity()));
    }

    static Path shared() {
        String prop = System.getProperty("cordon.shared");
        return Path.of(prop != null ? prop : "../../shared");
    }

    @Test
    void version() {
        assertThat(list.version().publicationDate()).isEqualTo("2026-05-08");
        assertThat(list.version().entityCount()).isEqualTo(1009);
        assertThat(list.version().source()).isEqualTo("un");
    }

    @Test
    void recordsBySchema() {
        // PROVENANCE: 737 INDIVIDUAL and 272 ENTITY records (1,009 in all); REFERENCE_NUMBER values are unique
        Map<Schema, Long> bySchema = list.entities().stream().collect(Collectors.groupingBy(Entity::schema, Collectors.counting()));
        assertThat(bySchema).containsExactlyInAnyOrderEntriesOf(Map.of(Schema.PERSON, 737L, Schema.ORGANIZATION, 272L));
        assertThat(byRef).hasSize(1009);
        assertThat(list.entities()).allSatisfy(e -> {
            assertThat(e.id()).isEqualTo("un-" + e.sourceId());
            assertThat(e.property(Entity.UN_REFERENCE)).containsExactly(e.sourceId());
            assertThat(e.names().get(0).kind()).isEqualTo(NameKind.PRIMARY);
            assertThat(e.listedOn()).matches("\\d{4}-\\d{2}-\\d{2}");
        });
    }

    @Test
    void programmes() {
        // PROVENANCE: Al-Qaida 343, DPRK 155, Taliban 140, Iran 121, Iraq 75, DRC 53, Libya 30, Somalia 24, CAR 15,
        // Sudan 13, Yemen 11, Haiti 11, GB 10, SouthSudan 8
        Map<String, Long> byProgramme = list.entities().stream().flatMap(e -> e.programmes().stream())
                .collect(Collectors.groupingBy(p -> p, Collectors.counting()));
        assertThat(byProgramme).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("Al-Qaida", 343L), Map.entry("DPRK", 155L), Map.entry("Taliban", 140L), Map.entry("Iran", 121L),
                Map.entry("Iraq", 75L), Map.entry("DRC", 53L), Map.entry("Libya", 30L), Map.entry("Somalia", 24L),
                Map.entry("CAR", 15L), Map.entry("Sudan", 13L), Map.entry("Yemen", 11L), Map.entry("Haiti", 11L),
                Map.entry("GB", 10L), Map.entry("SouthSudan", 8L)));
    }

    @Test
    void names() {
        Map<NameKind, Long> byKind = list.entities().stream().flatMap(e -> e.names().stream())
                .collect(Collectors.groupingBy(Name::kind, Collectors.counting()));
        // One PRIMARY per record, and two for CDe.003 (see spotChecks).
        // PROVENANCE: 2,773 non-empty ALIAS_NAME values and 380 NAME_ORIGINAL_SCRIPT values. Splitting "a; b" and
        // "X (original script)" makes more names, de-duplication within a record fewer. Measured with this reader:
        assertThat(byKind).containsExactlyInAnyOrderEntriesOf(Map.of(
                NameKind.PRIMARY, 1010L, NameKind.ALIAS, 2599L, NameKind.WEAK_ALIAS, 652L, NameKind.PREVIOUS, 19L));
        assertThat(byKind.get(NameKind.ALIAS) + byKind.get(NameKind.WEAK_ALIAS) + byKind.get(NameKind.PREVIOUS))
                .as("every non-empty ALIAS_NAME gives at least one name; splitting adds more than de-duplication removes")
                .isGreaterThan(2773);
        // measured (Python, script of any letter in any name element of the record): 370 records carry an
        // Arabic-script name, 12 a Cyrillic one. PROVENANCE: NAME_ORIGINAL_SCRIPT is Arabic on 368, Cyrillic on 11.
        // Two more records (QDi.058, QDe.157) give their Arabic-script name only in an alias NOTE ("In Arabic: ...").
        assertThat(countWithScript(Character.UnicodeScript.ARABIC)).isEqualTo(370 + 2);
        assertThat(countWithScript(Character.UnicodeScript.CYRILLIC)).isEqualTo(12);
        assertThat(list.entities().stream().flatMap(e -> e.names().stream()).filter(Name::isNonLatin).count())
                .as("measured with this reader: 413 from name elements, 35 more from alias notes").isEqualTo(448);
        // no name keeps the separators the UN packs spellings with
        assertThat(list.entities().stream().flatMap(e -> e.names().stream()).map(Name::full))
                .noneMatch(n -> n.contains(";") || n.isBlank() || !n.equals(n.strip()) || n.contains("  "));
    }

    @Test
    void facts() {
        // measured (Python): 684 records have a DATE, YEAR or FROM_YEAR in INDIVIDUAL_DATE_OF_BIRTH; the reader adds
        // dates from alias DATE_OF_BIRTH and from notes such as "Nov. 1973"
        assertThat(list.entities().stream().filter(e -> !e.birthDates().isEmpty()).count()).isGreaterThanOrEqualTo(684);
        // measured (Python): GENDER elements say Male 52, Female 3; more come from "Gender: Male." in COMMENTS1
        Map<String, Long> byGender = list.entities().stream().filter(e -> e.gender() != null)
                .collect(Collectors.groupingBy(Entity::gender, Collectors.counting()));
        assertThat(byGender).containsExactlyInAnyOrderEntriesOf(Map.of("male", 99L, "female", 5L));
        // measured (grep): 16 COMMENTS1 state an IMO number, one each
        assertThat(list.entities().stream().flatMap(e -> e.identifiers().stream()).filter(i -> i.type() == IdentifierType.IMO).count())
                .isEqualTo(16);
        // measured (Python): 260 records have a passport document with a NUMBER
        assertThat(list.entities().stream().filter(e -> e.identifiers().stream().anyMatch(i -> i.type() == IdentifierType.PASSPORT)).count())
                .isEqualTo(260);
        assertThat(list.entities().stream().filter(e -> e.schema() == Schema.ORGANIZATION))
                .allSatisfy(e -> assertThat(e.gender()).isNull());
    }

    @Test
    void spotChecks() {
        Entity anizi = byRef.get("QDi.335");
        assertThat(anizi.caption()).isEqualTo("‘ABD AL-RAHMAN KHALAF ‘UBAYD JUDAY’ AL-‘ANIZI");
        assertThat(anizi.names()).extracting(Name::full).contains("‘Abd al-Rahman Khalaf al-Anizi", "Yusuf");
        assertThat(anizi.names()).filteredOn(n -> n.full().equals("Yusuf")).extracting(Name::kind).containsExactly(NameKind.WEAK_ALIAS);
        assertThat(anizi.birthDates()).extracting(DateRange::toString).containsExactly("1973-03-06");
        assertThat(anizi.nationalities()).containsExactly("KW");
        assertThat(anizi.identifiers()).extracting(Identifier::type, Identifier::value, Identifier::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IdentifierType.NATIONAL_ID, "273030601222", "KW"));

        Entity soleimani = byRef.get("IRi.039");
        assertThat(soleimani.caption()).isEqualTo("QASEM SOLEIMANI");
        assertThat(soleimani.names()).extracting(Name::full, Name::kind).contains(
                org.assertj.core.groups.Tuple.tuple("Qasim Soleimani", NameKind.ALIAS),
                org.assertj.core.groups.Tuple.tuple("Kasim Sulaymani", NameKind.ALIAS),
                org.assertj.core.groups.Tuple.tuple("Haji Qassem", NameKind.WEAK_ALIAS),
                org.assertj.core.groups.Tuple.tuple("Sardar Soleimani", NameKind.WEAK_ALIAS));

        Entity baghdadi = byRef.get("QDi.299");
        assertThat(baghdadi.names()).extracting(Name::full, Name::kind).contains(
                org.assertj.core.groups.Tuple.tuple("أبو بكر البغدادي الحسيني القريشي", NameKind.WEAK_ALIAS),
                org.assertj.core.groups.Tuple.tuple("Abu Bakr al-Baghdadi", NameKind.WEAK_ALIAS));

        Entity chongchongang = byRef.get("KPe.022");
        assertThat(chongchongang.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(chongchongang.identifiers()).extracting(Identifier::type, Identifier::value)
                .contains(org.assertj.core.groups.Tuple.tuple(IdentifierType.IMO, "5342883"));

        assertThat(byRef.get("QDi.314").birthDates()).extracting(DateRange::toString).contains("1977/1982");

        // the one FIRST_NAME holding two names: both are the listed name
        assertThat(byRef.get("CDe.003").names()).filteredOn(n -> n.kind() == NameKind.PRIMARY).extracting(Name::full)
                .containsExactly("COMPAGNIE AERIENNE DES GRANDS LACS (CAGL)", "GREAT LAKES BUSINESS COMPANY (GLBC)");

        Entity komid = byRef.get("KPe.001");
        assertThat(komid.caption()).isEqualTo("KOREA MINING DEVELOPMENT TRADING CORPORATION");
        assertThat(komid.countries()).containsExactly("KP");
        assertThat(komid.programmes()).containsExactly("DPRK");
    }

    private static long countWithScript(Character.UnicodeScript script) {
        return list.entities().stream().filter(e -> e.names().stream().anyMatch(n -> hasScript(n.full(), script))).count();
    }

    private static boolean hasScript(String s, Character.UnicodeScript script) {
        Set<Character.UnicodeScript> seen = new HashSet<>();
        s.codePoints().filter(Character::isLetter).forEach(cp -> seen.add(Character.UnicodeScript.of(cp)));
        return seen.contains(script) && Scripts.hasNonLatinLetter(s);
    }
}
