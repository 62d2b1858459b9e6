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
        Entity ponomarenko = Entity.builder("test", "1", Schema.PERSON).name(new Name("Alexander PONOMARENKO", NameKind.PRIMARY, null,
                List.of(new NamePart(NamePart.Type.GIVEN, "Alexander"), new NamePart(NamePart.Type.FAMILY, "PONOMARENKO")))).build();
        // no parts, a name in another script, an organisation: nothing to ask
        Entity noParts = Entity.builder("test", "2", Schema.PERSON).name(new Name("Ivan PETROV", NameKind.PRIMARY, null, List.of())).build();
        Entity cyrillic = Entity.builder("test", "3", Schema.PERSON).name(new Name("Иван ПЕТРОВ", NameKind.PRIMARY, null,
                List.of(new NamePart(NamePart.Type.GIVEN, "Иван"), new NamePart(NamePart.Type.FAMILY, "ПЕТРОВ")))).build();
        Entity company = Entity.builder("test", "4", Schema.ORGANIZATION).name(new Name("Alpha GAMMA", NameKind.PRIMARY, null,
                List.of(new NamePart(NamePart.Type.GIVEN, "Alpha"), new NamePart(NamePart.Type.FAMILY, "GAMMA")))).build();
        ScanScreener screener = Screeners.scan(List.of());

        FamilyFirstRecall.Result r = FamilyFirstRecall.run(screener, List.of(ponomarenko, noParts, cyrillic, company));

        assertThat(r.queries()).isEqualTo(1);
        // "PONOMARENKO Alexander" marks its family name and meets the record in full; "Ponomarenko Alexander" marks nothing,
        // and the record's parts say which word is the family name: half the reversed order's penalty, still a match
        assertThat(r.found()).containsExactly(1, 1);
        assertThat(r.recall(1)).isEqualTo(1.0);
        assertThat(r.misses()).isEmpty();
        assertThat(FamilyFirstRecall.familyAndGiven(ponomarenko.names().get(0))).containsExactly("PONOMARENKO", "Alexander");
        assertThat(FamilyFirstRecall.familyAndGiven(noParts.names().get(0))).isNull();
        assertThat(FamilyFirstRecall.capitalised("PUTIN")).isEqualTo("Putin");
    }
}
