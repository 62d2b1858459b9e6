package org.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cordon.model.Entity;
import org.cordon.model.ListVersion;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

/**
 * The index's promise: for every threshold it serves, the indexed screener returns exactly what
 * the brute-force scan returns. Thousands of generated list names (persons and companies, with
 * initials, particles, legal forms, Cyrillic spellings) and queries made from them by typos,
 * doubled letters, swaps, joined and split words, initials and dropped words, seeded.
 */
class IndexedScreenerTest {
    private static final String[] SYLLABLES = {"ka", "mo", "ha", "med", "al", "ri", "ser", "gei", "ivan", "ov", "ko", "zh", "ang", "li",
            "na", "vla", "dim", "ir", "pu", "tin", "sch", "mid", "tt", "ch", "ou", "ber", "g", "son", "ach", "ev", "yu", "ki", "m", "jo",
            "ng", "un", "ra", "sh", "id", "abd", "ul", "lah", "el", "os", "ta", "wa", "ne", "ck", "ph", "ie"};
    private static final String[] CYRILLIC = {"Иван", "Петров", "Сергей", "Шойгу", "Алексей", "Навальный", "Ким", "Чен", "Ли", "Орлов"};
    private static final String[] COUNTRIES = {"RU", "IR", "KP", "SY"};
    private static final String[] FORMS = {"LLC", "Ltd", "GmbH", "JSC", "OOO", "SA", "Trading Company", "AG"};

