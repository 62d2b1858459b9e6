package org.cordon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cordon.match.Query;
import org.cordon.match.RememberingScreener;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screener;
import org.cordon.match.Screeners;
import org.cordon.model.Entity;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

/** Delta mode's options and memory of answers, one per executor and job. */
class ScreenerCacheTest {
    @Test
    void aJobsTasksShareOneOptionsObjectAndTheAnswersToIt() {
        List<Entity> entities = List.of(
                Entity.builder("src", "a", Schema.PERSON).name("Ivan Petrov Sidorov", NameKind.PRIMARY).build(),
                Entity.builder("src", "b", Schema.PERSON).name("Ivan Petrov Sidorov", NameKind.PRIMARY).build(),
                Entity.builder("src", "c", Schema.PERSON).name("Anna Sidorova", NameKind.PRIMARY).build());
        Screener screener = Screeners.build(List.of(new SanctionsList(TestLists.version("src", entities.size()), entities)));
        ScreenOptions all = ScreenOptions.of(0.8, 10);
        AtomicInteger made = new AtomicInteger();

        ScreenerCache.Delta first = ScreenerCache.delta("snap 1 0.8 10", screener, () -> {
            made.incrementAndGet();
            return all.onlyEntities(Set.of("src-b"));
        });
        ScreenerCache.Delta again = ScreenerCache.delta("snap 1 0.8 10", screener, () -> {
            made.incrementAndGet();
            return all.onlyEntities(Set.of("src-b"));
        });
        assertThat(again).isSameAs(first);
        assertThat(made).hasValue(1);

        Query q = Query.of("Ivan Petrov Sidorov");
        List<String> ids = first.screener().screen(q, first.options()).stream().map(r -> r.entity().id()).toList();
        // the filter holds: "a" has the same name but is not among the changed entities
        assertThat(ids).containsExactly("src-b");
        assertThat(screener.screen(q, all).stream().map(r -> r.entity().id()).toList()).contains("src-a", "src-b");
        assertThat(again.screener().screen(q, again.options()).stream().map(r -> r.entity().id()).toList()).isEqualTo(ids);
        assertThat(((RememberingScreener) first.screener()).remembered()).isEqualTo(1);

        // another job (another broadcast of ids): its own options and memory, the last job's dropped
        ScreenerCache.Delta next = ScreenerCache.delta("snap 2 0.8 10", screener, () -> all.onlyEntities(Set.of("src-a")));
        assertThat(next).isNotSameAs(first);
        assertThat(next.screener().screen(q, next.options()).stream().map(r -> r.entity().id()).toList()).containsExactly("src-a");
        assertThat(ScreenerCache.delta("snap 1 0.8 10", screener, () -> all.onlyEntities(Set.of("src-b")))).isNotSameAs(first);
    }
}
