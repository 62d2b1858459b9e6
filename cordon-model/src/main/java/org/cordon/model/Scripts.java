package org.cordon.model;

/** Script tests on names, cheap enough to run on every name at load time. */
public final class Scripts {
    private Scripts() {}

    /** True if any letter is in a script other than Latin (ignores digits, punctuation, marks). */
    public static boolean hasNonLatinLetter(CharSequence s) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                        && script != Character.UnicodeScript.INHERITED) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first non-Latin script found among the letters, or LATIN. */
    public static Character.UnicodeScript dominantNonLatin(CharSequence s) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                        && script != Character.UnicodeScript.INHERITED) {
                    return script;
                }
            }
        }
        return Character.UnicodeScript.LATIN;
    }
}
