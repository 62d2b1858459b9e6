package org.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The order a batch screens a window of rows in: by their names' words, equal keys in input order. */
class BatchOrderTest {
    @Test
    void aNameIsKeyedByItsWordsLowerCasedInAlphabeticalOrder() {
        assertThat(BatchOrder.key("GARCIA, Maria")).isEqualTo("garcia maria");
        assertThat(BatchOrder.key("Maria  Garcia-Lopez")).isEqualTo("garcia lopez maria");
        assertThat(BatchOrder.key("Путин Владимир Владимирович")).isEqualTo("владимир владимирович путин");
        assertThat(BatchOrder.key("Kim Jong Un")).isEqualTo(BatchOrder.key("UN, Kim Jong"));
        assertThat(BatchOrder.key("김정은")).isEqualTo("김정은");
        assertThat(BatchOrder.key("Ali")).isEqualTo("ali");
        assertThat(BatchOrder.key(" -- ")).isEmpty();
        assertThat(BatchOrder.key(null)).isEmpty();
    }

    @Test
    void rowsSharingAWordComeTogetherAndEqualKeysKeepTheirOrder() {
        String[] names = {"Maria Garcia", "Ivan Petrov", "GARCIA, Maria", "Anna Schmidt", "Garcia Lopez", "Maria Garcia"};
        String[] keys = new String[names.length];
        for (int i = 0; i < names.length; i++) keys[i] = BatchOrder.key(names[i]);
        // "anna schmidt", "garcia lopez", "garcia maria" x3 (rows 0, 2, 5 in that order), "ivan petrov"
        assertThat(BatchOrder.order(keys)).containsExactly(3, 4, 0, 2, 5, 1);
        assertThat(BatchOrder.order(new String[0])).isEmpty();
    }
}
