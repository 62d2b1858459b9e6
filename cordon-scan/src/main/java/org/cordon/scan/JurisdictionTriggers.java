package org.cordon.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that name a sanctioned jurisdiction, in the languages payments and news come in: English,
 * German, French, Spanish, Russian, Korean, Arabic. Country names, demonyms, capitals and the ports a
 * shipment would name ("Nampo", "Bandar Abbas"). A trigger ending in {@code *} matches any word that
 * starts with it, which covers inflection ("Nordkoreas", "КНДР", "Северной Кореи", "iranische").
 *
 * <p>Immutable and safe for concurrent use.
 */
public final class JurisdictionTriggers {

    public static final Jurisdiction NORTH_KOREA = new Jurisdiction("KP", "North Korea (DPRK), comprehensive", true);
    public static final Jurisdiction IRAN = new Jurisdiction("IR", "Iran, comprehensive", true);
    public static final Jurisdiction SYRIA = new Jurisdiction("SY", "Syria, comprehensive", true);
    public static final Jurisdiction CUBA = new Jurisdiction("CU", "Cuba, comprehensive", true);
    public static final Jurisdiction CRIMEA = new Jurisdiction("UA-43", "Crimea (occupied region of Ukraine), comprehensive", true);
    public static final Jurisdiction DONETSK = new Jurisdiction("UA-14", "Donetsk (occupied region of Ukraine), comprehensive", true);
    public static final Jurisdiction LUHANSK = new Jurisdiction("UA-09", "Luhansk (occupied region of Ukraine), comprehensive", true);
    public static final Jurisdiction ZAPORIZHZHIA = new Jurisdiction("UA-23", "Zaporizhzhia (occupied region of Ukraine), comprehensive", true);
    public static final Jurisdiction KHERSON = new Jurisdiction("UA-65", "Kherson (occupied region of Ukraine), comprehensive", true);
    public static final Jurisdiction RUSSIA = new Jurisdiction("RU", "Russia, sectoral", false);
    public static final Jurisdiction BELARUS = new Jurisdiction("BY", "Belarus, sectoral", false);
    public static final Jurisdiction VENEZUELA = new Jurisdiction("VE", "Venezuela, government and sectoral", false);

    /** Country codes whose every bank is a hit: a BIC or IBAN from here needs no name to match. */
    private static final Map<String, Jurisdiction> BY_CODE = Map.of("KP", NORTH_KOREA, "IR", IRAN, "SY", SYRIA, "CU", CUBA,
            "RU", RUSSIA, "BY", BELARUS, "VE", VENEZUELA);

