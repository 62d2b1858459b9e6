package org.cordon.lists.eu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.cordon.lists.ListFiles;
import org.cordon.lists.SafeXml;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real EU FSF snapshot: counts as PROVENANCE.md states them, and well-known entries. */
class EuXmlReaderRealListTest {
    static Path file;
    static SanctionsList list;

    @BeforeAll
    static void read() throws Exception {
        String shared = System.getProperty("cordon.shared", "../../shared");
        file = Path.of(shared, "data/lists/eu/eu_fsf_2025-12_derived.xml.gz");
        assertThat(file).exists();
        long t0 = System.nanoTime();
        list = new EuXmlReader().read(List.of(file));
        System.out.printf("EU FSF: %d entities read in %d ms%n", list.entities().size(), (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void versionAndEntityCountsMatchProvenance() {
        assertThat(list.version().publicationDate()).isEqualTo("2025-12-15");
        assertThat(list.version().source()).isEqualTo("eu");
        assertThat(list.version().format()).isEqualTo("eu-xml");
        assertThat(list.version().entityCount()).isEqualTo(5_860);
        assertThat(list.entities()).hasSize(5_860);
        assertThat(list.entities().stream().filter(e -> e.schema() == Schema.PERSON)).hasSize(4_341);
        assertThat(list.entities().stream().filter(e -> e.schema() == Schema.ORGANIZATION)).hasSize(1_519);
        assertThat(list.entities().stream().map(Entity::id).distinct()).hasSize(5_860);
        assertThat(list.entities().stream().filter(e -> !e.property(Entity.UN_REFERENCE).isEmpty())).hasSize(88);
        // 3,790 entities carry a birthdate element; on 7 of them it holds nothing (no date, no place, country "00").
        assertThat(list.entities().stream().filter(e -> !e.birthDates().isEmpty() || !e.birthPlaces().isEmpty())).hasSize(3_783);
        // 2,430 identification elements, 3 of which repeat type, number and country within their entity.
        assertThat(list.entities().stream().mapToInt(e -> e.identifiers().size()).sum()).isEqualTo(2_427);
        // 2,530 entities carry a citizenship; one only as "CS" (Serbia and Montenegro, no longer an ISO code)
        assertThat(list.entities().stream().filter(e -> !e.nationalities().isEmpty())).hasSize(2_529);
        assertThat(list.entities().stream().filter(e -> e.property("countryText").contains("SERBIA AND MONTENEGRO"))).hasSize(1);
        // 2,344 addresses on 1,769 entities; 49 hold nothing (country "00", no street or city) and 40 entities have only such
        assertThat(list.entities().stream().filter(e -> !e.addresses().isEmpty())).hasSize(1_729);
        assertThat(list.entities()).allSatisfy(e -> {
            assertThat(e.names().get(0).kind()).isEqualTo(NameKind.PRIMARY);
            assertThat(e.programmes()).isNotEmpty();
            assertThat(e.listedOn()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(e.property("euReferenceNumber")).hasSize(1);
        });
    }

    /**
     * Every nameAlias (29,809 in PROVENANCE) becomes a name, except a spelling repeated within one entity
     * under another language: the expected number is counted here straight from the XML, independently of the reader.
     */
    @Test
    void everyDistinctNameAliasIsAName() throws Exception {
        int raw = 0;
        int distinct = 0;
        int distinctNonLatin = 0;
        Set<String> seen = new HashSet<>();
        Map<Character.UnicodeScript, Integer> rawScripts = new HashMap<>();
        try (InputStream in = ListFiles.open(file)) {
            XMLStreamReader r = SafeXml.open(in);
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
                if (r.getLocalName().equals("sanctionEntity")) seen.clear();
                if (r.getLocalName().equals("nameAlias")) {
                    raw++;
                    String whole = r.getAttributeValue(null, "wholeName").strip().replaceAll("\\s+", " ");
                    rawScripts.merge(majorityScript(whole), 1, Integer::sum);
                    if (seen.add(whole)) {
                        distinct++;
                        if (org.cordon.model.Scripts.hasNonLatinLetter(whole)) distinctNonLatin++;
                    }
                }
            }
        }
        assertThat(raw).isEqualTo(29_809);
        // PROVENANCE counts a name's script as that of most of its letters. A dozen names mix Latin with Cyrillic or
        // Greek letters in near-equal numbers and fall either way depending on how letters and ties are counted,
        // so those two scripts are checked to within 15 names; the others are exact.
        assertThat(rawScripts).containsEntry(Character.UnicodeScript.ARABIC, 730).containsEntry(Character.UnicodeScript.HANGUL, 87)
                .containsEntry(Character.UnicodeScript.HAN, 23).containsEntry(Character.UnicodeScript.HEBREW, 9).hasSize(7);
        assertThat(rawScripts.get(Character.UnicodeScript.CYRILLIC)).isBetween(4_678 - 15, 4_678 + 15);
        assertThat(rawScripts.get(Character.UnicodeScript.GREEK)).isBetween(307 - 15, 307 + 15);
        List<Name> names = list.entities().stream().flatMap(e -> e.names().stream()).toList();
        assertThat(names).hasSize(distinct);
        assertThat(names.stream().filter(Name::isNonLatin)).hasSize(distinctNonLatin);
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        names.stream().filter(Name::isNonLatin).forEach(n -> scripts.merge(org.cordon.model.Scripts.dominantNonLatin(n.full()), 1, Integer::sum));
        System.out.printf("EU FSF: %d nameAlias, %d distinct names per entity (%d non-Latin: %s)%n", raw, distinct, distinctNonLatin, scripts);
        assertThat(list.entities().stream().filter(e -> e.names().get(0).kind() == NameKind.PRIMARY)).hasSize(5_860);
        assertThat(names.stream().filter(n -> n.kind() == NameKind.PRIMARY)).hasSize(5_860);
        assertThat(scripts.keySet()).contains(Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.ARABIC,
                Character.UnicodeScript.GREEK, Character.UnicodeScript.HANGUL, Character.UnicodeScript.HAN, Character.UnicodeScript.HEBREW);
    }

    private static Character.UnicodeScript majorityScript(String s) {
        Map<Character.UnicodeScript, Integer> n = new HashMap<>();
        s.codePoints().filter(Character::isLetter).forEach(cp -> n.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
        return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Character.UnicodeScript.LATIN);
    }

    @Test
    void putin() {
        Entity putin = list.entities().stream().filter(e -> e.caption().equals("Vladimir Vladimirovich PUTIN")).findFirst().orElseThrow();
        assertThat(putin.id()).isEqualTo("eu-135909");
        assertThat(putin.schema()).isEqualTo(Schema.PERSON);
        assertThat(putin.names()).extracting(Name::full).containsExactly("Vladimir Vladimirovich PUTIN",
                "Vladimir Vladimirovitj PUTIN", "Vladimir Vladimirovich POUTINE", "Влади́мир Влади́мирович ПУ́ТИН");
        assertThat(putin.names().get(1).lang()).isEqualTo("sv");
        assertThat(putin.names().get(3).isNonLatin()).isTrue();
        assertThat(putin.birthDates()).containsExactly(DateRange.parse("1952-10-07"));
        assertThat(putin.birthPlaces()).containsExactly("Leningrad (now Saint-Petersburg), Russia");
        assertThat(putin.gender()).isEqualTo("male");
        assertThat(putin.property("position")).containsExactly("President of the Russian Federation");
        assertThat(putin.property("euReferenceNumber")).containsExactly("EU.7510.16");
        assertThat(putin.programmes()).containsExactly("UKR");
        assertThat(putin.listedOn()).isEqualTo("2022-02-25");
        assertThat(putin.property("sourceUrl")).singleElement().asString().startsWith("https://eur-lex.europa.eu/");
    }

    @Test
    void saddamHussein() {
        Entity e = list.entities().stream().filter(x -> x.id().equals("eu-13")).findFirst().orElseThrow();
        assertThat(e.caption()).isEqualTo("Saddam Hussein Al-Tikriti");
        assertThat(e.names().get(0).parts()).extracting(p -> p.value()).containsExactly("Saddam", "Hussein Al-Tikriti");
        assertThat(e.names()).extracting(Name::full).contains("Abu Ali", "Abou Ali");
        assertThat(e.nationalities()).containsExactly("IQ");
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1937-04-28"));
        assertThat(e.property("notes")).containsExactly("UNSC RESOLUTION 1483");
        assertThat(e.programmes()).containsExactly("IRQ");
        assertThat(e.listedOn()).isEqualTo("2003-07-08");
    }

    @Test
    void identifiersAreTyped() {
        Map<IdentifierType, Long> byType = new HashMap<>();
        list.entities().forEach(e -> e.identifiers().forEach(i -> byType.merge(i.type(), 1L, Long::sum)));
        System.out.println("EU FSF identifiers by type: " + byType);
        assertThat(byType.get(IdentifierType.PASSPORT)).isEqualTo(599L);
        assertThat(byType.get(IdentifierType.IMO)).isEqualTo(25L);
        assertThat(byType.get(IdentifierType.BIC)).isEqualTo(8L);
        assertThat(byType.get(IdentifierType.REGISTRATION)).isEqualTo(539L); // 540 regnumber + 1 tradelic, 2 repeated within their entity
    }
}
