package org.cordon.match.normalise;

import java.util.Set;

/**
 * Titles and honorifics that lists and queries put before a person's name ("Mr.", "Dr.", "Shaikh",
 * "Präsident"). They say nothing about who is meant, so they are dropped from person names when
 * they lead the name and something follows.
 */
final class Honorifics {
    private static final Set<String> WORDS = Set.of(
            "mr", "mrs", "ms", "miss", "mister", "madam", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "hon",
            "honourable", "honorable", "rev", "reverend", "fr", "father", "sr", "jr", "esq", "shaikh", "sheikh", "shaykh", "sheik",
            "cheikh", "sayed", "sayyid", "seyed", "seyyed", "sayyed", "haji", "hajji", "hadji", "alhaj", "alhaji", "mullah", "mulla", "maulana", "maulvi", "mawlawi",
            "mawlavi", "moulvi", "qari", "imam", "ayatollah", "hojatoleslam", "president", "prasident", "presidente", "general",
            "gen", "colonel", "col", "lt", "lieutenant", "capt", "captain", "major", "maj", "admiral", "adm", "brigadier",
            "commander", "cmdr", "prince", "princess", "king", "queen", "emir", "his", "her", "excellency", "he", "minister",
            "senator", "sen", "judge", "herr", "frau", "monsieur", "mme", "mlle", "senor", "senora", "don", "dona", "gospodin",
            "engineer", "eng", "ing");

    private Honorifics() {}

    static boolean isHonorific(String token) {
        return WORDS.contains(token);
    }
}
