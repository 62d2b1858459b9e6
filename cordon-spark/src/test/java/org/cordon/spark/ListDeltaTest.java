package org.cordon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.Entity;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

class ListDeltaTest {

    static Entity person(String source, String id, String name, String... aliases) {
        Entity.Builder b = Entity.builder(source, id, Schema.PERSON).name(name, NameKind.PRIMARY);
        for (String a : aliases) b.name(a, NameKind.ALIAS);
        return b.build();
    }

    @Test
    void addedAndChangedEntitiesAreKeptRemovedAndUnchangedAreCounted() {
        List<SanctionsList> older = List.of(
                new SanctionsList(TestLists.version("un", 3), List.of(
                        person("un", "1", "Ivan Petrov"), person("un", "2", "Olga Ivanova"), person("un", "3", "Gone Person"))),
                new SanctionsList(TestLists.version("eu", 1), List.of(person("eu", "9", "Same Name"))));
        List<SanctionsList> newer = List.of(
                new SanctionsList(TestLists.version("un", 3), List.of(
                        person("un", "1", "Ivan Petrov"), person("un", "2", "Olga Ivanova", "Olga Ivanovna"), person("un", "4", "New Person"))),
                new SanctionsList(TestLists.version("eu", 1), List.of(person("eu", "9", "Same Name"))));

        ListDelta d = ListDelta.between(older, newer);

        assertThat(d.added()).isEqualTo(1);
        assertThat(d.modified()).isEqualTo(1);
        assertThat(d.removed()).isEqualTo(1);
        assertThat(d.same()).isEqualTo(2);
        assertThat(d.changed()).hasSize(1);
        assertThat(d.changed().get(0).source()).isEqualTo("un");
        assertThat(d.changed().get(0).entities()).extracting(Entity::id).containsExactly("un-2", "un-4");
    }

    @Test
    void sameListsHaveNoDelta() {
        List<SanctionsList> lists = TestLists.randomLists(3, 2, 30);
        ListDelta d = ListDelta.between(lists, TestLists.randomLists(3, 2, 30));
        assertThat(d.changed()).isEmpty();
        assertThat(d.changedCount()).isZero();
        assertThat(d.same()).isEqualTo(60);
    }
}