    // lang|trigger ; phrases are space separated; '*' = any ending; a trigger in capitals must be written in capitals.
    private static final Object[][] TABLE = {
            {NORTH_KOREA, "en|north korea*", "en|dprk", "en|d.p.r.k", "en|korea dpr", "en|democratic people* republic of korea", "en|democratic people s republic of korea",
                    "en|pyongyang", "en|nampo", "en|chongjin", "en|wonsan", "en|sinuiju", "en|rason", "en|songrim",
                    "de|nordkorea*", "de|pjöngjang", "de|demokratische volksrepublik korea", "fr|corée du nord", "fr|rpdc",
                    "es|corea del norte", "ru|кндр", "ru|северн* коре*", "ru|пхеньян*", "ru|нампхо", "ko|북한", "ko|조선민주주의인민공화국",
                    "ko|평양", "ko|남포", "ar|كوريا الشمالية", "ar|بيونغ يانغ"},
            {IRAN, "en|iran*", "en|tehran", "en|bandar abbas", "en|bandar imam khomeini", "en|bushehr", "en|chabahar", "en|isfahan",
                    "de|teheran", "fr|téhéran", "es|irán", "ru|иран*", "ru|тегеран*", "ko|이란", "ko|테헤란", "ar|إيران", "ar|طهران"},
            {SYRIA, "en|syria*", "en|damascus", "en|aleppo", "en|latakia", "en|tartus", "de|syrien*", "de|syrisch*", "de|damaskus",
                    "fr|syrie*", "es|siria*", "ru|сири*", "ru|дамаск*", "ko|시리아", "ko|다마스쿠스", "ar|سوريا", "ar|سورية", "ar|دمشق"},
            {CUBA, "en|cuba*", "en|havana", "de|kuba*", "de|havanna", "es|la habana", "ru|куба", "ru|кубы", "ru|кубе", "ru|кубу",
                    "ru|кубой", "ru|гаван*", "ko|쿠바", "ko|아바나", "ar|كوبا", "ar|هافانا"},
            {CRIMEA, "en|crimea*", "en|krym", "en|sevastopol*", "en|simferopol*", "en|kerch", "de|krim", "de|sewastopol*",
                    "de|kertsch", "fr|crimée", "ru|крым*", "ru|севастопол*", "ru|симферопол*", "ru|керч*", "ko|크림반도",
                    "ko|크림 반도", "ko|세바스토폴", "ar|القرم"},
            {DONETSK, "en|donetsk*", "en|DNR", "de|donezk*", "ru|донецк*", "ru|ДНР", "ko|도네츠크", "ar|دونيتسك"},
            {LUHANSK, "en|luhansk*", "en|lugansk*", "en|LNR", "de|luhansk*", "ru|луганск*", "ru|ЛНР", "ko|루한스크", "ko|루간스크",
                    "ar|لوغانسك"},
            {ZAPORIZHZHIA, "en|zaporizhzhia", "en|zaporizhia", "en|zaporozhye", "en|zaporozhe", "de|saporischschja",
                    "de|saporoschje", "ru|запорож*", "ko|자포리자", "ar|زابوريجيا"},
            {KHERSON, "en|kherson*", "de|cherson*", "ru|херсон*", "ko|헤르손", "ar|خيرسون"},
            {RUSSIA, "en|russia*", "en|moscow", "de|russland*", "de|russisch*", "de|moskau", "fr|russie", "fr|moscou", "es|rusia",
                    "ru|росси*", "ru|российск*", "ru|москв*", "ko|러시아", "ko|모스크바", "ar|روسيا", "ar|موسكو"},
            {BELARUS, "en|belarus*", "en|byelorussia*", "en|minsk", "de|weißrussland", "de|belarussisch*", "ru|беларус*",
                    "ru|белорус*", "ru|минск*", "ko|벨라루스", "ko|민스크", "ar|بيلاروسيا"},
            {VENEZUELA, "en|venezuela*", "en|caracas", "ru|венесуэл*", "ru|каракас*", "ko|베네수엘라", "ar|فنزويلا"},
    };

    /** One trigger: folded tokens, each possibly a prefix. */
    private record Trigger(Jurisdiction jurisdiction, String written, String lang, String[] tokens, boolean[] prefix, boolean caps) {
    }

    private final Map<String, List<Trigger>> byFirstToken = new HashMap<>();
    private final List<Trigger> prefixFirst = new ArrayList<>();
    private final List<Trigger> hangul = new ArrayList<>();

    public JurisdictionTriggers() {
        for (Object[] row : TABLE) {
            Jurisdiction j = (Jurisdiction) row[0];
            for (int i = 1; i < row.length; i++) {
                String entry = (String) row[i];
                String lang = entry.substring(0, entry.indexOf('|'));
                String written = entry.substring(entry.indexOf('|') + 1);
                if (lang.equals("ko")) {
                    hangul.add(new Trigger(j, written, lang, new String[] {written}, new boolean[] {false}, false));
                    continue;
                }
                boolean caps = written.equals(written.toUpperCase(Locale.ROOT)) && !written.equals(written.toLowerCase(Locale.ROOT));
                List<Word> ws = TextTokenizer.tokenize(written.replace("*", ""));
                String[] spaced = written.split("[\\s'.]+");
                String[] tokens = new String[ws.size()];
                boolean[] prefix = new boolean[ws.size()];
                for (int k = 0; k < ws.size(); k++) {
                    tokens[k] = TokenForms.native_(ws.get(k).text());
                    prefix[k] = k < spaced.length && spaced[k].endsWith("*");
                }
                if (ws.size() != spaced.length) {
                    // "democratic people* republic" tokenises the same; "d.p.r.k" becomes four letters, no star
                    for (int k = 0; k < prefix.length; k++) prefix[k] = false;
                    if (written.contains("people*")) for (int k = 0; k < tokens.length; k++) prefix[k] = tokens[k].equals("people");
                }
                Trigger t = new Trigger(j, written.replace("*", ""), lang, tokens, prefix, caps);
                if (prefix[0]) prefixFirst.add(t);
                else byFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(t);
            }
        }
    }

