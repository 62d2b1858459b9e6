package org.cordon.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Country spellings the UN and FCDO lists use (every one seen in the 2026 snapshots) map to the right code. */
class CountrySpellingsTest {

    @Test
    void publishersSpellings() {
        // FCDO: without its own entry, "Congo (Democratic Republic)" fell back to "Congo" = CG, the other Congo
        assertThat(Countries.toIso2("Congo (Democratic Republic)")).isEqualTo("CD");
        assertThat(Countries.toIso2("Congo")).isEqualTo("CG");
        assertThat(Countries.toIso2("Myanmar")).isEqualTo("MM");
        assertThat(Countries.toIso2("Occupied Palestinian Territories")).isEqualTo("PS");
        // UN
        assertThat(Countries.toIso2("China, Hong Kong Special Administrative Region")).isEqualTo("HK");
        assertThat(Countries.toIso2("United Kingdom of Great Britain and Northern Ireland")).isEqualTo("GB");
        assertThat(Countries.toIso2("Iran (Islamic Republic of)")).isEqualTo("IR");
        // the JDK's English names write "&" where lists write "and"
        assertThat(Countries.toIso2("Trinidad and Tobago")).isEqualTo("TT");
        assertThat(Countries.toIso2("Antigua and Barbuda")).isEqualTo("AG");
        assertThat(Countries.toIso2("Bosnia & Herzegovina")).isEqualTo("BA");
    }

    /** The comparison key written out does what its regular expressions did, on random strings of the characters that tell them apart. */
    @Test
    void theKeyIsWhatItsExpressionsMade() {
        String[] pieces = {" ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", ".", "..", "&", "’", "'", "the ", "The ", "a", "É", "\u0301", "\u20DD",
                "\u0903", "ö", ",", "ǅ", "İ", "x"};
        java.util.Random rnd = new java.util.Random(31);
        int changed = 0;
        for (int k = 0; k < 100_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(10); i > 0; i--) sb.append(pieces[rnd.nextInt(pieces.length)]);
            String s = sb.toString();
            String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
            t = t.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replace("&", " and ").replace("the ", " ");
            t = t.replaceAll("[.\\s]+", " ").strip();
            if (t.endsWith(",")) t = t.substring(0, t.length() - 1);
            org.assertj.core.api.Assertions.assertThat(Countries.key(s)).as("key of %s", s.codePoints().boxed().toList()).isEqualTo(t);
            if (!t.equals(s)) changed++;
        }
        org.assertj.core.api.Assertions.assertThat(changed).isGreaterThan(50_000);
    }
}
