package org.cordon.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real OFAC Consolidated (non-SDN) XML of 06/30/2025: counts as PROVENANCE.md states them, and known entries. */
class OfacXmlReaderRealListTest {
    static SanctionsList list;

    @BeforeAll
    static void read() throws Exception {
        String shared = System.getProperty("cordon.shared", "../../shared");
        Path file = Path.of(shared, "data/lists/ofac/consolidated_2025-06-30/consolidated.xml.gz");
        assertThat(file).exists();
        long t0 = System.nanoTime();
        list = new OfacXmlReader().read(List.of(file));
        System.out.printf("OFAC consolidated XML: %d entities read in %d ms%n", list.entities().size(), (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void countsMatchProvenance() {
        assertThat(list.version().publicationDate()).isEqualTo("2025-06-30");
        assertThat(list.version().title()).isEqualTo("OFAC Consolidated (non-SDN) List");
        assertThat(list.version().publisher()).isEqualTo("US Treasury OFAC");
        assertThat(list.version().entityCount()).isEqualTo(443);
        assertThat(list.entities().stream().filter(e -> e.schema() == Schema.ORGANIZATION)).hasSize(363);
        assertThat(list.entities().stream().filter(e -> e.schema() == Schema.PERSON)).hasSize(80);
        assertThat(list.entities().stream().map(Entity::id).distinct()).hasSize(443);
        List<Name> names = list.entities().stream().flatMap(e -> e.names().stream()).toList();
        Map<NameKind, Long> byKind = new TreeMap<>();
        names.forEach(n -> byKind.merge(n.kind(), 1L, Long::sum));
        System.out.println("OFAC consolidated XML names by kind: " + byKind);
        assertThat(byKind.get(NameKind.PRIMARY)).isEqualTo(443L);
        // 1,136 aka: 992 a.k.a. (67 weak) and 144 f.k.a. (3 weak; a former name stays a former name whatever its category)
        assertThat(byKind.get(NameKind.ALIAS) + byKind.get(NameKind.WEAK_ALIAS) + byKind.get(NameKind.PREVIOUS)).isEqualTo(1_136L);
        assertThat(byKind.get(NameKind.PREVIOUS)).isEqualTo(144L);
        assertThat(byKind.get(NameKind.WEAK_ALIAS)).isEqualTo(67L);
        assertThat(byKind.get(NameKind.ALIAS)).isEqualTo(925L);
        Map<String, Long> programmes = new TreeMap<>();
        list.entities().forEach(e -> e.programmes().forEach(p -> programmes.merge(p, 1L, Long::sum)));
        assertThat(programmes).containsEntry("UKRAINE-EO13662", 286L).containsEntry("RUSSIA-EO14024", 82L)
                .containsEntry("NS-PLC", 78L).containsEntry("CMIC-EO13959", 68L);
        // 75 dateOfBirth on individuals; 30 "Organization Established Date" ids, one repeated within its entity
        assertThat(list.entities().stream().filter(e -> e.schema() == Schema.PERSON).mapToInt(e -> e.birthDates().size()).sum()).isEqualTo(75);
        assertThat(list.entities().stream().filter(e -> e.schema() != Schema.PERSON).mapToInt(e -> e.birthDates().size()).sum()).isEqualTo(29);
        assertThat(list.entities().stream().filter(e -> !e.property("notes").isEmpty())).hasSize(346);
    }

    @Test
    void identifiersAreTypedAndFactsAreNotIdentifiers() {
        Map<IdentifierType, Long> byType = new TreeMap<>();
        list.entities().forEach(e -> e.identifiers().forEach(i -> byType.merge(i.type(), 1L, Long::sum)));
        System.out.println("OFAC consolidated XML identifiers by type: " + byType);
        assertThat(byType).containsEntry(IdentifierType.BIC, 33L).containsEntry(IdentifierType.LEI, 14L)
                .containsEntry(IdentifierType.WEBSITE, 176L).containsEntry(IdentifierType.EMAIL, 125L)
                .containsEntry(IdentifierType.PASSPORT, 1L).containsEntry(IdentifierType.NATIONAL_ID, 1L);
        assertThat(list.entities().stream().flatMap(e -> e.identifiers().stream()).map(Identifier::note))
                .noneMatch(n -> n.startsWith("Secondary sanctions risk") || n.startsWith("Gender") || n.startsWith("Issuer Name"));
        assertThat(list.entities().stream().filter(e -> e.gender() != null)).hasSize(3);
    }

    @Test
    void haniya() {
        Entity e = list.entities().stream().filter(x -> x.id().equals("ofac-9639")).findFirst().orElseThrow();
        assertThat(e.caption()).isEqualTo("Ismail Abdul Salah HANIYA");
        assertThat(e.names().get(0).parts()).extracting(p -> p.type().name() + ":" + p.value())
                .containsExactly("GIVEN:Ismail Abdul Salah", "FAMILY:HANIYA");
        assertThat(e.names()).extracting(Name::full).containsExactly("Ismail Abdul Salah HANIYA", "Ismail HANIYA", "Ismaeel HANIYYA");
        assertThat(e.birthDates()).containsExactly(DateRange.parse("1962"));
        assertThat(e.birthPlaces()).containsExactly("Shati");
        assertThat(e.programmes()).containsExactly("NS-PLC");
        assertThat(e.schema()).isEqualTo(Schema.PERSON);
    }

    @Test
    void chinaTelecom() {
        Entity e = list.entities().stream().filter(x -> x.id().equals("ofac-30882")).findFirst().orElseThrow();
        assertThat(e.caption()).isEqualTo("CHINA TELECOM CORPORATION LIMITED");
        assertThat(e.names().get(0).parts()).isEmpty();
        assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(e.identifiers()).contains(new Identifier(IdentifierType.REGISTRATION, "9111000071093019X7", "CN",
                "Unified Social Credit Code (USCC)"));
        assertThat(e.identifiers()).contains(new Identifier(IdentifierType.OTHER, "US1694261033", null, "ISIN"));
        assertThat(e.property("ticker")).contains("CHA US");
        assertThat(e.property("issuerName")).contains("China Telecom Corp Ltd");
        assertThat(e.property("legalForm")).containsExactly("Public Company");
        assertThat(e.property("provisions")).contains("Listing Date (CMIC) 03 Jun 2021");
        assertThat(e.property("notes")).containsExactly("(Linked To: CHINA TELECOMMUNICATIONS CORPORATION)");
        assertThat(e.countries()).contains("CN");
    }
}
