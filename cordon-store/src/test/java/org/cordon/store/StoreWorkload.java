package org.cordon.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screener;
import org.cordon.match.Screeners;
import org.cordon.model.Entity;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;

/**
 * The work {@link KillRecoveryTest} runs in a child JVM and kills: a list load or a batch run into a
 * SQLite store. With {@code --hold} the child stops in the middle of a transaction and waits on its
 * standard input, so the parent kills it at a known point without sleeping or racing.
 *
 * <pre>java ... org.cordon.store.StoreWorkload DATA_DIR load|batch [--hold]</pre>
 */
public final class StoreWorkload {
    static final int LIST_SIZE = 1500;
    static final int SUBJECTS = 400;
    static final int CHUNK = 50;
    /** The chunk inside whose transaction a held batch run stops (3 chunks committed before it). */
    static final int HOLD_CHUNK = 4;

    /** Progress lines go to the parent only from a child process, not from an in-process reference run. */
    private static boolean child;

    public static void main(String[] args) throws Exception {
        child = true;
        Path dir = Path.of(args[0]);
        boolean hold = args.length > 2 && args[2].equals("--hold");
        try (Store store = Store.open(StoreLocation.sqlite(dir))) {
            switch (args[1]) {
                case "load" -> load(store, hold);
                case "batch" -> batch(store, hold);
                default -> throw new IllegalArgumentException("mode: load or batch");
            }
        }
        say("done");
    }

    /** A synthetic list: entity i is "Name{i} Family{i % 97}". */
    static SanctionsList syntheticList(String sha, int size) {
        List<Entity> entities = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            entities.add(Entity.builder("synthetic", Integer.toString(i), Schema.PERSON)
                    .name("Zorvan" + word(i) + " Quillit" + word(i % 97), NameKind.PRIMARY).build());
        }
        return Fixtures.list("synthetic", "2026-01-01", sha, entities);
    }

    /** Subject j is named exactly like entity 3j when j is even, and like nobody when odd. */
    static List<Subject> subjects() {
        List<Subject> out = new ArrayList<>(SUBJECTS);
        for (int j = 0; j < SUBJECTS; j++) {
            String name = j % 2 == 0 ? "Zorvan" + word(3 * j) + " Quillit" + word((3 * j) % 97) : "Plain Customer " + word(j);
            out.add(new Subject(String.format("S%05d", j), name, Schema.PERSON, null, null, Map.of("row", Integer.toString(j))));
        }
        return out;
    }

    /** Letters only, so no tokeniser splits or drops the distinguishing part. */
    static String word(int n) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return sb.toString();
    }

    private static void load(Store store, boolean hold) {
        store.lists().record(syntheticList("b2", LIST_SIZE), "workload", n -> {
            // Progress comes every 1,000 entities; the first report is well inside the transaction.
            if (hold && n < LIST_SIZE) holdHere("load midway " + n);
        });
    }

    static void batch(Store store, boolean hold) {
        SanctionsList list = syntheticList("a1", LIST_SIZE);
        List<ListVersions.Recorded> recorded = store.lists().recordAll(List.of(list), "workload");
        Screener screener = Screeners.build(List.of(list));
        ScreenOptions options = ScreenOptions.of(screener.matchThreshold(), 10);
        BatchRun run = BatchRun.start(store, "batch", "workload", ListVersions.idsBySource(recorded), null, list.entities().size());
        List<Subject> subjects = subjects();
        int chunkNo = 0;
        for (int from = 0; from < subjects.size(); from += CHUNK) {
            chunkNo++;
            List<BatchRun.Screened> chunk = new ArrayList<>();
            for (Subject s : subjects.subList(from, Math.min(subjects.size(), from + CHUNK))) {
                chunk.add(new BatchRun.Screened(s, screener.screen(s.query(), options)));
            }
            if (hold && chunkNo == HOLD_CHUNK) {
                int n = chunkNo;
                store.transaction(() -> {
                    run.record(chunk);
                    holdHere("batch midway in chunk " + n);
                    return null;
                });
            } else {
                run.record(chunk);
                say("chunk " + chunkNo + " committed");
            }
        }
        run.finish();
    }

    private static void holdHere(String message) {
        say(message);
        try {
            System.in.read();
        } catch (IOException e) {
            // The parent is gone; fall through and let the work finish or fail.
        }
    }

    private static void say(String line) {
        if (!child) return;
        System.out.println(line);
        System.out.flush();
    }
}
