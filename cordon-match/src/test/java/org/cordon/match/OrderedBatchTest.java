package org.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A window of rows screened on a pool in the order of their names' words, answered in input order. */
class OrderedBatchTest {
    private static ExecutorService pool;

    @BeforeAll
    static void start() {
        pool = Executors.newFixedThreadPool(3);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    /** Rows "row i: NAME", names in an order their keys do not follow, more rows than one task takes. */
    private static List<String> rows(int n) {
        String[] names = {"Zoe Young", "Maria Garcia", "ivan petrov", "GARCIA, Maria", "Anna Schmidt"};
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) rows.add(i + ":" + names[i % names.length]);
        return rows;
    }

    private static String nameOf(String row) {
        return row.substring(row.indexOf(':') + 1);
    }

    @Test
    void answersComeInInputOrderWhileTheTasksSawTheRowsInTheOrderOfTheirWords() throws Exception {
        List<String> rows = rows(3 * OrderedBatch.BATCH + 17);
        List<List<String>> tasks = Collections.synchronizedList(new ArrayList<>());
        OrderedBatch<String, String> batch = OrderedBatch.submit(rows, OrderedBatchTest::nameOf, pool, todo -> {
            tasks.add(todo);
            List<String> out = new ArrayList<>();
            for (String row : todo) out.add("answer to " + row);
            return out;
        });
        List<String> answers = batch.await();

        assertThat(batch.size()).isEqualTo(rows.size());
        assertThat(answers).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) assertThat(answers.get(i)).isEqualTo("answer to " + rows.get(i));
        // four tasks: the rows in the order of their names' words, cut into runs of BATCH
        List<String> screenedOrder = BatchOrder.inWindows(rows, OrderedBatchTest::nameOf, rows.size());
        List<List<String>> runs = new ArrayList<>();
        for (int from = 0; from < screenedOrder.size(); from += OrderedBatch.BATCH) {
            runs.add(screenedOrder.subList(from, Math.min(screenedOrder.size(), from + OrderedBatch.BATCH)));
        }
        assertThat(tasks).hasSize(4).containsExactlyInAnyOrderElementsOf(runs);
        // "GARCIA, Maria" and "Maria Garcia" come together, before "ivan petrov"
        assertThat(nameOf(screenedOrder.get(0))).isEqualTo("Anna Schmidt");
        assertThat(screenedOrder.stream().map(OrderedBatchTest::nameOf).map(BatchOrder::key).distinct().toList())
                .containsExactly("anna schmidt", "garcia maria", "ivan petrov", "young zoe");
    }

    @Test
    void theWaiterSeesEveryTaskAndARowWithoutANameIsAnsweredToo() throws Exception {
        List<String> rows = new ArrayList<>(rows(OrderedBatch.BATCH + 1));
        rows.set(5, "5:");
        AtomicInteger waited = new AtomicInteger();
        OrderedBatch<String, Integer> batch = OrderedBatch.submit(rows, row -> row.endsWith(":") ? null : nameOf(row), pool,
                todo -> todo.stream().map(row -> Integer.parseInt(row.substring(0, row.indexOf(':')))).toList());
        List<Integer> answers = batch.await(task -> {
            waited.incrementAndGet();
            task.get();
        });
        assertThat(waited).hasValue(2);
        for (int i = 0; i < rows.size(); i++) assertThat(answers.get(i)).isEqualTo(i);
    }

    @Test
    void aTasksFailureIsThrownAsItWasThrown() {
        OrderedBatch<String, String> batch = OrderedBatch.submit(rows(10), OrderedBatchTest::nameOf, pool, todo -> {
            throw new IllegalStateException("screening failed on purpose");
        });
        assertThatThrownBy(batch::await).isInstanceOf(IllegalStateException.class).hasMessage("screening failed on purpose");
    }
}
