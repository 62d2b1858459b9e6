package org.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cordon.model.Entity;
import org.cordon.model.ListVersion;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link RememberingScreener}: a query asked again with the same options gets what the screener underneath gives it, from
 * memory; other options, an entity filter, or a query forgotten past the bound are screened again.
 */
class RememberingScreenerTest {
    private static final String[] GIVEN = {"Ivan", "Sergei", "Ali", "Olga", "Hassan", "Anna", "Pavel", "Omar", "Elena", "Viktor"};
    private static final String[] FAMILY = {"Petrov", "Ivanov", "Rahman", "Kozlov", "Novak", "Orlov", "Karimov", "Haddad", "Popov"};

    static IndexedScreener screener;
    static List<String> names = new ArrayList<>();

    @BeforeAll
    static void build() {
        Random rnd = new Random(20261130L);
        List<SanctionsList> lists = new ArrayList<>();
        for (String source : List.of("alpha", "beta")) {
            List<Entity> es = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String name = pick(rnd, GIVEN) + " " + pick(rnd, FAMILY) + (rnd.nextBoolean() ? " " + pick(rnd, FAMILY) : "");
                es.add(Entity.builder(source, source + i, Schema.PERSON).name(name, NameKind.PRIMARY).build());
                names.add(name);
            }
            lists.add(new SanctionsList(new ListVersion(source, source, source, "test", null, List.of(), "", es.size()), es));
        }
        screener = Screeners.build(lists);
    }

    private static String pick(Random rnd, String[] words) {
        return words[rnd.nextInt(words.length)];
    }

    private static List<String> rows(List<MatchResult> results) {
        return results.stream().map(r -> r.entity().id() + " " + r.score() + " " + r.match() + " " + r.explanation()).toList();
    }

    /**
     * {@link RememberingScreener#rememberedAnswer} gives what screening gave, without screening: nothing for a query not
     * screened yet with those options, or one screened with an entity filter it does not remember.
     */
    @Test
    void aRememberedAnswerIsTheScreenedOneAndNothingIsRememberedUnasked() {
        RememberingScreener remembering = RememberingScreener.over(screener, 10_000);
        Query q = Query.of(names.get(7), Schema.PERSON, null, null);
        ScreenOptions at07 = ScreenOptions.of(0.7, 10), at08 = ScreenOptions.of(0.8, 10);
        assertThat(remembering.rememberedAnswer(q, at07)).isNull();
        List<MatchResult> screened = remembering.screen(q, at07);
        assertThat(screened).isNotEmpty();
        long before = remembering.remembered();
        assertThat(rows(remembering.rememberedAnswer(q, at07))).isEqualTo(rows(screener.screen(q, at07)));
        assertThat(remembering.remembered()).isEqualTo(before + 1);
        assertThat(remembering.rememberedAnswer(q, at08)).as("other options").isNull();
        assertThat(remembering.rememberedAnswer(Query.of(names.get(8), Schema.PERSON, null, null), at07)).as("another name").isNull();
        ScreenOptions filtered = at07.onlyEntities(Set.of(screened.get(0).entity().id()));
        remembering.screen(q, filtered);
        assertThat(remembering.rememberedAnswer(q, filtered)).as("an entity filter").isNull();
    }

    @Test
    void aQueryAskedAgainGetsTheScreenersAnswerWhateverElseWasAskedBetween() {
        RememberingScreener remembering = RememberingScreener.over(screener, 10_000);
        Random rnd = new Random(3L);
        List<ScreenOptions> options = List.of(ScreenOptions.of(0.8, 10), ScreenOptions.of(0.7, 10), ScreenOptions.of(0.7, 2),
                new ScreenOptions(0.7, 10, Set.of("beta"), Set.of()), new ScreenOptions(0.7, 10, Set.of(), Set.of("beta")));
        int asked = 0;
        for (int i = 0; i < 600; i++) {
            // few queries, many options: each query is asked with every option, in any order, several times
            Query q = Query.of(names.get(rnd.nextInt(20)), rnd.nextBoolean() ? Schema.PERSON : null, null, null);
            ScreenOptions o = options.get(rnd.nextInt(options.size()));
            assertThat(rows(remembering.screen(q, o))).as(q + " " + o).isEqualTo(rows(screener.screen(q, o)));
            asked++;
        }
        // 20 names x 2 schemas x 5 options = 200 distinct questions at most: the rest were answered from memory
        assertThat(remembering.remembered()).isGreaterThanOrEqualTo(asked - 200L);
        assertThat(remembering.size()).isLessThanOrEqualTo(200);
    }

    @Test
    void aQueryWithAnEntityFilterIsAlwaysScreened() {
        RememberingScreener remembering = RememberingScreener.over(screener, 10_000);
        Query q = Query.of(names.get(0));
        ScreenOptions subset = ScreenOptions.of(0.7, 10).onlyEntities(Set.of("alpha-alpha0", "beta-beta0", "beta-beta1"));
        List<String> first = rows(remembering.screen(q, subset));
        assertThat(first).isNotEmpty();
        assertThat(rows(remembering.screen(q, subset))).isEqualTo(first).isEqualTo(rows(screener.screen(q, subset)));
        assertThat(remembering.remembered()).isZero();
        assertThat(remembering.size()).isZero();
    }

    /**
     * A re-screening's batch remembers the answers to its own filtered options (that object), apart from the same names
     * asked without the filter, and screens queries asked with any other filter, even one of equal ids.
     */
    @Test
    void aBatchRemembersTheAnswersToTheFilterItWasMadeFor() {
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 400; i += 3) ids.add("alpha-alpha" + i);
        ScreenOptions run = ScreenOptions.of(0.7, 10).onlyEntities(ids);
        RememberingScreener remembering = RememberingScreener.forBatch(screener, run);
        int asked = 0, distinct = 0, kept = 0, filteredOut = 0;
        for (int i = 0; i < 30; i++) {
            Query q = Query.of(names.get(i % 10));
            List<String> full = rows(screener.screen(q, ScreenOptions.of(0.7, 10)));
            List<String> filtered = rows(remembering.screen(q, run));
            assertThat(filtered).isEqualTo(rows(screener.screen(q, run)));
            assertThat(filtered).allSatisfy(r -> assertThat(ids).contains(r.substring(0, r.indexOf(' '))));
            kept += filtered.size();
            filteredOut += (int) full.stream().filter(r -> !ids.contains(r.substring(0, r.indexOf(' ')))).count();
            asked++;
            if (i < 10) distinct++;
            // the same name without the filter is another question, answered as the plain screener answers it
            assertThat(rows(remembering.screen(q, ScreenOptions.of(0.7, 10)))).isEqualTo(full);
        }
        // the filter kept some results and left others out: the comparison means something
        assertThat(kept).isPositive();
        assertThat(filteredOut).isPositive();
        // of the 30 filtered questions, 10 distinct; the 20 unfiltered ones (10 distinct) after their first sight
        assertThat(remembering.remembered()).isEqualTo((asked - distinct) + (asked - distinct));
        long before = remembering.remembered();
        ScreenOptions equalButAnother = ScreenOptions.of(0.7, 10).onlyEntities(Set.copyOf(ids));
        assertThat(equalButAnother).isEqualTo(run).isNotSameAs(run);
        remembering.screen(Query.of(names.get(0)), equalButAnother);
        assertThat(remembering.remembered()).isEqualTo(before);
        assertThat(remembering.size()).isEqualTo(20);
    }

    @Test
    void itKeepsTwoGenerationsAtMostAndForgetsWhatWasNotAskedSince() {
        RememberingScreener remembering = RememberingScreener.over(screener, 8);
        ScreenOptions o = ScreenOptions.of(0.8, 5);
        for (int i = 0; i < 100; i++) remembering.screen(Query.of("Customer Number " + i), o);
        assertThat(remembering.size()).isLessThanOrEqualTo(16);
        assertThat(remembering.remembered()).isZero();
        remembering.screen(Query.of("Customer Number 0"), o);
        assertThat(remembering.remembered()).as("the first query was forgotten").isZero();
        remembering.screen(Query.of("Customer Number 99"), o);
        assertThat(remembering.remembered()).as("the last one was not").isEqualTo(1);
        // a remembering screener over a remembering one remembers once, over the plain screener
        assertThat(RememberingScreener.over(remembering, 8).screener()).isSameAs(screener);
    }

    @Test
    void theMemoryIsSizedByTheHeap() {
        // screen-file's streaming test runs in 32 MB: 2 x 4,096 queries of 128 bytes (1 MB), 2 x 512 results of 1 KB (1 MB)
        assertThat(RememberingScreener.generationFor(32L << 20)).isEqualTo(4096);
        assertThat(RememberingScreener.generationFor(1L << 20)).isEqualTo(256);
        assertThat(RememberingScreener.generationFor(1L << 30)).isEqualTo(131_072);
        assertThat(RememberingScreener.generationFor(8L << 30)).isEqualTo(RememberingScreener.GENERATION);
        // a batch's: twice as much (a 16th of the heap), up to twice as many
        assertThat(RememberingScreener.batchGenerationFor(32L << 20)).isEqualTo(8192);
        assertThat(RememberingScreener.batchGenerationFor(1L << 30)).isEqualTo(262_144);
        assertThat(RememberingScreener.batchGenerationFor(8L << 30)).isEqualTo(2 * RememberingScreener.GENERATION);
    }

    @Test
    void queriesWhoseFieldsDifferOnlyInWhereOneEndsAndTheNextBeginsAreNotTakenForEachOther() {
        RememberingScreener remembering = RememberingScreener.over(screener, 10_000);
        ScreenOptions o = ScreenOptions.of(0.7, 10);
        String name = names.get(0);
        List<Query> queries = List.of(
                Query.of(name, null, null, null),
                Query.of(name, Schema.PERSON, null, null),
                new Query(List.of(new org.cordon.model.Name(name, NameKind.PRIMARY)), null, List.of("1970"), List.of(), List.of(), null),
                new Query(List.of(new org.cordon.model.Name(name, NameKind.PRIMARY)), null, List.of(), List.of("1970"), List.of(), null),
                new Query(List.of(new org.cordon.model.Name(name, NameKind.PRIMARY)), null, List.of("1970", "1971"), List.of(), List.of(), null),
                new Query(List.of(new org.cordon.model.Name(name.substring(0, 3), NameKind.PRIMARY),
                        new org.cordon.model.Name(name.substring(3), NameKind.PRIMARY)), null, List.of(), List.of(), List.of(), null));
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Query q : queries) keys.add(remembering.compactKey(q, o));
        assertThat(keys).as("one key a query").hasSize(queries.size()).doesNotContainNull();
        // the same query asked again, written anew, has the same key; other options another one
        assertThat(remembering.compactKey(Query.of(new String(name), null, null, null), ScreenOptions.of(0.7, 10)))
                .isEqualTo(remembering.compactKey(queries.get(0), o))
                .isNotEqualTo(remembering.compactKey(queries.get(0), ScreenOptions.of(0.71, 10)));
        // a name with parts, another kind or a language, and a query with identifiers or a gender are keyed by their record
        assertThat(remembering.compactKey(new Query(List.of(new org.cordon.model.Name(name, NameKind.ALIAS)), null, null, null, null, null), o)).isNull();
        assertThat(remembering.compactKey(new Query(List.of(new org.cordon.model.Name(name, NameKind.PRIMARY, "ru", List.of())), null, null, null, null, null), o)).isNull();
        assertThat(remembering.compactKey(new Query(List.of(new org.cordon.model.Name(name, NameKind.PRIMARY)), null, null, null, null, "male"), o)).isNull();
        for (Query q : queries) {
            assertThat(rows(remembering.screen(q, o))).as(q.toString()).isEqualTo(rows(screener.screen(q, o)));
            assertThat(rows(remembering.screen(q, o))).as(q + ", again").isEqualTo(rows(screener.screen(q, o)));
        }
        assertThat(remembering.remembered()).isEqualTo(queries.size());
    }

    @Test
    void aQueryAskedWhileAnotherThreadScreensItWaitsForThatAnswer() throws Exception {
        askedWhileAnotherThreadScreensIt(false);
    }

    /** {@link RememberingScreener#rememberedAnswer} too waits for the answer of a screening in flight, and screens nothing. */
    @Test
    void aRememberedAnswerAskedWhileAnotherThreadScreensItIsThatAnswer() throws Exception {
        askedWhileAnotherThreadScreensIt(true);
    }

    private static void askedWhileAnotherThreadScreensIt(boolean onlyRemembered) throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger screened = new java.util.concurrent.atomic.AtomicInteger();
        Screener slow = new Screener() {
            @Override
            public List<MatchResult> screen(Query query, ScreenOptions options) {
                screened.incrementAndGet();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return screener.screen(query, options);
            }

            @Override
            public double matchThreshold() {
                return screener.matchThreshold();
            }

            @Override
            public List<Entity> entities() {
                return screener.entities();
            }
        };
        RememberingScreener remembering = RememberingScreener.over(slow, 10_000);
        Query q = Query.of(names.get(1));
        ScreenOptions o = ScreenOptions.of(0.7, 10);
        java.util.concurrent.atomic.AtomicReference<List<MatchResult>> first = new java.util.concurrent.atomic.AtomicReference<>(),
                second = new java.util.concurrent.atomic.AtomicReference<>();
        Thread a = new Thread(() -> first.set(remembering.screen(q, o)));
        a.start();
        // the first asker is inside the screener, held there
        while (screened.get() == 0) Thread.onSpinWait();
        Thread b = new Thread(() -> second.set(onlyRemembered ? remembering.rememberedAnswer(q, o) : remembering.screen(q, o)));
        b.start();
        // the second asker waits (for the first's answer, or, were it screening too, for the latch)
        while (b.getState() != Thread.State.WAITING && b.isAlive()) Thread.onSpinWait();
        release.countDown();
        a.join();
        b.join();
        assertThat(screened.get()).as("the query was screened once").isEqualTo(1);
        assertThat(second.get()).isSameAs(first.get());
        assertThat(rows(second.get())).isEqualTo(rows(screener.screen(q, o)));
        assertThat(remembering.remembered()).isEqualTo(1);
    }
}
