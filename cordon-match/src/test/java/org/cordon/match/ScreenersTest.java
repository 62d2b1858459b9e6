package org.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.ListVersion;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

class ScreenersTest {

    private static SanctionsList list(String source, Entity... entities) {
        return new SanctionsList(new ListVersion(source, source, source, "test", null, List.of(), "", entities.length), List.of(entities));
    }

    private static final Entity UN_KIM = Entity.builder("un", "KPi.001", Schema.PERSON).name("Kim Jong Un", NameKind.PRIMARY)
            .birthDate(DateRange.parse("1984-01-08")).nationality("KP").build();
    private static final Entity EU_KIM = Entity.builder("eu", "1234", Schema.PERSON).name("KIM Jong-un", NameKind.PRIMARY)
            .property(Entity.UN_REFERENCE, "KPi.001").build();
    private static final Entity OFAC_PERSON = Entity.builder("ofac", "77", Schema.PERSON).name("Ivan Petrovich Sidorov", NameKind.PRIMARY)
            .name("Vanya", NameKind.WEAK_ALIAS).birthDate(DateRange.parse("1961-05-02")).build();
    private static final Entity UK_PERSON = Entity.builder("uk", "RUS0001", Schema.PERSON).name("Sidorov Ivan Petrovich", NameKind.PRIMARY)
            .birthDate(DateRange.parse("1961-05-02")).build();
    private static final Entity VESSEL = Entity.builder("ofac", "900", Schema.VESSEL).name("Ivan Sidorov", NameKind.PRIMARY)
            .identifier(new Identifier(IdentifierType.IMO, "IMO 9187629")).build();

    private final IndexedScreener screener = Screeners.build(List.of(list("un", UN_KIM), list("eu", EU_KIM), list("ofac", OFAC_PERSON, VESSEL),
            list("uk", UK_PERSON)));

    private List<MatchResult> screen(Query q) {
        return screener.screen(q, ScreenOptions.of(0.5, 10));
    }

    @Test
    void aVesselNeverMatchesAPersonQuery() {
        List<MatchResult> r = screen(Query.of("Ivan Sidorov", Schema.PERSON, null, null));
        assertThat(r).extracting(m -> m.entity().id()).doesNotContain("ofac-900").contains("ofac-77");
        assertThat(screen(Query.of("Ivan Sidorov", Schema.VESSEL, null, null))).extracting(m -> m.entity().id()).containsExactly("ofac-900");
    }

    /**
     * A query without a schema may be meant as anything, but one whose name has a legal form of three letters or more is a
     * company's: it meets no person or vessel ("Ivan Sidorov GmbH" is not OFAC's Ivan Sidorov); a two-letter form, which is
     * also a name or syllable ("Na", "Ao"), decides nothing.
     */
    @Test
    void aQueryWithoutASchemaButWithALegalFormIsAnOrganisation() {
        assertThat(screen(Query.of("Ivan Sidorov"))).extracting(m -> m.entity().id()).contains("ofac-77", "ofac-900");
        assertThat(screen(Query.of("Ivan Sidorov GmbH"))).isEmpty();
        assertThat(screen(Query.of("ООО Иван Сидоров"))).isEmpty();
        assertThat(screen(Query.of("Ivan Sidorov SA"))).extracting(m -> m.entity().id()).contains("ofac-77");
        assertThat(screen(Query.of("Ivan Sidorov GmbH", Schema.PERSON, null, null))).extracting(m -> m.entity().id()).contains("ofac-77");
    }

