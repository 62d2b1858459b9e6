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

class InitialsRecallTest {

    private static Name withParts(String full, String given, String second, NamePart.Type secondType, String family) {
        return new Name(full, NameKind.PRIMARY, null, List.of(new NamePart(NamePart.Type.GIVEN, given),
                new NamePart(secondType, second), new NamePart(NamePart.Type.FAMILY, family)));
    }

    @Test
    void aPersonWithAGivenASecondAndAFamilyNameIsScreenedByHisInitialsFourWays() {
        Entity usmanov = Entity.builder("test", "1", Schema.PERSON)
                .name(withParts("Alisher Burkhanovich USMANOV", "Alisher", "Burkhanovich", NamePart.Type.PATRONYMIC, "USMANOV")).build();
        Entity putin = Entity.builder("test", "2", Schema.PERSON)
                .name(withParts("Vladimir Vladimirovich PUTIN", "Vladimir", "Vladimirovich", NamePart.Type.PATRONYMIC, "PUTIN")).build();
        // no second name in the parts, a name in another script, an organisation: nothing to ask
        Entity noSecond = Entity.builder("test", "3", Schema.PERSON).name(new Name("Ivan PETROV", NameKind.PRIMARY, null,
                List.of(new NamePart(NamePart.Type.GIVEN, "Ivan"), new NamePart(NamePart.Type.FAMILY, "PETROV")))).build();
        Entity cyrillic = Entity.builder("test", "4", Schema.PERSON)
                .name(withParts("Иван Иванович ПЕТРОВ", "Иван", "Иванович", NamePart.Type.PATRONYMIC, "ПЕТРОВ")).build();
        Entity company = Entity.builder("test", "5", Schema.ORGANIZATION)
                .name(withParts("Alpha Beta GAMMA", "Alpha", "Beta", NamePart.Type.MIDDLE, "GAMMA")).build();
        // and one whose initial Latin writes as a Cyrillic letter: "KOVALCHUK Yu.V."
        Entity kovalchuk = Entity.builder("test", "6", Schema.PERSON)
                .name(withParts("Yuriy Valentinovich KOVALCHUK", "Yuriy", "Valentinovich", NamePart.Type.PATRONYMIC, "KOVALCHUK")).build();
        ScanScreener screener = Screeners.scan(List.of());

        InitialsRecall.Result r = InitialsRecall.run(screener, List.of(usmanov, putin, noSecond, cyrillic, company, kovalchuk));

        assertThat(r.queries()).isEqualTo(3);
        // "USMANOV A.B.", "USMANOV A. B.", "A.B. USMANOV", "USMANOV AB", and Putin's and Kovalchuk's four meet their records
        assertThat(r.found()).containsExactly(3, 3, 3, 3);
        assertThat(r.recall(0)).isEqualTo(1.0);
        assertThat(r.letterQueries()).isEqualTo(1);
        assertThat(r.letterFound()).isEqualTo(1);
        assertThat(r.misses()).isEmpty();
        assertThat(InitialsRecall.familyAndTwoInitials(usmanov.names().get(0)))
                .containsExactly("USMANOV", "A", "B", "Alisher", "Burkhanovich");
        assertThat(InitialsRecall.letterInitial("Yuriy")).isEqualTo("Yu");
        assertThat(InitialsRecall.letterInitial("Shchors")).isEqualTo("Shch");
        assertThat(InitialsRecall.letterInitial("Alisher")).isNull();
        assertThat(InitialsRecall.familyAndTwoInitials(noSecond.names().get(0))).isNull();
    }
}
