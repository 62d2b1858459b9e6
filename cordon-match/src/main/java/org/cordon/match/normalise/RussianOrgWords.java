package org.cordon.match.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Russian organisation's name, as read from Cyrillic letters, with its descriptive words in English: the words OFAC, and
 * the EU and UK beside the Russian, write in English for the same body. "АО “Самарский электромеханический завод”" is the
 * EU's "Joint Stock Company “Samara Electromechanical Plant”"; "Российский фонд прямых инвестиций" the UK's "Russian Direct
 * Investment Fund". Read letter by letter, "elektromekhanicheskiy" met "electromechanical" nowhere, and the two names met
 * their English ones at 0.13 and 0.10: a customer named in Russian would not have found a company OFAC lists in English.
 *
 * <p>Two kinds of word: those of a table of the words such names are made of, each by its stem (an adjective in any gender
 * and case: "gosudarstvennyy", "gosudarstvennoe", "gosudarstvennogo" are "state"; "samarskiy" is Samara's) or its forms (a
 * noun: "predpriyatie", "predpriyatiya" "enterprise"); and words with the endings Russian gives the words it takes from Latin
 * and Greek, which English gives them too: -ический as -ical ("mekhanicheskiy" mechanical, "opticheskiy" optical),
 * -изированный as -ized ("spetsializirovannyy" specialized), -ция and -ционный as -tion ("federatsiya" federation,
 * "aviatsionnyy" aviation), -альный as -al ("federalnyy" federal). Words so read take kh as ch and ts as c or t, as such
 * words are spelt in English ("tekhnicheskiy" technical, "tsentralnyy" central, "natsionalnyy" national).
 *
 * <p>A reading beside the others, never in their place: OFAC spells many such names in Latin letters as Russian writes them
 * ("NAUCHNO-PROIZVODSTVENNOE OBEDINENIE MASHINOSTROYENIYA"), and a customer may too. The words of a legal form stay as they
 * are ("gosudarstvennoe unitarnoe predpriyatie" is a legal form read as one, see {@link LegalForms}). An adjective of a
 * place is read as the place: by the table where the place's name is not the adjective's stem and -sk ("moskovskiy" Moscow,
 * "samarskiy" Samara), else as that stem and -sk ("chelyabinskiy" Chelyabinsk, "votkinskiy" Votkinsk), as most Russian
 * towns' names end.
 */
public final class RussianOrgWords {
    private static final Map<String, String> ADJECTIVES = new HashMap<>();
    private static final Map<String, String> NOUNS = new HashMap<>();
    /** Adjectives' endings, the longest first: masculine, feminine, neuter and plural, in the cases names carry them. */
    private static final String[] ENDINGS = {"yye", "iye", "oye", "ogo", "ego", "omu", "emu", "ykh", "ikh", "aya", "yaya", "uyu",
            "yy", "iy", "yi", "ii", "oy", "ey", "oe", "ee", "ye", "ie", "ym", "im", "yj", "ij", "aja", "y", "i", "o"};

