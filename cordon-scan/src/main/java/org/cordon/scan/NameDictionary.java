package org.cordon.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Schema;

/**
 * Every list name cut into tokens and indexed by each token's lookup forms, so that scanning a text
 * costs one hash lookup per word form instead of one comparison per list name.
 *
 * <p>Postings are packed {@code long}s ({@code nameId << 8 | tokenIndex}) in primitive arrays: a text
 * of ten thousand words meets a few hundred thousand postings, and boxing each would dominate the scan.
 * Particles (al, bin, von) and legal forms (LLC, OOO, GmbH) are not indexed: they say nothing about
 * who is meant and would pull in thousands of names per word.
 */
final class NameDictionary {

    static final byte NAME = 0;
    static final byte PATRONYMIC = 1;
    static final byte PARTICLE = 2;
    static final byte LEGAL_FORM = 3;
    static final byte INITIAL = 4;

    /** One token of a list name, with the forms a text word can meet it by. */
    record Token(String display, String nativeForm, List<String> latin, List<String> loose, byte kind, boolean family) {
        boolean strong() {
            return kind == NAME;
        }
    }

    /** One indexed list name. */
    record IndexedName(Entity entity, Name name, Token[] tokens, int strongCount, boolean hasLegalForm, boolean familyMarked) {
    }

