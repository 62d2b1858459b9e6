package org.cordon.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cordon.match.Explanation;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.ScanScreener;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screener;
import org.cordon.model.Entity;
import org.cordon.model.NameKind;
import org.cordon.model.Schema;

/**
 * Finds listed names and sanctioned jurisdictions in running text, in any script.
 *
 * <p>The pipeline: {@link TextTokenizer} cuts the text into words with their offsets; each word's lookup
 * forms ({@link TokenForms}: own script, Latin reading, loose spelling, and stems without a case ending)
 * are looked up in the {@link NameDictionary}; the hits of one list name that lie close together in
 * one sentence form a candidate; a candidate becomes a {@link Mention} only when it passes the rules that
 * keep ordinary text quiet (below), and its score is the better of the text alignment and the matcher's
 * score for the same record.
 *
 * <p>Rules against false alerts, because a news article names many ordinary people:
 * <ul>
 *   <li>a person needs at least two of its name's tokens, every given and family token of the name (a
 *       patronymic may be left out: "Wladimir Putin"), or three tokens covering most of a long name with
 *       the family name among them; a surname alone ("Miller") never makes a mention;</li>
 *   <li>a name written in a cased script must be capitalised in the text;</li>
 *   <li>an organisation or vessel whose name is one word (after legal forms) needs the whole name with its
 *       legal form, the word in capitals, (companies) a word before it that says it is one ("die Reederei
 *       Sovcomflot"), or (vessels) a ship word before it ("tanker GRACEFUL");</li>
 *   <li>where several names claim the same words, only the best-scoring ones are kept;</li>
 *   <li>once a person has been named in full, a later mention of the rare family name alone ("Putins")
 *       is reported as a surname reference to the same record.</li>
 * </ul>
 *
 * <p>Built once from the entities; immutable and safe for concurrent use.
 */
public final class TextScanner {

    private static final double EXACT = 1.0;
    private static final double TRANSLITERATION = 0.95;
    private static final double INFLECTION = 0.92;
    private static final double SPELLING = 0.85;
    private static final double SPELLING_INFLECTION = 0.8;
    /**
     * Where names compete for the same words, those within this of the best stay: a transliteration
     * (0.95) stands beside an exact match (1.0), so a person on several lists in several scripts is
     * reported from each, but a loose spelling (0.85, "Kim Yong Un" for "Kim Jong Un") gives way.
     */
    private static final double SAME_SPAN_TOLERANCE = 0.06;
    /** A family name shared by more list names than this (Kim, Li, Mohammed) is too common to stand for one person. */
    private static final int COMMON_SURNAME = 15;

    private static final Set<String> KOREAN_PARTICLES = Set.of("이", "가", "은", "는", "을", "를", "의", "에", "와", "과", "도", "로",
            "으로", "에게", "에서", "께서", "와의", "과의", "이다", "이며", "이고", "에게서", "한테", "만", "까지", "부터", "처럼", "씨",
            "위원장", "총비서", "국무위원장", "장군", "동지", "대장", "원수", "부부장", "부장", "의장");
    private static final Set<String> SHIP_WORDS = Set.of("mv", "mt", "vessel", "tanker", "ship", "schiff", "tankschiff", "frachter",
            "yacht", "jacht", "судно", "танкер", "яхта", "сухогруз", "navire", "petrolier", "buque", "imo");

    /**
     * Words that say the next one names a company ("the shipping company Sovcomflot", "die Reederei Sovcomflot", "компания
     * Совкомфлот"); German writes them into compounds, which {@link #COMPANY_WORD_ENDINGS} end ("Staatsreederei",
     * "Ölkonzern", "Rüstungsunternehmen").
     */
    private static final Set<String> COMPANY_WORDS = Set.of("company", "firm", "group", "operator", "conglomerate", "giant",
            "producer", "manufacturer", "maker", "lender", "insurer", "exporter", "refiner", "shipowner", "holding",
            "versicherer", "компания", "компании", "группа", "концерн", "концерна",
            "société", "groupe", "entreprise", "empresa", "compañía", "naviera", "grupo", "società", "azienda", "şirket", "şirketi");
    /** German company words, alone or at the end of a compound. */
    private static final List<String> COMPANY_WORD_ENDINGS = List.of("konzern", "konzerns", "reederei", "unternehmen",
            "unternehmens", "gesellschaft", "hersteller", "betreiber", "firma", "gruppe");