    static {
        // the adjective's stem (read from Cyrillic as Romaniser reads it), then its English
        String[][] adjectives = {
                {"gosudarstvenn", "state"}, {"rossiysk", "russian"}, {"rossiisk", "russian"}, {"vserossiysk", "all russian"},
                {"vserossiisk", "all russian"}, {"nauchn", "scientific"}, {"issledovatelsk", "research"},
                {"proizvodstvenn", "production"}, {"konstruktorsk", "design"}, {"mashinostroiteln", "machine building"},
                {"priborostroiteln", "instrument making"}, {"sudostroiteln", "shipbuilding"}, {"remontn", "repair"},
                {"aviaremontn", "aircraft repair"}, {"voenn", "military"}, {"promyshlenn", "industrial"}, {"obedinenn", "united"}, {"obyedinenn", "united"},
                {"opytn", "experimental"}, {"tochn", "precision"}, {"vysokotochn", "high precision"}, {"bespilotn", "unmanned"},
                {"chastn", "private"}, {"kazenn", "state"}, {"unitarn", "unitary"}, {"byudzhetn", "budgetary"},
                {"avtonomn", "autonomous"}, {"glavn", "main"}, {"torgov", "trading"}, {"neftyan", "oil"}, {"gazov", "gas"},
                {"stroiteln", "construction"}, {"transportn", "transport"}, {"finansov", "financial"},
                {"investitsionn", "investment"}, {"elektronn", "electronic"}, {"energetichesk", "energy"},
                {"kosmichesk", "space"}, {"khimichesk", "chemical"}, {"inzhenern", "engineering"},
                {"mezhdunarodn", "international"}, {"obshchestvenn", "public"}, {"narodn", "people"},
                {"respublikansk", "republican"}, {"oboronn", "defence"}, {"patronn", "cartridge"}, {"bronetankov", "armored"},
                {"vertoletn", "helicopter"}, {"raketn", "missile"}, {"avtomobiln", "automobile"}, {"traktorn", "tractor"},
                {"kuznechn", "forge"}, {"pressov", "press"}, {"nov", "new"}, {"morsk", "marine"}, {"rechn", "river"},
                {"zheleznodorozhn", "railway"}, {"informatsionn", "information"}, {"tekhnologichesk", "technological"},
                {"sovmestn", "joint"}, {"dalnevostochn", "far eastern"}, {"severn", "northern"}, {"yuzhn", "southern"},
                {"zapadn", "western"}, {"vostochn", "eastern"}, {"uchebn", "training"}, {"spasateln", "rescue"},
                {"prikladn", "applied"}, {"pryam", "direct"}, {"yadern", "nuclear"}, {"atomn", "atomic"},
                {"radiotekhnichesk", "radio engineering"}, {"kommunaln", "communal"}, {"tsifrov", "digital"},
                {"dobrovoln", "voluntary"}, {"politsiysk", "police"}, {"tamozhenn", "customs"}, {"sudebn", "judicial"},
                {"izbirateln", "electoral"}, {"vneshneekonomichesk", "foreign economic"}, {"porokhov", "powder"},
                {"upravlyayushch", "management"}, {"ispytateln", "testing"}, {"sudokhodn", "shipping"},
                {"raschetn", "settlement"}, {"kommerchesk", "commercial"}, {"strakhov", "insurance"},
                {"voyskov", "military"}, {"otdeln", "separate"}, {"gidrografichesk", "hydrographic"},
                {"sovremenn", "modern"}, {"dochern", "subsidiary"}, {"priborn", "instrument"}, {"agregatn", "aggregate"},
                {"izmeriteln", "measuring"}, {"svobodn", "free"}, {"mirov", "world"}, {"arktichesk", "arctic"},
                {"revolyutsionn", "revolutionary"}, {"boev", "combat"}, {"vozdushn", "air"}, {"islamsk", "islamic"},
                {"afrikansk", "african"}, {"amerikansk", "american"}, {"evropeysk", "european"}, {"yevropeysk", "european"},
                {"evraziysk", "eurasian"}, {"yevraziysk", "eurasian"}, {"aziatsk", "asian"}, {"kitaysk", "chinese"},
                {"russk", "russian"}, {"medn", "copper"}, {"iransk", "iranian"}, {"siriysk", "syrian"}, {"koreysk", "korean"}, {"turetsk", "turkish"}, {"arabsk", "arab"},
                // the adjectives of places whose names are not the adjective's stem and -sk (Самарский of Samara, not of
                // "Samarsk"; Челябинский of Chelyabinsk is read by the rule)
                {"moskovsk", "moscow"}, {"peterburgsk", "petersburg"}, {"nizhegorodsk", "nizhny novgorod"},
                {"kazansk", "kazan"}, {"samarsk", "samara"}, {"volgogradsk", "volgograd"}, {"permsk", "perm"},
                {"uralsk", "ural"}, {"ryazansk", "ryazan"}, {"saratovsk", "saratov"}, {"rostovsk", "rostov"},
                {"kaluzhsk", "kaluga"}, {"tulsk", "tula"}, {"yaroslavsk", "yaroslavl"}, {"tversk", "tver"},
                {"voronezhsk", "voronezh"}, {"orenburgsk", "orenburg"}, {"yekaterinburgsk", "yekaterinburg"},
                {"ekaterinburgsk", "yekaterinburg"}, {"kaliningradsk", "kaliningrad"}, {"leningradsk", "leningrad"},
                {"novgorodsk", "novgorod"}, {"sibirsk", "siberian"}, {"krymsk", "crimean"}, {"sevastopolsk", "sevastopol"},
                {"kurgansk", "kurgan"}, {"orshansk", "orsha"}, {"belorussk", "belarusian"}, {"gomelsk", "gomel"},
                {"brestsk", "brest"}, {"mogilevsk", "mogilev"}, {"grodnensk", "grodno"}, {"baltiysk", "baltic"},
                {"ukrainsk", "ukrainian"}, {"arzamassk", "arzamas"}, {"kovrovsk", "kovrov"}, {"muromsk", "murom"},
                {"tambovsk", "tambov"}, {"penzensk", "penza"}, {"astrakhansk", "astrakhan"}, {"bashkirsk", "bashkir"},
                {"tatarsk", "tatar"}, {"dagestansk", "dagestan"}, {"chechensk", "chechen"}, {"kirovsk", "kirov"},
                {"vladimirsk", "vladimir"}, {"ivanovsk", "ivanovo"}, {"kostromsk", "kostroma"}, {"belgorodsk", "belgorod"},
                {"krasnodarsk", "krasnodar"}, {"stavropolsk", "stavropol"}, {"vladivostoksk", "vladivostok"},
                {"primorsk", "primorye"},
        };
        for (String[] a : adjectives) ADJECTIVES.put(a[0], a[1]);
        // a noun's forms (nominative and genitive, as names carry them), then its English
        String[][] nouns = {
                {"enterprise", "predpriyatie", "predpriyatiye", "predpriyatiya", "predpriyatii"},
                {"association", "obedinenie", "obedineniye", "obedineniya", "obedinenii", "obyedinenie", "obyedineniye",
                        "obyedineniya"},
                {"concern", "kontsern", "kontserna"},
                {"directorate", "upravlenie", "upravleniye", "upravleniya"},
                {"service", "sluzhba", "sluzhby"},
                {"ministry", "ministerstvo", "ministerstva"},
                {"agency", "agentstvo", "agentstva"},
                {"fund", "fond", "fonda"},
                {"movement", "dvizhenie", "dvizheniye", "dvizheniya"},
                {"development", "razvitie", "razvitiye", "razvitiya"},
                {"engineering", "mashinostroenie", "mashinostroeniye", "mashinostroeniya", "mashinostroyeniya", "inzhiniring"},
                {"instrument making", "priborostroenie", "priborostroeniye", "priborostroeniya"},
                {"shipbuilding", "sudostroenie", "sudostroeniye", "sudostroeniya"},
                {"institution", "uchrezhdenie", "uchrezhdeniye", "uchrezhdeniya"},
                {"named after", "imeni", "im"},
                {"airline", "aviakompaniya", "aviakompanii"},
                {"complex", "kompleks", "kompleksy", "kompleksa"},
                {"technology", "tekhnologii", "tekhnologiya", "tekhnologiy"},
                {"systems", "sistemy", "sistem", "sistema"},
                {"shipyard", "verf", "verfi"},
                {"house", "dom", "doma"},
                {"institute", "institut", "instituta"},
                {"academy", "akademiya", "akademii"},
                {"university", "universitet", "universiteta"},
                {"laboratory", "laboratoriya", "laboratorii"},
                {"research", "issledovaniy", "issledovaniya"},
                {"holding", "kholding", "kholdinga"},
                {"port", "port", "porta"},
                {"fleet", "flot", "flota"},
                {"bank", "banka"},
                {"investment", "investitsiy", "investitsii"},
                {"physics", "fiziki", "fizika"},
                {"chemistry", "khimii", "khimiya"},
                {"mechanics", "mekhaniki", "mekhanika"},
                {"electronics", "elektroniki", "elektronika"},
                {"automation", "avtomatiki", "avtomatika"},
                {"optics", "optiki", "optika"},
                {"machine building", "mashinostroitelnyy", "mashinostroitelnaya", "mashinostroitelnoe"},
                {"plant", "kombinat", "kombinata"},
                {"defence", "oborony", "oborona"},
                {"communications", "svyazi", "svyaz"},
                {"shipping", "parokhodstvo", "parokhodstva"},
                {"academician", "akademik", "akademika"},
                {"unit", "chast", "chasti"},
                {"department", "otdel", "otdela"},
                {"research institute", "nii"},
                {"state", "gos"},
                {"time", "vremeni", "vremya"},
                {"forces", "sily", "sil", "voyska", "voysk"},
                {"security", "bezopasnosti", "bezopasnost"},
                {"intelligence", "razvedki", "razvedka"},
                {"party", "partiya", "partii"},
                {"committee", "komitet", "komiteta"},
                {"council", "sovet", "soveta"},
                {"chamber", "palata", "palaty"},
                {"exchange", "birzha", "birzhi"},
                {"helicopters", "vertolety", "vertoletov"},
                {"voice", "golos", "golosa"},
        };
        for (String[] row : nouns) {
            for (int i = 1; i < row.length; i++) NOUNS.put(row[i], row[0]);
        }
    }