    @Test
    void theExplanationsSummaryWritesScoresInAsciiDigitsWhateverTheDefaultLocale() {
        MatchResult r = screener.score(Query.of("Ivan Petrovich Sidorov", Schema.PERSON, "1975", null), OFAC_PERSON);
        String expected = r.explanation().summary();
        assertThat(expected).contains(" 1.00").containsPattern("birthDate -0\\.\\d\\d");
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            // German writes 1,00, Egyptian Arabic ١٫٠٠, Turkish lower-cases PRIMARY to prımary: the summary is served in API
            // answers and kept with decisions
            for (String tag : List.of("de-DE", "ar-EG", "tr-TR")) {
                java.util.Locale.setDefault(java.util.Locale.forLanguageTag(tag));
                assertThat(r.explanation().summary()).as(tag).isEqualTo(expected);
            }
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void conflictingBirthDateLowersTheScoreAndMissingOneDoesNot() {
        double none = screener.score(Query.of("Ivan Petrovich Sidorov"), OFAC_PERSON).score();
        double same = screener.score(Query.of("Ivan Petrovich Sidorov", Schema.PERSON, "1961-05-02", null), OFAC_PERSON).score();
        double conflict = screener.score(Query.of("Ivan Petrovich Sidorov", Schema.PERSON, "1975", null), OFAC_PERSON).score();
        assertThat(none).isEqualTo(1.0);
        assertThat(same).isEqualTo(1.0);
        assertThat(conflict).isLessThan(none - 0.1);
        MatchResult r = screener.score(Query.of("Ivan Petrovich Sidorov", Schema.PERSON, "1975", null), OFAC_PERSON);
        assertThat(r.explanation().features()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("birthDate");
            assertThat(f.effect()).isNegative();
        });
    }