    private final NameDictionary dictionary;
    private final JurisdictionTriggers jurisdictions;
    private final Screener screener;
    /** The screener's profiles, taken once: the twins of {@link #sameProfile}. */
    private final org.cordon.match.Profiles profiles;
    private final double threshold;

    private TextScanner(NameDictionary dictionary, JurisdictionTriggers jurisdictions, Screener screener,
                        org.cordon.match.Profiles profiles, double threshold) {
        this.dictionary = dictionary;
        this.jurisdictions = jurisdictions;
        this.screener = screener;
        this.profiles = profiles;
        this.threshold = threshold;
    }

    /** A scanner over the screener's entities, reporting mentions at or above the screener's match threshold. */
    public static TextScanner build(Screener screener) {
        return build(screener, screener.matchThreshold());
    }

    public static TextScanner build(Screener screener, double threshold) {
        return new TextScanner(NameDictionary.build(screener.entities()), new JurisdictionTriggers(), screener, screener.profiles(),
                threshold);
    }

    public double threshold() {
        return threshold;
    }

    /** A scanner with another threshold over the same dictionary. */
    public TextScanner withThreshold(double t) {
        if (t < 0 || t > 1) throw new IllegalArgumentException("threshold must be in [0,1]");
        return new TextScanner(dictionary, jurisdictions, screener, profiles, t);
    }

    public TextScan scan(String text) {
        List<Word> words = TextTokenizer.tokenize(text);
        List<Mention> mentions = findNames(text, words);
        List<JurisdictionMention> js = jurisdictions.find(text, words);
        return new TextScan(mentions, js, threshold, words.size());
    }

    /** Jurisdiction triggers only (payments use it on address lines). */
    List<JurisdictionMention> jurisdictions(String text) {
        return jurisdictions.find(text, TextTokenizer.tokenize(text));
    }

