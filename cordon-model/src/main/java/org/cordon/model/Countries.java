package org.cordon.model;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Country names as lists write them ("Russian Federation", "Korea, North", "Iran (Islamic Republic of)",
 * "Burma", "Russian") to ISO 3166-1 alpha-2 codes. The base table is the JDK's English country names;
 * the extra names below are the publishers' own spellings and common demonyms.
 */
public final class Countries {
    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private static final String[][] EXTRA = {
            {"KP", "north korea", "korea north", "korea, north", "democratic people's republic of korea", "dprk", "korea dpr",
                    "korea, democratic people's republic of", "korea (democratic people's republic of)", "north korean",
                    "democratic peoples republic of korea", "korea democratic peoples republic"},
            {"KR", "south korea", "korea south", "korea, south", "republic of korea", "korea, republic of", "south korean", "korea (republic of)"},
            {"RU", "russian federation", "russia", "russian"},
            {"IR", "iran (islamic republic of)", "islamic republic of iran", "iran, islamic republic of", "iranian"},
            {"SY", "syrian arab republic", "syria", "syrian"},
            {"MM", "burma", "myanmar (burma)", "myanmar", "burmese"},
            {"VE", "venezuela (bolivarian republic of)", "venezuelan"},
            {"BO", "bolivia (plurinational state of)"},
            {"TZ", "united republic of tanzania", "tanzania, united republic of"},
            {"LA", "lao people's democratic republic", "laos"},
            {"VN", "viet nam", "vietnamese"},
            {"MD", "republic of moldova", "moldova, republic of"},
            {"CD", "democratic republic of the congo", "congo, democratic republic of the", "drc", "congo (kinshasa)", "congo, dem. rep.",
                    "congo (democratic republic)"},
            {"CG", "republic of the congo", "congo", "congo (brazzaville)"},
            {"CI", "cote d'ivoire", "ivory coast"},
            {"PS", "west bank", "gaza", "palestinian", "state of palestine", "palestinian territories", "occupied palestinian territory",
                    "occupied palestinian territories"},
            {"GB", "united kingdom", "united kingdom of great britain and northern ireland", "uk", "great britain", "british"},
            {"US", "united states", "united states of america", "usa", "american"},
            {"AE", "united arab emirates", "uae", "emirati"},
            {"TR", "turkey", "turkiye", "türkiye", "turkish"},
            {"CZ", "czech republic", "czechia", "czech"},
            {"MK", "north macedonia", "macedonia", "the former yugoslav republic of macedonia"},
            {"XK", "kosovo"},
            {"CV", "cabo verde", "cape verde"},
            {"SZ", "eswatini", "swaziland"},
            {"VA", "holy see", "vatican"},
            {"BN", "brunei darussalam"},
            {"FM", "micronesia (federated states of)"},
            {"KN", "saint kitts and nevis", "st. kitts and nevis"},
            {"VC", "saint vincent and the grenadines", "st. vincent and the grenadines"},
            {"TW", "taiwan", "taiwan, province of china", "chinese taipei"},
            {"HK", "hong kong", "hong kong sar", "hong kong, china", "china, hong kong special administrative region"},
            {"MO", "macau", "macao", "china, macao special administrative region"},
            {"UA", "ukraine", "ukrainian"},
            {"BY", "belarus", "belarusian", "byelorussia"},
            {"CU", "cuba", "cuban"},
            {"IQ", "iraq", "iraqi"},
            {"AF", "afghanistan", "afghan"},
            {"LY", "libya", "libyan arab jamahiriya", "libyan"},
            {"YE", "yemen", "yemeni"},
            {"SO", "somalia", "somali"},
            {"SD", "sudan", "sudanese"},
            {"SS", "south sudan", "south sudanese"},
            {"LB", "lebanon", "lebanese"},
            {"PK", "pakistan", "pakistani"},
            {"SA", "saudi arabia", "saudi"},
            {"EG", "egypt", "egyptian"},
            {"JO", "jordan", "jordanian"},
            {"CN", "china", "chinese", "people's republic of china"},
            {"DE", "germany", "german"},
            {"FR", "france", "french"},
            {"IN", "india", "indian"},
            {"ID", "indonesia", "indonesian"},
            {"TN", "tunisia", "tunisian"},
            {"DZ", "algeria", "algerian"},
            {"MA", "morocco", "moroccan"},
            {"KW", "kuwait", "kuwaiti"},
            {"QA", "qatar", "qatari"},
            {"BH", "bahrain", "bahraini"},
            {"OM", "oman", "omani"},
            {"NG", "nigeria", "nigerian"},
            {"ML", "mali", "malian"},
            {"KZ", "kazakhstan", "kazakh"},
            {"UZ", "uzbekistan", "uzbek"},
            {"TJ", "tajikistan", "tajik"},
            {"KG", "kyrgyzstan", "kyrgyz"},
            {"TM", "turkmenistan", "turkmen"},
            {"AZ", "azerbaijan", "azerbaijani"},
            {"AM", "armenia", "armenian"},
            {"GE", "georgia", "georgian"},
            {"NI", "nicaragua", "nicaraguan"},
            {"MX", "mexico", "mexican"},
            {"CO", "colombia", "colombian"},
            {"PH", "philippines", "filipino"},
            {"ER", "eritrea", "eritrean"},
            {"ET", "ethiopia", "ethiopian"},
            {"KE", "kenya", "kenyan"},
            {"ZW", "zimbabwe", "zimbabwean"},
            {"CF", "central african republic"},
            {"GN", "guinea"},
            {"GW", "guinea-bissau"},
            {"HT", "haiti", "haitian"},
            {"IL", "israel", "israeli"},
            {"BA", "bosnia and herzegovina", "bosnia-herzegovina", "bosnia"},
            {"RS", "serbia", "serbian"},
            {"ME", "montenegro"},
            {"CY", "cyprus", "cypriot"},
            {"GR", "greece", "greek"},
            {"IT", "italy", "italian"},
            {"ES", "spain", "spanish"},
            {"NL", "netherlands", "the netherlands", "dutch"},
            {"BE", "belgium", "belgian"},
            {"CH", "switzerland", "swiss"},
            {"AT", "austria", "austrian"},
            {"PL", "poland", "polish"},
            {"LV", "latvia", "latvian"},
            {"LT", "lithuania", "lithuanian"},
            {"EE", "estonia", "estonian"},
            {"FI", "finland", "finnish"},
            {"SE", "sweden", "swedish"},
            {"NO", "norway", "norwegian"},
            {"CA", "canada", "canadian"},
            {"BR", "brazil", "brazilian"},
            {"AR", "argentina", "argentine", "argentinian"},
            {"JP", "japan", "japanese"},
            {"MY", "malaysia", "malaysian"},
            {"SG", "singapore", "singaporean"},
            {"TH", "thailand", "thai"},
            {"BD", "bangladesh", "bangladeshi"},
            {"LK", "sri lanka", "sri lankan"},
            {"NP", "nepal"},
    };