    private RussianOrgWords() {}

    /**
     * The reading (lower-case ASCII, read from Cyrillic letters) with its descriptive words in English, or the reading itself
     * when it has none. Punctuation and every other word stay where they are. The lists write научно- both ways, as often
     * "Scientific Research Institute" as "Research Institute", "Scientific and Production" as "Research and Production":
     * {@code scientific} reads it the first way.
     */
    static String inEnglish(String reading, boolean scientific) {
        return inEnglish(reading, scientific, 1);
    }

    /**
     * {@link #inEnglish(String, boolean)} where at least {@code least} words are read in English, else the reading itself: a
     * name spelt in Latin letters is read so only where two of its words are Russian ones (one word alone may be another
     * language's: "Dom", "Fond", "Novo", "Sistema").
     */
    static String inEnglish(String reading, boolean scientific, int least) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int n = reading.length();
        for (int i = 0; i < n; ) {
            while (i < n && !isWordChar(reading.charAt(i))) i++;
            int start = i;
            while (i < n && isWordChar(reading.charAt(i))) i++;
            if (i > start) {
                spans.add(new int[]{start, i});
                words.add(reading.substring(start, i));
            }
        }
        String[] english = new String[words.size()];
        boolean changed = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            // научно-исследовательский is "research", научно-производственный "research and production", научно-технический
            // "scientific and technical"; научный alone "scientific"
            if (w.equals("nauchno") && i + 1 < words.size()) {
                String next = adjectiveStem(words.get(i + 1));
                String both = next == null ? null : switch (next) {
                    case "issledovatelsk" -> scientific ? "scientific research" : "research";
                    case "proizvodstvenn" -> scientific ? "scientific and production" : "research and production";
                    case "tekhnichesk" -> "scientific and technical";
                    default -> null;
                };
                if (both != null) {
                    english[i] = both;
                    english[i + 1] = "";
                    changed = true;
                    i++;
                    continue;
                }
            }
            String e = w.equals("i") ? null : wordInEnglish(w);
            if (e != null && !e.equals(w)) {
                english[i] = e;
                changed = true;
            }
            if (e != null && e.equals("named after")) {
                // the person a body is named after is named in the genitive, which English does not decline: "имени Э. С.
                // Яламова" is "named after E. S. Yalamov", "имени Максима Горького" "named after Maksim Gorky"
                for (int k = i + 1; k < words.size() && k <= i + 4; k++) {
                    String nominative = nominative(words.get(k));
                    if (nominative != null) english[k] = nominative;
                }
            }
        }
        if (!changed) return reading;
        int read = 0;
        for (int i = 0; i < words.size(); i++) {
            int form = legalFormAt(words, i);
            if (form > 0) {
                // the words of a legal form stay: the form is read as one
                java.util.Arrays.fill(english, i, i + form, null);
                i += form - 1;
            } else if (english[i] != null) {
                if (!english[i].isEmpty()) read++;
            } else if (words.get(i).equals("i") && i > 0 && i + 1 < words.size() && words.get(i - 1).length() > 1
                    && words.get(i + 1).length() > 1) {
                // и between two words is "and" (not between initials: "имени В. И. Ленина")
                english[i] = "and";
            }
        }
        if (read < least) return reading;
        StringBuilder b = new StringBuilder(n + 16);
        int at = 0;
        for (int i = 0; i < english.length; i++) {
            if (english[i] == null) continue;
            int[] span = spans.get(i);
            b.append(reading, at, span[0]).append(english[i]);
            at = span[1];
        }
        return b.append(reading, at, n).toString();
    }

    /**
     * The words of a name in Cyrillic letters that its English reading writes in English, each with its English, in the
     * order of the name, as {@code "Самарский" read as "samara", "Электромеханический" as "electromechanical"} for the
     * explanation: the analyst sees that "samara" met Samara because the query wrote Самарский. Null when the name has no
     * such word. A legal form's words are left out (read as the form); {@code used} says whether the reading's words met
     * anything, so that a result whose name met as written is not said to have met in English.
     */
    public static String describe(String name, java.util.function.Predicate<String> used) {
        List<String> originals = new ArrayList<>();
        List<String> readings = new ArrayList<>();
        for (String w : LookAlikeLetters.unmix(name).split("\\s+")) {
            int start = 0, end = w.length();
            while (start < end && !Character.isLetter(w.charAt(start))) start++;
            while (end > start && !Character.isLetter(w.charAt(end - 1))) end--;
            if (start == end) continue;
            String word = w.substring(start, end);
            originals.add(word);
            readings.add(Romaniser.readings(word).get(0));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < readings.size(); i++) {
            int form = legalFormAt(readings, i);
            if (form > 0) {
                i += form - 1;
                continue;
            }
            String r = readings.get(i);
            boolean cyrillic = false;
            for (int k = 0; k < originals.get(i).length() && !cyrillic; k++) {
                cyrillic = Character.UnicodeScript.of(originals.get(i).charAt(k)) == Character.UnicodeScript.CYRILLIC;
            }
            if (!cyrillic) continue;
            String e = inEnglish(r, false);
            if (e.equals(r)) continue;
            e = e.replace('-', ' ').strip().replaceAll(" +", " ");
            boolean met = false;
            for (String part : e.split(" ")) met |= used.test(part);
            if (!met) continue;
            boolean first = sb.isEmpty();
            sb.append(first ? "\"" : ", \"").append(originals.get(i)).append(first ? "\" read as \"" : "\" as \"").append(e).append('"');
        }
        return sb.isEmpty() ? null : sb.append(": a Russian body's descriptive words in English, as the lists write them").toString();
    }

    /**
     * A Latin spelling without the signs some transliterations write for ь and ъ between two letters ("Tul'skiy",
     * "Ob"yedinennaya", "Obʺyedinennaya"), as the words are looked up; the reading itself when it has none.
     */
    static String withoutSigns(String reading) {
        StringBuilder b = null;
        for (int i = 0; i < reading.length(); i++) {
            char c = reading.charAt(i);
            boolean sign = (c == '\'' || c == '"' || c == '’' || c == 'ʹ' || c == 'ʺ') && i > 0 && i + 1 < reading.length()
                    && Character.isLetter(reading.charAt(i - 1)) && Character.isLetter(reading.charAt(i + 1));
            if (sign && b == null) b = new StringBuilder(reading.length()).append(reading, 0, i);
            if (b != null && !sign) b.append(c);
        }
        return b == null ? reading : b.toString();
    }

    /** A word's English by the table or by its ending, or null. */
    static String wordInEnglish(String w) {
        String noun = NOUNS.get(w);
        if (noun != null) return noun;
        String stem = adjectiveStem(w);
        if (stem == null) return tionNoun(w);
        String adjective = ADJECTIVES.get(stem);
        if (adjective != null) return adjective;
        // -ический -ical, -ционный -tion, -альный -al
        if (stem.endsWith("ichesk") && stem.length() > 8) return spelt(stem.substring(0, stem.length() - 6) + "ical");
        // the first half of a compound of two such adjectives: оптико-механический "optical and mechanical"
        if (w.endsWith("iko") && w.length() > 5 && stem.equals(w.substring(0, w.length() - 1))) {
            return spelt(w.substring(0, w.length() - 3) + "ical");
        }
        if (stem.endsWith("tsionn") && stem.length() > 8) return spelt(stem.substring(0, stem.length() - 6) + "tion");
        // -изированный -ized: специализированный specialized, модернизированный modernized
        if (stem.endsWith("izirovann") && stem.length() > 11) return spelt(stem.substring(0, stem.length() - 7) + "ed");
        if (stem.endsWith("aln") && stem.length() > 6) return spelt(stem.substring(0, stem.length() - 1));
        // any other adjective in -ский of a place whose name ends in -sk, as most Russian towns' do: Челябинский of
        // Chelyabinsk, Воткинский of Votkinsk
        if (stem.endsWith("sk") && stem.length() >= 6 && w.length() > stem.length()) return stem;
        return tionNoun(w);
    }

    /**
     * A man's name or family name in the genitive, in the nominative: a final a after a consonant dropped (Yalamova Yalamov,
     * Lenina Lenin, Maksima Maksim, Sergeya Sergey), an adjective's -ogo as -y (Gorkogo Gorky); null for an initial or a
     * word that ends otherwise.
     */
    private static String nominative(String w) {
        if (w.length() < 4) return null;
        if (w.endsWith("ogo")) return w.substring(0, w.length() - 3) + "y";
        char before = w.charAt(w.length() - 2);
        if (w.endsWith("a") && "aeiou".indexOf(before) < 0) return w.substring(0, w.length() - 1);
        return null;
    }

    /** The endings of a noun in -ция in the cases names carry it. */
    private static final String[] TION_ENDINGS = {"tsiya", "tsii", "tsiyu", "tsiey", "tsiy"};

    /** -ция, -ции, -цию as -tion ("federatsiya", "federatsii" federation), or null. */
    private static String tionNoun(String w) {
        for (String ending : TION_ENDINGS) {
            if (w.endsWith(ending) && w.length() > ending.length() + 3) {
                return spelt(w.substring(0, w.length() - ending.length()) + "tion");
            }
        }
        return null;
    }

    /** The stem of an adjective (the word without its ending, when it has one of {@link #ENDINGS}), or null. */
    private static String adjectiveStem(String w) {
        for (String ending : ENDINGS) {
            if (w.length() > ending.length() + 2 && w.endsWith(ending)) return w.substring(0, w.length() - ending.length());
        }
        return null;
    }

    /**
     * A word taken from Latin or Greek, its Russian spelling read as English spells it: kh as ch ("tekhnical" technical), ts
     * before -io or -ia as t ("natsional" national), but for -tsial, and any other ts as c ("spetsial" special, "tsentral"
     * central); elektr- as electr- and a first avto- as auto- ("elektromekhanicheskiy" electromechanical).
     */
    private static String spelt(String w) {
        String s = w.replace("kh", "ch").replace("elektr", "electr");
        if (s.startsWith("avto")) s = "auto" + s.substring(4);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("ts", i)) {
                boolean beforeIa = s.startsWith("tsio", i) || s.startsWith("tsia", i);
                b.append(beforeIa && !s.startsWith("tsial", i) ? 't' : 'c');
                i++;
                continue;
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    private static int legalFormAt(List<String> words, int i) {
        int max = Math.min(LegalForms.MAX_PHRASE, words.size() - i);
        for (int len = max; len >= 1; len--) {
            String phrase = len == 1 ? words.get(i) : String.join(" ", words.subList(i, i + len));
            if (LegalForms.canonical(phrase, true) != null) return len;
        }
        return 0;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
