package org.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.ListVersion;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ScreenOptions#onlyEntities}: screening against a subset of the entities (delta re-screening) returns
 * exactly a full run's results restricted to that subset — same entities, scores, match flags, profile ids
 * and order — from the indexed screener and from the scan, for the index's thresholds, for the scan's
 * (low thresholds, queries with identifiers), and with a limit cutting the list. Generated lists whose
 * names share many tokens, so that most queries meet entities both in and out of the subset.
 */
class EntityFilterTest {
    private static final String[] GIVEN = {"Ivan", "Sergei", "Ali", "Mohammed", "Olga", "Kim", "Hassan", "Anna", "Yusuf", "Pavel",
            "Omar", "Elena", "Abdul", "Viktor", "Ahmad", "Nadia"};
    private static final String[] FAMILY = {"Petrov", "Ivanov", "Hassan", "Rahman", "Kozlov", "Al Masri", "Novak", "Orlov", "Karimov",
            "Haddad", "Sokolov", "Nasser", "Popov", "Yilmaz", "Bakr", "Volkov", "Khan", "Aziz"};
    private static final String[] ORG = {"Trading", "Global", "Petro", "Marine", "Shipping", "Star", "Ocean", "Holding", "Energy", "Gulf"};

    static IndexedScreener screener;
    static List<Entity> all;
    static List<String> names = new ArrayList<>();

    @BeforeAll
    static void build() {
        Random rnd = new Random(20261129L);
        List<SanctionsList> lists = new ArrayList<>();
        all = new ArrayList<>();
        for (String source : List.of("alpha", "beta")) {
            List<Entity> es = new ArrayList<>();
            for (int i = 0; i < 1500; i++) {
                boolean person = i % 4 != 0;
                Entity.Builder b = Entity.builder(source, "e" + i, person ? Schema.PERSON : (i % 8 == 0 ? Schema.VESSEL : Schema.COMPANY));
                String primary = person ? pick(rnd, GIVEN) + " " + pick(rnd, FAMILY) + (rnd.nextBoolean() ? " " + pick(rnd, FAMILY) : "")
                        : pick(rnd, ORG) + " " + pick(rnd, ORG) + (rnd.nextBoolean() ? " LLC" : "");
                b.name(primary, NameKind.PRIMARY);
                names.add(primary);
                if (rnd.nextInt(3) == 0) b.name(pick(rnd, GIVEN) + " " + pick(rnd, FAMILY), rnd.nextBoolean() ? NameKind.ALIAS : NameKind.WEAK_ALIAS);
                if (person && rnd.nextInt(4) == 0) b.birthDate(org.cordon.model.DateRange.of(org.cordon.model.PartialDate.ofYear(1950 + rnd.nextInt(40))));
                if (!person && i % 8 == 0) b.identifier(new Identifier(IdentifierType.IMO, "IMO " + (9000000 + i)));
                es.add(b.build());
            }
            all.addAll(es);
            lists.add(new SanctionsList(new ListVersion(source, source, source, "test", null, List.of(), "", es.size()), es));
        }
        screener = Screeners.build(lists);
    }

    private static String pick(Random rnd, String[] words) {
        return words[rnd.nextInt(words.length)];
    }

    private static List<String> rows(List<MatchResult> results) {
        return results.stream().map(r -> r.entity().id() + " " + r.score() + " " + r.match() + " " + r.profileId()).toList();
    }

    /** The full run's results kept for the subset, first {@code limit}. */
    private static List<String> expected(List<MatchResult> fullRun, Set<String> subset, int limit) {
        return rows(fullRun.stream().filter(r -> subset.contains(r.entity().id())).limit(limit).toList());
    }

    @Test
    void filteredResultsAreTheFullRunsRestrictedToTheEntities() {
        Random rnd = new Random(7L);
        Set<String> subset = new HashSet<>();
        for (Entity e : all) if (rnd.nextInt(5) == 0) subset.add(e.id());
        int mixed = 0, cases = 0;
        for (int i = 0; i < 200; i++) {
            String name = names.get(rnd.nextInt(names.size()));
            if (rnd.nextBoolean()) name = name.replace('o', 'a');
            Query q = Query.of(name, rnd.nextBoolean() ? Schema.PERSON : null, null, null);
            for (double threshold : new double[] {0.8, 0.7, 0.5}) {
                ScreenOptions full = ScreenOptions.of(threshold, 10_000);
                for (Screener s : List.of(screener, screener.scan())) {
                    List<MatchResult> unfiltered = s.screen(q, full);
                    long in = unfiltered.stream().filter(r -> subset.contains(r.entity().id())).count();
                    if (in > 0 && in < unfiltered.size()) mixed++;
                    assertThat(rows(s.screen(q, full.onlyEntities(subset))))
                            .as("%s at %s by %s", name, threshold, s.getClass().getSimpleName())
                            .isEqualTo(expected(unfiltered, subset, 10_000));
                    assertThat(rows(s.screen(q, ScreenOptions.of(threshold, 3).onlyEntities(subset))))
                            .isEqualTo(expected(unfiltered, subset, 3));
                    cases++;
                }
            }
        }
        assertThat(cases).isEqualTo(1200);
        // not vacuous: most queries meet entities on both sides of the filter
        assertThat(mixed).isGreaterThan(cases / 2);
    }

    @Test
    void queriesWithIdentifiersAndSourceFiltersCombineWithTheEntityFilter() {
        Entity vessel = all.stream().filter(e -> e.schema() == Schema.VESSEL && e.source().equals("beta")).findFirst().orElseThrow();
        Query q = new Query(List.of(vessel.names().get(0)), Schema.VESSEL, List.of(), List.of(), vessel.identifiers(), null);
        ScreenOptions full = ScreenOptions.of(0.8, 100);
        assertThat(screener.screen(q, full)).extracting(r -> r.entity().id()).contains(vessel.id());

        assertThat(screener.screen(q, full.onlyEntities(Set.of(vessel.id())))).extracting(r -> r.entity().id()).containsExactly(vessel.id());
        assertThat(screener.screen(q, full.onlyEntities(Set.of("alpha-e1", "beta-e2")))).extracting(r -> r.entity().id())
                .doesNotContain(vessel.id());
        assertThat(screener.screen(q, full.onlyEntities(Set.of()))).isEmpty();
        // a source filter still applies: the entity is admitted only when both admit it
        ScreenOptions alphaOnly = new ScreenOptions(0.8, 100, Set.of("alpha"), null).onlyEntities(Set.of(vessel.id()));
        assertThat(screener.screen(q, alphaOnly)).isEmpty();
        assertThat(alphaOnly.admits(vessel)).isFalse();
        assertThat(full.admits(vessel)).isTrue();
        assertThat(full.onlyEntities(Set.of(vessel.id())).admits(vessel)).isTrue();
        assertThat(full.onlyEntities(Set.of("x")).admits(vessel)).isFalse();
    }

    @Test
    void optionsWithoutAFilterAdmitEveryEntityAndEqualTheFourArgumentForm() {
        assertThat(ScreenOptions.of(0.8, 10)).isEqualTo(new ScreenOptions(0.8, 10, null, null));
        assertThat(ScreenOptions.of(0.8, 10).entityIds()).isNull();
        Set<String> ids = all.stream().limit(5).map(Entity::id).collect(Collectors.toSet());
        ScreenOptions filtered = ScreenOptions.of(0.8, 10).onlyEntities(ids);
        assertThat(filtered.entityIds()).isEqualTo(ids);
        assertThat(filtered).isNotEqualTo(ScreenOptions.of(0.8, 10));
    }
}
