package org.cordon.match.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

/** A word that mixes look-alike Latin, Cyrillic and Greek letters is read in one script; everything else is left alone. */
class LookAlikeLettersTest {

    @Test
    void aWordIsWrittenInTheScriptOfTheLettersOnlyItHas() {
        // Latin Z and L have no Cyrillic look-alike: the Cyrillic Н, В read as the Latin H, B they look like
        assertThat(LookAlikeLetters.unmix("НIZВALLAН")).isEqualTo("HIZBALLAH");
        assertThat(LookAlikeLetters.unmix("РYОNGYАNG")).isEqualTo("PYONGYANG");
        // the EU's "ГOBOP": a Cyrillic Г and Latin O, B, O, P is ГОВОР (Govor), not "gobop"
        assertThat(LookAlikeLetters.unmix("Роман Александрович ГOBOP")).isEqualTo("Роман Александрович ГОВОР");
        // a Latin i in a Belarusian word is its і
        assertThat(LookAlikeLetters.unmix("Павел Мiкалаевiч")).isEqualTo("Павел Мікалаевіч");
        // Greek letters in a Latin word
        assertThat(LookAlikeLetters.unmix("ΤΟΥOTA")).isEqualTo("TOYOTA");
    }

    @Test
    void aWordOfLettersEitherScriptHasTakesTheNamesOtherLettersOrLatin() {
        // Н, А, М, А and S all have look-alikes in both: alone, the word is Latin
        assertThat(LookAlikeLetters.unmix("НАМАS")).isEqualTo("HAMAS");
        assertThat(LookAlikeLetters.unmix("Vladimir Рutin")).isEqualTo("Vladimir Putin");
        // beside Cyrillic words, Cyrillic: "СOК" (Latin O) is СОК
        assertThat(LookAlikeLetters.unmix("Иван СOК")).isEqualTo("Иван СОК");
    }

    @Test
    void wordsInOneScriptAndWordsWithLettersOnlyEachScriptHasAreLeftAlone() {
        for (String same : new String[]{"Vladimir Putin", "Владимир Путин", "ООО ABC", "АО KAMAZ", "Ανώνυμη εταιρεία STROYGAZMONTAZH",
                "ДR", "Obʼєднання", "محمد علي", "김정은", "Müller-Lüdenscheidt", ""}) {
            assertThat(LookAlikeLetters.unmix(same)).as(same).isSameAs(same);
        }
        assertThat(LookAlikeLetters.describe("Vladimir Putin")).isNull();
        assertThat(LookAlikeLetters.describe("Vladimir Рutin")).isEqualTo("\"Рutin\" read as \"Putin\": letters of another script that look alike in one word");
    }

    @Test
    void theNormaliserReadsTheUnmixedName() {
        assertThat(NameNormaliser.normalise("НАМАS", Schema.ORGANIZATION).tokens()).containsExactly("hamas");
        assertThat(NameNormaliser.normalise("НIZВALLAН", null).tokens()).containsExactly("hizballah");
        assertThat(NameNormaliser.normalise("Роман ГOBOP", Schema.PERSON).tokens()).containsExactly("roman", "govor");
    }

    /**
     * Randomised: a Latin word with some of its letters swapped for their Cyrillic or Greek look-alikes comes back as the word,
     * whatever letters were swapped (each word keeps a letter only Latin has), and the unmixed text has the same length
     * (offsets of a scanned text stay true).
     */
    @Test
    void anyLettersSwappedForTheirLookAlikesComeBack() {
        String[] latin = {"HIZBALLAH", "Hamas", "PYONGYANG", "Sberbank", "Rosneft", "Kalashnikov", "Bank Mellat", "Al-Qaida"};
        String from = "ABCEHIJKMOPSTXYacehijopsxy", toCyr = "АВСЕНІЈКМОРЅТХУасеһіјорѕху";
        String toGreek = "ΑΒϹΕΗΙ-ΚΜΟΡ-ΤΧΥ-ϲ----ορ---";
        Random random = new Random(20261205);
        for (int round = 0; round < 5_000; round++) {
            String word = latin[random.nextInt(latin.length)];
            String alphabet = random.nextBoolean() ? toCyr : toGreek;
            StringBuilder sb = new StringBuilder(word);
            for (int k = 0; k < sb.length(); k++) {
                int at = from.indexOf(sb.charAt(k));
                if (at >= 0 && alphabet.charAt(at) != '-' && random.nextInt(3) == 0) sb.setCharAt(k, alphabet.charAt(at));
            }
            String mixed = sb.toString();
            String back = LookAlikeLetters.unmix(mixed);
            assertThat(back).as(mixed).hasSameSizeAs(mixed);
            assertThat(back).as(mixed).isEqualTo(word);
        }
    }
}
