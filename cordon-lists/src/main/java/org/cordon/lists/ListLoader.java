package org.cordon.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.cordon.lists.custom.CustomCsvReader;
import org.cordon.lists.eu.EuXmlReader;
import org.cordon.lists.ofac.OfacCsvReader;
import org.cordon.lists.ofac.OfacXmlReader;
import org.cordon.lists.uk.UkXmlReader;
import org.cordon.lists.un.UnXmlReader;
import org.cordon.model.Entity;
import org.cordon.model.SanctionsList;

/**
 * Loads every list under a directory (recursively, following symbolic links): recognises each file
 * by content, groups the parts of OFAC legacy CSV sets, reads the groups in parallel, and returns all
 * lists or throws. Nothing is returned half-loaded: one bad file fails the whole load, so a caller
 * that already serves lists keeps serving the ones it has.
 */
public final class ListLoader {

    /** What a load produced: the lists, and the files passed over as documentation. */
    public record Loaded(List<SanctionsList> lists, List<Path> skipped) {
        public int entityCount() {
            return lists.stream().mapToInt(l -> l.entities().size()).sum();
        }

        /** Every entity once: a record published in two lists of one source (OFAC SDN and non-SDN) counts once. */
        public List<Entity> entities() {
            return SanctionsList.distinctEntities(lists);
        }
    }

    private ListLoader() {}


    /** Loads a directory of lists, or a single list file. */
    public static Loaded load(Path dirOrFile) throws IOException, ListFormatException {
        if (!Files.exists(dirOrFile)) {
            throw new ListFormatException(dirOrFile, 0, "no such file or directory");
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dirOrFile)) {
            try (Stream<Path> walk = Files.walk(dirOrFile, FileVisitOption.FOLLOW_LINKS)) {
                walk.filter(p -> !Files.isDirectory(p))
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(files::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } else {
            files.add(dirOrFile);
        }
        return loadFiles(files, dirOrFile);
    }

    /** Loads the given files as one set (OFAC CSV parts are grouped by directory). */
    public static Loaded loadFiles(List<Path> files, Path origin) throws IOException, ListFormatException {
        List<Path> skipped = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        Map<String, Group> ofacSets = new LinkedHashMap<>();
        for (Path f : files) {
            if (!Files.exists(f)) throw new ListFormatException(f, 0, "broken symbolic link: the file it points to does not exist");
            if (!Files.isRegularFile(f)) throw new ListFormatException(f, 0, "not a regular file");
            if (!Files.isReadable(f)) throw new ListFormatException(f, 0, "file is not readable (permissions?)");
            ListFormat format;
            try {
                format = FormatDetector.detect(f);
            } catch (IOException e) {
                throw new ListFormatException(f, 0, "cannot read: " + e.getMessage(), e);
            }
            switch (format) {
                case DOCUMENT -> skipped.add(f);
                case UNKNOWN -> throw new ListFormatException(f, 1, "unrecognised file: expected a UN, OFAC, EU or UK list "
                        + "(XML or OFAC legacy CSV) or a custom list CSV with a header holding id,name");
                default -> {
                    if (format.isOfacCsvPart()) {
                        String key = f.getParent() + "|" + (isConsolidatedPart(f) ? "cons" : "sdn");
                        ofacSets.computeIfAbsent(key, k -> {
                            Group g = new Group(ListFormat.OFAC_CSV_PRIMARY, new ArrayList<>());
                            groups.add(g);
                            return g;
                        }).files.add(f);
                    } else {
                        groups.add(new Group(format, new ArrayList<>(List.of(f))));
                    }
                }
            }
        }
        if (groups.isEmpty()) {
            throw new ListFormatException(origin, 0, "no list files found (expected UN, OFAC, EU or UK list files or custom list CSVs)");
        }
        List<SanctionsList> lists = checkUniqueIds(readAll(groups));
        return new Loaded(lists, skipped);
    }

    private static boolean isConsolidatedPart(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("cons_");
    }

    private static List<SanctionsList> readAll(List<Group> groups) throws IOException, ListFormatException {
        int threads = Math.max(1, Math.min(groups.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "list-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<SanctionsList>> futures = new ArrayList<>();
            for (Group g : groups) futures.add(pool.submit(() -> readerFor(g.format).read(g.files)));
            List<SanctionsList> out = new ArrayList<>();
            for (Future<SanctionsList> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof ListFormatException lfe) throw lfe;
                    if (c instanceof IOException io) throw io;
                    if (c instanceof RuntimeException re) throw re;
                    if (c instanceof Error err) throw err;
                    throw new IllegalStateException(c);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while loading lists", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The reader for a format. */
    public static ListReader readerFor(ListFormat format) {
        return switch (format) {
            case UN_XML -> new UnXmlReader();
            case OFAC_XML -> new OfacXmlReader();
            case EU_XML -> new EuXmlReader();
            case UK_XML -> new UkXmlReader();
            case OFAC_CSV_PRIMARY, OFAC_CSV_ALT, OFAC_CSV_ADD, OFAC_CSV_COMMENTS -> new OfacCsvReader();
            case CUSTOM_CSV -> new CustomCsvReader();
            default -> throw new IllegalArgumentException("no reader for " + format);
        };
    }

    /**
     * Ids must be unique across lists. The same id in two lists of one source is one publisher entity
     * in two of its exports (OFAC's SDN and non-SDN lists share one uid space, and 60 entities are on
     * both): both lists then carry the merged record. Any other clash (a custom list named like another
     * list, two custom lists of one name) is an error.
     */
    private static List<SanctionsList> checkUniqueIds(List<SanctionsList> lists) throws ListFormatException {
        Map<String, SanctionsList> owner = new HashMap<>();
        Map<String, Entity> merged = new HashMap<>();
        for (SanctionsList l : lists) {
            for (Entity e : l.entities()) {
                SanctionsList prev = owner.putIfAbsent(e.id(), l);
                if (prev == null || prev == l) continue;
                if (!sharesIdSpace(prev, l)) {
                    throw new ListFormatException(null, 0, "entity id " + e.id() + " is in both " + prev.version().files()
                            + " and " + l.version().files() + ": two lists claim the same source name and record id");
                }
                Entity first = merged.getOrDefault(e.id(), find(prev, e.id()));
                merged.put(e.id(), first.mergedWith(e));
            }
        }
        if (merged.isEmpty()) return lists;
        List<SanctionsList> out = new ArrayList<>(lists.size());
        for (SanctionsList l : lists) {
            List<Entity> es = new ArrayList<>(l.entities().size());
            for (Entity e : l.entities()) es.add(merged.getOrDefault(e.id(), e));
            out.add(new SanctionsList(l.version(), es));
        }
        return out;
    }

    /** OFAC's SDN and non-SDN exports (CSV or XML) number one entity base; no other two lists do. */
    private static boolean sharesIdSpace(SanctionsList a, SanctionsList b) {
        return a.source().equals("ofac") && b.source().equals("ofac") && isOfacFormat(a) && isOfacFormat(b);
    }

    private static boolean isOfacFormat(SanctionsList l) {
        String f = l.version().format();
        return f.equals(ListFormat.OFAC_CSV_PRIMARY.id()) || f.equals(ListFormat.OFAC_XML.id());
    }

    private static Entity find(SanctionsList l, String id) {
        for (Entity e : l.entities()) if (e.id().equals(id)) return e;
        throw new IllegalStateException(id);
    }

    private record Group(ListFormat format, List<Path> files) {}
}
