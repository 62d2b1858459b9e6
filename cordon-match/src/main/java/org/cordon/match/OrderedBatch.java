package org.cordon.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A window of a batch's rows being screened on a pool: the rows in the order of their names' words ({@link BatchOrder}),
 * cut into runs of {@value #BATCH}, one task each; {@link #await} gives the answers back in the rows' input order.
 * {@code screen-file}'s windows of a file and the delta re-screening's windows of registered subjects both go through it,
 * so the two screen a batch the same way.
 *
 * @param <T> a row
 * @param <R> what screening a row gives (its results, with whatever the caller keeps of the row)
 */
public final class OrderedBatch<T, R> {
    /** Rows a task screens: enough to keep the pool's queue short, few enough for every core to get some of a window. */
    public static final int BATCH = 256;

    /** Waits for a task to end (screen-file redraws its progress line meanwhile); the task's answer is read after. */
    @FunctionalInterface
    public interface Waiter {
        void waitFor(Future<?> task) throws Exception;
    }

    private final int size;
    /** The rows' input positions, in the order they were screened. */
    private final int[] order;
    private final List<Future<List<R>>> tasks;

    private OrderedBatch(int size, int[] order, List<Future<List<R>>> tasks) {
        this.size = size;
        this.order = order;
        this.tasks = tasks;
    }

    /**
     * Submits {@code rows} to {@code pool}, ordered by {@code name} (null for a row without one, such as a row that failed
     * to parse), {@value #BATCH} rows a task; {@code screen} answers a task's rows, one answer a row, in their order.
     */
    public static <T, R> OrderedBatch<T, R> submit(List<T> rows, Function<? super T, String> name, ExecutorService pool,
                                                   Function<List<T>, List<R>> screen) {
        int[] order = BatchOrder.order(rows, name::apply);
        List<Future<List<R>>> tasks = new ArrayList<>(order.length / BATCH + 1);
        for (int from = 0; from < order.length; from += BATCH) {
            List<T> todo = new ArrayList<>(Math.min(BATCH, order.length - from));
            for (int k = from; k < Math.min(order.length, from + BATCH); k++) todo.add(rows.get(order[k]));
            tasks.add(pool.submit(() -> screen.apply(todo)));
        }
        return new OrderedBatch<>(rows.size(), order, tasks);
    }

    /** How many rows the window has. */
    public int size() {
        return size;
    }

    /** The answers in input order, once every task is done; a task's failure is thrown as it was thrown. */
    public List<R> await() throws Exception {
        return await(task -> { });
    }

    /** As {@link #await()}, {@code waiter} called on each task before its answer is read. */
    public List<R> await(Waiter waiter) throws Exception {
        Object[] out = new Object[size];
        int k = 0;
        for (Future<List<R>> task : tasks) {
            waiter.waitFor(task);
            List<R> answers;
            try {
                answers = task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception ex) throw ex;
                throw e;
            }
            for (R r : answers) out[order[k++]] = r;
        }
        if (k != size) throw new IllegalStateException("the tasks answered " + k + " of the window's " + size + " rows");
        @SuppressWarnings("unchecked")
        List<R> inOrder = (List<R>) Arrays.asList(out);
        return inOrder;
    }
}
