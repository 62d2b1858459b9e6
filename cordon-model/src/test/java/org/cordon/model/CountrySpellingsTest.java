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
}
