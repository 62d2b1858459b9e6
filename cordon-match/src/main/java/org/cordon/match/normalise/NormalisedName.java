package org.cordon.match.normalise;

import java.util.List;
import org.cordon.model.Schema;

/**
 * A name ready for comparison: one or more romanisations ({@link #forms()}, the first is the primary
 * reading), and, for names written in a non-Latin script, the tokens in that script, because two
 * names in the same script compare more faithfully before transliteration loses detail (石 and 市
 * both read "shi").
 *
 * @param original     the name as given
 * @param schema       the schema the name was normalised for (person rules or organisation rules), or null
 * @param forms        romanisations, primary first; never empty, though a form may have no tokens
 * @param script       the name's non-Latin script, or {@link Character.UnicodeScript#LATIN}
 * @param scriptTokens tokens in the original script (one per character for Han, Hangul and Kana), empty for Latin names
 */
public record NormalisedName(String original, Schema schema, List<Tokens> forms, Character.UnicodeScript script,
                             List<String> scriptTokens) {

    public NormalisedName {
        forms = List.copyOf(forms);
        scriptTokens = List.copyOf(scriptTokens);
    }

    /** The primary romanisation. */
    public Tokens primary() {
        return forms.get(0);
    }

    /** True when no form has a token (a name of punctuation only, or only a title). */
    public boolean isEmpty() {
        for (Tokens t : forms) if (t.size() > 0) return false;
        return scriptTokens.isEmpty();
    }

    /** The primary form's tokens as text, for display and for other modules' matching. */
    public List<String> tokens() {
        return List.of(primary().text);
    }

    /** Every form's tokens, e.g. [[kim, jong, un], [jin, zheng, en]] for 金正恩. */
    public List<List<String>> alternatives() {
        return forms.stream().map(t -> List.of(t.text)).toList();
    }

    /** Double Metaphone keys of the primary form's tokens ("" for tokens without one). */
    public List<String> phoneticKeys() {
        return List.of(primary().phonetic);
    }
}
