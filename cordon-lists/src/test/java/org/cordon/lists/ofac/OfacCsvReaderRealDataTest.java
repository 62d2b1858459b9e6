package org.cordon.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cordon.lists.ListFormatException;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.PartialDate;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real OFAC legacy CSV snapshots under ../shared, against the counts PROVENANCE.md states. */
class OfacCsvReaderRealDataTest {
    private static SanctionsList sdn;
    private static OfacCsvReader reader;

    static Path shared() {
        String p = System.getProperty("cordon.shared");
        return p != null ? Path.of(p) : Path.of("../../shared");
    }

    static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted(Comparator.reverseOrder()).toList();
        }
    }

    @BeforeAll
    static void readSdn() throws Exception {
        reader = new OfacCsvReader();
        long t0 = System.nanoTime();
        sdn = reader.read(filesIn(shared().resolve("data/lists/ofac/sdn_2023-12-28")));
        System.out.printf("sdn_2023-12-28: %d entities read in %d ms%n", sdn.entities().size(), (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void entityCountsBySchemaMatchProvenance() {
        Map<Schema, Long> bySchema = sdn.entities().stream().collect(Collectors.groupingBy(Entity::schema, Collectors.counting()));
        assertThat(sdn.entities()).hasSize(13_821);
        assertThat(bySchema).containsEntry(Schema.PERSON, 6_646L).containsEntry(Schema.VESSEL, 764L)
                .containsEntry(Schema.AIRCRAFT, 378L).containsEntry(Schema.ORGANIZATION, 6_033L);
        assertThat(sdn.version().entityCount()).isEqualTo(13_821);
    }

    @Test
    void versionDescribesTheSet() {
        assertThat(sdn.version().source()).isEqualTo("ofac");
        assertThat(sdn.version().publisher()).isEqualTo("US Treasury OFAC");
        assertThat(sdn.version().title()).isEqualTo("OFAC SDN List");
        assertThat(sdn.version().format()).isEqualTo("ofac-csv");
        assertThat(sdn.version().publicationDate()).isEqualTo("2023-12-28");
        assertThat(sdn.version().files()).hasSize(4);
        assertThat(sdn.version().files().get(0)).endsWith("sdn.csv.gz");
        assertThat(sdn.version().sha256()).hasSize(64);
    }

    @Test
    void namesByKind() {
        // alt.csv has 17,091 rows (aka 16,507; fka 567; nka 17), no repeats within an entry. Remarks add one
        // n.k.a. 'LGOK' (strong), 86 f.k.a. 'X' (previous) and the weak a.k.a.s (3,282 in sdn.csv, 22 more
        // completed by sdn_comments.csv): all counted with grep over the raw files.
        assertThat(count(NameKind.PRIMARY)).isEqualTo(13_821);
        assertThat(count(NameKind.ALIAS)).isEqualTo(16_507 + 17 + 1);
        assertThat(count(NameKind.PREVIOUS)).isEqualTo(567 + 86);
        assertThat(count(NameKind.WEAK_ALIAS)).isEqualTo(3_282 + 22);
        long withAltNames = sdn.entities().stream()
                .filter(e -> e.names().stream().anyMatch(n -> n.kind() == NameKind.ALIAS || n.kind() == NameKind.PREVIOUS))
                .count();
        assertThat(withAltNames).isGreaterThanOrEqualTo(6_667);
    }

    private static long count(NameKind kind) {
        return sdn.entities().stream().flatMap(e -> e.names().stream()).filter(n -> n.kind() == kind).count();
    }

    @Test
    void addressRows() {
        // add.csv: 18,990 rows for all 13,821 entries; 2,652 rows are -0- in every field, leaving 16,338
        // distinct addresses on 11,169 entries (python csv over the raw file)
        long addresses = sdn.entities().stream().mapToLong(e -> e.addresses().size()).sum();
        long withAddress = sdn.entities().stream().filter(e -> !e.addresses().isEmpty()).count();
        assertThat(addresses).isEqualTo(16_338);
        assertThat(withAddress).isEqualTo(11_169);
        assertThat(byId("ofac-306").addresses()).extracting(a -> a.full())
                .contains("Zweierstrasse 35, Zurich CH-8022, Switzerland");
        assertThat(byId("ofac-306").addresses()).extracting(a -> a.country()).contains("CH", "ES", "JP", "PA");
    }

    @Test
    void orphanCommentRowsAreSkippedAndCounted() {
        assertThat(reader.orphanCommentRows()).isEqualTo(3);
    }

    @Test
    void commentsContinueTheRemarks() {
        // 17018 (Sberbank): remarks cut at "Listing Date (EO 14024 Directive 3)", continued in sdn_comments.csv
        Entity sber = byId("ofac-17018");
        assertThat(sber.identifiers()).anySatisfy(i -> {
            assertThat(i.type()).isEqualTo(IdentifierType.TAX_ID);
            assertThat(i.value()).isEqualTo("7707083893");
            assertThat(i.country()).isEqualTo("RU");
        });
        assertThat(sber.identifiers()).anyMatch(i -> i.type() == IdentifierType.BIC && i.value().equals("SABRRUMM"));
        assertThat(sber.property("sanctionsInformation")).contains("Listing Date (EO 14024 Directive 3): 24 Feb 2022");
        // 27307: an a.k.a. cut mid-word, "WHOIS HACKIN" + "G TEAM'"
        assertThat(byId("ofac-27307").names()).extracting(Name::full).contains("WHOIS HACKING TEAM", "APPLEWORM");
    }

    @Test
    void putin() {
        Entity putin = sdn.entities().stream().filter(e -> e.caption().equals("PUTIN, Vladimir Vladimirovich")).findFirst().orElseThrow();
        assertThat(putin.id()).isEqualTo("ofac-35096");
        assertThat(putin.schema()).isEqualTo(Schema.PERSON);
        assertThat(putin.birthDates()).containsExactly(DateRange.of(new PartialDate(1952, 10, 7)));
        assertThat(putin.birthPlaces()).containsExactly("Leningrad, Russia");
        assertThat(putin.nationalities()).containsExactly("RU");
        assertThat(putin.gender()).isEqualTo("male");
        assertThat(putin.programmes()).containsExactly("RUSSIA-EO14024");
        assertThat(putin.property("position")).containsExactly("President of the Russian Federation");
        assertThat(putin.property("notes")).isEmpty();
        assertThat(putin.names().get(0).parts()).extracting(p -> p.value()).containsExactly("PUTIN", "Vladimir Vladimirovich");
        assertThat(putin.names()).extracting(Name::full).contains("PUTIN, Vladimir");
        assertThat(putin.addresses()).hasSize(4);
        assertThat(putin.countries()).containsExactly("RU");
    }

    @Test
    void vesselWithImo() {
        Entity graceful = byId("ofac-37444");
        assertThat(graceful.schema()).isEqualTo(Schema.VESSEL);
        assertThat(graceful.caption()).isEqualTo("GRACEFUL");
        assertThat(graceful.identifiers()).anyMatch(i -> i.type() == IdentifierType.IMO && i.value().equals("1011551"));
        assertThat(graceful.property("callSign")).containsExactly("UBGV8");
        assertThat(graceful.property("vesselType")).containsExactly("Yacht");
        assertThat(graceful.property("grossRegisteredTonnage")).containsExactly("2685");
        assertThat(graceful.property("flag")).containsExactly("Russia");
        assertThat(graceful.countries()).contains("RU");
        assertThat(graceful.property("linkedTo")).containsExactly("PUTIN, Vladimir Vladimirovich");
        long vesselsWithImo = sdn.entities().stream().filter(e -> e.schema() == Schema.VESSEL)
                .filter(e -> e.identifiers().stream().anyMatch(i -> i.type() == IdentifierType.IMO)).count();
        System.out.printf("vessels with IMO: %d of 764%n", vesselsWithImo);
        assertThat(vesselsWithImo).isGreaterThan(700);
    }

    @Test
    void remarksStatistics() {
        long withDob = sdn.entities().stream().filter(e -> e.schema() == Schema.PERSON && !e.birthDates().isEmpty()).count();
        long ids = sdn.entities().stream().mapToLong(e -> e.identifiers().size()).sum();
        long notes = sdn.entities().stream().mapToLong(e -> e.property("notes").size()).sum();
        long nat = sdn.entities().stream().filter(e -> !e.nationalities().isEmpty()).count();
        Map<IdentifierType, Long> byType = sdn.entities().stream().flatMap(e -> e.identifiers().stream())
                .collect(Collectors.groupingBy(i -> i.type(), Collectors.counting()));
        System.out.printf("persons with DOB %d; entities with nationality %d; identifiers %d %s; notes items %d%n",
                withDob, nat, ids, byType, notes);
        Map<String, Long> notePrefixes = sdn.entities().stream().flatMap(e -> e.property("notes").stream())
                .map(n -> String.join(" ", java.util.Arrays.asList(n.split(" ")).subList(0, Math.min(2, n.split(" ").length))))
                .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        notePrefixes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(60)
                .forEach(e -> System.out.println("  note " + e.getValue() + " " + e.getKey()));
        sdn.entities().stream().filter(e -> e.schema() == Schema.VESSEL)
                .filter(e -> e.identifiers().stream().noneMatch(i -> i.type() == IdentifierType.IMO))
                .forEach(e -> System.out.println("  vessel without IMO: " + e.id() + " " + e.caption()));
        assertThat(withDob).isGreaterThan(5_000);
        assertThat(byType.get(IdentifierType.PASSPORT)).isGreaterThan(1_000);
    }

    @Test
    void consolidatedCsvSet() throws Exception {
        OfacCsvReader r = new OfacCsvReader();
        SanctionsList cons = r.read(filesIn(shared().resolve("data/archive/ofac/consolidated_csv_2025-12")));
        assertThat(cons.entities()).hasSize(442);
        assertThat(cons.version().title()).isEqualTo("OFAC Consolidated (non-SDN) List");
        assertThat(cons.version().publicationDate()).isEqualTo("2025-12");
        // cons_alt: 1,073 rows (aka 932, fka 141), no repeats; remarks add 3 f.k.a. (grep over cons_prim + cons_comments)
        assertThat(cons.entities().stream().flatMap(e -> e.names().stream()).filter(n -> n.kind() == NameKind.ALIAS)).hasSize(932);
        assertThat(cons.entities().stream().flatMap(e -> e.names().stream()).filter(n -> n.kind() == NameKind.PREVIOUS)).hasSize(141 + 3);
        Map<Schema, Long> bySchema = cons.entities().stream().collect(Collectors.groupingBy(Entity::schema, Collectors.counting()));
        assertThat(bySchema).containsOnly(Map.entry(Schema.PERSON, 79L), Map.entry(Schema.ORGANIZATION, 363L));
        assertThat(r.orphanCommentRows()).isZero();
    }

    @Test
    void primaryFileAloneReads() throws Exception {
        // sdn_2024-05-03: the newest complete sdn.csv, with no alt/add files: 14,965 entries
        // (individual 6,854; vessel 851; aircraft 376; entity 6,884)
        SanctionsList alone = new OfacCsvReader().read(List.of(shared().resolve("data/archive/ofac/sdn_2024-05-03/sdn.csv.gz")));
        Map<Schema, Long> bySchema = alone.entities().stream().collect(Collectors.groupingBy(Entity::schema, Collectors.counting()));
        assertThat(alone.entities()).hasSize(14_965);
        assertThat(bySchema).containsOnly(Map.entry(Schema.PERSON, 6_854L), Map.entry(Schema.VESSEL, 851L),
                Map.entry(Schema.AIRCRAFT, 376L), Map.entry(Schema.ORGANIZATION, 6_884L));
        assertThat(alone.version().publicationDate()).isEqualTo("2024-05-03");
    }

    @Test
    void legacyCsvIsLatinOnly() {
        // the legacy CSV is ASCII: OFAC publishes original-script names only in its XML formats
        assertThat(sdn.entities().stream().flatMap(e -> e.names().stream()).filter(Name::isNonLatin)).isEmpty();
    }

    @Test
    void partialSetWithoutPrimaryFails() throws Exception {
        List<Path> files = filesIn(shared().resolve("data/archive/ofac/partial_2026-06"));
        assertThatThrownBy(() -> new OfacCsvReader().read(files)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("without its primary records file");
    }

    @Test
    void listLoaderGroupsTheSetAndTheVesselList() throws Exception {
        org.cordon.lists.ListLoader.Loaded loaded = org.cordon.lists.ListLoader.load(shared().resolve("data/lists/ofac/sdn_2023-12-28"));
        assertThat(loaded.lists()).singleElement().satisfies(l -> assertThat(l.entities()).hasSize(13_821));
        org.cordon.lists.ListLoader.Loaded vessels = org.cordon.lists.ListLoader.load(shared().resolve("data/lists/eu/eu_designated_vessels.csv.gz"));
        assertThat(vessels.entityCount()).isEqualTo(597);
    }

    private static Entity byId(String id) {
        return sdn.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }
}
