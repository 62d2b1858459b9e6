package org.cordon.match.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianOrgWordsTest {
    @Test
    void anAdjectiveIsReadByItsStemInEveryGenderAndCase() {
        for (String form : new String[]{"gosudarstvennyy", "gosudarstvennaya", "gosudarstvennoe", "gosudarstvennogo",
                "gosudarstvennykh", "gosudarstvennoy"}) {
            assertThat(RussianOrgWords.wordInEnglish(form)).as(form).isEqualTo("state");
        }
        assertThat(RussianOrgWords.wordInEnglish("predpriyatiya")).isEqualTo("enterprise");
        assertThat(RussianOrgWords.wordInEnglish("ivanov")).isNull();
    }

    @Test
    void wordsRussianAndEnglishTookFromLatinAndGreekKeepTheirEnglishEndings() {
        assertThat(RussianOrgWords.wordInEnglish("mekhanicheskiy")).isEqualTo("mechanical");
        assertThat(RussianOrgWords.wordInEnglish("tekhnicheskaya")).isEqualTo("technical");
        assertThat(RussianOrgWords.wordInEnglish("federatsii")).isEqualTo("federation");
        assertThat(RussianOrgWords.wordInEnglish("organizatsiya")).isEqualTo("organization");
        assertThat(RussianOrgWords.wordInEnglish("aviatsionnyy")).isEqualTo("aviation");
        assertThat(RussianOrgWords.wordInEnglish("tsentralnyy")).isEqualTo("central");
        assertThat(RussianOrgWords.wordInEnglish("natsionalnogo")).isEqualTo("national");
        assertThat(RussianOrgWords.wordInEnglish("spetsialnoe")).isEqualTo("special");
        assertThat(RussianOrgWords.wordInEnglish("elektromekhanicheskiy")).isEqualTo("electromechanical");
        assertThat(RussianOrgWords.wordInEnglish("spetsializirovannyy")).isEqualTo("specialized");
    }

    @Test
    void aPlaceAdjectiveIsReadAsThePlace() {
        assertThat(RussianOrgWords.wordInEnglish("samarskiy")).isEqualTo("samara");
        assertThat(RussianOrgWords.wordInEnglish("moskovskogo")).isEqualTo("moscow");
        assertThat(RussianOrgWords.wordInEnglish("chelyabinskiy")).isEqualTo("chelyabinsk");
        assertThat(RussianOrgWords.wordInEnglish("votkinskiy")).isEqualTo("votkinsk");
    }

    @Test
    void aReadingKeepsItsOtherWordsItsPunctuationAndItsLegalForm() {
        assertThat(RussianOrgWords.inEnglish("ao \"nauchno-issledovatelskiy institut 'kvant'\"", false))
                .isEqualTo("ao \"research- institute 'kvant'\"");
        assertThat(RussianOrgWords.inEnglish("ao \"nauchno-issledovatelskiy institut 'kvant'\"", true))
                .isEqualTo("ao \"scientific research- institute 'kvant'\"");
        // the words of a legal form are read as the form, not one by one: "gosudarstvennoe unitarnoe predpriyatie" is SUE
        assertThat(RussianOrgWords.inEnglish("gosudarstvennoe unitarnoe predpriyatie \"almaz\"", false)).isEqualTo(
                "gosudarstvennoe unitarnoe predpriyatie \"almaz\"");
        assertThat(RussianOrgWords.inEnglish("institut fiziki i khimii", false)).isEqualTo("institute physics and chemistry");
        // и between initials is an initial
        assertThat(RussianOrgWords.inEnglish("zavod imeni v. i. lenina", false)).startsWith("zavod named after v. i. ");
        assertThat(RussianOrgWords.inEnglish("ivan petrov", false)).isEqualTo("ivan petrov");
    }

    @Test
    void aLatinSpellingLosesItsSignsForTheSoftAndHardSigns() {
        assertThat(RussianOrgWords.withoutSigns("ob\"yedinennaya tul'skiy 'kvant'")).isEqualTo("obyedinennaya tulskiy 'kvant'");
        String plain = "ao kvant";
        assertThat(RussianOrgWords.withoutSigns(plain)).isSameAs(plain);
        // one Russian word is not enough in Latin letters
        assertThat(RussianOrgWords.inEnglish("novo nordisk", false, 2)).isEqualTo("novo nordisk");
        assertThat(RussianOrgWords.inEnglish("novyy zavod tochnogo mashinostroeniya", false, 2)).isEqualTo("new zavod precision engineering");
    }

    @Test
    void thePersonABodyIsNamedAfterIsNamedInTheNominative() {
        assertThat(RussianOrgWords.inEnglish("zavod imeni v. i. lenina", false)).isEqualTo("zavod named after v. i. lenin");
        assertThat(RussianOrgWords.inEnglish("zavod imeni degtyareva", false)).isEqualTo("zavod named after degtyarev");
        assertThat(RussianOrgWords.inEnglish("institut imeni maksima gorkogo", false)).isEqualTo("institute named after maksim gorky");
        // and the first half of a compound of two adjectives in -ический
        assertThat(RussianOrgWords.inEnglish("optiko-mekhanicheskiy zavod", false)).isEqualTo("optical-mechanical zavod");
    }
}