    private static String word(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) sb.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
        if (sb.length() < 2) sb.append("a");
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    private static String name(Random rnd, boolean person) {
        List<String> words = new ArrayList<>();
        int n = person ? 2 + rnd.nextInt(2) : 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) words.add(rnd.nextInt(12) == 0 ? CYRILLIC[rnd.nextInt(CYRILLIC.length)] : word(rnd));
        if (person && rnd.nextInt(6) == 0) words.add(1, words.get(1).charAt(0) + ".");
        if (person && rnd.nextInt(8) == 0) words.add(1, "bin");
        if (!person && rnd.nextInt(2) == 0) words.add(FORMS[rnd.nextInt(FORMS.length)]);
        return String.join(" ", words);
    }

    private static String perturb(Random rnd, String name) {
        StringBuilder sb = new StringBuilder(name);
        int edits = rnd.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 2; e++) {
            int p = rnd.nextInt(sb.length() - 1);
            switch (rnd.nextInt(6)) {
                case 0 -> sb.deleteCharAt(p);
                case 1 -> sb.insert(p, sb.charAt(p));
                case 2 -> sb.setCharAt(p, "aeiouckszh".charAt(rnd.nextInt(10)));
                case 3 -> {
                    char c = sb.charAt(p);
                    sb.setCharAt(p, sb.charAt(p + 1));
                    sb.setCharAt(p + 1, c);
                }
                case 4 -> {
                    int sp = sb.indexOf(" ");
                    if (sp > 0) sb.deleteCharAt(sp); // joined words
                }
                default -> sb.insert(p, ' '); // split word
            }
        }
        String[] words = sb.toString().trim().split(" +");
        if (words.length > 1 && rnd.nextInt(4) == 0) { // reorder
            String w = words[0];
            words[0] = words[words.length - 1];
            words[words.length - 1] = w;
        }
        if (words.length > 2 && rnd.nextInt(4) == 0) words[rnd.nextInt(words.length)] = ""; // drop a word
        if (words.length > 1 && rnd.nextInt(5) == 0) words[0] = words[0].isEmpty() ? "" : words[0].substring(0, 1); // initial
        int last = words.length - 1;
        if (words.length > 1 && rnd.nextInt(10) == 0 && words[last].length() > 3) words[last] = words[last].substring(0, 2); // cut field
        if (words.length > 1 && rnd.nextInt(8) == 0) { // acronym of the rest
            StringBuilder a = new StringBuilder();
            for (String w : words) if (!w.isEmpty()) a.append(w.charAt(0));
            return a.toString();
        }
        String q = String.join(" ", words).trim().replaceAll(" +", " ");
        return q.isEmpty() ? name : q;
    }

    /**
     * Equal text meets at 1 whatever the two tokens' kinds: "the" is a word of a person's name and a particle of a query
     * read as an organisation's, and the index's bound must credit the list word for it (it once credited nothing,
     * and the scan's result was missing at 0.5).
     */
    @Test
    void aQueryParticleMeetsAListWordOfTheSameText() {
        List<Entity> people = new ArrayList<>();
        String[] names = {"Omar the Chechen", "Omar Chechenov", "Abu Omar", "Ruslan Kurchaloev", "Ivan Chechen", "Magomed Daudov",
                "Ramzan Kadyrov", "Adam Delimkhanov", "Ruslan Geremeev", "Apti Alaudinov"};
        for (int i = 0; i < names.length; i++) {
            people.add(Entity.builder("gen", "p" + i, Schema.PERSON).name(names[i], NameKind.PRIMARY).build());
        }
        SanctionsList list = new SanctionsList(new ListVersion("gen", "gen", "gen", "test", null, List.of(), "", people.size()), people);
        IndexedScreener indexed = Screeners.build(List.of(list));
        Query query = Query.of("Branch of the Chechen Republic", null, null, null);
        for (double threshold : new double[]{0.5, 0.52, 0.6}) {
            ScreenOptions opts = ScreenOptions.of(threshold, 10);
            List<String> expected = indexed.scan().screen(query, opts).stream().map(r -> r.entity().id() + "=" + r.score()).toList();
            assertThat(indexed.screen(query, opts).stream().map(r -> r.entity().id() + "=" + r.score()).toList())
                    .as("at %s", threshold).isEqualTo(expected);
        }
        assertThat(indexed.scan().screen(query, ScreenOptions.of(0.5, 10))).as("not vacuous: the scan finds the name with \"the\"")
                .anyMatch(r -> r.entity().id().endsWith("p0"));
    }

    /**
     * An index over {@code people}'s names with what the tests of its pruning read: every list name by its number, the
     * scorer, and two probes, one that meets a query's names unpruned and one that prunes at a floor.
     */
    private record Pruning(IndexedScreener screener, List<org.cordon.match.normalise.NormalisedName> listNames,
                           org.cordon.match.score.NameScorer scorer, org.cordon.match.index.CandidateIndex.Probe all,
                           org.cordon.match.index.CandidateIndex.Probe pruned) {
        static Pruning of(List<Entity> people) {
            IndexedScreener s = Screeners.build(List.of(new SanctionsList(new ListVersion("gen", "gen", "gen", "test", null, List.of(), "",
                    people.size()), people)));
            List<org.cordon.match.normalise.NormalisedName> listNames = new ArrayList<>();
            for (int r = 0; r < s.entities().size(); r++) for (CompiledName c : s.compiledNames(r)) listNames.add(c.normalised());
            return new Pruning(s, listNames, new org.cordon.match.score.NameScorer(s.weights()), s.index().newProbe(), s.index().newProbe());
        }

        /** The names a query meets unpruned, those kept when pruning at {@code floor}, and the rest, left out. */
        record Met(java.util.Set<Integer> unpruned, java.util.Set<Integer> kept, List<Integer> leftOut) {
        }

        /** What {@code q} meets at {@code floor} (the unpruned probe, {@link #all}, holds its bounds until the next call). */
        Met meet(CompiledQuery q, double floor) {
            int n = screener.index().candidates(q.names(), all, false);
            int m = screener.index().candidates(q.names(), pruned, false, floor, org.cordon.match.score.NameScorer.EXTRA_PERSON_SHARE);
            java.util.Set<Integer> kept = new java.util.HashSet<>(), unpruned = new java.util.LinkedHashSet<>();
            for (int c = 0; c < m; c++) kept.add(pruned.records()[c]);
            for (int c = 0; c < n; c++) unpruned.add(all.records()[c]);
            return new Met(unpruned, kept, unpruned.stream().filter(r -> !kept.contains(r)).toList());
        }
    }

    private static IndexedScreener persons(String... names) {
        List<Entity> people = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            people.add(Entity.builder("gen", "p" + i, Schema.PERSON).name(names[i], NameKind.PRIMARY).build());
        }
        SanctionsList list = new SanctionsList(new ListVersion("gen", "gen", "gen", "test", null, List.of(), "", people.size()), people);
        return Screeners.build(List.of(list));
    }

    /** The index's bound (with the weak band /match uses) of every list name a query meets, by the name's first word. */
    private static java.util.Map<String, Double> bounds(IndexedScreener indexed, CompiledQuery q) {
        org.cordon.match.index.CandidateIndex.Probe probe = indexed.index().newProbe();
        int n = indexed.index().candidates(q.names(), probe, true);
        java.util.Map<String, Double> out = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            int name = probe.records()[i];
            out.put(indexed.compiledNames(name).get(0).normalised().original(), probe.bound(name, org.cordon.match.score.NameScorer.EXTRA_PERSON_SHARE));
        }
        return out;
    }

    /**
     * {@link #bounds} for a person's name, each checked to be at least the scorer's score of its list name; at least
     * {@code atLeast} names must be met, so that the check is not vacuous.
     */
    private static java.util.Map<String, Double> checkedBounds(IndexedScreener indexed, String name, int atLeast) {
        CompiledQuery q = CompiledQuery.of(Query.of(name, Schema.PERSON, null, null));
        java.util.Map<String, Double> bounds = bounds(indexed, q);
        org.cordon.match.score.NameScorer scorer = new org.cordon.match.score.NameScorer(indexed.weights());
        int checked = 0;
        for (int r = 0; r < indexed.entities().size(); r++) {
            org.cordon.match.normalise.NormalisedName listed = indexed.compiledNames(r).get(0).normalised();
            Double bound = bounds.get(listed.original());
            if (bound == null) continue;
            assertThat(bound).as("bound of %s", listed.original()).isGreaterThanOrEqualTo(scorer.score(q.names().get(0), listed) - 1e-9);
            checked++;
        }
        assertThat(checked).as("names met by %s", name).isGreaterThanOrEqualTo(atLeast);
        return bounds;
    }

    /** The indexed screener returns what the scan returns for a person's name at each threshold. */
    private static void assertIndexEqualsScan(IndexedScreener indexed, String name, double... thresholds) {
        Query query = Query.of(name, Schema.PERSON, null, null);
        for (double threshold : thresholds) {
            ScreenOptions opts = ScreenOptions.of(threshold, 10);
            assertThat(indexed.screen(query, opts).stream().map(m -> m.entity().id() + "=" + m.score() + " " + m.explanation()).toList())
                    .as("at %s", threshold)
                    .isEqualTo(indexed.scan().screen(query, opts).stream().map(m -> m.entity().id() + "=" + m.score() + " " + m.explanation()).toList());
        }
    }

    /**
     * The probe's bounds of all its candidates at once (what the screener reads) are, to the last bit, the bound of each
     * candidate alone, with the weak band and without, across scripts, initials and weak aliases: the loop over all
     * candidates takes the common case itself and hands the rare ones (unbounded names, syllables) to the single bound.
     */
    @Test
    void theBoundsOfAllCandidatesAtOnceAreEachCandidatesBound() {
        IndexedScreener s = persons("Vladimir Vladimirovich Putin", "V. V. Putin", "Putin Vladimir", "Ivan Petrov", "I. Petrova",
                "김정은", "Kim Jong Un", "Kim J. U.", "王秀英", "Wang Xiuying", "محمد عبد الكريم", "Muhammad Abd al-Karim",
                "Abdul Karim Muhammad", "Maria Garcia Lopez", "M. Garcia", "Garcia Lopez Maria Fernanda", "Abu Bakr al-Baghdadi",
                "Osama bin Muhammad bin Awad bin Laden", "Ahmad bin Ali al-Tamimi", "Bakr Tamimi", "Acme Trading LLC", "Acme Holding LLC Limited",
                "Acme Trading Company Ltd", "Acme", "Omar the Chechen", "Ivan Chechen");
        Random rnd = new Random(5);
        int compared = 0, finite = 0;
        for (String query : new String[]{"Wladimir Putin", "Putin V.", "Kim Jong-un", "김정은", "K. J. Un", "Wang X. Ying", "王秀英",
                "Mohammed Abdulkarim", "محمد عبدالكريم", "Maria Garsia", "M. Lopez Garcia", "Ivan Petroff", "Abu Bakr al Bagdadi",
                "Usama bin Ladin", "Ali bin Ahmad al Tamimi", "Acme Trading LLC", "Acme Holdings Ltd", "Branch of the Chechen Republic"}) {
            // read as a person's name and as an unknown one ("the" a particle there, meeting the list's word "the")
            for (Schema schema : new Schema[]{Schema.PERSON, null}) {
                CompiledQuery q = CompiledQuery.of(Query.of(query, schema, null, null));
                for (boolean weakBand : new boolean[]{false, true}) {
                    org.cordon.match.index.CandidateIndex.Probe probe = s.index().newProbe();
                    int n = s.index().candidates(q.names(), probe, weakBand);
                    boolean[] weak = new boolean[s.entities().size() * 4];
                    for (int i = 0; i < weak.length; i++) weak[i] = rnd.nextInt(3) == 0;
                    double[] bounds = new double[n];
                    for (double alpha : new double[]{org.cordon.match.score.NameScorer.EXTRA_PERSON_SHARE, org.cordon.match.score.NameScorer.EXTRA_ORG_SHARE}) {
                        probe.bounds(alpha, weak, 0.9, bounds);
                        for (int i = 0; i < n; i++) {
                            int name = probe.records()[i];
                            double one = probe.bound(name, alpha) * (weak[name] ? 0.9 : 1.0);
                            assertThat(Double.doubleToLongBits(bounds[i])).as("%s: name %d (weak band %s)", query, name, weakBand)
                                    .isEqualTo(Double.doubleToLongBits(one));
                            compared++;
                            if (one < 1.5) finite++;
                        }
                    }
                }
            }
        }
        // not vacuous: the queries meet names, most of them bounded
        assertThat(compared).isGreaterThan(100);
        assertThat(finite).isGreaterThan(compared / 2);
    }

    /**
     * With a name floor (and without the weak band) the index leaves out a name the query meets by one hit alone whose
     * bound is under the floor: every name so left out scores under the floor against every query name, and many of the
     * names met are left out (a third here, where a small vocabulary makes many names meet a query twice; nine in ten of
     * the names a generated customer's words meet in the real lists). Generated persons with particles and initials on
     * both sides, at the floors batch screening uses and above (a user's `--threshold`): until the fourteenth session a
     * name with an initial was judged too, its query side without what the initial may add, and at 0.95 "El P. Pu" was
     * left out for "Pu Ovid" with a bound above the floor.
     */
    @Test
    void aNameMetByOneHitAloneIsLeftOutOnlyWhenItCannotReachTheFloor() {
        Random rnd = new Random(11);
        List<Entity> people = new ArrayList<>();
        for (int i = 0; i < 2000; i++) people.add(Entity.builder("gen", "p" + i, Schema.PERSON).name(name(rnd, true), NameKind.PRIMARY).build());
        Pruning p = Pruning.of(people);
        long met = 0, kept = 0, leftOut = 0, leftOutOfOneForm = 0;
        for (int i = 0; i < 400; i++) {
            String name = people.get(rnd.nextInt(people.size())).names().get(0).full();
            String query = i % 4 == 0 ? name(rnd, true) : i % 4 == 1 ? "bin " + perturb(rnd, name) : perturb(rnd, name);
            CompiledQuery q = CompiledQuery.of(Query.of(query, Schema.PERSON, null, null));
            for (double floor : new double[]{0.95, 0.9, 0.8, 0.7}) {
                Pruning.Met m = p.meet(q, floor);
                assertThat(m.unpruned()).as("%s at %s", query, floor).containsAll(m.kept());
                // a query read one way only: a name left out is one whose bound, the query's other tokens counted, is under the floor
                boolean oneForm = q.names().size() == 1 && q.names().get(0).forms().size() == 1 && q.names().get(0).scriptTokens().isEmpty();
                for (int name0 : m.leftOut()) {
                    leftOut++;
                    if (oneForm) {
                        assertThat(p.all().bound(name0, org.cordon.match.score.NameScorer.EXTRA_PERSON_SHARE)).as("'%s' left out at %s: '%s'",
                                p.listNames().get(name0).original(), floor, query).isLessThan(floor);
                        leftOutOfOneForm++;
                    }
                    for (org.cordon.match.normalise.NormalisedName qn : q.names()) {
                        assertThat(p.scorer().scoreOnly(qn, p.listNames().get(name0))).as("'%s' left out at %s: '%s'",
                                p.listNames().get(name0).original(), floor, query).isLessThan(floor);
                    }
                }
                met += m.unpruned().size();
                kept += m.kept().size();
            }
        }
        // not vacuous: many names met are left out
        assertThat(leftOut).isGreaterThan(met / 4);
        assertThat(leftOutOfOneForm).isGreaterThan(leftOut / 2);
        assertThat(kept + leftOut).isEqualTo(met);
    }

    /**
     * A query read several ways (a Korean name: "i", "ri", "lee" or "yi" for the family name) is bounded reading by
     * reading, as the scorer compares one reading at a time: summed over the four readings, the words they share counted
     * four times and every name they met was bounded at 1, so it went on to be scored.
     */
    @Test
    void aQueryReadSeveralWaysIsBoundedByItsBestReadingNotTheirSum() {
        IndexedScreener indexed = persons("Kim So Yon", "Pak So Yon", "Ri Un Song", "Ri Pyong Chol", "Lee Jae Yong", "Kim Yo Jong");
        assertThat(CompiledQuery.of(Query.of("이 서연", Schema.PERSON, null, null)).names().get(0).forms()).as("not vacuous: the query is read several ways")
                .hasSizeGreaterThan(2);
        java.util.Map<String, Double> bounds = checkedBounds(indexed, "이 서연", 2);
        // "so" and "yon" meet these in every reading; one reading's bound stays under /match's floor
        assertThat(bounds.get("Kim So Yon")).isLessThan(0.5);
        assertThat(bounds.get("Pak So Yon")).isLessThan(0.5);
        assertIndexEqualsScan(indexed, "이 서연", 0.45, 0.5, 0.6);
    }

    /**
     * A query word that met a name at 0.7 or more is credited that on the query side; the list words its weak band
     * meets (below 0.7) in the same name add nothing more to it. Counted both ways, "Aleksandra" was credited twice
     * against names with "Alexandr", and on the real lists some 500 such names reached the floor of /match only to
     * score under 0.4.
     */
    @Test
    void aWordMetStronglyIsNotCreditedAgainForItsWeakBand() {
        IndexedScreener indexed = persons("SHUBIN, Alexandr", "Alexandr Ivanovich BASTRYKIN", "Aleksandr Aleksandrovich Mikheev",
                "Aleksandra Gorshkova", "Gorshkov Ivan");
        String name = "Александра Горшкова";
        java.util.Map<String, Double> bounds = checkedBounds(indexed, name, 2);
        assertThat(bounds).containsKey("Aleksandra Gorshkova");
        // "aleksandra" meets "alexandr" at 0.8; what its weak band meets in the name no longer adds to the query side
        assertThat(bounds.get("Alexandr Ivanovich BASTRYKIN")).isLessThan(0.5);
        assertIndexEqualsScan(indexed, name, 0.45, 0.5, 0.6);
    }

    /**
     * Two query words written together ("al" + "karim") that meet a list word which, in another name, is two words
     * written together ("al karim") bound that name like any other: the scorer meets one word with two, never two with
     * two. It was left unbounded, so every such name was read and bounded again by the scorer.
     */
    @Test
    void twoQueryWordsWrittenTogetherBoundANameWhereTheyAreTwoWords() {
        IndexedScreener indexed = persons("Alkarim Haddad", "Hassan al Karim Yusuf", "Omar al Karim", "Muhammad Abd al-Karim al-Ghamari");
        String name = "Muhammad Abd Al-Karim";
        java.util.Map<String, Double> bounds = checkedBounds(indexed, name, 2);
        assertThat(bounds.get("Hassan al Karim Yusuf")).isLessThan(1.0);
        assertThat(bounds.get("Omar al Karim")).isLessThan(1.0);
        assertIndexEqualsScan(indexed, name, 0.5, 0.6, 0.8);
    }

    /**
     * Across an abjad the scorer meets one word with two written together by their consonants, as it meets two words,
     * only from two consonants up: "wayl" (وائل) and "wa l" both reduce to "l". Counted at 0.95 from that one letter, the
     * pair scored above the index's bound (which looks skeletons of two letters or more up), found by a check of the
     * bound on the real lists: "وائل شلبي" against "... as-Salafiya wa-l-Qital", 0.584 over a bound of 0.545.
     */
    @Test
    void aOneConsonantSkeletonDoesNotJoinTwoWords() {
        IndexedScreener indexed = persons("Jama'at ad-Da'wa as-Salafiya wa-l-Qital", "Wael Shalabi", "Wa L Shalabi", "Salafiya Wa L");
        String name = "وائل شلبي";
        java.util.Map<String, Double> bounds = checkedBounds(indexed, name, 3);
        org.cordon.match.score.NameScorer scorer = new org.cordon.match.score.NameScorer(indexed.weights());
        for (int r = 0; r < indexed.entities().size(); r++) {
            for (var t : scorer.explain(org.cordon.match.normalise.NameNormaliser.normalise(name, Schema.PERSON), indexed.compiledNames(r).get(0).normalised()).tokens()) {
                if (t.queryToken().equals("wayl") && t.listToken().equals("wa l")) assertThat(t.similarity()).as("wayl ~ wa l").isLessThan(0.9);
            }
        }
        assertIndexEqualsScan(indexed, name, 0.5, 0.55, 0.58, 0.6);
    }

    /**
     * Two words with the same sound key meet at 0.8 only from an edit similarity of 0.5 ("amwdy", read from Arabic,
     * and "ahmed" share the key AMT at 0.4): the index does not make every "Ahmed" a candidate of "al-Amoudi".
     */
    @Test
    void aSharedSoundKeyAloneDoesNotMakeACandidate() {
        IndexedScreener indexed = persons("Ahmed Dibe", "Ahmed Balol", "Khadija Amoudi", "Amadou Diallo");
        java.util.Map<String, Double> bounds = checkedBounds(indexed, "خديجة العمودي", 1);
        assertThat(bounds).containsKey("Khadija Amoudi").doesNotContainKeys("Ahmed Dibe", "Ahmed Balol");
        assertIndexEqualsScan(indexed, "خديجة العمودي", 0.5, 0.6, 0.8);
    }

    /**
     * An initial is aligned with one word of the other side, so it adds at most what that word carries: 0.8 of the
     * name's largest word share per initial, on either side. It used to add 0.8 of the whole name, so every name with a
     * word the query's initial begins ("m" of "M Jeanne Le Gall" and "Mohammed") passed the bound at /match's floor.
     */
    @Test
    void anInitialIsCreditedWithOneWordNotTheWholeName() {
        IndexedScreener indexed = persons("Gall Mohammed Yusuf Karim Omar Abdallah", "Jeanne Gall", "Marie Le Gall", "Gall Omar", "M Gall Pierre Dupont Laurent");
        String name = "M Jeanne Le Gall";
        java.util.Map<String, Double> bounds = checkedBounds(indexed, name, 4);
        assertThat(bounds.get("Gall Mohammed Yusuf Karim Omar Abdallah")).isLessThan(0.5);
        assertIndexEqualsScan(indexed, name, 0.45, 0.5, 0.6);
        // and a list name's initials meeting the query's words
        String words = "Gall Mohammed Yusuf Karim Omar Abdallah";
        java.util.Map<String, Double> fromList = checkedBounds(indexed, words, 4);
        assertThat(fromList.get("M Gall Pierre Dupont Laurent")).isLessThan(0.5);
        assertIndexEqualsScan(indexed, words, 0.45, 0.5, 0.6);
    }

    /**
     * A record explained by the name pair the scan picks: among names of one record that score the same, the first in
     * the record's order. The indexed screener takes the pair it found best while walking the candidates (best bound
     * first, so not in the record's order) instead of scoring the record's names again.
     */
    @Test
    void aRecordIsExplainedByTheFirstOfItsEquallyScoredNames() {
        Entity petrov = Entity.builder("gen", "p0", Schema.PERSON).name("Ivan PETROV", NameKind.PRIMARY).name("PETROV, Ivan", NameKind.ALIAS)
                .name("Ivan Petrov", NameKind.ALIAS).name("Petrov Ivan", NameKind.ALIAS).build();
        Entity other = Entity.builder("gen", "p1", Schema.PERSON).name("Ivan Petrovich SIDOROV", NameKind.PRIMARY).build();
        SanctionsList list = new SanctionsList(new ListVersion("gen", "gen", "gen", "test", null, List.of(), "", 2), List.of(petrov, other));
        IndexedScreener indexed = Screeners.build(List.of(list));
        for (double threshold : new double[] {0.5, 0.8}) {
            List<MatchResult> found = indexed.screen(Query.of("Ivan Petrov", Schema.PERSON, null, null), ScreenOptions.of(threshold, 10));
            assertThat(found).as("at %s", threshold).isNotEmpty();
            assertThat(found.get(0).explanation().listName()).as("at %s", threshold).isEqualTo("Ivan PETROV");
        }
        assertIndexEqualsScan(indexed, "Ivan Petrov", 0.5, 0.8);
        assertIndexEqualsScan(indexed, "Petrov Ivan", 0.5, 0.8);
    }

    /**
     * A probe (one per thread, reused query after query) marks the names a query meets and numbers them; the next query
     * must start from no name met, or it would take a name of the query before for one of its own and skip it. 3,000
     * people with names of eight random letters (so that a query meets little but its own person), each screened by
     * their own name, one after the other on one thread, twice over: each query must find its person (with the marks
     * left from the query before, the queries miss).
     */
    @Test
    void eachQueryFindsItsNamesWhateverTheQueriesBeforeItMet() {
        Random rnd = new Random(20261129L);
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        while (names.size() < 3_000) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 8; k++) sb.append((char) ('a' + rnd.nextInt(26)));
            names.add(sb.toString());
        }
        List<String> all = new ArrayList<>(names);
        IndexedScreener indexed = persons(all.toArray(new String[0]));
        ScreenOptions opts = ScreenOptions.of(0.8, 5);
        int missed = 0;
        for (int i = 0; i < 2 * all.size(); i++) {
            int person = i % all.size();
            String id = Entity.idFor("gen", "p" + person);
            if (indexed.screen(Query.of(all.get(person), Schema.PERSON, null, null), opts).stream().noneMatch(m -> m.entity().id().equals(id))) missed++;
        }
        assertThat(missed).isZero();
    }

    /**
     * Chinese writes a Uyghur name one syllable per character: "阿不都·哈克" reads "a bu dou ha ke", and the scorer meets
     * "Abudu" with the first three syllables written together and "Hake" with the last two (0.87). The screening found
     * neither way round: the prefilter's keys (a word's first three letters and so on) had none for words written
     * together, and "a", "bu", "ha" begin no list word.
     */
    @Test
    void aNameReadFromHanSyllablesIsFoundByItsLatinSpellingAndTheReverse() {
        IndexedScreener latin = persons("Abudu Hake", "Abdullah Hakim", "Li Wei");
        for (IndexedScreener s : new IndexedScreener[]{latin, persons("阿不都·哈克", "李伟")}) {
            String query = s == latin ? "阿不都·哈克" : "Abudu Hake";
            ScreenOptions opts = ScreenOptions.of(Screeners.DEFAULT_THRESHOLD, 5);
            assertThat(s.screen(Query.of(query, Schema.PERSON, null, null), opts)).as("index, %s", query)
                    .extracting(m -> m.entity().id()).containsExactly(Entity.idFor("gen", "p0"));
            assertThat(s.scan().screen(Query.of(query, Schema.PERSON, null, null), opts)).as("scan, %s", query)
                    .extracting(m -> m.entity().id()).containsExactly(Entity.idFor("gen", "p0"));
            assertIndexEqualsScan(s, query, 0.5, 0.6, 0.8);
        }
    }

    /**
     * Two or more syllables of a name read from Han written together carry their own share of the name, not all of it:
     * "Abudu Ali" meets "a bu dou" of "阿不都·哈克" (three syllables of five) and nothing else, and "Wangzhang Li" meets
     * "wang zhang" of "王张秀伟"; the index credited such runs and joins with the whole name (bounds of 0.85 for scores of
     * 0.26 and 0.29), and now with their syllables' share (checked against the scores, and against the scan).
     */
    @Test
    void aRunOfSyllablesCarriesItsOwnShareOfTheName() {
        IndexedScreener s = persons("阿不都·哈克", "王张秀伟", "김정은", "Abudu Hake");
        java.util.Map<String, Double> abudu = checkedBounds(s, "Abudu Ali", 2);
        assertThat(abudu.get("阿不都·哈克")).as("bound of 阿不都·哈克 for Abudu Ali").isLessThan(0.7);
        java.util.Map<String, Double> wang = checkedBounds(s, "Wangzhang Li", 1);
        assertThat(wang.get("王张秀伟")).as("bound of 王张秀伟 for Wangzhang Li").isLessThan(0.7);
        for (String query : new String[]{"Abudu Ali", "Abudu", "Wangzhang Li", "Zhangxiuwei", "Kimjong Un"}) {
            assertIndexEqualsScan(s, query, 0.5, 0.6, 0.7, 0.8);
        }
    }

    /**
     * Two query words written together meet one list word, never two: "الجزايرلي" reads "al jzayrly", whose consonants
     * written together ("ljzyrly") are near those of "al" and "jazari" written together in "Yasir Al-Jazari", which the
     * scorer never compares. The index credited such a join at 1 with the two words' share, which bounded every
     * "Al-Jaz..." name at 0.97-0.98; it now passes over a key that is only a join in the name (checked against the
     * scores, and the index's results against the scan's).
     */
    @Test
    void twoQueryWordsWrittenTogetherDoNotMeetTwoListWordsWrittenTogether() {
        IndexedScreener s = persons("Taha Yassin Ramadan Al-Jizrawi", "Abu Bakr al-Jaziri", "Yasir Al-Jazari", "Abdallah al-Jazairi", "Jazairli");
        java.util.Map<String, Double> bounds = checkedBounds(s, "الجزايرلي", 4);
        for (String name : new String[]{"Taha Yassin Ramadan Al-Jizrawi", "Abu Bakr al-Jaziri", "Yasir Al-Jazari", "Abdallah al-Jazairi"}) {
            assertThat(bounds.get(name)).as("bound of %s", name).isLessThan(0.8);
        }
        assertIndexEqualsScan(s, "الجزايرلي", 0.5, 0.6, 0.7, 0.8);
        assertIndexEqualsScan(s, "Al Jazairli", 0.5, 0.6, 0.7, 0.8);
    }

    /**
     * The scorer counts 0.9 of two skeletons' similarity, but only 0.7 when one has two consonants ("two consonants say
     * little"): "عمرو" (amrw) and Maria, Myra, Umar all reduce to "mr". The index credited every skeleton match 0.9, which
     * bounded those one-word names over the floor of every such Arabic query (a sixth of an Arabic customer's time at
     * /match's 0.5); it now credits what the scorer counts, and the bound still holds (checked against the scores).
     */
    @Test
    void aTwoConsonantSkeletonIsCreditedWhatTheScorerCountsOfIt() {
        IndexedScreener s = persons("Maria", "Myra", "Umar Shahin", "Amr Shahin", "Abu Umar Umar", "Omar Shaheen");
        java.util.Map<String, Double> bounds = checkedBounds(s, "عمرو شاهين", 4);
        // met at 0.7 (mr = mr), the one word of the name: its coverage at most 0.7, the query's half of its words at most
        assertThat(bounds.get("Maria")).as("bound of Maria").isLessThan(0.6);
        assertThat(bounds.get("Myra")).as("bound of Myra").isLessThan(0.6);
        assertIndexEqualsScan(s, "عمرو شاهين", 0.5, 0.6, 0.7, 0.8);
    }

    /**
     * A first y or w shared by both words counts among a two-consonant skeleton's consonants (يوسف "sf" ~ Yousef 0.9, not
     * 0.7): the index credits a query word beginning so the scorer's 0.9, or it bounded "یوسف نوری" ~ "Yousef NOURI" under
     * what the scorer gives it. Both ways round, the scan's results at every threshold.
     */
    @Test
    void aFirstSemivowelOfATwoConsonantSkeletonIsCreditedAsTheScorerCountsIt() {
        IndexedScreener s = persons("Yousef Nouri", "Walid Mahmud", "Maria", "Omar Shaheen", "Mohammed Yousef Hasouri");
        checkedBounds(s, "یوسف نوری", 1);
        checkedBounds(s, "وليد محمود", 1);
        assertIndexEqualsScan(s, "یوسف نوری", 0.5, 0.7, 0.8);
        assertIndexEqualsScan(s, "وليد محمود", 0.5, 0.7, 0.8);
        assertThat(s.screen(Query.of("محمد يوسف حاصوري", Schema.PERSON, null, null), ScreenOptions.of(Screeners.DEFAULT_THRESHOLD, 5)))
                .extracting(m -> m.entity().id()).containsExactly(Entity.idFor("gen", "p4"));
        IndexedScreener arabic = persons("یوسف نوری", "وليد محمود");
        assertIndexEqualsScan(arabic, "Yousef Nouri", 0.5, 0.7, 0.8);
        assertIndexEqualsScan(arabic, "Walid Mahmud", 0.5, 0.7, 0.8);
    }

    /**
     * Two consonants and a long vowel the script writes count × 0.8, not 0.7 (TokenSimilarity.skeletonFactor): the index
     * credits that to a query read from the script that writes one, and to every Latin query (the term does not say which
     * list words write one). Both ways round, the bound holds and the index returns the scan's results.
     */
    @Test
    void twoConsonantsAndALongVowelAreCreditedAsTheScorerCountsThem() {
        IndexedScreener latin = persons("Moslem Moein", "Bassam Hanna", "Maria", "Omar Shaheen");
        checkedBounds(latin, "مسلم معین", 1);
        checkedBounds(latin, "بسام حنا", 1);
        assertIndexEqualsScan(latin, "مسلم معین", 0.5, 0.7, 0.8);
        assertIndexEqualsScan(latin, "بسام حنا", 0.5, 0.7, 0.8);
        IndexedScreener arabic = persons("مسلم معین", "بسام حنا", "عمر شاهين");
        checkedBounds(arabic, "Moslem Moein", 1);
        assertIndexEqualsScan(arabic, "Moslem Moein", 0.5, 0.7, 0.8);
        assertIndexEqualsScan(arabic, "Bassam Hanna", 0.5, 0.7, 0.8);
    }

    /**
     * Beside a name read as syllables (Korean, Chinese) the scorer weighs the other name's initials as syllables, so a
     * name's words carry other shares of its weight than the index's plain bound counts: the index bounds a name with
     * initials by its syllable-weighed values too, and a name read as syllables by its own (until the eleventh session it
     * left both unbounded against such queries, which cost Korean and Chinese queries a tenth of their time). Korean and
     * Chinese names, in their script or romanised (apart, together, with an initial), against romanised list names where
     * syllables are written as initials and names in the script: at every threshold the index serves, the scan's results.
     */
    @Test
    void aQueryReadAsSyllablesBoundsNamesWithInitialsAsTheScorerWeighsThem() {
        String[] family = {"김", "이", "박", "최", "정", "리", "한", "王", "李", "张"};
        String[] familyLatin = {"Kim", "Ri", "Pak", "Choe", "Jong", "Yi", "Han", "Wang", "Li", "Zhang"};
        String[] given = {"정", "은", "성", "철", "영", "호", "민", "수", "秀", "英", "伟", "明"};
        String[] givenLatin = {"Jong", "Un", "Song", "Chol", "Yong", "Ho", "Min", "Su", "Xiu", "Ying", "Wei", "Ming"};
        Random rnd = new Random(20261130L);
        List<Entity> people = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            int f = rnd.nextInt(family.length), g1 = rnd.nextInt(given.length), g2 = rnd.nextInt(given.length);
            // the given names' syllables written out, or one or both as an initial, in either order
            String first = rnd.nextInt(3) == 0 ? givenLatin[g1].charAt(0) + "." : givenLatin[g1];
            String second = rnd.nextInt(3) == 0 ? givenLatin[g2].charAt(0) + "." : givenLatin[g2];
            String name = rnd.nextBoolean() ? familyLatin[f] + " " + first + " " + second : first + " " + second + " " + familyLatin[f];
            Entity.Builder b = Entity.builder("gen", "k" + i, Schema.PERSON).name(name, NameKind.PRIMARY);
            if (rnd.nextInt(4) == 0) b.name(family[f] + given[g1] + given[g2], NameKind.ALIAS);
            people.add(b.build());
        }
        SanctionsList list = new SanctionsList(new ListVersion("gen", "gen", "gen", "test", null, List.of(), "", people.size()), people);
        IndexedScreener indexed = Screeners.build(List.of(list));
        int withResults = 0;
        for (int i = 0; i < 300; i++) {
            int f = rnd.nextInt(family.length), g1 = rnd.nextInt(given.length), g2 = rnd.nextInt(given.length);
            // in the script, or romanised against the names read as syllables: written apart, together, or with an initial
            String query = switch (i % 3) {
                case 0, 1 -> family[f] + given[g1] + (rnd.nextInt(4) == 0 ? "" : given[g2]);
                default -> switch (rnd.nextInt(3)) {
                    case 0 -> familyLatin[f] + " " + givenLatin[g1] + " " + givenLatin[g2];
                    case 1 -> familyLatin[f] + " " + givenLatin[g1] + givenLatin[g2].toLowerCase(java.util.Locale.ROOT);
                    default -> familyLatin[f] + " " + givenLatin[g1].charAt(0) + ". " + givenLatin[g2];
                };
            };
            for (double threshold : new double[]{0.8, 0.7, 0.62, 0.5}) {
                ScreenOptions opts = ScreenOptions.of(threshold, 1000);
                Query q = Query.of(query, rnd.nextBoolean() ? Schema.PERSON : null, null, null);
                List<String> expected = indexed.scan().screen(q, opts).stream().map(m -> m.entity().id() + "=" + m.score()).toList();
                assertThat(indexed.screen(q, opts).stream().map(m -> m.entity().id() + "=" + m.score()).toList())
                        .as("query '%s' at %s", query, threshold).isEqualTo(expected);
                if (!expected.isEmpty()) withResults++;
            }
        }
        // not vacuous: the syllables meet the romanised names, initials among them
        assertThat(withResults).as("queries with results").isGreaterThan(300);
    }

    /**
     * Names read as syllables and names with initials, met by one hit alone at the floors batch screening uses: a name left
     * out scores under the floor. Until the thirty-fourth session every such name was made a candidate whatever its hit
     * (its bound depends on the query: a list initial may meet a query word, and beside a name read as syllables a query's
     * initials weigh as syllables); now it is judged as the others are, with what its initials may add to the query side,
     * and left to the scorer where {@code Probe.boundAt} does not bound it (a name read as syllables against a query with
     * initials, a name with initials against a query read as syllables). Without those exceptions the generated cases here
     * still left out only names under the floor (more of them: 301,657 and 246,788 against 207,938), so the exceptions are
     * kept because the bound cannot follow those cases, not because a case here needed them; the initials' gain is needed
     * by {@link #aNameMetByOneHitAloneIsLeftOutOnlyWhenItCannotReachTheFloor}.
     */
    @Test
    void namesReadAsSyllablesOrWithInitialsMetOnceAreLeftOutOnlyUnderTheFloor() {
        String[] family = {"王", "李", "张", "刘", "陈", "김", "이", "박"};
        String[] familyLatin = {"Wang", "Li", "Zhang", "Liu", "Chen", "Kim", "Yi", "Pak"};
        String[] given = {"秀", "英", "伟", "明", "华", "丽", "정", "은", "철", "영"};
        String[] givenLatin = {"Xiu", "Ying", "Wei", "Ming", "Hua", "Li", "Jong", "Un", "Chol", "Yong"};
        Random rnd = new Random(20261202L);
        List<Entity> people = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            int f = rnd.nextInt(family.length), g1 = rnd.nextInt(given.length), g2 = rnd.nextInt(given.length);
            String name = switch (i % 4) {
                // in the script, read as syllables; or romanised with a syllable as an initial, or with a word of another name
                case 0, 1 -> family[f] + given[g1] + (rnd.nextInt(3) == 0 ? "" : given[g2]);
                case 2 -> familyLatin[f] + " " + givenLatin[g1].charAt(0) + ". " + givenLatin[g2];
                default -> givenLatin[g1].charAt(0) + ". " + word(rnd) + " " + familyLatin[f];
            };
            people.add(Entity.builder("gen", "s" + i, Schema.PERSON).name(name, NameKind.PRIMARY).build());
        }
        Pruning p = Pruning.of(people);
        long met = 0, leftOut = 0, leftOutNew = 0, leftOutNearFloor = 0;
        for (int i = 0; i < 600; i++) {
            int f = rnd.nextInt(family.length), g1 = rnd.nextInt(given.length), g2 = rnd.nextInt(given.length);
            String query = switch (i % 5) {
                // a Latin query with an initial (against names read as syllables), one in the script or its syllables written
                // out (against names with initials), one with a word of its own
                case 0 -> familyLatin[f] + " " + givenLatin[g1].charAt(0) + ". " + givenLatin[g2];
                case 1 -> givenLatin[g1].charAt(0) + " " + givenLatin[g2] + " " + familyLatin[f];
                case 2 -> family[f] + given[g1] + given[g2];
                case 3 -> familyLatin[f] + " " + givenLatin[g1] + " " + givenLatin[g2];
                default -> familyLatin[f] + " " + word(rnd) + " " + givenLatin[g2].charAt(0);
            };
            CompiledQuery q = CompiledQuery.of(Query.of(query, Schema.PERSON, null, null));
            for (double floor : new double[]{0.95, 0.9, 0.8, 0.7}) {
                Pruning.Met m = p.meet(q, floor);
                for (int name0 : m.leftOut()) {
                    leftOut++;
                    String written = p.listNames().get(name0).original();
                    double best = 0;
                    for (org.cordon.match.normalise.NormalisedName qn : q.names()) best = Math.max(best, p.scorer().scoreOnly(qn, p.listNames().get(name0)));
                    assertThat(best).as("'%s' left out at %s: '%s'", written, floor, query).isLessThan(floor);
                    if (best >= floor - 0.2) leftOutNearFloor++;
                    if (written.contains(".") || !written.matches(".*[A-Za-z].*")) leftOutNew++;
                }
                met += m.unpruned().size();
            }
        }
        // not vacuous: names are left out, most of them read as syllables or with initials, some scoring within 0.2 of the floor
        assertThat(leftOut).isGreaterThan(met / 5);
        assertThat(leftOutNew).isGreaterThan(leftOut / 2);
        assertThat(leftOutNearFloor).isGreaterThan(100);
    }

    /**
     * A Latin word meets three or four syllables of a name read from Han written together whatever their ends
     * ("Shangxiuwey" and "zhang xiu wei", 0.93: s for z and y for i are cheap), so the index looks such runs up apart
     * from the pairs written together, which keep an end; and a query's initial weighs as a syllable against such a name,
     * which the index's bound leaves to the scorer. Both bound a name read as syllables once the index stopped leaving
     * every such name unbounded (eleventh session).
     */
    @Test
    void aNameReadAsSyllablesIsBoundedWithItsRunsAndAgainstInitials() {
        IndexedScreener s = persons("王张秀伟", "李伟", "王秀英", "김정은", "Kim Jong Un", "리영호");
        assertThat(s.scan().screen(Query.of("Wang Shangxiuwey", Schema.PERSON, null, null), ScreenOptions.of(0.8, 5)))
                .as("the scan meets the run").extracting(m -> m.entity().id()).containsExactly(Entity.idFor("gen", "p0"));
        for (String query : new String[]{"Wang Shangxiuwey", "Shangxiuwey Wang", "Kim J. Un", "K. Jong Un", "Ri Y. Ho", "R. Yong Ho", "Kim J Un"}) {
            assertIndexEqualsScan(s, query, 0.5, 0.6, 0.7, 0.8);
        }
    }

    /**
     * Across an abjad the scorer meets a word with two written together by their consonants: "ولی جان" (wly jan) and
     * "Walijan", 0.92. The prefilter had no key for the two skeletons written together ("wl" + "jn" against "wljn").
     */
    @Test
    void twoWordsReadFromArabicMeetOneLatinWordByTheirConsonants() {
        for (IndexedScreener s : new IndexedScreener[]{persons("Walijan", "Wali Khan"), persons("ولی جان", "ولی خان")}) {
            String query = s.entities().get(0).caption().equals("Walijan") ? "ولی جان" : "Walijan";
            ScreenOptions opts = ScreenOptions.of(Screeners.DEFAULT_THRESHOLD, 5);
            assertThat(s.screen(Query.of(query, Schema.PERSON, null, null), opts)).as("index, %s", query)
                    .extracting(m -> m.entity().id()).contains(Entity.idFor("gen", "p0"));
            assertIndexEqualsScan(s, query, 0.5, 0.8);
        }
    }

    /** A letter dropped among a short name's first three: the prefilter had no key the two shared (see PrefilterTest). */
    @Test
    void aShortNameWithAnEarlySlipIsFound() {
        List<Entity> companies = new ArrayList<>();
        String[] names = {"JSC Vityaz", "VERSOR S.R.O.", "Sovcomflot"};
        for (int i = 0; i < names.length; i++) companies.add(Entity.builder("gen", "c" + i, Schema.COMPANY).name(names[i], NameKind.PRIMARY).build());
        SanctionsList list = new SanctionsList(new ListVersion("gen", "gen", "gen", "test", null, List.of(), "", companies.size()), companies);
        IndexedScreener indexed = Screeners.build(List.of(list));
        ScreenOptions opts = ScreenOptions.of(Screeners.DEFAULT_THRESHOLD, 5);
        String[][] slips = {{"JSC Viyaz", "c0"}, {"VESOR S.R.O.", "c1"}};
        for (String[] slip : slips) {
            Query q = Query.of(slip[0], Schema.COMPANY, null, null);
            assertThat(indexed.screen(q, opts)).as("index, %s", slip[0]).extracting(m -> m.entity().id()).containsExactly(Entity.idFor("gen", slip[1]));
            assertThat(indexed.scan().screen(q, opts)).as("scan, %s", slip[0]).extracting(m -> m.entity().id()).containsExactly(Entity.idFor("gen", slip[1]));
        }
    }

    /**
     * The exhaustive scan scores every pair, prefilter or not: it finds what the prefilter leaves out on purpose (a
     * two-letter acronym, whose key would meet half the lists), which the scan and the index do not, and otherwise gives
     * the scan's results.
     */
    @Test
    void theExhaustiveScanScoresPairsWithoutASharedKey() {
        List<Entity> orgs = new ArrayList<>();
        String[] names = {"Hizbul Mujahideen", "Lashkar-e-Tayyiba", "Harakat ul-Mujahidin"};
        for (int i = 0; i < names.length; i++) orgs.add(Entity.builder("gen", "o" + i, Schema.ORGANIZATION).name(names[i], NameKind.PRIMARY).build());
        SanctionsList list = new SanctionsList(new ListVersion("gen", "gen", "gen", "test", null, List.of(), "", orgs.size()), orgs);
        IndexedScreener indexed = Screeners.build(List.of(list));
        ScreenOptions opts = ScreenOptions.of(Screeners.DEFAULT_THRESHOLD, 5);
        Query hm = Query.of("HM", Schema.ORGANIZATION, null, null);
        assertThat(indexed.scan().exhaustive().screen(hm, opts)).extracting(m -> m.entity().id()).containsExactly(Entity.idFor("gen", "o0"));
        assertThat(indexed.scan().screen(hm, opts)).isEmpty();
        assertThat(indexed.screen(hm, opts)).isEmpty();
        for (String q : new String[] {"Hizbul Mujahidin", "Lashkar e Taiba", "Harkat ul Mujahideen"}) {
            Query query = Query.of(q, Schema.ORGANIZATION, null, null);
            assertThat(indexed.scan().exhaustive().screen(query, ScreenOptions.of(0.5, 5))).as(q).isNotEmpty()
                    .extracting(m -> m.entity().id() + "=" + m.score())
                    .isEqualTo(indexed.scan().screen(query, ScreenOptions.of(0.5, 5)).stream().map(m -> m.entity().id() + "=" + m.score()).toList());
        }
    }

    @Test
    void indexedResultsEqualTheScanOnThousandsOfGeneratedQueries() {
        Random rnd = new Random(20260529L);
        List<Entity> people = new ArrayList<>(), companies = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        List<String[]> evidence = new ArrayList<>(); // birth date and nationality of the record each listed name belongs to
        for (int i = 0; i < 3000; i++) {
            boolean person = i % 3 != 0;
            Entity.Builder b = Entity.builder("gen", "g" + i, person ? Schema.PERSON : Schema.COMPANY);
            String primary = name(rnd, person);
            b.name(primary, NameKind.PRIMARY);
            // evidence besides the name, so that queries carrying a birth date or country can be lifted over the threshold
            String born = person && rnd.nextInt(2) == 0 ? (1950 + rnd.nextInt(40)) + "-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10) : null;
            String nationality = rnd.nextInt(2) == 0 ? COUNTRIES[rnd.nextInt(COUNTRIES.length)] : null;
            if (born != null) b.birthDate(org.cordon.model.DateRange.parse(born));
            b.nationality(nationality);
            int firstName = listed.size();
            listed.add(primary);
            int aliases = rnd.nextInt(3);
            for (int a = 0; a < aliases; a++) {
                String alias = a == 0 ? perturb(rnd, primary) : name(rnd, person);
                b.name(alias, a == 1 ? NameKind.WEAK_ALIAS : NameKind.ALIAS);
                listed.add(alias);
            }
            if (!person && rnd.nextInt(5) == 0) { // the initials of the name as an alias, met by queries that spell the name out
                StringBuilder initials = new StringBuilder();
                for (String w : primary.split(" +")) if (!w.isEmpty()) initials.append(w.charAt(0));
                if (initials.length() >= 2) {
                    b.name(initials.toString(), NameKind.ALIAS);
                    listed.add(initials.toString());
                }
            }
            (person ? people : companies).add(b.build());
            while (evidence.size() < listed.size()) evidence.add(new String[]{born, nationality});
            assertThat(firstName).isLessThan(listed.size());
        }
        SanctionsList a = new SanctionsList(new ListVersion("gen-a", "gen-a", "gen-a", "test", null, List.of(), "", people.size()), people);
        SanctionsList c = new SanctionsList(new ListVersion("gen-b", "gen-b", "gen-b", "test", null, List.of(), "", companies.size()), companies);
        IndexedScreener indexed = Screeners.build(List.of(a, c));
        ScanScreener scan = indexed.scan();
        int queries = 0, withResults = 0;
        for (int i = 0; i < 1000; i++) {
            int pick = rnd.nextInt(listed.size());
            String base = listed.get(pick);
            String q = i % 10 == 0 ? name(rnd, rnd.nextBoolean()) : perturb(rnd, base);
            Schema schema = switch (rnd.nextInt(3)) {
                case 0 -> Schema.PERSON;
                case 1 -> Schema.COMPANY;
                default -> null;
            };
            // a third of the queries carry a birth date (often the listed one's) and a country
            String dob = null, country = null;
            if (i % 3 == 1) {
                dob = evidence.get(pick)[0] != null && rnd.nextBoolean() ? evidence.get(pick)[0]
                        : (1950 + rnd.nextInt(40)) + "-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10);
                country = evidence.get(pick)[1] != null && rnd.nextBoolean() ? evidence.get(pick)[1] : COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            }
            for (double threshold : new double[]{0.8, 0.7, 0.62, 0.5}) {
                ScreenOptions opts = ScreenOptions.of(threshold, 1000);
                Query query = Query.of(q, schema, dob, country);
                List<String> expected = scan.screen(query, opts).stream().map(r -> r.entity().id() + "=" + r.score()).toList();
                List<String> got = indexed.screen(query, opts).stream().map(r -> r.entity().id() + "=" + r.score()).toList();
                if (!got.equals(expected)) {
                    for (MatchResult r : scan.screen(query, opts)) {
                        System.out.println("DEBUG " + r.entity().id() + " " + r.entity().names() + " " + r.explanation().summary() + " " + r.explanation().tokens());
                    }
                }
                assertThat(got).as("query '%s' (%s) at %s", q, schema, threshold).isEqualTo(expected);
                // the first few alone, as /match asks (5 by default): a query of names alone scores only those in full
                int limit = 1 + i % 3;
                ScreenOptions few = ScreenOptions.of(threshold, limit);
                assertThat(indexed.screen(query, few).stream().map(r -> r.entity().id() + "=" + r.score()).toList())
                        .as("query '%s' (%s) at %s, limit %d", q, schema, threshold, limit)
                        .isEqualTo(expected.subList(0, Math.min(limit, expected.size())));
                queries++;
                if (!expected.isEmpty()) withResults++;
            }
        }
        assertThat(queries).isEqualTo(4000);
        // not vacuous: about half the (query, threshold) cases have results. The generated vocabulary is small, so many
        // names meet only on common words, which the scorer keeps just under the threshold (docs/matching.md).
        assertThat(withResults).as("many generated queries find their listed name").isGreaterThan(1200);
    }
}