    @Test
    void aWeakAliasCountsLessThanAStrongName() {
        MatchResult r = screener.score(Query.of("Vanya", Schema.PERSON, null, null), OFAC_PERSON);
        assertThat(r.explanation().nameKind()).isEqualTo(NameKind.WEAK_ALIAS);
        assertThat(r.score()).isLessThan(r.explanation().nameScore());
        assertThat(r.explanation().features()).anyMatch(f -> f.name().equals("weakAlias") && f.effect() < 0);
        // the same query against the same name listed as a strong alias scores higher, by the weak-alias factor
        Entity strong = Entity.builder("ofac", "78", Schema.PERSON).name("Ivan Petrovich Sidorov", NameKind.PRIMARY)
                .name("Vanya", NameKind.ALIAS).build();
        for (String q : List.of("Vanya", "Vanja", "Vanka")) {
            double weak = screener.score(Query.of(q, Schema.PERSON, null, null), OFAC_PERSON).score();
            double full = screener.score(Query.of(q, Schema.PERSON, null, null), strong).score();
            assertThat(weak).as(q).isCloseTo(full * EntityScorer.WEAK_ALIAS_FACTOR, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(screener.score(Query.of("Vanka", Schema.PERSON, null, null), OFAC_PERSON).match()).isFalse();
    }

    @Test
    void anExactDecisiveIdentifierSettlesIt() {
        Query q = new Query(List.of(new Name("Some Other Ship", NameKind.PRIMARY)), Schema.VESSEL, List.of(), List.of(),
                List.of(new Identifier(IdentifierType.IMO, "9187629")), null);
        List<MatchResult> r = screen(q);
        assertThat(r).hasSize(1);
        assertThat(r.get(0).match()).isTrue();
        assertThat(r.get(0).explanation().features()).anyMatch(f -> f.name().equals("identifier"));
    }

    @Test
    void recordsSharingAUnReferenceFormOneCertainProfile() {
        Profiles p = screener.profiles();
        assertThat(p.profileOf("eu-1234")).isEqualTo(p.profileOf("un-KPi.001"));
        assertThat(p.profile("eu-1234").linkOf("un-KPi.001")).isEqualTo(Profiles.LinkKind.CERTAIN);
        List<MatchResult> r = screen(Query.of("Kim Jong Un"));
        assertThat(r).extracting(m -> m.entity().id()).containsExactlyInAnyOrder("un-KPi.001", "eu-1234");
        assertThat(r).extracting(MatchResult::profileId).containsOnly(p.profileOf("un-KPi.001"));
        assertThat(r.get(0).explanation().features()).anyMatch(f -> f.name().equals("profile") && f.detail().contains("eu-1234"));
    }

    @Test
    void sameNameAndFullBirthDateIsAProbableLink() {
        Profiles p = screener.profiles();
        assertThat(p.profileOf("ofac-77")).isEqualTo(p.profileOf("uk-RUS0001"));
        assertThat(p.profile("ofac-77").linkOf("uk-RUS0001")).isEqualTo(Profiles.LinkKind.PROBABLE);
        assertThat(p.profileOf("ofac-900")).isEqualTo("ofac-900");
    }

    @Test
    void resultsExplainTokenByToken() {
        MatchResult r = screen(Query.of("Kim Jong-uun", Schema.PERSON, null, null)).get(0);
        assertThat(r.explanation().tokens()).anySatisfy(t -> {
            assertThat(t.queryToken()).isEqualTo("uun");
            assertThat(t.listToken()).isEqualTo("un");
            assertThat(t.how()).isEqualTo("fuzzy");
        });
        assertThat(r.explanation().summary()).contains("kim=kim exact");
    }

    @Test
    void optionsLimitAndFilterSources() {
        List<MatchResult> r = screener.screen(Query.of("Kim Jong Un"), new ScreenOptions(0.5, 10, java.util.Set.of("eu"), null));
        assertThat(r).extracting(m -> m.entity().source()).containsOnly("eu");
        assertThat(screener.screen(Query.of("Kim Jong Un"), ScreenOptions.of(0.5, 1))).hasSize(1);
    }

    /**
     * Words of names written in another script are counted as if every record were written in it: an Arabic-script word
     * in most Arabic-script records is common, as its Latin reading is among Latin names; a syllable is no word, and a
     * Latin word inside a Cyrillic name is counted once, with the Latin readings.
     */
    @Test
    void wordsOfAScriptAreCountedAsIfEveryRecordWereWrittenInIt() {
        String letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
        List<CompiledEntity> compiled = new java.util.ArrayList<>();
        for (int i = 0; i < 270; i++) {
            compiled.add(Screeners.compile(Entity.builder("x", "l" + i, Schema.PERSON).name("John " + word(i), NameKind.PRIMARY).build()));
        }
        for (int i = 0; i < 30; i++) {
            String arabic = "أبو " + letters.charAt(i % letters.length()) + letters.charAt(i / letters.length()) + "ر"
                    + (i < 3 ? " جميل" : "");
            compiled.add(Screeners.compile(Entity.builder("x", "a" + i, Schema.PERSON).name(arabic, NameKind.PRIMARY).build()));
            compiled.add(Screeners.compile(Entity.builder("x", "k" + i, Schema.PERSON).name("김 " + word(i), NameKind.PRIMARY).build()));
            compiled.add(Screeners.compile(Entity.builder("x", "c" + i, Schema.ORGANIZATION).name("ООО Nord " + word(i + 300), NameKind.PRIMARY)
                    .build()));
        }
        org.cordon.match.score.TokenFrequencies f = Screeners.tokenFrequencies(compiled);
        // 30 of 30 Arabic-script records, scaled to all 360 records, and no further than the commonest Latin word
        assertThat(f.count("ابو")).isEqualTo(Screeners.scaledCount(30, 360.0 / 30, f.count("john")));
        assertThat(f.weight("ابو")).isLessThan(0.8);
        // three records are no evidence: not scaled
        assertThat(f.count("جميل")).isEqualTo(3);
        assertThat(f.weight("جميل")).isEqualTo(1.0);
        // syllables are not counted; the Latin word of a Cyrillic name is counted once per record
        assertThat(f.count("김")).isZero();
        assertThat(f.count("nord")).isEqualTo(30);
        assertThat(Screeners.scaledCount(5, 16.0, 1000)).isEqualTo(5);
        assertThat(Screeners.scaledCount(20, 16.0, 1000)).isEqualTo(8 + 12 * 16);
        assertThat(Screeners.scaledCount(200, 16.0, 1000)).isEqualTo(1000);
    }

    /** A made-up Latin word for each number, so that no two records share it. */
    private static String word(int i) {
        StringBuilder b = new StringBuilder("w");
        for (int k = i; k > 0 || b.length() < 3; k /= 26) b.append((char) ('a' + k % 26));
        return b.toString();
    }
}
