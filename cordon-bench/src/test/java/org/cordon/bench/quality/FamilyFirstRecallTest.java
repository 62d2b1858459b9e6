package org.cordon.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.match.ScanScreener;
import org.cordon.match.Screeners;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.NamePart;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

class FamilyFirstRecallTest {

    @Test
    void aPersonWithAGivenAndAFamilyNameIsScreenedFamilyFirstTwoWays() {
        Entity putin = Entity.builder("test", "1", Schema.PERSON).name(new Name("Vladimir Vladimirovich PUTIN", NameKind.PRIMARY, null,
                List.of(new NamePart(NamePart.Type.GIVEN, "Vladimir"), new NamePart(NamePart.Type.PATRONYMIC, "Vladimirovich"),
                        new NamePart(NamePart.Type.FAMILY, "PUTIN")))).build();
        // no parts, a name in another script, an organisation: nothing to ask
        Entity noParts = Entity.builder("test", "2", Schema.PERSON).name(new Name("Ivan PETROV", NameKind.PRIMARY, null, List.of())).build();
        Entity cyrillic = Entity.builder("test", "3", Schema.PERSON).name(new Name("Иван ПЕТРОВ", NameKind.PRIMARY, null,
                List.of(new NamePart(NamePart.Type.GIVEN, "Иван"), new NamePart(NamePart.Type.FAMILY, "ПЕТРОВ")))).build();
        ScanScreener screener = Screeners.scan(List.of());

        FamilyFirstRecall.Result r = FamilyFirstRecall.run(screener, List.of(putin, noParts, cyrillic));

        assertThat(r.queries()).isEqualTo(1);
        // "PUTIN Vladimir" marks its family name and meets the record; "Putin Vladimir" marks nothing: given and family
        // names reversed, under the threshold
        assertThat(r.found()).containsExactly(1, 0);
        assertThat(r.misses()).hasSize(1);
        assertThat(FamilyFirstRecall.familyAndGiven(putin.names().get(0))).containsExactly("PUTIN", "Vladimir");
        assertThat(FamilyFirstRecall.capitalised("PUTIN")).isEqualTo("Putin");
    }
}
