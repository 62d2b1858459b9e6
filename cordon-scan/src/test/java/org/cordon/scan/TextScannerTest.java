package org.cordon.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextScannerTest {
    private static final TextScanner SCANNER = TextScanner.build(SmallLists.screener(), 0.7);

    private static List<String> ids(TextScan s) {
        return s.mentions().stream().map(m -> m.entity().id() + "@" + m.text().replace('\n', ' ')).toList();
    }

    @Test
    void germanTitleAndTransliteration() {
        String t = "Präsident Wladimir Putin traf am Montag den Gazprom-Chef.";
        TextScan s = SCANNER.scan(t);
        assertThat(ids(s)).contains("ofac-35096@Wladimir Putin", "eu-13215@Wladimir Putin");
        assertThat(ids(s)).noneMatch(x -> x.startsWith("eu-140000"));
        Mention m = s.mentions().getFirst();
        assertThat(t.substring(m.start(), m.end())).isEqualTo("Wladimir Putin");
    }

    @Test
    void surnameAloneIsNoMentionButLaterReferenceIsLinked() {
        assertThat(SCANNER.scan("Putins Sprecher sagte nichts.").mentions()).isEmpty();
        TextScan s = SCANNER.scan("Wladimir Putin sprach. Putins Sprecher sagte nichts.");
        assertThat(s.mentions()).anyMatch(m -> m.text().equals("Putins") && m.how().equals("surname"));
    }

    @Test
    void russianInflection() {
        TextScan s = SCANNER.scan("Переговоры Владимира Путина с делегацией.");
        assertThat(ids(s)).contains("eu-13215@Владимира Путина", "ofac-35096@Владимира Путина");
        assertThat(ids(s)).noneMatch(x -> x.startsWith("eu-140000"));
    }

    @Test
    void koreanWithParticleAndLatinWithPossessive() {
        assertThat(ids(SCANNER.scan("북한의 김정은이 미사일 발사를 참관했다."))).contains("ofac-20157@김정은");
        assertThat(ids(SCANNER.scan("Kim Jong Un’s sister and Kim Jong-un"))).contains("ofac-20157@Kim Jong Un", "ofac-20157@Kim Jong-un");
        assertThat(ids(SCANNER.scan("Machthaber Kim Jong Uns Schwester"))).contains("ofac-20157@Kim Jong Uns");
        assertThat(ids(SCANNER.scan("김영철은 회의에 참석했다"))).contains("eu-9001@김영철");
        // a name in the middle of a longer Hangul word is not a name
        assertThat(SCANNER.scan("사김정은호").mentions()).isEmpty();
    }

    @Test
    void lineBreakHyphenation() {
        String t = "Der Präsident Wladimir Pu-\n  tin sagte";
        TextScan s = SCANNER.scan(t);
        assertThat(s.mentions()).anyMatch(m -> m.entity().id().equals("ofac-35096") && m.text().equals("Wladimir Pu-\n  tin"));
    }

    @Test
    void commonSurnameOfAnotherPersonIsNoAlert() {
        assertThat(SCANNER.scan("State Department spokesperson Matthew Miller said on Tuesday.").mentions()).isEmpty();
        assertThat(ids(SCANNER.scan("Gazprom chief Alexey Miller said"))).contains("ofac-24083@Alexey Miller");
    }

    @Test
    void anotherPersonWithTheSameSurnameIsNoReference() {
        TextScan s = SCANNER.scan("Gazprom chief Alexey Miller was there. Spokesperson Matthew Miller said nothing. Mr Miller left.");
        assertThat(s.mentions()).extracting(m -> m.text() + "/" + m.how())
                .containsExactly("Alexey Miller/name", "Miller/surname");
        assertThat(s.mentions().get(1).start()).isEqualTo(s.mentions().get(0).start() + "Alexey Miller was there. Spokesperson Matthew Miller said nothing. Mr ".length());
    }

    @Test
    void aBareOrganisationWordInsideALongerNameIsNoMention() {
        assertThat(SCANNER.scan("Officials of the Hamas Movement Office met.").mentions()).isEmpty();
        assertThat(ids(SCANNER.scan("He said Hamas had agreed."))).contains("ofac-6933@Hamas");
    }

    /** A word that mixes look-alike Cyrillic and Latin letters ("НАМАS": Cyrillic Н, А, М, А) is read as the word it shows. */
    @Test
    void aWordOfLookAlikeLettersOfTwoScriptsIsTheWordItShows() {
        assertThat(ids(SCANNER.scan("He said НАМАS had agreed."))).contains("ofac-6933@НАМАS");
        assertThat(ids(SCANNER.scan("Переговоры Владимира Путинa с делегацией."))).contains("ofac-35096@Владимира Путинa");
    }

    @Test
    void particlesInsideAnOrganisationNameDoNotBreakIt() {
        String t = "The Foreign Trade Bank of the Democratic People's Republic of Korea was named.";
        assertThat(ids(SCANNER.scan(t))).contains("ofac-15603@Foreign Trade Bank of the Democratic People's Republic of Korea");
    }

    @Test
    void oneWordCompanyNamesNeedMoreThanTheWord() {
        assertThat(SCANNER.scan("Das Argument überzeugte nicht.").mentions()).isEmpty();
        assertThat(ids(SCANNER.scan("Payment to JSC Argument, Moscow"))).contains("ofac-37447@JSC Argument");
        assertThat(SCANNER.scan("It was a graceful exit. Graceful indeed.").mentions()).isEmpty();
        assertThat(ids(SCANNER.scan("the tanker Graceful left port"))).contains("ofac-37444@Graceful");
        assertThat(ids(SCANNER.scan("Leaders of Hamas met"))).contains("ofac-6933@Hamas");
    }

    @Test
    void aOneWordCompanyNameStandsAfterAWordThatSaysItIsACompany() {
        // the word alone, in ordinary case, stays quiet as before
        assertThat(SCANNER.scan("Sovcomflot meldete einen Gewinn.").mentions()).isEmpty();
        assertThat(ids(SCANNER.scan("Die Tanker der Reederei Sovcomflot fahren weiter."))).containsExactly("eu-167101@Sovcomflot");
        assertThat(ids(SCANNER.scan("Der Staatsreederei Sovcomflot gehören die Schiffe."))).containsExactly("eu-167101@Sovcomflot");
        assertThat(ids(SCANNER.scan("Tankers of the shipping company Sovcomflot sailed on."))).containsExactly("eu-167101@Sovcomflot");
        // not when the word starts a longer capitalised name, nor across a sentence end, nor for an ordinary noun's case
        assertThat(SCANNER.scan("Die Reederei Sovcomflot Holding Cyprus meldete.").mentions()).isEmpty();
        assertThat(SCANNER.scan("Sie gründeten eine Firma. Sovcomflot kam später.").mentions()).isEmpty();
        assertThat(SCANNER.scan("die Reederei sovcomflot").mentions()).isEmpty();
        assertThat(SCANNER.scan("Das Argument überzeugte nicht, sagte die Gruppe.").mentions()).isEmpty();
    }

    @Test
    void spellingVariants() {
        assertThat(ids(SCANNER.scan("Verteidigungsminister Sergej Schoigu"))).contains("ofac-7000@Sergej Schoigu");
        assertThat(ids(SCANNER.scan("عبدالخالق الحوثي قال"))).contains("un-QDi.401@عبدالخالق الحوثي");
    }

    @Test
    void jurisdictionsInSeveralLanguages() {
        TextScan s = SCANNER.scan("Lieferung über Nampo nach Nordkorea; КНДР и Северной Кореи; 북한의 평양; PAYMENT VIA NAMPO, KOREA DPR; Крыму, Bandar Abbas");
        assertThat(s.jurisdictions()).extracting(j -> j.jurisdiction().country() + ":" + j.text())
                .contains("KP:Nampo", "KP:Nordkorea", "KP:КНДР", "KP:Северной Кореи", "KP:북한", "KP:평양", "KP:NAMPO", "KP:KOREA DPR",
                        "UA-43:Крыму", "IR:Bandar Abbas");
        assertThat(SCANNER.scan("A cube and a cuddly bear in Korea").jurisdictions()).isEmpty();
    }

    @Test
    void offsetsPointAtTheWrittenText() {
        String t = "x\n\nKim Jong Un\nand Владимир Путин";
        for (Mention m : SCANNER.scan(t).mentions()) assertThat(t.substring(m.start(), m.end())).isEqualTo(m.text());
    }
}