    /**
     * Records with a name sharing at least half of the words of {@code name} (by any lookup form), as
     * candidates for the matcher: screening a payment party against these few instead of every record.
     */
    List<Entity> candidates(String name) {
        List<Word> words = TextTokenizer.tokenize(name);
        Map<Integer, List<Hit>> hits = new HashMap<>();
        int counted = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String latin = TokenForms.latin(w.text()).getFirst();
            if (!w.syllable() && (latin.length() < 2 || NameDictionary.isParticleOrLegalForm(latin))) continue;
            counted++;
            collectHits(w, i, hits);
        }
        int need = Math.max(1, (counted + 1) / 2);
        Map<String, Entity> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<Integer, List<Hit>> e : hits.entrySet()) {
            Set<Integer> distinctWords = new HashSet<>();
            for (Hit h : e.getValue()) distinctWords.add(h.word());
            if (distinctWords.size() >= need) {
                Entity en = dictionary.name(e.getKey()).entity();
                out.putIfAbsent(en.id(), en);
            }
        }
        return new ArrayList<>(out.values());
    }

    // ---- names

    /** One text word meeting one list token. */
    private record Hit(int word, int token, double similarity, String how, String form) {
    }

    private record Candidate(int nameId, int firstWord, int lastWord, Hit[] byToken, double score) {
    }

    private List<Mention> findNames(String text, List<Word> words) {
        Map<Integer, List<Hit>> hits = new HashMap<>();
        for (int i = 0; i < words.size(); i++) collectHits(words.get(i), i, hits);
        boolean[] cased = casedAsName(text, words);
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<Integer, List<Hit>> e : hits.entrySet()) {
            int nameId = e.getKey();
            List<Hit> hs = e.getValue();
            if (hs.size() < 1) continue;
            hs.sort(Comparator.comparingInt(Hit::word));
            int from = 0;
            Set<Integer> tokensInRun = new HashSet<>();
            tokensInRun.add(hs.getFirst().token());
            for (int k = 1; k <= hs.size(); k++) {
                // a run ends at a gap, or where a list token comes round again: the name is written a second time
                boolean repeat = k < hs.size() && hs.get(k).word() != hs.get(k - 1).word() && tokensInRun.contains(hs.get(k).token())
                        && !sameWordRun(hs, from, k) && !twinFree(dictionary.name(nameId), hs.get(k).token(), tokensInRun);
                if (k == hs.size() || repeat || !close(words, hs.get(k - 1).word(), hs.get(k).word())) {
                    tokensInRun.clear();
                    Candidate c = evaluate(nameId, hs.subList(from, k), words, cased);
                    if (c != null) candidates.add(c);
                    from = k;
                }
                if (k < hs.size()) tokensInRun.add(hs.get(k).token());
            }
        }
        // Final scores first (text alignment or matcher, the better), then the best names per span.
        Map<String, List<MatchResult>> matcherCache = new HashMap<>();
        List<Candidate> scored = new ArrayList<>(candidates.size());
        Map<Candidate, Mention> byCandidate = new HashMap<>();
        for (Candidate c : candidates) {
            Mention m = toMention(text, words, c, matcherCache);
            Candidate withFinal = new Candidate(c.nameId(), c.firstWord(), c.lastWord(), c.byToken(), m.score());
            scored.add(withFinal);
            byCandidate.put(withFinal, m);
        }
        List<Candidate> kept = bestPerSpan(scored);
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : kept) {
            Mention m = byCandidate.get(c);
            if (m.score() >= threshold) mentions.add(m);
        }
        mentions.addAll(surnameReferences(text, words, mentions, kept));
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> m.entity().id()));
        return dedupe(mentions);
    }

    /** A name that writes this token twice ("Ibrahim Awwad Ibrahim") still has an unmet twin in the run. */
    private static boolean twinFree(NameDictionary.IndexedName name, int token, Set<Integer> inRun) {
        String form = name.tokens()[token].nativeForm();
        for (int t = 0; t < name.tokens().length; t++) {
            if (t != token && !inRun.contains(t) && name.tokens()[t].nativeForm().equals(form)) return true;
        }
        return false;
    }

    /** Whether the token at k was already met by the same word earlier in the run (one word, two list tokens). */
    private static boolean sameWordRun(List<Hit> hs, int from, int k) {
        for (int j = from; j < k; j++) if (hs.get(j).token() == hs.get(k).token() && hs.get(j).word() == hs.get(k).word()) return true;
        return false;
    }

    private void collectHits(Word w, int i, Map<Integer, List<Hit>> hits) {
        String text = w.text();
        if (!w.syllable() && text.codePointCount(0, text.length()) < 2) return;
        if (isDigits(text)) return;
        String nat = TokenForms.native_(text);
        if (nat.isEmpty()) return;
        List<String> latin = TokenForms.latin(text);
        Map<Long, Hit> best = new HashMap<>();
        lookup(dictionary.strict(nat), i, EXACT, "exact", nat, nat, best);
        for (String l : latin) {
            if (!l.equals(nat)) lookup(dictionary.strict(l), i, TRANSLITERATION, "transliteration", l, nat, best);
        }
        if (!w.syllable()) {
            for (String s : TokenForms.stems(nat)) lookup(dictionary.strict(s), i, INFLECTION, "inflection", s, nat, best);
            for (String l : latin) {
                if (!l.equals(nat)) for (String s : TokenForms.stems(l)) lookup(dictionary.strict(s), i, INFLECTION, "inflection", s, nat, best);
            }
        }
        for (String l : latin) {
            // Loose spellings of short words collide too easily ("ACC" and "IAC"); short names meet exactly or not at all.
            if (l.length() < 4) continue;
            String lo = TokenForms.loose(l);
            lookup(dictionary.loose(lo), i, SPELLING, "spelling", lo, nat, best);
            if (!w.syllable()) {
                for (String s : TokenForms.stems(l)) lookup(dictionary.loose(TokenForms.loose(s)), i, SPELLING_INFLECTION,
                        "spelling+inflection", s, nat, best);
            }
        }
        for (Map.Entry<Long, Hit> e : best.entrySet()) {
            int nameId = (int) (e.getKey() >>> 8);
            hits.computeIfAbsent(nameId, k -> new ArrayList<>(4)).add(e.getValue());
        }
    }

    private void lookup(long[] postings, int word, double sim, String how, String form, String nat, Map<Long, Hit> best) {
        if (postings == null) return;
        for (long p : postings) {
            int nameId = (int) (p >>> 8);
            int token = (int) (p & 0xFF);
            NameDictionary.Token t = dictionary.name(nameId).tokens()[token];
            double s = sim;
            String h = how;
            if (how.equals("transliteration") && t.nativeForm().equals(nat)) { s = EXACT; h = "exact"; }
            Hit prev = best.get(p);
            if (prev == null || prev.similarity() < s) best.put(p, new Hit(word, token, s, h, form));
        }
    }

    /**
     * Two matched words belong to one name: same sentence, and between them at most one word the list
     * name does not have, not counting particles and initials ("Bank of the Democratic People's Republic").
     */
    private static boolean close(List<Word> words, int a, int b) {
        if (b - a > 6) return false;
        for (int k = a + 1; k <= b; k++) if (words.get(k).breakBefore()) return false;
        if (words.get(b).syllable()) return b - a == 1;
        int real = 0;
        for (int k = a + 1; k < b; k++) {
            String latin = TokenForms.latin(words.get(k).text()).getFirst();
            if (latin.length() <= 1 || NameDictionary.isParticleOrLegalForm(latin)) continue;
            real++;
        }
        return real <= 1;
    }

    /**
     * Whether each word is written as a name part may be: capitalised, or in an uncased script, or a
     * lower-case piece after a hyphen ("Kim Jong-un", "al-Houthi").
     */
    private static boolean[] casedAsName(String text, List<Word> words) {
        boolean[] ok = new boolean[words.size()];
        for (int i = 0; i < ok.length; i++) {
            Word w = words.get(i);
            ok[i] = w.capitalised() || (i > 0 && w.start() > 0 && words.get(i - 1).end() == w.start() - 1
                    && (text.charAt(w.start() - 1) == '-' || text.charAt(w.start() - 1) == '\u2010'));
        }
        return ok;
    }

    private Candidate evaluate(int nameId, List<Hit> hs, List<Word> words, boolean[] cased) {
        NameDictionary.IndexedName name = dictionary.name(nameId);
        NameDictionary.Token[] tokens = name.tokens();
        Hit[] byToken = new Hit[tokens.length];
        Set<Integer> usedWords = new HashSet<>();
        List<Hit> sorted = new ArrayList<>(hs);
        sorted.sort(Comparator.comparingDouble(Hit::similarity).reversed());
        for (Hit h : sorted) {
            if (byToken[h.token()] != null || usedWords.contains(h.word())) continue;
            byToken[h.token()] = h;
            usedWords.add(h.word());
        }
        int strongMatched = 0;
        int first = Integer.MAX_VALUE;
        int last = -1;
        boolean familyKnown = false;
        boolean familyMatched = false;
        double num = 0;
        double den = 0;
        int anyMatched = 0;
        for (int t = 0; t < tokens.length; t++) {
            NameDictionary.Token tok = tokens[t];
            Hit h = byToken[t];
            if (tok.family()) familyKnown = true;
            if (h != null) {
                anyMatched++;
                first = Math.min(first, h.word());
                last = Math.max(last, h.word());
                if (!cased[h.word()]) return null;
                if (tok.family()) familyMatched = true;
            }
            if (tok.strong()) {
                den += 1;
                if (h != null) { strongMatched++; num += h.similarity(); }
            } else if (tok.kind() == NameDictionary.PATRONYMIC && h != null) {
                den += 0.5;
                num += 0.5 * h.similarity();
            }
        }
        if (anyMatched == 0) return null;
        int strong = name.strongCount();
        Schema schema = name.entity().schema();
        boolean whole = strongMatched == strong;
        if (schema == Schema.PERSON) {
            if (strongMatched < 2) return null;
            if (familyKnown && !familyMatched) return null;
            if (!whole && !(strongMatched >= 3 && strongMatched >= 0.6 * strong)) return null;
        } else {
            if (!whole && !(strongMatched >= 3 && strongMatched >= 0.75 * strong)) return null;
            if (strong == 1) {
                int[] span = legalFormAround(name, words, first, last);
                if (span != null) { first = span[0]; last = span[1]; }
                else if (!singleWordNameStands(name, words, first, byToken)) return null;
            }
        }
        if (!hangulBoundariesHold(words, first, last, byToken)) return null;
        if (!gapsHold(words, first, last, byToken, name.entity())) return null;
        double score = num / den;
        if (!whole) score *= 0.85 + 0.15 * strongMatched / strong;
        if (name.name().kind() == NameKind.WEAK_ALIAS) score *= 0.9;
        return new Candidate(nameId, first, last, byToken, score);
    }

    /**
     * A word of the text between matched words must be one a name may carry that the list left out: an
     * initial, a patronymic, a particle or legal form. "Kim Yong Chol" is not "KIM, Chol".
     */
    private static boolean gapsHold(List<Word> words, int first, int last, Hit[] byToken, Entity entity) {
        boolean person = entity.schema() == Schema.PERSON;
        boolean organisation = entity.schema() != Schema.PERSON && entity.schema() != Schema.VESSEL && entity.schema() != Schema.AIRCRAFT;
        for (int k = first + 1; k < last; k++) {
            boolean matched = false;
            for (Hit h : byToken) if (h != null && h.word() == k) matched = true;
            if (matched) continue;
            String w = words.get(k).text();
            String latin = TokenForms.latin(w).getFirst();
            // "Konstantin und Zakharov" are two people; only an organisation's name carries "and" inside
            if (CONJUNCTIONS.contains(latin) && !organisation) return false;
            if (latin.length() <= 1 || NameDictionary.isParticleOrLegalForm(latin)) continue;
            if (person && NameDictionary.isPatronymic(latin)) continue;
            return false;
        }
        return !person || !otherGender(words, first, last, entity);
    }

    private static final Set<String> CONJUNCTIONS = Set.of("and", "und", "i", "y", "e", "et", "or", "oder", "ili");

    /** A patronymic in the text that says the other gender ("Alexandra Germanovna" is no Aleksandr). */
    private static boolean otherGender(List<Word> words, int first, int last, Entity entity) {
        if (entity.gender() == null) return false;
        for (int k = first; k <= last; k++) {
            String latin = TokenForms.latin(words.get(k).text()).getFirst();
            if (!NameDictionary.isPatronymic(latin)) continue;
            boolean female = latin.endsWith("vna") || latin.endsWith("ichna") || latin.endsWith("kyzy") || latin.endsWith("qizi");
            if (female != entity.gender().equals("female")) return true;
        }
        return false;
    }

    /** A one-word organisation or vessel name ("ARGUMENT" of "JSC ARGUMENT", "OLYMPIA") is an ordinary word too. */
    private static boolean singleWordNameStands(NameDictionary.IndexedName name, List<Word> words, int first, Hit[] byToken) {
        Word w = words.get(first);
        String nat = TokenForms.native_(w.text());
        for (Hit h : byToken) {
            // one word alone must be the list's word, not a loose spelling or an inflected form of it
            if (h != null && !(h.how().equals("exact") || h.how().equals("transliteration"))) return false;
        }
        if (nat.length() < 4) return false;
        if (w.allCaps() && !TokenForms.isHangul(w.text()) && !mostlyCapitals(words)) return true;
        Schema s = name.entity().schema();
        if (s == Schema.VESSEL || s == Schema.AIRCRAFT) {
            if (first == 0) return false;
            String prev = TokenForms.native_(words.get(first - 1).text());
            return SHIP_WORDS.contains(prev);
        }
        // A company named by a word that says so ("the shipping company Sovcomflot", "die Reederei Sovcomflot"), whether or not
        // the list writes its legal form: capitalised, right after that word, and not followed by another capitalised word
        // (the start of a longer name)
        if ((s.isOrganisation() || s == Schema.LEGAL_ENTITY) && nat.length() >= 5 && w.capitalised() && first > 0 && !w.breakBefore()
                && !TokenForms.isHangul(w.text()) && companyWord(words.get(first - 1).text())
                && (first + 1 >= words.size() || words.get(first + 1).breakBefore() || !capitalisedNeighbour(words, first + 1))) {
            return true;
        }
        // An organisation the list names by one bare word ("HAMAS", "HIZBALLAH"): capitalised, not opening a
        // sentence, and standing alone rather than inside a longer capitalised name ("Democratic People's Republic").
        if (name.hasLegalForm() || s != Schema.ORGANIZATION || nat.length() < 5 || !w.capitalised() || first == 0
                || w.breakBefore() || TokenForms.isHangul(w.text())) return false;
        for (NameDictionary.Token t : name.tokens()) if (t.kind() != NameDictionary.NAME && t.kind() != NameDictionary.PARTICLE) return false;
        return !capitalisedNeighbour(words, first - 1) && (first + 1 >= words.size() || words.get(first + 1).breakBefore()
                || !capitalisedNeighbour(words, first + 1));
    }

    /** Whether a word says the next one names a company ({@link #COMPANY_WORDS}, {@link #COMPANY_WORD_ENDINGS}). */
    private static boolean companyWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (COMPANY_WORDS.contains(w)) return true;
        for (String ending : COMPANY_WORD_ENDINGS) if (w.endsWith(ending)) return true;
        return false;
    }

    /** The span widened to the name's legal form written beside it ("JSC Argument", "Argument JSC"), or null. */
    private static int[] legalFormAround(NameDictionary.IndexedName name, List<Word> words, int first, int last) {
        if (!name.hasLegalForm()) return null;
        Set<String> forms = new HashSet<>();
        for (NameDictionary.Token t : name.tokens()) {
            if (t.kind() == NameDictionary.LEGAL_FORM) { forms.add(t.nativeForm()); forms.addAll(t.latin()); }
        }
        int a = first;
        while (a > 0 && !words.get(a).breakBefore() && forms.contains(TokenForms.native_(words.get(a - 1).text()))) a--;
        int b = last;
        while (b + 1 < words.size() && !words.get(b + 1).breakBefore() && forms.contains(TokenForms.native_(words.get(b + 1).text()))) b++;
        return a == first && b == last ? null : new int[] {a, b};
    }

    /** A capitalised word of more than three letters in a cased script: likely part of a longer proper name. */
    private static boolean capitalisedNeighbour(List<Word> words, int k) {
        Word n = words.get(k);
        int cp = n.text().codePointAt(0);
        return Character.isUpperCase(cp) && n.text().length() > 3 && !(k == 0 || n.breakBefore());
    }

    /** Payment messages and telexes are written in capitals: there a word in capitals stands out from nothing. */
    private static boolean mostlyCapitals(List<Word> words) {
        int caps = 0;
        int cased = 0;
        for (Word w : words) {
            if (w.text().chars().anyMatch(Character::isLetter) && !w.syllable()) {
                cased++;
                if (w.allCaps()) caps++;
            }
        }
        return cased > 0 && caps * 2 > cased;
    }

    /** A Korean name starts a written word, and what follows it in the same word is a particle or title ("김정은이"). */
    private static boolean hangulBoundariesHold(List<Word> words, int first, int last, Hit[] byToken) {
        if (!words.get(first).syllable()) return true;
        if (!words.get(first).wordStart()) return false;
        for (int k = first; k <= last; k++) {
            boolean matched = false;
            for (Hit h : byToken) if (h != null && h.word() == k) matched = true;
            if (!matched) return false;
        }
        StringBuilder rest = new StringBuilder();
        for (int k = last + 1; k < words.size() && words.get(k).syllable() && !words.get(k).wordStart(); k++) rest.append(words.get(k).text());
        return rest.isEmpty() || KOREAN_PARTICLES.contains(rest.toString()) || endsWithParticle(rest.toString());
    }

    private static boolean endsWithParticle(String rest) {
        for (String p : KOREAN_PARTICLES) {
            if (rest.length() > p.length() && rest.endsWith(p) && KOREAN_PARTICLES.contains(rest.substring(0, rest.length() - p.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Where candidates share words, keep the best ones (several lists naming the same person all stay). */
    private List<Candidate> bestPerSpan(List<Candidate> cs) {
        cs.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.lastWord() - c.firstWord()).reversed()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : cs) {
            boolean dominated = false;
            for (Candidate k : kept) {
                boolean overlap = c.firstWord() <= k.lastWord() && k.firstWord() <= c.lastWord();
                if (!overlap) continue;
                boolean inside = c.firstWord() >= k.firstWord() && c.lastWord() <= k.lastWord();
                boolean shorter = (c.lastWord() - c.firstWord()) < (k.lastWord() - k.firstWord());
                if (sameProfile(c, k)) continue;
                if (c.score() < k.score() - SAME_SPAN_TOLERANCE || (inside && shorter && c.score() <= k.score() + 0.05)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) kept.add(c);
        }
        return kept;
    }

    /**
     * The same target on another list (linked by the matcher's profiles) never gives way to its twin, whatever the screener
     * (until the fifty-ninth session only the reference scan's profiles were asked, so behind the indexed screener a record
     * a few hundredths below its twin on another list was dropped: "Wladimir Putin" kept OFAC's and the UK's PUTIN at 1.00
     * and lost the EU's at 0.93).
     */
    private boolean sameProfile(Candidate a, Candidate b) {
        String pa = profiles.profileOf(dictionary.name(a.nameId()).entity().id());
        return pa != null && pa.equals(profiles.profileOf(dictionary.name(b.nameId()).entity().id()));
    }

    private Mention toMention(String text, List<Word> words, Candidate c, Map<String, List<MatchResult>> matcherCache) {
        NameDictionary.IndexedName name = dictionary.name(c.nameId());
        Entity e = name.entity();
        int start = words.get(c.firstWord()).start();
        int end = words.get(c.lastWord()).end();
        List<Explanation.TokenMatch> tms = new ArrayList<>();
        StringBuilder query = new StringBuilder();
        for (int t = 0; t < name.tokens().length; t++) {
            NameDictionary.Token tok = name.tokens()[t];
            Hit h = c.byToken()[t];
            String listToken = tok.latin().getFirst();
            double weight = tok.strong() ? 1.0 : tok.kind() == NameDictionary.PATRONYMIC ? 0.5 : 0.0;
            if (h == null) {
                tms.add(new Explanation.TokenMatch("", listToken, "unmatched", 0, weight));
            } else {
                String written = words.get(h.word()).text();
                tms.add(new Explanation.TokenMatch(written, listToken, h.how(), h.similarity(), weight));
            }
        }
        // The matcher sees the words as written (minus particles of Korean), in text order.
        for (int k = c.firstWord(); k <= c.lastWord(); k++) {
            boolean matched = false;
            for (Hit h : c.byToken()) if (h != null && h.word() == k) matched = true;
            if (!matched) continue;
            Word w = words.get(k);
            if (!query.isEmpty() && !(w.syllable() && !w.wordStart())) query.append(' ');
            query.append(w.text());
        }
        Explanation alignment = new Explanation(query.toString(), name.name().full(), name.name().kind(), c.score(), tms,
                List.of(new Explanation.Feature("textAlignment", 0, "words of the text aligned with the list name; "
                        + c.byToken().length + " list tokens")));
        double score = c.score();
        Explanation why = alignment;
        MatchResult matcher = matcherResult(query.toString(), e, matcherCache);
        if (matcher != null && matcher.score() > score) {
            score = matcher.score();
            why = matcher.explanation();
        }
        return new Mention(start, end, text.substring(start, end), e, score, score >= threshold, "name", why);
    }

    /**
     * The matcher's score of this record for the words as written. The reference screener scores one
     * record directly; another screener is asked for its best results and the record looked up there.
     */
    private MatchResult matcherResult(String query, Entity e, Map<String, List<MatchResult>> cache) {
        if (query.isBlank()) return null;
        try {
            if (screener instanceof ScanScreener scan) {
                // a text names the same person many times; score each (words, record) pair once
                List<MatchResult> one = cache.computeIfAbsent(query + "\u0000" + e.id(), k -> List.of(scan.score(Query.of(query), e)));
                MatchResult r = one.getFirst();
                return r.score() > 0 ? r : null;
            }
            List<MatchResult> rs = cache.computeIfAbsent(query, q -> screener.screen(Query.of(q), ScreenOptions.of(0.5, 50)));
            for (MatchResult r : rs) if (r.entity().id().equals(e.id())) return r;
        } catch (RuntimeException ex) {
            // the text alignment stands on its own; a matcher fault must not lose the mention
            return null;
        }
        return null;
    }

    /** Later (or earlier) family-name-only references to persons named in full in this text. */
    private List<Mention> surnameReferences(String text, List<Word> words, List<Mention> full, List<Candidate> kept) {
        List<Mention> out = new ArrayList<>();
        if (full.isEmpty()) return out;
        Map<String, Mention> byId = new HashMap<>();
        for (Mention m : full) byId.putIfAbsent(m.entity().id(), m);
        // every form of every word that could be a family name standing alone, computed once per text
        Map<String, List<Integer>> wordsByForm = new HashMap<>();
        boolean[] covered = new boolean[text.length() + 1];
        for (Mention m : full) java.util.Arrays.fill(covered, m.start(), m.end(), true);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.syllable() || !w.capitalised() || covered[w.start()]) continue;
            if (i > 0 && !w.breakBefore() && precededByAnotherGivenName(words.get(i - 1))) continue;
            Set<String> forms = new HashSet<>();
            forms.add(TokenForms.native_(w.text()));
            forms.addAll(TokenForms.latin(w.text()));
            for (String f : new ArrayList<>(forms)) forms.addAll(TokenForms.stems(f));
            for (String f : forms) wordsByForm.computeIfAbsent(f, k -> new ArrayList<>(2)).add(i);
        }
        Set<String> done = new HashSet<>();
        for (Candidate c : kept) {
            NameDictionary.IndexedName name = dictionary.name(c.nameId());
            Mention named = byId.get(name.entity().id());
            if (named == null || name.entity().schema() != Schema.PERSON) continue;
            for (NameDictionary.Token tok : name.tokens()) {
                if (!tok.family() || tok.latin().getFirst().length() < 4) continue;
                if (dictionary.frequency(tok.latin().getFirst()) > COMMON_SURNAME) continue;
                Set<Integer> at = new HashSet<>(wordsByForm.getOrDefault(tok.nativeForm(), List.of()));
                for (String l : tok.latin()) at.addAll(wordsByForm.getOrDefault(l, List.of()));
                for (int i : at) {
                    if (!done.add(name.entity().id() + "@" + i)) continue;
                    Word w = words.get(i);
                    double s = named.score() * 0.9;
                    Explanation why = new Explanation(w.text(), name.name().full(), name.name().kind(), s,
                            List.of(new Explanation.TokenMatch(w.text(), tok.latin().getFirst(), "family name", 1.0, 1.0)),
                            List.of(new Explanation.Feature("surnameReference", -0.1 * named.score(), "the family name alone; the person is named in full at "
                                    + named.start() + "-" + named.end() + " (\"" + named.text().replace('\n', ' ') + "\")")));
                    out.add(new Mention(w.start(), w.end(), text.substring(w.start(), w.end()), name.entity(), s, s >= threshold, "surname", why));
                }
            }
        }
        return out;
    }

    /** Titles that may stand before a family name alone ("Präsident Putin", "Kremlchef Putin", "Mr Miller"). */
    private static final String[] TITLE_ENDINGS = {"präsident", "prasident", "president", "chef", "minister", "leader", "führer", "fuhrer",
            "kanzler", "premier", "general", "herr", "frau", "mr", "mrs", "ms", "dr", "sir", "chairman", "machthaber", "diktator",
            "dictator", "oligarch", "milliardär", "billionaire", "президент", "министр", "генерал", "господин", "глава", "лидер"};

    /**
     * "Matthew Miller" is someone else than the "Alexey Miller" named earlier: a family name right after
     * another capitalised word is a reference only when that word is a title.
     */
    private static boolean precededByAnotherGivenName(Word prev) {
        if (!Character.isUpperCase(prev.text().codePointAt(0))) return false;
        String p = prev.text().toLowerCase(Locale.ROOT);
        for (String t : TITLE_ENDINGS) if (p.endsWith(t)) return false;
        return true;
    }


    private static List<Mention> dedupe(List<Mention> ms) {
        Set<String> seen = new HashSet<>();
        List<Mention> out = new ArrayList<>();
        for (Mention m : ms) {
            if (seen.add(m.start() + ":" + m.end() + ":" + m.entity().id())) out.add(m);
        }
        return out;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    @Override
    public String toString() {
        return "TextScanner[" + dictionary.size() + " names, threshold " + String.format(Locale.ROOT, "%.2f", threshold) + "]";
    }

}
