package org.cordon.lists.custom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cordon.lists.FormatDetector;
import org.cordon.lists.ListFormat;
import org.cordon.model.Entity;
import org.cordon.model.IdentifierType;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

/** eu_designated_vessels.csv.gz: the 597 EU-designated vessels, published in the default list directory as a custom list. */
class CustomCsvReaderRealDataTest {

    static Path shared() {
        String p = System.getProperty("cordon.shared");
        return p != null ? Path.of(p) : Path.of("../../shared");
    }

    @Test
    void euDesignatedVessels() throws Exception {
        Path file = shared().resolve("data/lists/eu/eu_designated_vessels.csv.gz");
        assertThat(FormatDetector.detect(file)).isEqualTo(ListFormat.CUSTOM_CSV);
        SanctionsList list = new CustomCsvReader().read(List.of(file));
        assertThat(list.version().source()).isEqualTo("eu_designated_vessels");
        assertThat(list.version().title()).isEqualTo("eu_designated_vessels");
        assertThat(list.entities()).hasSize(597);
        assertThat(list.entities()).allSatisfy(e -> {
            assertThat(e.schema()).isEqualTo(Schema.VESSEL);
            assertThat(e.identifiers()).singleElement().satisfies(i -> assertThat(i.type()).isEqualTo(IdentifierType.IMO));
            assertThat(e.listedOn()).matches("\\d{4}-\\d{2}-\\d{2}");
        });
        // 597 distinct IMO numbers (PROVENANCE.md); listed from 2024-06-25 to 2025-12-19
        assertThat(list.entities().stream().map(e -> e.identifiers().get(0).normalisedValue()).distinct()).hasSize(597);
        assertThat(list.entities().stream().map(Entity::listedOn).min(String::compareTo)).hasValue("2024-06-25");
        assertThat(list.entities().stream().map(Entity::listedOn).max(String::compareTo)).hasValue("2025-12-19");
        Entity ocean = list.entities().stream().filter(e -> e.id().equals("eu_designated_vessels-1021570")).findFirst().orElseThrow();
        assertThat(ocean.caption()).isEqualTo("Ocean 28");
        assertThat(ocean.identifiers().get(0).value()).isEqualTo("1021570");
        assertThat(ocean.listedOn()).isEqualTo("2025-05-21");
    }
}