    /** The jurisdiction a country code (from a BIC, IBAN or address) falls under, or null. */
    public static Jurisdiction forCountryCode(String iso2) {
        return iso2 == null ? null : BY_CODE.get(iso2.toUpperCase(Locale.ROOT));
    }

    /** Every trigger in the text, longest first where two overlap. */
    public List<JurisdictionMention> find(String text, List<Word> words) {
        List<JurisdictionMention> out = new ArrayList<>();
        String[] folded = new String[words.size()];
        for (int i = 0; i < words.size(); i++) folded[i] = words.get(i).syllable() ? "" : TokenForms.native_(words.get(i).text());
        int i = 0;
        while (i < words.size()) {
            Trigger best = null;
            if (!folded[i].isEmpty()) {
                for (String first : firstForms(folded[i])) {
                    for (Trigger t : byFirstToken.getOrDefault(first, List.of())) best = longer(best, t, words, folded, i);
                }
                for (Trigger t : prefixFirst) best = longer(best, t, words, folded, i);
            }
            if (best != null) {
                Word a = words.get(i);
                Word b = words.get(i + best.tokens().length - 1);
                out.add(new JurisdictionMention(best.jurisdiction(), a.start(), b.end(), text.substring(a.start(), b.end()),
                        best.written() + " (" + best.lang() + ")"));
                i += best.tokens().length;
            } else {
                i++;
            }
        }
        findHangul(text, out);
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /** The word as written, and without a joined Arabic proclitic ("وإيران" = and Iran). */
    private static List<String> firstForms(String folded) {
        List<String> stems = TokenForms.stems(folded);
        if (stems.isEmpty() || folded.charAt(0) < '\u0600' || folded.charAt(0) > '\u06FF') return List.of(folded);
        List<String> out = new ArrayList<>(stems);
        out.addFirst(folded);
        return out;
    }

    private Trigger longer(Trigger best, Trigger t, List<Word> words, String[] folded, int i) {
        if (!matches(t, words, folded, i)) return best;
        if (best == null || t.tokens().length > best.tokens().length) return t;
        // on a tie, the entry spelled exactly as written names the language best ("Iran" en, not "irán" es)
        boolean exact = t.tokens().length == 1 && t.written().equalsIgnoreCase(words.get(i).text());
        return t.tokens().length == best.tokens().length && exact ? t : best;
    }

    private static boolean matches(Trigger t, List<Word> words, String[] folded, int i) {
        if (i + t.tokens().length > words.size()) return false;
        for (int k = 0; k < t.tokens().length; k++) {
            Word w = words.get(i + k);
            if (k > 0 && w.breakBefore()) return false;
            String f = folded[i + k];
            if (k == 0 && f.length() > 3 && f.charAt(0) >= '\u0600' && f.charAt(0) <= '\u06FF'
                    && !f.equals(t.tokens()[0]) && "وبلفك".indexOf(f.charAt(0)) >= 0) f = f.substring(1);
            boolean ok = t.prefix()[k] ? f.startsWith(t.tokens()[k]) : f.equals(t.tokens()[k]);
            if (!ok) return false;
            if (t.caps() && !w.allCaps()) return false;
        }
        return true;
    }

    /** Korean triggers are found at the start of a written word; what follows may be a particle ("북한의", "이란과"). */
    private void findHangul(String text, List<JurisdictionMention> out) {
        for (Trigger t : hangul) {
            String w = t.written();
            int from = 0;
            while (true) {
                int at = text.indexOf(w, from);
                if (at < 0) break;
                from = at + w.length();
                if (at > 0 && HangulReading.isSyllable(text.charAt(at - 1))) continue;
                boolean covered = false;
                for (JurisdictionMention m : out) if (m.start() <= at && m.end() >= at + w.length()) covered = true;
                if (!covered) out.add(new JurisdictionMention(t.jurisdiction(), at, at + w.length(), w, w + " (ko)"));
            }
        }
    }

    /** All jurisdictions known, for documentation and tests. */
    public static Set<Jurisdiction> all() {
        Set<Jurisdiction> s = new java.util.LinkedHashSet<>();
        for (Object[] row : TABLE) s.add((Jurisdiction) row[0]);
        return s;
    }
}
