package org.cordon.match.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.cordon.match.IndexedScreener;
import org.cordon.match.Screeners;
import org.cordon.model.Entity;
import org.cordon.model.ListVersion;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

/** The candidate index as bytes (the snapshot's index section): read back whole, and refused when it does not hold together. */
class CandidateIndexBytesTest {
    private static final IndexedScreener SCREENER = Screeners.build(List.of(new SanctionsList(
            new ListVersion("t", "T", "Test list", "test", "2026-01-01", List.of("t.csv"), "h", 4), List.of(
                    Entity.builder("t", "1", Schema.PERSON).name("Kim Jong Un", NameKind.PRIMARY).name("김정은", NameKind.ALIAS).build(),
                    Entity.builder("t", "2", Schema.PERSON).name("Abdul Rahman bin Omar", NameKind.PRIMARY)
                            .name("عبد الرحمن بن عمر", NameKind.ALIAS).name("A.R. Omar", NameKind.WEAK_ALIAS).build(),
                    Entity.builder("t", "3", Schema.PERSON).name("Иван Петрович Сидоров", NameKind.PRIMARY).build(),
                    Entity.builder("t", "4", Schema.COMPANY).name("Rosneft Trading S.A.", NameKind.PRIMARY).build()))));

    private static int names() {
        int n = 0;
        for (int r = 0; r < SCREENER.entities().size(); r++) n += SCREENER.compiledNames(r).size();
        return n;
    }

    @Test
    void whatIsReadBackIsWhatWasWritten() {
        byte[] b = SCREENER.index().toBytes();
        CandidateIndex read = CandidateIndex.read(b, 0, b.length, names());
        assertThat(read.toString()).isEqualTo(SCREENER.index().toString());
        assertThatThrownBy(read::toBytes).as("not weighed yet").isInstanceOf(IllegalStateException.class);
        read.weighedBy(t -> new double[2 * t.size()]);
        assertThat(read.toBytes()).isEqualTo(b);
    }

    @Test
    void anIndexOverAnotherCountOfNamesIsRefused() {
        byte[] b = SCREENER.index().toBytes();
        assertThatThrownBy(() -> CandidateIndex.read(b, 0, b.length, names() + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("an index of " + names() + " names for " + (names() + 1));
    }

    @Test
    void aPostingOutOfRangeIsRefusedNamingItsDictionary() {
        byte[] b = SCREENER.index().toBytes();
        IndexBytes.Reader r = new IndexBytes.Reader(b, 0, b.length);
        r.i();
        TermDictionary.read(r);
        r.ints(); // the words' posting lengths; their values follow, after their count
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(r.position() + 4, names());
        assertThatThrownBy(() -> CandidateIndex.read(b, 0, b.length, names()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("index, words: postings: value " + names() + " outside [0, " + names() + ")");
    }

    @Test
    void everyTruncationIsRefused() {
        byte[] b = SCREENER.index().toBytes();
        for (int cut = 0; cut < b.length; cut += Math.max(1, b.length / 500)) {
            int at = cut;
            assertThatThrownBy(() -> CandidateIndex.read(Arrays.copyOf(b, at), 0, at, names()))
                    .as("cut at %d of %d", at, b.length).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("index");
        }
        byte[] longer = Arrays.copyOf(b, b.length + 1);
        assertThatThrownBy(() -> CandidateIndex.read(longer, 0, longer.length, names())).hasMessageContaining("1 bytes after the index");
    }
}
