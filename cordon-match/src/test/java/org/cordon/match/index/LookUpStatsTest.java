package org.cordon.match.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cordon.match.IndexedScreener;
import org.cordon.match.Query;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screeners;
import org.cordon.match.normalise.NameNormaliser;
import org.cordon.match.normalise.NormalisedName;
import org.cordon.model.Entity;
import org.cordon.model.ListVersion;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

/**
 * The index counts the dictionary scans its look-ups run, by kind, and only those its caches did not answer: the figures
 * {@code BatchByScript} prints of where a batch's first sight goes.
 */
class LookUpStatsTest {
    private static final String[] LISTED = {"Vladimir Vladimirovich Putin", "Maria Garcia Lopez", "王秀英", "محمد عبد الكريم",
            "Abdulrahman Alhassan"};

    private static IndexedScreener screener() {
        List<Entity> people = new ArrayList<>();
        for (int i = 0; i < LISTED.length; i++) people.add(Entity.builder("t", "p" + i, Schema.PERSON).name(LISTED[i], NameKind.PRIMARY).build());
        return Screeners.build(List.of(new SanctionsList(new ListVersion("t", "t", "t", "test", null, List.of(), "", people.size()), people)));
    }

    private static long scans(CandidateIndex index, String kind) {
        for (CandidateIndex.ScanCount c : index.lookUpStats()) if (c.kind().equals(kind)) return c.scans();
        throw new AssertionError("no kind " + kind + " in " + index.lookUpStats());
    }

    @Test
    void everyKindIsCountedInOrderAndStartsAtNothing() {
        List<CandidateIndex.ScanCount> stats = screener().index().lookUpStats();
        assertThat(stats).extracting(CandidateIndex.ScanCount::kind).containsExactlyElementsOf(CandidateIndex.SCAN_KINDS);
        assertThat(stats).allSatisfy(c -> assertThat(c.scans()).as(c.kind()).isZero());
    }

    @Test
    void aQueryCountsItsScansOnceAndNotWhenItsLookUpsAreCached() {
        IndexedScreener screener = screener();
        CandidateIndex index = screener.index();
        ScreenOptions options = ScreenOptions.of(0.8, 10);
        screener.screen(Query.of("Abdul Rahman Al Hassan", Schema.PERSON, null, null), options);
        long words = scans(index, "query words"), pairs = scans(index, "two words written together"),
                skeletons = scans(index, "their consonant skeletons");
        assertThat(words).as("three name words (\"al\" is a particle, met by its text)").isGreaterThanOrEqualTo(3);
        assertThat(pairs).as("three pairs of adjacent words").isGreaterThanOrEqualTo(3);
        assertThat(skeletons).as("their skeletons").isGreaterThan(0);
        assertThat(index.lookUpStats().get(0).nanos()).as("time of the words' scans").isPositive();

        screener.screen(Query.of("Abdul Rahman Al Hassan", Schema.PERSON, null, null), options);
        assertThat(scans(index, "query words")).as("asked again: words from the cache").isEqualTo(words);
        assertThat(scans(index, "two words written together")).as("asked again: pairs from the cache").isEqualTo(pairs);

        screener.screen(Query.of("王秀英", Schema.PERSON, null, null), options);
        assertThat(scans(index, "runs of syllables")).as("three syllables read from Han").isGreaterThan(0);

        index.forgetLookUps();
        screener.screen(Query.of("Abdul Rahman Al Hassan", Schema.PERSON, null, null), options);
        assertThat(scans(index, "query words")).as("forgotten: scanned again").isGreaterThanOrEqualTo(2 * words);
    }

    @Test
    void aProbeWithTheWeakBandCountsItsBands() {
        CandidateIndex index = screener().index();
        List<NormalisedName> names = List.of(NameNormaliser.normalise("Mohamad Abdelkarim", Schema.PERSON));
        index.candidates(names, index.newProbe(), false);
        assertThat(scans(index, "weak bands")).as("without the weak band").isZero();
        index.candidates(names, index.newProbe(), true);
        long bands = scans(index, "weak bands");
        assertThat(bands).as("a band for each of the two words").isGreaterThanOrEqualTo(2);
        index.candidates(names, index.newProbe(), true);
        assertThat(scans(index, "weak bands")).as("asked again: from the cache").isEqualTo(bands);
    }
}
