package org.cordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cordon.model.Entity;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One OFAC uid on the SDN and the non-SDN list is one entity; other id clashes are errors. */
class ListMergeTest {

    @TempDir
    Path dir;

    @Test
    void ofacEntityOnBothListsIsMergedAndCountedOnce() throws Exception {
        Path sdn = dir.resolve("sdn");
        Files.createDirectories(sdn);
        for (String f : new String[] {"sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"}) copy("ofac/sdn_2024-01-15/" + f, sdn.resolve(f));
        Files.writeString(dir.resolve("consolidated.xml"), """
                <?xml version="1.0" standalone="yes"?>
                <sdnList xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">
                  <publshInformation><Publish_Date>06/30/2025</Publish_Date><Record_Count>1</Record_Count></publshInformation>
                  <sdnEntry>
                    <uid>1001</uid><firstName>Ivan</firstName><lastName>KOROVINE</lastName><sdnType>Individual</sdnType>
                    <programList><program>NS-MBS</program></programList>
                  </sdnEntry>
                </sdnList>
                """);
        ListLoader.Loaded loaded = ListLoader.load(dir);
        assertThat(loaded.lists()).hasSize(2);
        for (SanctionsList l : loaded.lists()) {
            Entity e = l.entities().stream().filter(x -> x.id().equals("ofac-1001")).findFirst().orElseThrow();
            assertThat(e.programmes()).contains("RUSSIA-EO14024", "NS-MBS");
            assertThat(e.names()).extracting(n -> n.full()).contains("Ivan KOROVINE", "KOROVIN, Ivan Petrovich");
            assertThat(e.names().stream().filter(n -> n.kind() == NameKind.PRIMARY)).hasSize(1);
        }
        assertThat(loaded.entities().stream().filter(x -> x.id().equals("ofac-1001"))).hasSize(1);
        assertThat(loaded.entities()).hasSize(loaded.lists().get(0).entities().size() + loaded.lists().get(1).entities().size() - 1);
    }

    @Test
    void twoCustomListsOfOneNameClash() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/watch.csv"), "id,name\n1,ACME WIDGETS\n");
        Files.writeString(dir.resolve("b/watch.csv"), "id,name\n1,OTHER THING\n");
        assertThatThrownBy(() -> ListLoader.load(dir))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("watch-1")
                .hasMessageContaining("same source name");
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = ListMergeTest.class.getResourceAsStream("/" + resource)) {
            Files.copy(in, to);
        }
    }
}
