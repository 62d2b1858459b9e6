package org.cordon.match.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

class NameNormaliserTest {

    private static List<String> tokens(String name, Schema schema) {
        return NameNormaliser.normalise(name, schema).tokens();
    }

    /** Double Metaphone's key cut at four sounds made words that begin alike sound alike. */
    @Test
    void aSoundAlikeKeyCoversTheWholeWordNotItsFirstFourSounds() {
        assertThat(NameNormaliser.phonetic("abdalwhab")).isNotEqualTo(NameNormaliser.phonetic("abdallah"));
        assertThat(NameNormaliser.phonetic("kovalevsky")).isNotEqualTo(NameNormaliser.phonetic("kovalev"));
        assertThat(NameNormaliser.phonetic("viktorivna")).isNotEqualTo(NameNormaliser.phonetic("viktoriya"));
        // what the key is for still holds: romanisations of one name
        assertThat(NameNormaliser.phonetic("yevgeny")).isEqualTo(NameNormaliser.phonetic("evgeniy"));
    }

    /**
     * The sound-alike key is remembered per word: asked again, or after other words filled the memory past its limit,
     * it is still the word's own key (commons-codec's Double Metaphone, "" where it gives none).
     */
    @Test
    void aWordsRememberedSoundAlikeKeyIsItsOwn() {
        org.apache.commons.codec.language.DoubleMetaphone metaphone = new org.apache.commons.codec.language.DoubleMetaphone();
        metaphone.setMaxCodeLen(NameNormaliser.PHONETIC_KEY_LENGTH);
        java.util.Random rnd = new java.util.Random(3);
        String letters = "abcdeghijklmnoprstuvwyz";
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of("muhammad", "mohammed", "schmidt", "smith", "x", ""));
        for (int i = 0; i < 250_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 2 + rnd.nextInt(8); n > 0; n--) sb.append(letters.charAt(rnd.nextInt(letters.length())));
            words.add(sb.toString());
        }
        int keyed = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (String w : words) {
                String expected = metaphone.doubleMetaphone(w);
                assertThat(NameNormaliser.phonetic(w)).as(w).isEqualTo(expected == null ? "" : expected);
                if (expected != null && !expected.isEmpty()) keyed++;
            }
        }
        assertThat(keyed).isGreaterThan(words.size());
    }

    @Test
    void zeroWidthAndDirectionCharactersCannotSplitAName() {
        assertThat(tokens("Pu\u200Btin", Schema.PERSON)).containsExactly("putin");
        assertThat(tokens("Vla\u202Edi\u2066mir\uFEFF Pu\u0000tin\u2060", Schema.PERSON)).containsExactly("vladimir", "putin");
    }

    @Test
    void diacriticsCaseAndFullWidthFold() {
        assertThat(tokens("Aleksandar Vučić", Schema.PERSON)).containsExactly("aleksandar", "vucic");
        assertThat(tokens("ＭＡＲＧＡＲＩＴＡ Simonyán", Schema.PERSON)).containsExactly("margarita", "simonyan");
    }

    @Test
    void cyrillicIsReadTheWayListsSpellIt() {
        assertThat(tokens("Сергей Викторович Лавров", Schema.PERSON)).containsExactly("sergey", "viktorovich", "lavrov");
    }

    @Test
    void hangulIsReadInMcCuneReischauerWithSurnameAlternatives() {
        NormalisedName n = NameNormaliser.normalise("김정은", Schema.PERSON);
        assertThat(n.tokens()).containsExactly("kim", "jong", "un");
        NormalisedName r = NameNormaliser.normalise("최룡해", Schema.PERSON);
        assertThat(r.alternatives()).contains(List.of("choe", "ryong", "hae"), List.of("choi", "ryong", "hae"));
    }

    @Test
    void aKoreanNamesLastSyllableIsAlsoReadVoiced() {
        assertThat(NameNormaliser.normalise("김영복", Schema.PERSON).alternatives()).contains(List.of("kim", "yong", "bok"));
        assertThat(Hangul.lastSyllableVoiced("박재경")).isEqualTo("pak jae gyong");
        assertThat(Hangul.lastSyllableVoiced("변원군")).isEqualTo("pyon won gun");
        // only a person's three syllables, and only ㄱ, ㄷ and ㅂ
        assertThat(Hangul.lastSyllableVoiced("김정은")).isNull();
        assertThat(Hangul.lastSyllableVoiced("조선인민군")).isNull();
        assertThat(Hangul.lastSyllableVoiced("김 철")).isNull();
    }

    /**
     * A Korean person's given name is also read as South Korea spells it and in Revised Romanization, which the lists copy
     * for some North Koreans ("PARK Young Han", "CHOE Chun-Sik", "SHIN Geum Cheol"); the family name keeps its readings.
     */
    @Test
    void aKoreanGivenNameIsAlsoReadAsSouthKoreaSpellsIt() {
        assertThat(NameNormaliser.normalise("박영한", Schema.PERSON).alternatives())
                .contains(List.of("pak", "yong", "han"), List.of("park", "young", "han"), List.of("park", "yeong", "han"));
        assertThat(Hangul.givenNamesSpelt("최천식", 0)).isEqualTo("choe chun sik");
        assertThat(Hangul.givenNamesSpelt("신금철", 1)).isEqualTo("sin geum cheol");
        assertThat(Hangul.givenNamesSpelt("장철희", 0)).isEqualTo("jang chul hee");
        // an open ㅓ is eo (서 Seo), a closed ㅕ yu (경 Kyung)
        assertThat(Hangul.givenNamesSpelt("김서경", 0)).isEqualTo("kim seo kyung");
        // only a person's name: not an organisation's run of syllables, not a name whose given name reads the same
        assertThat(Hangul.givenNamesSpelt("조선백호무역회사", 0)).isNull();
        assertThat(Hangul.givenNamesSpelt("문재인", 0)).isNull();
        // nor of two syllables: 건 and 군 are both "kun" so
        assertThat(Hangul.givenNamesSpelt("김건", 0)).isNull();
    }

    /** A word written a letter at a time, to slip past a filter that compares words, is also read as the word. */
    @Test
    void aNameWrittenALetterAtATimeIsAlsoReadAsOneWord() {
        assertThat(NameNormaliser.lettersJoined("Vladimir P u t i n")).isEqualTo("Vladimir Putin");
        assertThat(NameNormaliser.lettersJoined("H.I.Z.B.A.L.L.A.H")).isEqualTo("HIZBALLAH");
        // where one word ends the letters do not say: the run is one word, which the scorer meets with two ("bin laden")
        assertThat(NameNormaliser.lettersJoined("Osama B-I-N L-A-D-E-N")).isEqualTo("Osama BINLADEN");
        assertThat(NameNormaliser.normalise("Vladimir P u t i n", Schema.PERSON).alternatives()).contains(List.of("vladimir", "putin"));
        // initials come in twos and threes; Han and Hangul write a name's characters apart anyway; digits are no letters
        assertThat(NameNormaliser.lettersJoined("J. R. R. Tolkien")).isNull();
        assertThat(NameNormaliser.lettersJoined("남 궁 민 수")).isNull();
        assertThat(NameNormaliser.lettersJoined("Fund 1 2 3 4")).isNull();
        assertThat(NameNormaliser.lettersJoined("Vladimir Putin")).isNull();
        // digits for letters: one 1 is i, two are ll
        assertThat(NameNormaliser.normalise("Bank Me11at", Schema.COMPANY).tokens()).containsExactly("bank", "mellat");
        assertThat(NameNormaliser.normalise("H1ZBALLAH", Schema.ORGANIZATION).tokens()).containsExactly("hizballah");
    }

    @Test
    void hanIsReadInKoreanAndInMandarin() {
        NormalisedName n = NameNormaliser.normalise("金正恩", Schema.PERSON);
        assertThat(n.alternatives()).contains(List.of("kim", "jong", "un"), List.of("jin", "zheng", "en"));
    }

    @Test
    void legalFormsBecomeOneCanonicalToken() {
        NormalisedName ooo = NameNormaliser.normalise("Общество с ограниченной ответственностью Ромашка", Schema.COMPANY);
        assertThat(ooo.tokens()).containsExactly("llc", "romashka");
        assertThat(tokens("Oboronnye Initsiativy o.O.O.", Schema.COMPANY)).containsExactly("oboronnye", "initsiativy", "llc");
        assertThat(tokens("Siemens Aktiengesellschaft", Schema.COMPANY)).containsExactly("siemens", "ag");
        assertThat(tokens("Open Joint Stock Company Gazprom", Schema.COMPANY)).containsExactly("ojsc", "gazprom");
        assertThat(NameNormaliser.normalise("OAO Gazprom", Schema.COMPANY).primary().kind(0)).isEqualTo(TokenKind.LEGAL_FORM);
    }

    @Test
    void legalFormsAreNotTakenFromPersonNames() {
        assertThat(tokens("Ko Sa Ag", Schema.PERSON)).containsExactly("ko", "sa", "ag");
    }

    @Test
    void leadingTitlesAreDropped() {
        assertThat(tokens("Präsident Barack Obama", Schema.PERSON)).containsExactly("barack", "obama");
        assertThat(tokens("Shaikh Isa Bin Tarif", Schema.PERSON)).containsExactly("isa", "bin", "tarif");
        assertThat(tokens("Dr. No", Schema.PERSON)).containsExactly("no");
        assertThat(tokens("Dr", Schema.PERSON)).containsExactly("dr");
    }

    @Test
    void commaFormIsReorderedForPersonsButNotForCompanies() {
        assertThat(tokens("Putin, Vladimir", Schema.PERSON)).containsExactly("vladimir", "putin");
        assertThat(tokens("Apple, Inc.", Schema.COMPANY)).containsExactly("apple", "inc");
    }

    @Test
    void numbersAndOrdinalsBecomeDigits() {
        assertThat(tokens("1st International Bank", Schema.COMPANY)).containsExactly("1", "international", "bank");
        assertThat(tokens("First International Bank", Schema.COMPANY)).containsExactly("1", "international", "bank");
        assertThat(tokens("Brigade Forty-Four", Schema.ORGANIZATION)).containsExactly("brigade", "44");
        assertThat(tokens("Brigade Forty 4", Schema.ORGANIZATION)).containsExactly("brigade", "44");
        assertThat(tokens("KKR Asian Fund IV L.P.", Schema.COMPANY)).containsExactly("kkr", "asian", "fund", "4", "lp");
    }

    /**
     * In a person's name a Cyrillic letter that Latin spells with two or more is an initial when it stands alone ("Ю В") or
     * its Latin spelling carries a dot ("Yu.V."); without the dot the Latin word is a name ("Yu Jian"), and an
     * organisation's name keeps it a word.
     */
    @Test
    void aCyrillicLettersLatinSpellingIsAnInitial() {
        for (String name : List.of("Kovalchuk Yu.V.", "Ковальчук Ю.В.", "Ковальчук Ю В", "Zh. Ivanova")) {
            Tokens t = NameNormaliser.normalise(name, Schema.PERSON).primary();
            int initial = name.startsWith("Zh") ? 0 : 1;
            assertThat(t.kind(initial)).as(name).isEqualTo(TokenKind.INITIAL);
            assertThat(t.text(initial)).as(name).isIn("yu", "zh");
        }
        assertThat(NameNormaliser.normalise("Yu Jian", Schema.PERSON).primary().kind(0)).isEqualTo(TokenKind.NAME);
        assertThat(NameNormaliser.normalise("Sh. Babaie Industries", Schema.COMPANY).primary().kind(0)).isEqualTo(TokenKind.NAME);
        // a name of no schema has the person's reading too, its initials compared with persons only
        NormalisedName noSchema = NameNormaliser.normalise("Kovalchuk Yu.", null);
        assertThat(noSchema.forms()).hasSize(2);
        assertThat(noSchema.forms().get(1).kind(1)).isEqualTo(TokenKind.INITIAL);
        assertThat(noSchema.formMeets(1, Schema.ORGANIZATION)).isFalse();
    }

    /**
     * A single I, V or X in a name of no known schema is a person's initial as well as a number: "Putin V. V." was read
     * "putin 5 5" and met no Putin. Cyrillic letters write no Roman numerals (и is "and", в "in" or an initial).
     */
    @Test
    void aLoneRomanLetterOfAnUnknownSchemaIsAlsoAnInitial() {
        NormalisedName initials = NameNormaliser.normalise("Putin V V", null);
        assertThat(initials.alternatives()).containsExactly(List.of("putin", "5", "5"), List.of("putin", "v", "v"));
        assertThat(initials.forms().get(1).kind(1)).isEqualTo(TokenKind.INITIAL);
        // with a dot it is an initial only
        assertThat(NameNormaliser.normalise("Putin V. V.", null).alternatives()).containsExactly(List.of("putin", "v", "v"));
        // a known schema reads it one way only
        assertThat(NameNormaliser.normalise("Putin V. V.", Schema.PERSON).alternatives()).containsExactly(List.of("putin", "v", "v"));
        assertThat(NameNormaliser.normalise("Ocean V", Schema.VESSEL).alternatives()).containsExactly(List.of("ocean", "5"));
        assertThat(NameNormaliser.normalise("Ocean IV", null).alternatives()).containsExactly(List.of("ocean", "4"));
        assertThat(tokens("Исламско государство в Ираке и Леванте", Schema.ORGANIZATION))
                .containsExactly("islamsko", "gosudarstvo", "v", "irake", "i", "levante");
    }

    /**
     * Hebrew is read twice, as its letters are written (b k p, h, z) and as they are spoken inside a word (v ch f, ch, tz);
     * ש is sh both ways, a final ה after a consonant the vowel a, and a first א or ע before a consonant the vowel a.
     */
    @Test
    void hebrewIsReadAsWrittenAndAsSpoken() {
        assertThat(NameNormaliser.normalise("משה שרביט", Schema.PERSON).alternatives())
                .containsExactly(List.of("msha", "shrbyt"), List.of("msha", "shrvyt"));
        assertThat(NameNormaliser.normalise("נחלה", Schema.ORGANIZATION).alternatives())
                .containsExactly(List.of("nhla"), List.of("nchla"));
        // a first ב or כ is b or k both ways, a first פ p or f; a first ו is v when spoken, and so is one before a final י
        assertThat(NameNormaliser.normalise("בצלאל פדרמן", Schema.PERSON).alternatives()).containsExactly(List.of("bzll", "pdrmn"),
                List.of("btzll", "fdrmn"));
        // a first א or ע before a consonant is the vowel a it carries; before ו or י those write it
        assertThat(NameNormaliser.normalise("עדן אטינגר", Schema.PERSON).alternatives()).contains(List.of("adn", "atyngr"));
        assertThat(NameNormaliser.normalise("אילי", Schema.PERSON).alternatives()).contains(List.of("yly"));
        assertThat(NameNormaliser.normalise("וייס לוי", Schema.PERSON).alternatives()).containsExactly(List.of("wyys", "lwy"),
                List.of("vyys", "lvy"));
    }

    /**
     * A Cyrillic name is also read in the other spelling lists use: й i, a final ий y, е ye and ё yo after a vowel or soft
     * sign, я and ю after a consonant ia and iu, ў v; in a Ukrainian or Belarusian name г h and и y.
     */
    @Test
    void cyrillicIsAlsoReadInTheOtherCommonSpelling() {
        assertThat(NameNormaliser.normalise("Андрей Юрьевич Воробьев", Schema.PERSON).alternatives())
                .containsExactly(List.of("andrey", "yurevich", "vorobev"), List.of("andrei", "yuryevich", "vorobyev"));
        assertThat(Romaniser.cyrillicSpoken("Евгений Алексеевич ФЁДОРОВ")).isEqualTo("yevgeny alekseyevich fyodorov");
        assertThat(Romaniser.cyrillicSpoken("Наталья Зянкевич")).isEqualTo("natalya ziankevich");
        assertThat(Romaniser.cyrillicSpoken("Віктар Гулевіч Булаўка")).isEqualTo("viktar hulevich bulavka");
        assertThat(Romaniser.cyrillicSpoken("Михайло Іванович")).isEqualTo("mykhailo ivanovych");
        assertThat(Romaniser.cyrillicSpoken("Vladimir Putin")).isNull();
    }

    /**
     * A Cyrillic name with х or дж is also read as Russian writes foreign names: х h, дж j; a family name keeps its mark in
     * that reading too.
     */
    @Test
    void cyrillicIsAlsoReadAsForeignNamesAreWritten() {
        assertThat(Romaniser.cyrillicForeign("Мухаммад Хасан")).isEqualTo("muhammad hasan");
        assertThat(Romaniser.cyrillicForeign("Джалолов Джахонгир")).isEqualTo("jalolov jahongir");
        assertThat(Romaniser.cyrillicForeign("Сергей Иванов")).isNull();
        assertThat(Romaniser.cyrillicForeign("Khan")).isNull();
        assertThat(NameNormaliser.normalise("Абу Ханифа", Schema.PERSON).alternatives())
                .containsExactly(List.of("abu", "khanifa"), List.of("abu", "hanifa"));
        NormalisedName hamidov = NameNormaliser.normalise("ХАМИДОВ Джамшид", Schema.PERSON);
        Tokens foreign = hamidov.forms().stream().filter(f -> f.text(0).equals("hamidov")).findFirst().orElseThrow();
        assertThat(foreign.roles(0) & Tokens.CASE_FAMILY).isNotZero();
        assertThat(foreign.roles(1) & Tokens.CASE_FAMILY).isZero();
    }

    /** An Arabic-script name is also read as Urdu and Pashto write names in Latin letters: ث s, ذ and ض z, ق q, و w. */
    @Test
    void arabicScriptIsAlsoReadAsUrduWritesIt() {
        assertThat(Romaniser.urduReading("ثاقب")).isEqualTo("ساقب");
        assertThat(Romaniser.urduReading("ضياء وذاكر")).isEqualTo("زياء وزاكر");
        assertThat(Romaniser.urduReading("محمد")).isSameAs("محمد");
        assertThat(NameNormaliser.normalise("ثاقب", Schema.PERSON).alternatives()).contains(List.of("saqb"));
    }

    /**
     * A Greek name is also read as Modern Greek speaks it and writes foreign names: μπ b, ντ d, γκ g, τσ ch, ου u, η υ ει i,
     * β v, χ kh and h; two vowels are one sound only unaccented ("Σεργκέι" is Sergei).
     */
    @Test
    void greekIsAlsoReadAsSpoken() {
        assertThat(Romaniser.greekSpoken("Βλαντιμίρ Πούτιν", false)).isEqualTo("vladimir putin");
        assertThat(Romaniser.greekSpoken("Ρομάν Αμπράμοβιτς", false)).isEqualTo("roman abramovich");
        assertThat(Romaniser.greekSpoken("Σεργκέι Λαβρόφ", false)).isEqualTo("sergei lavrof");
        assertThat(Romaniser.greekSpoken("Νίκος Παπαδόπουλος", false)).isEqualTo("nikos papadopulos");
        assertThat(Romaniser.greekSpoken("Putin", false)).isNull();
        // χ is also h, as Greek writes a foreign h ("Χεζμπολάχ" Hezbollah), beside kh (Khamenei)
        assertThat(Romaniser.greekSpoken("Χεζμπολάχ", true)).isEqualTo("hezbolah");
        assertThat(NameNormaliser.normalise("Χαμάς", Schema.ORGANIZATION).alternatives()).contains(List.of("hamas"), List.of("khamas"));
    }

    /** A word written with a capital and small letters only is marked as one, in each reading. */
    @Test
    void wordsInSmallLettersAreMarked() {
        assertThat(NameNormaliser.wordsInSmallLetters("Koç Group KfW SAIZ saiz McLaughlin-Fritsch")).containsExactly("Koç", "Group", "Fritsch");
        Tokens koc = NameNormaliser.normalise("Koç KOC Group", Schema.COMPANY).primary();
        assertThat(koc.roles(0) & Tokens.WORD_CASE).isNotZero();
        assertThat(koc.roles(2) & Tokens.WORD_CASE).isNotZero();
        assertThat(NameNormaliser.normalise("KOC GROUP", Schema.COMPANY).primary().roles(0) & Tokens.WORD_CASE).isZero();
    }

    /** Ukrainian, Belarusian, Swedish and German spellings of a patronymic's ending are written as the Russian one. */
    @Test
    void patronymicEndingsAreWrittenTheRussianWay() {
        assertThat(NameNormaliser.patronymicAsRussian("oleksandrivna")).isEqualTo("oleksandrovna");
        assertThat(NameNormaliser.patronymicAsRussian("anatoliyivna")).isEqualTo("anatoliyevna");
        assertThat(NameNormaliser.patronymicAsRussian("aliaksandravich")).isEqualTo("aliaksandrovich");
        assertThat(NameNormaliser.patronymicAsRussian("uladzimiravitj")).isEqualTo("uladzimirovich");
        assertThat(NameNormaliser.patronymicAsRussian("mikhailavna")).isEqualTo("mikhailovna");
        assertThat(NameNormaliser.patronymicAsRussian("vasileuna")).isEqualTo("vasilevna");
        assertThat(NameNormaliser.patronymicAsRussian("borisovitj")).isEqualTo("borisovich");
        assertThat(NameNormaliser.patronymicAsRussian("ivanovitsch")).isEqualTo("ivanovich");
        // "slav" ends a name before -ich and -na (Yaroslavich, Yaroslavna); Serbian and Croatian surnames keep -ovic
        assertThat(NameNormaliser.patronymicAsRussian("yaroslavich")).isEqualTo("yaroslavich");
        assertThat(NameNormaliser.patronymicAsRussian("yaroslavna")).isEqualTo("yaroslavna");
        assertThat(NameNormaliser.patronymicAsRussian("filipovic")).isEqualTo("filipovic");
        assertThat(NameNormaliser.normalise("Olga Oleksandrivna MAKEEVA", Schema.PERSON).tokens()).contains("oleksandrovna");
        assertThat(NameNormaliser.normalise("Oleksandrivna Trading LLC", Schema.COMPANY).tokens()).contains("oleksandrivna");
    }

    /** Bulgarian, Ukrainian and Belarusian legal forms are the Russian ones' kin ("Акционерно дружество" is a JSC). */
    @Test
    void slavicLegalFormsOfOtherLanguagesAreKnown() {
        assertThat(tokens("Акционерно дружество „Планар“", Schema.COMPANY)).containsExactly("jsc", "planar");
        assertThat(tokens("Адкрытае акцыянернае таварыства «Гродна Азот»", Schema.COMPANY)).containsExactly("ojsc", "grodna", "azot");
        assertThat(tokens("Товариство з обмеженою відповідальністю Ромашка", Schema.COMPANY)).containsExactly("llc", "romashka");
        assertThat(tokens("Plant named after V. I. Kozlov", Schema.COMPANY)).containsExactly("plant", "named", "after", "v", "i", "kozlov");
    }

    /**
     * A Russian form's words spelt in Latin letters any of the ways the lists spell them are the form: "Obshchestvo s
     * Ogranichennoi Otvetstvennostyu", ICU's own reading of the Russian, was four name words.
     */
    @Test
    void russianFormsSpeltInLatinLettersAnyWayAreKnown() {
        assertThat(tokens("Obshchestvo s Ogranichennoi Otvetstvennostyu Ural", Schema.COMPANY)).containsExactly("llc", "ural");
        assertThat(tokens("OBSCHESTVO S OGRANICHENNOY OTVETSTVENNOSTJU Ural", Schema.COMPANY)).containsExactly("llc", "ural");
        assertThat(tokens("OTKRYTOE AKTSIONERNOE OBSCHESTVO ZAVOD LEGMASH", Schema.COMPANY)).containsExactly("ojsc", "plant", "legmash");
        assertThat(tokens("Akcionernoe Obshchestvo Ural", Schema.COMPANY)).containsExactly("jsc", "ural");
        assertThat(tokens("Tactical Missiles Corporation Joynt Stock Company", Schema.COMPANY))
                .containsExactly("tactical", "missiles", "corp", "jsc");
        // a word of another form is no form: only whole spellings of ten letters or more are read so
        assertThat(tokens("Otkrytoe Nebo Ural", Schema.COMPANY)).containsExactly("otkrytoe", "nebo", "ural");
    }

    /** A state's unitary enterprise is a form (ГУП, ФГУП, РУП), in Latin letters but for "SUE", "Gup" and "Rup", names too. */
    @Test
    void unitaryEnterprisesAreAForm() {
        assertThat(tokens("Federal State Unitary Enterprise “Main Radio Frequency Centre”", Schema.COMPANY))
                .containsExactly("sue", "main", "radio", "frequency", "centre");
        assertThat(tokens("ФГУП “ГРЧЦ”", Schema.COMPANY)).containsExactly("sue", "grchts");
        assertThat(tokens("Государственное унитарное предприятие “Государственный Зерновой Оператор”", Schema.COMPANY))
                .startsWith("sue");
        assertThat(tokens("Gosudarstvennoye Unitarnoye Predpriyatiye Krym", Schema.COMPANY)).containsExactly("sue", "krym");
        assertThat(NameNormaliser.normalise("Sue Wyman", null).primary().kind(0)).isEqualTo(TokenKind.NAME);
        // a joint-stock commercial bank (АКБ) is a joint-stock company's form
        assertThat(tokens("ПАО АКБ Металлинвестбанк", Schema.COMPANY)).containsExactly("pjsc", "jsc", "metallinvestbank");
        assertThat(tokens("Aktsionernyi Kommercheskii Bank Fora", Schema.COMPANY)).containsExactly("jsc", "fora");
        assertThat(NameNormaliser.normalise("Gup Rup Trading", Schema.COMPANY).primary().kind(0)).isEqualTo(TokenKind.NAME);
    }

    /**
     * Turkish, Hungarian, Croatian, Estonian, Lithuanian, Danish and Portuguese forms are known: the lists give such
     * companies so ("AFA Medya Anonim Şirketi", "N-Systems Zrt.", "Vektor, d. d.", "GARANTEX EUROPE OÜ").
     */
    @Test
    void legalFormsOfMoreJurisdictionsAreKnown() {
        assertThat(tokens("AFA Medya Anonim Şirketi", Schema.COMPANY)).containsExactly("afa", "medya", "jsc");
        assertThat(tokens("Multimat Pazarlama Limited Sirketi", Schema.COMPANY)).containsExactly("multimat", "pazarlama", "srl");
        assertThat(tokens("N-Systems Zrt.", Schema.COMPANY)).containsExactly("n", "systems", "jsc");
        assertThat(tokens("Vektor, d. d.", Schema.COMPANY)).containsExactly("vektor", "jsc");
        assertThat(tokens("GARANTEX EUROPE OÜ", Schema.COMPANY)).containsExactly("garanteks", "europe", "srl");
        // a two-letter form only at either end: "Shandong Ou Rui" keeps its Ou
        assertThat(tokens("Shandong Ou Rui Laser Technology", Schema.COMPANY)).contains("ou");
        // SIA, the Latvian form, is also a given name, and stays one
        assertThat(tokens("Sia Agha Sayeed", null)).contains("sia");
    }

    /**
     * A name of no known schema is read with a person's particles as well as an organisation's (bin, van), and keeps a
     * leading title only when a legal form shows it is an organisation's.
     */
    @Test
    void aNameOfNoSchemaHasAPersonsParticlesAndAnOrganisationsFirstWord() {
        Tokens bin = NameNormaliser.normalise("Mohammed bin Salman", null).primary();
        assertThat(bin.kind(1)).isEqualTo(TokenKind.PARTICLE);
        assertThat(bin.roles(2) & Tokens.AFTER_NASAB).isNotZero();
        assertThat(tokens("Hon Hai Precision Industry Co., Ltd.", null)).containsExactly("hon", "hai", "precision", "industry", "ltd");
        assertThat(tokens("Hon Ivan Petrov", null)).containsExactly("ivan", "petrov");
        assertThat(NameNormaliser.hasOrganisationForm("Hon Hai Precision Industry Co., Ltd.")).isTrue();
        assertThat(NameNormaliser.hasOrganisationForm("ООО Ромашка")).isTrue();
        assertThat(NameNormaliser.hasOrganisationForm("Na Yeon Kim")).isFalse();
        assertThat(NameNormaliser.hasOrganisationForm("Lee Ao")).isFalse();
        // initials that spell a legal form letter by letter are a person's ("S. A." is no société anonyme there)
        assertThat(NameNormaliser.hasOrganisationForm("Ivanov S. A.")).isFalse();
        assertThat(NameNormaliser.hasOrganisationForm("Meyer S.A.R.L.")).isTrue();
        // in Cyrillic letters a two-letter form written as a word is a company's, but for a sole trader's and initials
        assertThat(NameNormaliser.hasOrganisationForm("АО Константин")).isTrue();
        assertThat(NameNormaliser.hasOrganisationForm("ИП Константин")).isFalse();
        assertThat(NameNormaliser.hasOrganisationForm("ФОП Петренко")).isFalse();
        assertThat(NameNormaliser.hasOrganisationForm("Иванов А.О.")).isFalse();
        assertThat(NameNormaliser.hasOrganisationForm("Иванов АО")).isFalse();
        assertThat(NameNormaliser.hasOrganisationForm("НКО Ромашка")).isTrue();
        assertThat(NameNormaliser.hasOrganisationForm("Ano Yamamoto")).isFalse();
        // a syllable read from Han is no legal form; a Cyrillic legal form is one also as written
        assertThat(tokens("那彬", null)).containsExactly("na", "bin");
        Tokens cyrillic = NameNormaliser.normalise("АО Сергей", null).scriptForm();
        assertThat(cyrillic.kind(0)).isEqualTo(TokenKind.LEGAL_FORM);
        assertThat(cyrillic.text(0)).isEqualTo("jsc");
        assertThat(NameNormaliser.normalise("АО Сергей", Schema.PERSON).scriptForm().kind(0)).isEqualTo(TokenKind.NAME);
        assertThat(NameNormaliser.normalise("Завод АО Сергей", Schema.COMPANY).scriptForm().kind(1)).isEqualTo(TokenKind.NAME);
    }

    /** Two names in Cyrillic are compared as written, and a single letter there is an initial as in Latin letters. */
    @Test
    void aSingleCyrillicLetterIsAnInitial() {
        Tokens script = NameNormaliser.normalise("Путин В. В.", Schema.PERSON).scriptForm();
        assertThat(script.kind(0)).isEqualTo(TokenKind.NAME);
        assertThat(script.kind(1)).isEqualTo(TokenKind.INITIAL);
        assertThat(script.kind(2)).isEqualTo(TokenKind.INITIAL);
        // not for an organisation, nor for syllables read one character each
        assertThat(NameNormaliser.normalise("Завод В", Schema.COMPANY).scriptForm().kind(1)).isEqualTo(TokenKind.NAME);
        assertThat(NameNormaliser.normalise("金 正 恩", Schema.PERSON).scriptForm().kind(0)).isEqualTo(TokenKind.NAME);
    }

    @Test
    void camelCaseJoinedNamesAreSplitAndDisguisedDigitsRead() {
        assertThat(tokens("AlisherUsmanov", Schema.PERSON)).containsExactly("alisher", "usmanov");
        assertThat(tokens("I9or Sech1n", Schema.PERSON)).containsExactly("igor", "sechin");
    }

    @Test
    void dottedAcronymsJoinForOrganisationsButStayInitialsForPersons() {
        assertThat(tokens("A.B.C. Company", Schema.COMPANY)).containsExactly("abc", "co");
        NormalisedName p = NameNormaliser.normalise("J.-C. Juncker", Schema.PERSON);
        assertThat(p.tokens()).containsExactly("j", "c", "juncker");
        assertThat(p.primary().kind(0)).isEqualTo(TokenKind.INITIAL);
    }

    @Test
    void nasabParticleMarksTheFathersName() {
        Tokens t = NameNormaliser.normalise("Mohammed bin Salman", Schema.PERSON).primary();
        assertThat(t.kind(1)).isEqualTo(TokenKind.PARTICLE);
        assertThat(t.roles(2) & Tokens.AFTER_NASAB).isNotZero();
        assertThat(t.roles(0) & Tokens.AFTER_NASAB).isZero();
    }

    @Test
    void sameInputGivesSameOutputAcrossThreads() throws Exception {
        String[] names = {"Сергей Лавров", "金正恩", "محمد بن سلمان", "Κυριάκος Μητσοτάκης", "Ülkü Öztürk GmbH"};
        List<String> expected = java.util.Arrays.stream(names).map(n -> NameNormaliser.normalise(n, null).alternatives().toString()).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> fs = new java.util.ArrayList<>();
            for (int k = 0; k < 200; k++) {
                int idx = k % names.length;
                fs.add(pool.submit(() -> NameNormaliser.normalise(names[idx], null).alternatives().toString().equals(expected.get(idx))));
            }
            for (var f : fs) assertThat(f.get()).isTrue();
        } finally {
            pool.shutdown();
        }
    }
    @Test
    void arabicScriptTitlesDroppedAndAyinKeepsTheWordWhole() {
        // "الدكتور" (Dr) and "السيّد" (Mr) are titles; ayin in "سعيد" must not split the word into "s yd"
        assertThat(NameNormaliser.normalise("الدكتور محمّد سعيد", Schema.PERSON).forms().get(0).text(1)).isEqualTo("syd");
        assertThat(NameNormaliser.normalise("السيّد أبو بكر", Schema.PERSON).scriptTokens()).containsExactly("ابو", "بكر");
        // Persian and Dari titles without the article, of one word or two, as the Latin Seyyed and Hojatoleslam are
        assertThat(NameNormaliser.normalise("سید محمد موسویان", Schema.PERSON).scriptTokens()).containsExactly("محمد", "موسويان");
        assertThat(NameNormaliser.normalise("حجت الاسلام علی خان محمدی", Schema.PERSON).scriptTokens().get(0)).isEqualTo("علي");
        assertThat(NameNormaliser.normalise("آیت الله سید علی خامنه ای", Schema.PERSON).scriptTokens().get(0)).isEqualTo("علي");
        // a title alone stays: it is all there is of the name
        assertThat(NameNormaliser.normalise("الشيخ", Schema.PERSON).scriptTokens()).containsExactly("الشيخ");
    }

    /**
     * Persian reads و as the consonant v at the start of a word, after an alif inside one and before an alif or yeh: a
     * second reading says so; the first still reads w, as Arabic does, and a و that is a vowel stays one in both.
     */
    @Test
    void persianVIsASecondReadingBesideTheW() {
        assertThat(NameNormaliser.normalise("محمد جواد ظریف", Schema.PERSON).alternatives())
                .containsExactly(List.of("mhmd", "jwad", "zryf"), List.of("mhmd", "jvad", "zryf"));
        assertThat(NameNormaliser.normalise("احمد وحیدی", Schema.PERSON).alternatives().get(1)).containsExactly("ahmd", "vhydy");
        // before the yeh of a nisba, after an inner alif: Mousavi's first و is a vowel, its second v; Kaveh
        assertThat(NameNormaliser.normalise("موسوی", Schema.PERSON).alternatives().get(1)).containsExactly("mwsvy");
        assertThat(NameNormaliser.normalise("کاوه", Schema.PERSON).alternatives().get(1)).containsExactly("kavh");
        // vowels only: Mahmoud, Rouhani, Khosrow (final) and the conjunction alone give one reading
        assertThat(NameNormaliser.normalise("محمود روحانی خسرو", Schema.PERSON).forms()).hasSize(1);
        assertThat(Romaniser.persianReading("علي و حسن")).isEqualTo("علي و حسن");
        // Persian's gh for ق, z for ض and ذ, s for ث, and a final ه after a consonant as the vowel (جمعه Juma)
        assertThat(NameNormaliser.normalise("محمد باقری", Schema.PERSON).alternatives().get(1)).containsExactly("mhmd", "baghry");
        assertThat(NameNormaliser.normalise("رضا نذیر", Schema.PERSON).alternatives().get(1)).containsExactly("rza", "nzyr");
        assertThat(NameNormaliser.normalise("جمعه", Schema.PERSON).alternatives().get(1)).containsExactly("jma");
        // not the ه of الله
        assertThat(NameNormaliser.normalise("عبد الله", Schema.PERSON).forms()).hasSize(1);
        // before an alif maqsura, a final a, the و is the w of Arabic: سلوى is Salwa
        assertThat(NameNormaliser.normalise("سلوى عبدالله", Schema.PERSON).forms()).hasSize(1);
    }

    /** الله begins with the letters of the article and is no article: it stays one word, as the lists' Latin writes it. */
    @Test
    void allahIsOneWordNotTheArticleAndAWord() {
        assertThat(tokens("هدايت الله", Schema.PERSON)).containsExactly("hdayt", "allh");
        assertThat(tokens("امن اللهي", Schema.PERSON)).containsExactly("amn", "allhy");
        // the article itself still comes off
        assertThat(tokens("عبد الله الحوثي", Schema.PERSON)).containsExactly("abd", "allh", "al", "hwthy");
    }

    /** An x inside a name is written ks, as romanised Cyrillic writes it; a first x and pinyin's x stay. */
    @Test
    void anXInsideANameIsKs() {
        assertThat(tokens("Alexey Maximov", Schema.PERSON)).containsExactly("aleksey", "maksimov");
        assertThat(tokens("Oxana Alexeyevna", Schema.PERSON)).containsExactly("oksana", "alekseyevna");
        assertThat(tokens("Xenia Xi", Schema.PERSON)).containsExactly("xenia", "xi");
        assertThat(tokens("Wang Jianxin Haixia Weixing Zhixiong Guoxu", Schema.PERSON))
                .containsExactly("wang", "jianxin", "haixia", "weixing", "zhixiong", "guoxu");
    }

    /**
     * A space put back before an article that follows a letter which does not join the next (the gap a reader sees whether
     * a space was typed or not): "بشارالاسد" is Bashar al-Assad. Compound names stay one word, and so does a word whose
     * letter before ال joins it.
     */
    @Test
    void anArabicArticleRunOnAfterALetterThatDoesNotJoinIsTwoWords() {
        assertThat(NameNormaliser.articleSpaced("بشارالاسد")).isEqualTo("بشار الاسد");
        assertThat(NameNormaliser.articleSpaced("محمدالعلي حسن")).isEqualTo("محمد العلي حسن");
        assertThat(NameNormaliser.normalise("بشارالاسد", Schema.PERSON).primary().size()).isEqualTo(3);
        // compounds: Abd al-, Abu al-, Dhu al-, -allah, -al-Din
        for (String compound : List.of("عبدالرحمن", "ابوالفضل", "ذوالقدر", "نصرالله", "نورالدین", "العبدالله")) {
            assertThat(NameNormaliser.articleSpaced(compound)).isEqualTo(compound);
        }
        // a letter that joins (Absalan, metallurgy, Amanullah), too few letters before (Khalid, Salih) or after (Jamal)
        for (String word : List.of("آبسالان", "متالوژی", "امانالله", "خالد", "صالح", "جمال", "بلال")) {
            assertThat(NameNormaliser.articleSpaced(word)).isEqualTo(word);
        }
    }

    /** Two equal letters read from Arabic script are two consonants, but for the article's lam before lam. */
    @Test
    void doubledLettersReadFromArabicScriptStayTwo() {
        assertThat(NameNormaliser.normalise("مددی", Schema.PERSON).primary().skeleton(0)).isEqualTo("mdd");
        assertThat(NameNormaliser.normalise("Madadi", Schema.PERSON).primary().skeleton(0)).isEqualTo("mdd");
        assertThat(NameNormaliser.normalise("Haddad", Schema.PERSON).primary().skeleton(0)).isEqualTo("hdd");
        assertThat(NameNormaliser.normalise("Hassan", Schema.PERSON).primary().skeleton(0)).isEqualTo("hsn");
        assertThat(NameNormaliser.normalise("عبدالله", Schema.PERSON).primary().skeleton(0))
                .isEqualTo(NameNormaliser.normalise("Abdullah", Schema.PERSON).primary().skeleton(0));
        // French writes ج dj: one consonant
        assertThat(NameNormaliser.normalise("Djamel", Schema.PERSON).primary().skeleton(0))
                .isEqualTo(NameNormaliser.normalise("جمال", Schema.PERSON).primary().skeleton(0)).isEqualTo("gml");
        // a ch keeps its c (a cheap swap for the s of ش and the k of خ), as the Persian چ has it; a c before e, i or y is s
        assertThat(NameNormaliser.normalise("Hamcho", Schema.PERSON).primary().skeleton(0)).isEqualTo("hmch");
        assertThat(NameNormaliser.normalise("Chegini", Schema.PERSON).primary().skeleton(0))
                .isEqualTo(NameNormaliser.normalise("چگینی", Schema.PERSON).primary().skeleton(0));
        assertThat(NameNormaliser.normalise("Lounici", Schema.PERSON).primary().skeleton(0))
                .isEqualTo(NameNormaliser.normalise("لونيسي", Schema.PERSON).primary().skeleton(0)).isEqualTo("lns");
        assertThat(NameNormaliser.normalise("Cabral", Schema.PERSON).primary().skeleton(0)).isEqualTo("kbrl");
    }

    /** "abu al X", "X al din", "X al islam" also as one word, as the lists often write them. */
    @Test
    void arabicCompoundsAreAlsoOneWord() {
        assertThat(NameNormaliser.normalise("Nur al-Din Zengi", Schema.PERSON).alternatives())
                .containsExactly(List.of("nur", "al", "din", "zengi"), List.of("nuraldin", "zengi"));
        assertThat(NameNormaliser.compoundsJoined("shahab ud din", false)).containsExactly("shahabuddin");
        assertThat(NameNormaliser.compoundsJoined("abu al fadl", false)).containsExactly("abualfadl");
        // read from Arabic script, before a sun letter also as spoken: ad-din, Nuruddin
        assertThat(NameNormaliser.compoundsJoined("nwr al dyn", true)).containsExactly("nwraldyn", "nwrdyn");
        // an article between other words is no compound, nor is "abd al X" one; an organisation's name is not read so
        assertThat(NameNormaliser.compoundsJoined("ali al hakim", false)).isEmpty();
        assertThat(NameNormaliser.compoundsJoined("abd al rahman", false)).isEmpty();
        assertThat(NameNormaliser.normalise("Nur al Din Trading", Schema.COMPANY).forms()).hasSize(1);
    }
}
