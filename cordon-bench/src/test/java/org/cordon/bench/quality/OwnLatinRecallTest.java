package org.cordon.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.match.ScanScreener;
import org.cordon.match.Screeners;
import org.cordon.model.Entity;
import org.cordon.model.NameKind;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

class OwnLatinRecallTest {

    @Test
    void eachNonLatinNameIsAQueryAgainstItsOwnRecordsLatinNamesOnly() {
        Entity zarif = Entity.builder("test", "1", Schema.PERSON).name("ZARIF, Mohammad Javad", NameKind.PRIMARY)
                .name("محمد جواد ظریف", NameKind.ALIAS).build();
        // the Cyrillic alias is another name than the Latin one: a miss, with its explanation
        Entity other = Entity.builder("test", "2", Schema.PERSON).name("Ivan PETROV", NameKind.PRIMARY)
                .name("Сергей Смирнов", NameKind.ALIAS).build();
        // no Latin name, or no other script: nothing to ask
        Entity arabicOnly = Entity.builder("test", "3", Schema.PERSON).name("حسن نصر الله", NameKind.PRIMARY).build();
        Entity latinOnly = Entity.builder("test", "4", Schema.PERSON).name("John SMITH", NameKind.PRIMARY).build();
        ScanScreener screener = Screeners.scan(List.of());

        OwnLatinRecall.Result r = OwnLatinRecall.run(screener, List.of(zarif, other, arabicOnly, latinOnly));

        assertThat(r.queries()).isEqualTo(2);
        assertThat(r.found()).isEqualTo(1);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.byScriptAndSchema()).containsOnlyKeys("arabic person", "cyrillic person");
        assertThat(r.byScriptAndSchema().get("arabic person")).containsExactly(1, 1);
        assertThat(r.misses()).singleElement().asString().contains("test-2").contains("Сергей Смирнов");
        // the record the query meets keeps its Latin names only
        assertThat(OwnLatinRecall.latinOnly(zarif).names()).extracting(n -> n.full()).containsExactly("ZARIF, Mohammad Javad");
        assertThat(OwnLatinRecall.latinOnly(arabicOnly)).isNull();
        assertThat(OwnLatinRecall.latinOnly(latinOnly)).isNull();
    }
}
