package org.cordon.match.normalise;

import java.util.Set;

/**
 * Small connecting words inside names: Arabic nasab and article (bin, ibn, al), European
 * nobiliary particles (de, van, von) and the function words of organisation names (of, the, and).
 * They carry little identity, so they weigh little; nasab particles also mark the next word as the
 * father's name, which matters when two names differ only in who is whose son.
 */
final class Particles {
    private static final Set<String> PERSON = Set.of(
            "al", "el", "ul", "ur", "ud", "bin", "bn", "ibn", "ben", "bint", "binti", "bte", "bt", "ould", "walad", "de", "da", "di",
            "do", "del", "della", "dei", "der", "den", "van", "von", "vom", "zu", "la", "le", "du", "des", "dos", "das", "y", "e",
            "ter", "ten", "mac", "ap", "ab", "abu", "abou", "um", "umm", "bou", "bu");
    private static final Set<String> NASAB = Set.of("bin", "bn", "ibn", "ben", "bint", "binti", "bte", "bt", "ould", "walad");
    private static final Set<String> ORGANISATION = Set.of(
            "the", "of", "and", "for", "in", "on", "at", "de", "del", "des", "du", "la", "le", "les", "el", "al", "der", "die",
            "das", "und", "fur", "y", "e", "et", "i", "di", "da", "do", "dos", "van", "von", "a",
            // Russian "imeni" (named after: Завод имени Дегтярева, "Degtyarev Plant"); not the Bulgarian "na" and "za" (of, for)
            // or the German "im", which are also two initials ("AL-BAKR IM", "Ivanov N.A.")
            "imeni");

    private Particles() {}

    static boolean isParticle(String token, boolean person) {
        return person ? PERSON.contains(token) : ORGANISATION.contains(token);
    }

    /**
     * The one spelling of a particle written several ways, or the word itself: the kunya أبو, read "abw" from the script,
     * and the French Abou are abu; ولد, read "wld" ("vld" as Persian), and Walad are the nasab Ould (Mauritanian names);
     * in a person's name the son's nasab (بن read "bn", Ibn, Ben) is bin, as the daughter's (bint) is another word, and
     * El, the French and Egyptian spelling of the article, is al (Ould El Amar, El Khairy).
     */
    static String spelling(String word, boolean fromAbjad, boolean person) {
        return switch (word) {
            case "abw" -> fromAbjad ? "abu" : word;
            case "abou" -> "abu";
            case "wld", "vld" -> fromAbjad ? "ould" : word;
            case "walad" -> fromAbjad ? word : "ould";
            case "bn", "ibn", "ben" -> person ? "bin" : word;
            case "el" -> person ? "al" : word;
            default -> word;
        };
    }

    static boolean isNasab(String token) {
        return NASAB.contains(token);
    }
}
