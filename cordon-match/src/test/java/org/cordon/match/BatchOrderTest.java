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
        // in windows of three: each window ordered apart, the windows in turn
        assertThat(BatchOrder.inWindows(java.util.List.of(names), n -> n, 3))
                .containsExactly("Maria Garcia", "GARCIA, Maria", "Ivan Petrov", "Anna Schmidt", "Garcia Lopez", "Maria Garcia");
    }

    /** A window is bounded by the heap and by the results its rows may carry: two windows never fill the heap with results. */
    @Test
    void aWindowFitsTheHeapWhateverTheResultsARowMayHave() {
        long gb = 1L << 30;
        assertThat(BatchOrder.windowRows(gb, 1)).isEqualTo(65_536);
        assertThat(BatchOrder.windowRows(gb, 10)).isEqualTo(13_107);
        assertThat(BatchOrder.windowRows(gb, 100)).isEqualTo(1_310);
        assertThat(BatchOrder.windowRows(gb, 10_000)).as("at least").isEqualTo(256);
        assertThat(BatchOrder.windowRows(32L << 20, 10)).isEqualTo(409);
        assertThat(BatchOrder.windowRows(16 * gb, 10)).isEqualTo(65_536);
        assertThat(BatchOrder.windowRows(gb, 0)).as("no limit given: one result a row").isEqualTo(65_536);
    }

    /**
     * The same order as positions sorted stably by their keys, over keys sharing their first letters or all of them, in
     * scripts above U+8000 (Hangul, Han) as below, and over a window too large to pack its positions.
     */
    @Test
    void theOrderIsTheKeysOrderStable() {
        java.util.Random rnd = new java.util.Random(23);
        String[] pieces = {"gar", "garcia", "garrido", "ga", "g", "ivan", "한", "김정은", "王", "владимир", "ali", "al"};
        for (int size : new int[] {1, 2, 50, 5_000, 70_000}) {
            String[] keys = new String[size];
            for (int i = 0; i < size; i++) {
                int words = rnd.nextInt(3);
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < words; w++) sb.append(w > 0 ? " " : "").append(pieces[rnd.nextInt(pieces.length)]);
                keys[i] = sb.toString();
            }
            Integer[] expected = new Integer[size];
            for (int i = 0; i < size; i++) expected[i] = i;
            java.util.Arrays.sort(expected, (a, b) -> keys[a].compareTo(keys[b]));
            assertThat(BatchOrder.order(keys)).as("%d keys", size).containsExactly(java.util.Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
        }
    }
}