    private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "bin", "ibn", "bint", "ben", "bn", "ould", "de", "da",
            "du", "dos", "das", "del", "della", "van", "von", "der", "den", "la", "le", "of", "the", "and", "und", "y", "e", "i",
            "for", "a", "an", "in", "on", "at", "to", "by", "with", "fuer", "fur", "et", "ال");
    private static final Set<String> LEGAL_FORMS = Set.of("llc", "ltd", "limited", "jsc", "pjsc", "ojsc", "cjsc", "oao", "ooo",
            "zao", "pao", "ao", "gmbh", "ag", "sa", "sarl", "srl", "spa", "bv", "nv", "co", "company", "corp", "corporation", "inc",
            "incorporated", "plc", "fze", "fzc", "fzco", "fzllc", "llp", "lp", "kg", "ohg", "joint", "stock", "closed", "open",
            "public", "private", "pte", "pty", "sdn", "bhd", "tov", "pp", "dmcc", "ип", "ооо", "оао", "зао", "пао", "ао",
            "общество", "ограниченной", "ответственностью", "акционерное");

    private final IndexedName[] names;
    private final Map<String, long[]> strict;
    private final Map<String, long[]> loose;
    private final Map<String, Integer> frequency;

    private NameDictionary(IndexedName[] names, Map<String, long[]> strict, Map<String, long[]> loose, Map<String, Integer> frequency) {
        this.names = names;
        this.strict = strict;
        this.loose = loose;
        this.frequency = frequency;
    }

    static NameDictionary build(List<Entity> entities) {
        List<IndexedName> names = new ArrayList<>();
        Map<String, LongList> strict = new HashMap<>();
        Map<String, LongList> loose = new HashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        // Cutting and transliterating the names is the costly part and independent per entity: in parallel.
        List<List<IndexedName>> perEntity = entities.parallelStream().map(e -> {
            List<IndexedName> list = new ArrayList<>(e.names().size());
            for (Name n : e.names()) {
                IndexedName in = index(e, n);
                if (in == null) continue;
                if (n.kind() == NameKind.WEAK_ALIAS && in.strongCount() < 2) continue; // nicknames alone never alert
                list.add(in);
            }
            return list;
        }).toList();
        for (List<IndexedName> list : perEntity) {
            for (IndexedName in : list) {
                int id = names.size();
                if (id >= (1 << 23)) throw new IllegalStateException("too many names for the text dictionary");
                names.add(in);
                // postings keep the token index in 8 bits; no real name comes near 256 words
                for (int t = 0; t < Math.min(in.tokens().length, 256); t++) {
                    Token tok = in.tokens()[t];
                    if (tok.kind() == PARTICLE || tok.kind() == LEGAL_FORM || tok.kind() == INITIAL) continue;
                    long posting = ((long) id << 8) | t;
                    strict.computeIfAbsent(tok.nativeForm(), k -> new LongList()).add(posting);
                    for (String l : tok.latin()) {
                        if (!l.equals(tok.nativeForm())) strict.computeIfAbsent(l, k -> new LongList()).add(posting);
                        frequency.merge(l, 1, Integer::sum);
                    }
                    for (String l : tok.loose()) loose.computeIfAbsent(l, k -> new LongList()).add(posting);
                }
            }
        }
        Map<String, long[]> s = new HashMap<>(strict.size() * 2);
        strict.forEach((k, v) -> s.put(k, v.distinct()));
        Map<String, long[]> l = new HashMap<>(loose.size() * 2);
        loose.forEach((k, v) -> l.put(k, v.distinct()));
        return new NameDictionary(names.toArray(IndexedName[]::new), s, l, frequency);
    }

    /** Cuts a list name into tokens, recognising the family name where the list marks it. */
    static IndexedName index(Entity e, Name n) {
        String full = n.full().strip();
        if (full.isEmpty()) return null;
        List<String> familyPart = List.of();
        String ordered = full;
        int comma = full.indexOf(',');
        if (e.schema() == Schema.PERSON && comma > 0 && comma == full.lastIndexOf(',')) {
            // OFAC and UN write "PUTIN, Vladimir Vladimirovich": what precedes the comma is the family name.
            familyPart = words(full.substring(0, comma));
            ordered = full.substring(comma + 1) + " " + full.substring(0, comma);
        }
        List<Word> ws = TextTokenizer.tokenize(ordered);
        if (ws.isEmpty()) return null;
        boolean mixed = false;
        for (Word w : ws) if (!w.allCaps() && w.text().chars().anyMatch(Character::isLowerCase)) mixed = true;
        boolean hangulName = false;
        for (Word w : ws) if (w.syllable()) hangulName = true;
        Token[] tokens = new Token[ws.size()];
        int strong = 0;
        boolean legal = false;
        boolean familyMarked = !familyPart.isEmpty();
        for (int i = 0; i < ws.size(); i++) {
            Word w = ws.get(i);
            String nat = TokenForms.native_(w.text());
            List<String> latin = TokenForms.latin(w.text());
            List<String> loose = new ArrayList<>(latin.size());
            for (String l : latin) {
                String lo = TokenForms.loose(l);
                if (!loose.contains(lo)) loose.add(lo);
            }
            String l0 = latin.getFirst();
            byte kind = NAME;
            if (PARTICLES.contains(nat) || PARTICLES.contains(l0)) kind = PARTICLE;
            else if (e.schema() != Schema.PERSON && (LEGAL_FORMS.contains(nat) || LEGAL_FORMS.contains(l0))) kind = LEGAL_FORM;
            else if (e.schema() == Schema.PERSON && isPatronymic(l0)) kind = PATRONYMIC;
            else if (l0.length() == 1 && !w.syllable()) kind = INITIAL;
            if (kind == LEGAL_FORM) legal = true;
            boolean family = false;
            if (e.schema() == Schema.PERSON) {
                if (!familyPart.isEmpty()) family = familyPart.contains(w.text().toLowerCase(Locale.ROOT));
                else if (hangulName) family = i == 0;
                else if (mixed && w.allCaps() && w.text().length() > 1) { family = true; familyMarked = true; }
            }
            if (kind == NAME) strong++;
            tokens[i] = new Token(w.text(), nat, latin, loose, kind, family);
        }
        if (hangulName && e.schema() == Schema.PERSON) familyMarked = true;
        if (strong == 0) return null;
        return new IndexedName(e, n, tokens, strong, legal, familyMarked);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (Word w : TextTokenizer.tokenize(s)) out.add(w.text().toLowerCase(Locale.ROOT));
        return out;
    }

    /** Russian and Turkic patronymics: they may be left out in running text ("Wladimir Putin"). */
    static boolean isPatronymic(String latin) {
        return latin.length() > 5 && (latin.endsWith("vich") || latin.endsWith("vitch") || latin.endsWith("vitj")
                || latin.endsWith("vna") || latin.endsWith("ichna") || latin.endsWith("ogly") || latin.endsWith("oglu")
                || latin.endsWith("kyzy") || latin.endsWith("ovych") || latin.endsWith("evych") || latin.endsWith("ich") && latin.length() > 8);
    }

    static boolean isParticleOrLegalForm(String latin) {
        return PARTICLES.contains(latin) || LEGAL_FORMS.contains(latin);
    }

    long[] strict(String key) {
        return strict.get(key);
    }

    long[] loose(String key) {
        return loose.get(key);
    }

    IndexedName name(int id) {
        return names[id];
    }

    int size() {
        return names.length;
    }

    /** How many list names hold this Latin token: a surname shared by hundreds of names is no anchor. */
    int frequency(String latin) {
        return frequency.getOrDefault(latin, 0);
    }

    /** A growable primitive list of postings, used only while building. */
    private static final class LongList {
        long[] a = new long[2];
        int n;

        void add(long v) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        long[] distinct() {
            long[] s = java.util.Arrays.copyOf(a, n);
            java.util.Arrays.sort(s);
            int m = 0;
            for (int i = 0; i < s.length; i++) if (i == 0 || s[i] != s[i - 1]) s[m++] = s[i];
            return java.util.Arrays.copyOf(s, m);
        }
    }
}