    static {
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale("", code);
            BY_NAME.put(key(l.getDisplayCountry(Locale.ENGLISH)), code);
            BY_NAME.put(key(code), code);
            BY_NAME.put(key(l.getISO3Country()), code);
        }
        for (String[] row : EXTRA) {
            for (int i = 1; i < row.length; i++) BY_NAME.put(key(row[i]), row[0]);
        }
        BY_NAME.put("xk", "XK");
    }

    private Countries() {}

    /**
     * The ISO alpha-2 code for a country name, code or demonym; null when not recognised
     * (the caller keeps the text as written instead of guessing).
     */
    public static String toIso2(String text) {
        if (text == null) return null;
        String k = key(text);
        if (k.isEmpty()) return null;
        String code = BY_NAME.get(k);
        if (code != null) return code;
        // "Russia (citizen)", "Iran." and similar trailing decorations
        int paren = k.indexOf('(');
        if (paren > 0) return BY_NAME.get(k.substring(0, paren).strip());
        return null;
    }

    /** Whether the code is an ISO 3166-1 alpha-2 code (or XK, Kosovo's user-assigned code). */
    public static boolean isIso2(String code) {
        return code != null && (CODES.contains(code) || "XK".equals(code));
    }

    /** English name for an ISO alpha-2 code, or the code itself when unknown. */
    public static String name(String iso2) {
        if ("XK".equals(iso2)) return "Kosovo";
        if (!isIso2(iso2)) return iso2;
        return new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
    }

    /**
     * The form names are compared in: marks dropped, lower case, "&" as "and", "the " dropped, runs of dots and whitespace
     * as one space. Written out, not with regular expressions (a query's country goes through it on every screening).
     */
    static String key(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            // \p{M}: every mark
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) sb.appendCodePoint(cp);
        }
        // "&" because the JDK's English names write "Trinidad & Tobago" where lists write "and"
        String t = sb.toString().toLowerCase(Locale.ROOT).replace('’', '\'').replace("&", " and ").replace("the ", " ");
        sb.setLength(0);
        boolean run = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            // [.\s]: a dot, space, tab, line feed, vertical tab, form feed or carriage return
            boolean gap = c == '.' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!gap) sb.append(c);
            else if (!run) sb.append(' ');
            run = gap;
        }
        t = sb.toString().strip();
        if (t.endsWith(",")) t = t.substring(0, t.length() - 1);
        return t;
    }
}
