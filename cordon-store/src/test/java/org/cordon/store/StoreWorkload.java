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

    /** A synthetic list: entity i is "{word(i)} {word(i + 7919)}", two made-up words unlike each other's. */
    static SanctionsList syntheticList(String sha, int size) {
        List<Entity> entities = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            entities.add(Entity.builder("synthetic", Integer.toString(i), Schema.PERSON).name(name(i), NameKind.PRIMARY).build());
        }
        return Fixtures.list("synthetic", "2026-01-01", sha, entities);
    }

    static String name(int i) {
        return word(i) + " " + word(i + 7919);
    }

    /** Subject j is named exactly like entity 3j when j is even, and like nobody when odd. */
    static List<Subject> subjects() {
        List<Subject> out = new ArrayList<>(SUBJECTS);
        for (int j = 0; j < SUBJECTS; j++) {
            String name = j % 2 == 0 ? name(3 * j) : word(100_000 + j) + " " + word(200_000 + j);
            out.add(new Subject(String.format("S%05d", j), name, Schema.PERSON, null, null, Map.of("row", Integer.toString(j))));
        }
        return out;
    }

    /**
     * A made-up capitalised word of 6 to 9 letters, a fixed function of n: consonant-vowel pairs drawn by a
     * multiplicative hash, so that different n give words that share little (as real names do).
     */
    static String word(int n) {
        long h = (n + 1) * 0x9E3779B97F4A7C15L;
        String consonants = "bdfgklmnprstvz", vowels = "aeiou";
        int len = 3 + (int) Long.remainderUnsigned(h >>> 60, 3);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < len; k++) {
            h = h * 6364136223846793005L + 1442695040888963407L;
            sb.append(consonants.charAt((int) Long.remainderUnsigned(h >>> 33, consonants.length())));
            sb.append(vowels.charAt((int) Long.remainderUnsigned(h >>> 50, vowels.length())));
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
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
        ListVersions.InUse inUse = store.lists().recordInUse(List.of(list), "workload");
        Screener screener = Screeners.build(List.of(list));
        ScreenOptions options = ScreenOptions.of(screener.matchThreshold(), 10);
        BatchRun run = BatchRun.start(store, "batch", "workload", inUse, null, list.entities().size());
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
