package org.cordon.match.normalise;

import java.util.List;
import java.util.Objects;
import org.cordon.model.Schema;

/**
 * A name ready for comparison: one or more romanisations ({@link #forms()}, the first is the primary
 * reading), and, for names written in a non-Latin script, the tokens in that script, because two
 * names in the same script compare more faithfully before transliteration loses detail (石 and 市
 * both read "shi"). Immutable; equal when its five components are.
 *
 * <p>A class rather than a record only to carry {@link #scriptForm()}, built once here instead of on
 * every comparison of two names in the same script (measured: a Russian name against the lists spent
 * 11 % of its time rebuilding those tokens, and the scorer's per-query memo, keyed by tokens, never hit).
 */
public final class NormalisedName {
    private final String original;
    private final Schema schema;
    private final List<Tokens> forms;
    private final Character.UnicodeScript script;
    private final List<String> scriptTokens;
    private final Tokens scriptForm;
    /** Bit i set: form i is a person's reading of a name of no schema, compared with persons' names only. */
    private final int personForms;

    /**
     * @param original     the name as given
     * @param schema       the schema the name was normalised for (person rules or organisation rules), or null
     * @param forms        romanisations, primary first; never empty, though a form may have no tokens
     * @param script       the name's non-Latin script, or {@link Character.UnicodeScript#LATIN}
     * @param scriptTokens tokens in the original script (one per character for Han, Hangul and Kana), empty for Latin names
     */
    public NormalisedName(String original, Schema schema, List<Tokens> forms, Character.UnicodeScript script, List<String> scriptTokens) {
        this(original, schema, forms, script, scriptTokens, 0);
    }

    /**
     * @param personForms bit i set: form i reads a name of no schema as a person's, and is compared with persons' names
     *                    only ("Usmanov A.B.", whose letters are initials there and a legal form in an organisation's name)
     */
    NormalisedName(String original, Schema schema, List<Tokens> forms, Character.UnicodeScript script, List<String> scriptTokens,
                   int personForms) {
        this.original = original;
        this.personForms = personForms;
        this.schema = schema;
        this.forms = List.copyOf(forms);
        this.script = script;
        this.scriptTokens = List.copyOf(scriptTokens);
        boolean syllabic = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL;
        String[] words = this.scriptTokens.toArray(new String[0]);
        byte[] roles = new byte[words.length];
        byte[] kinds = new byte[words.length];
        boolean person = schema == null || schema == Schema.PERSON || schema == Schema.LEGAL_ENTITY;
        if (script == Character.UnicodeScript.CYRILLIC && (schema == null || schema == Schema.PERSON)) {
            // as in the Latin readings: a patronymic is not a surname or given name that looks like it (Борисовна, Борисова)
            for (int i = 0; i < words.length; i++) if (NameNormaliser.isCyrillicPatronymic(words[i])) roles[i] = Tokens.PATRONYMIC;
        }
        if (person && writesInitials(script)) {
            // as in the Latin readings: a single letter stands for a given name or patronymic ("Путин В. В.")
            for (int i = 0; i < words.length; i++) {
                if (words[i].codePointCount(0, words[i].length()) == 1 && Character.isLetter(words[i].codePointAt(0))) {
                    kinds[i] = TokenKind.INITIAL;
                }
            }
        }
        if (schema != Schema.PERSON && script == Character.UnicodeScript.CYRILLIC && words.length > 1) {
            // as in the Latin readings: ООО, АО, ПАО are legal forms (two letters only at either end), not words, nor the
            // initials of a listed person's patronymic and surname ("АО Сергей" is no "Сергей Александрович Обозов")
            for (int i = 0; i < words.length; i++) {
                String canonical = LegalForms.canonical(Romaniser.word(words[i]), true);
                if (canonical == null || LegalForms.isShortForm(words[i]) && i > 0 && i + 1 < words.length) continue;
                words[i] = canonical;
                kinds[i] = TokenKind.LEGAL_FORM;
            }
        }
        this.scriptForm = Tokens.ofPlain(words, syllabic, roles, kinds);
    }

    /** Alphabets whose names abbreviate a given name to its first letter, as Latin ones do. */
    private static boolean writesInitials(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.GEORGIAN || script == Character.UnicodeScript.ARMENIAN;
    }

    public String original() {
        return original;
    }

    public Schema schema() {
        return schema;
    }

    public List<Tokens> forms() {
        return forms;
    }

    /** Whether form i is to be compared with a name of this schema: a person's reading only with persons' names. */
    public boolean formMeets(int i, Schema listed) {
        return (personForms & (1 << i)) == 0 || listed == null || listed == Schema.PERSON;
    }

    public Character.UnicodeScript script() {
        return script;
    }

    public List<String> scriptTokens() {
        return scriptTokens;
    }

    /**
     * The original-script tokens as one form, as the scorer compares two names in the same script and the index
     * indexes them (read as syllables for Han and Hangul); no tokens for a Latin name.
     */
    public Tokens scriptForm() {
        return scriptForm;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalisedName n && Objects.equals(original, n.original) && schema == n.schema && forms.equals(n.forms)
                && script == n.script && scriptTokens.equals(n.scriptTokens);
    }

    @Override
    public int hashCode() {
        return Objects.hash(original, schema, forms, script, scriptTokens);
    }

    @Override
    public String toString() {
        return "NormalisedName[original=" + original + ", schema=" + schema + ", forms=" + forms + ", script=" + script
                + ", scriptTokens=" + scriptTokens + "]";
    }
}
