package org.cordon.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cordon.match.IndexedScreener;
import org.cordon.match.Screeners;
import org.cordon.match.normalise.NameNormaliser;
import org.cordon.match.normalise.NormalisedName;
import org.cordon.match.score.NameScorer;
import org.cordon.model.Entity;
import org.cordon.model.ListVersion;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

/**
 * A query word's weak band is kept twice: with its postings, and as its terms alone for longer. A band whose postings
 * were dropped is made again from its terms, without a look-up, and gives the bounds it gave (in every script, the
 * skeletons of the other script's forms included). That the bands themselves bound the scorer is {@code
 * IndexedScreenerTest}'s (the index against the scan).
 */
class WeakBandCacheTest {
    private static final String[] LISTED = {"Vladimir Vladimirovich Putin", "Ivan Petrov", "Kim Jong Un", "김정은", "王秀英",
            "محمد عبد الكريم", "Muhammad Abd al-Karim", "Abdul Karim Muhammad", "Maria Garcia Lopez", "Abu Bakr al-Baghdadi",
            "Osama bin Muhammad bin Awad bin Laden", "Ahmad bin Ali al-Tamimi", "Mahmud Karimov", "Acme Trading LLC"};
    private static final String[] QUERIES = {"Wladimir Putan", "Ivana Petrovna", "Kim Jung Eun", "Mohamad Abdelkarim",
            "محمود كريم", "Marisa Garza", "Usama bin Ladin", "Akmal Tamimov", "Ahmed Karim", "Acma Tradin"};

    private static IndexedScreener screener() {
        List<Entity> people = new ArrayList<>();
        for (int i = 0; i < LISTED.length; i++) people.add(Entity.builder("t", "p" + i, Schema.PERSON).name(LISTED[i], NameKind.PRIMARY).build());
        return Screeners.build(List.of(new SanctionsList(new ListVersion("t", "t", "t", "test", null, List.of(), "", people.size()), people)));
    }

    /** Every candidate the index finds for the query with the weak band, with its bound, as text to compare. */
    private static List<String> candidates(CandidateIndex index, String query) {
        List<NormalisedName> names = List.of(NameNormaliser.normalise(query, Schema.PERSON));
        CandidateIndex.Probe probe = index.newProbe();
        int n = index.candidates(names, probe, true);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int name = probe.records()[i];
            out.add(name + "=" + Double.doubleToLongBits(probe.bound(name, NameScorer.EXTRA_PERSON_SHARE)));
        }
        out.sort(null);
        return out;
    }

    @Test
    void aBandMadeAgainFromItsTermsIsTheBandTheLookUpMakes() {
        CandidateIndex fresh = screener().index();
        CandidateIndex kept = screener().index();
        int bounded = 0;
        for (String q : QUERIES) {
            List<String> looked = candidates(fresh, q);
            candidates(kept, q);
            long lookups = kept.weakBandLookups();
            kept.forgetAllButWeakBandTerms();
            assertThat(candidates(kept, q)).as("%s, its words looked up again but its bands made from their terms", q).isEqualTo(looked);
            assertThat(kept.weakBandLookups()).as("%s: look-ups at the floor with its bands' terms kept", q).isEqualTo(lookups);
            bounded += looked.size();
        }
        assertThat(bounded).as("candidates compared").isGreaterThan(QUERIES.length);
        assertThat(fresh.weakBandLookups()).as("words looked up at the floor").isGreaterThanOrEqualTo(QUERIES.length * 2);
    }

    @Test
    void forgettingEveryLookUpLooksTheWordsUpAgainAndFindsTheSame() {
        CandidateIndex index = screener().index();
        for (String q : QUERIES) {
            List<String> first = candidates(index, q);
            long lookups = index.weakBandLookups();
            assertThat(candidates(index, q)).as("%s from the caches", q).isEqualTo(first);
            assertThat(index.weakBandLookups()).as("%s: asked again, no look-up at the floor", q).isEqualTo(lookups);
            index.forgetLookUps();
            assertThat(candidates(index, q)).as("%s after every look-up was forgotten", q).isEqualTo(first);
            assertThat(index.weakBandLookups()).as("%s: its bands' terms forgotten too, so looked up again", q).isGreaterThan(lookups);
        }
    }

    /**
     * A word's band takes the skeletons its consonants meet across an abjad from the look-up another word with the same
     * consonants made ("Mahmood" after "Mahmoud": "mhmd"): the candidates and their bounds are, to the bit, those of an
     * index that looks them up for this word.
     */
    @Test
    void aBandTakesTheSkeletonsItsConsonantsMeetFromAnotherWordsLookUp() {
        String[][] pairs = {{"Mahmoud Karim", "Mahmood Kareem"}, {"Ahmad Tamimi", "Ahmed Tamimy"}, {"Usama Ladin", "Osama Laden"},
                {"محمود كريم", "محمود الكريم"}, {"Mahmud Karim", "محمود كريم"}, {"محمود كريم", "Mahmud Karim"}};
        int taken = 0, bounded = 0;
        for (String[] pair : pairs) {
            CandidateIndex fresh = screener().index(), warmed = screener().index();
            candidates(warmed, pair[0]);
            int cached = warmed.skeletonLookUpsCached();
            List<String> expected = candidates(fresh, pair[1]);
            assertThat(candidates(warmed, pair[1])).as("%s after %s", pair[1], pair[0]).isEqualTo(expected);
            // no skeleton looked up for the second query: its consonants' bands were all the first one's
            if (warmed.skeletonLookUpsCached() == cached) taken++;
            bounded += expected.size();
        }
        assertThat(taken).as("queries whose skeletons all came from the cache").isGreaterThanOrEqualTo(3);
        assertThat(bounded).as("candidates compared").isGreaterThan(pairs.length);
    }

    /** Not vacuous: the weak band changes the bounds of these queries, so a band made wrong would show. */
    @Test
    void theWeakBandChangesTheseQueriesBounds() {
        CandidateIndex index = screener().index();
        int changed = 0;
        for (String q : QUERIES) {
            List<NormalisedName> names = List.of(NameNormaliser.normalise(q, Schema.PERSON));
            CandidateIndex.Probe with = index.newProbe(), without = index.newProbe();
            int n = index.candidates(names, with, true);
            index.candidates(names, without, false);
            for (int i = 0; i < n; i++) {
                int name = with.records()[i];
                if (with.bound(name, NameScorer.EXTRA_PERSON_SHARE) != without.bound(name, NameScorer.EXTRA_PERSON_SHARE)) changed++;
            }
        }
        assertThat(changed).isGreaterThan(0);
    }

    @Test
    void theTermsCacheIsSizedByTheHeap() {
        assertThat(CandidateIndex.weakTermsPerGeneration(1L << 30)).isEqualTo((1L << 30) / 32 / 2 / 12);
        assertThat(CandidateIndex.weakTermsPerGeneration(1L << 20)).isEqualTo(1 << 12);
        assertThat(CandidateIndex.weakTermsPerGeneration(64L << 30)).isEqualTo(1 << 21);
    }
}
