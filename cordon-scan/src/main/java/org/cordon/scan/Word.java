package org.cordon.scan;

/**
 * One word of a scanned text, with its place in the original so that a report or a web page can
 * highlight exactly what was written.
 *
 * @param start      offset of the first char in the original text (inclusive)
 * @param end        offset after the last char (exclusive); spans a line-break hyphen when the word was split
 * @param text       the letters of the word, with a line-break hyphen and the break removed, and a word that mixes look-alike
 *                   Latin and Cyrillic letters written in one script ("НАМАS" HAMAS; one letter for one)
 * @param breakBefore a sentence end (. ! ? ;) or a paragraph break lies between the previous word and this one,
 *                   so a name never runs across it
 * @param syllable   the word is one syllable of a longer Hangul word (Korean writes a name without spaces,
 *                   "김정은이" = 김 정 은 + particle 이); {@code wordStart} tells where the written word began
 * @param wordStart  this is the first piece of a written word (always true outside Hangul)
 */
public record Word(int start, int end, String text, boolean breakBefore, boolean syllable, boolean wordStart) {

    /** First letter upper case, or the word is not in a cased script (Cyrillic counts as cased). */
    public boolean capitalised() {
        int cp = text.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp) || !(Character.isLowerCase(cp));
    }

    public boolean allCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter;
    }
}
