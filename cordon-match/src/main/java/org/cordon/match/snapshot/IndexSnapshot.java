package org.cordon.match.snapshot;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import org.cordon.match.CompiledName;
import org.cordon.match.IndexedScreener;
import org.cordon.match.Screeners;
import org.cordon.match.Timings;
import org.cordon.match.index.CandidateIndex;
import org.cordon.match.normalise.NormalisedName;
import org.cordon.match.normalise.Tokens;
import org.cordon.model.Address;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.ListVersion;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.NamePart;
import org.cordon.model.PartialDate;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;

/**
 * The compiled screener as bytes, so a restart skips reading the official files and normalising
 * every name (transliteration is most of the build time): the CLI, a server or a Spark executor
 * reads it back in well under a second. Holds the lists (versions and records), every list
 * name's normalised forms and, unless the writer leaves it out, the candidate index's arrays (built
 * on reading otherwise: building was 1.0-1.3 s of a 1.5-2.3 s restart, reading it is 0.25-0.45 s);
 * token weights and profiles are recomputed on reading, alongside the index.
 *
 * <p>Why the layout is what it is: a restart is CPU-bound and mostly runs cold (interpreted) code,
 * so the reader does as little per byte as it can and splits the work over the cores. Every string
 * is stored once in a string table (names, tokens, programmes and enum names repeat tens of
 * thousands of times) and referenced by number, so the reader builds each distinct string once and
 * never hashes one; the table and the records are cut into chunks that carry their byte length, so
 * they decode in parallel; the checksum is computed over the whole body in one pass.
 *
 * <p>Layout: a header written with {@link DataOutputStream} (big-endian): magic {@code CORDIDX1},
 * format version, a key string chosen by the writer (the CLI puts the list files' SHA-256 there)
 * and the body's length; then the body; then a CRC-32 of header and body. The body holds unsigned
 * LEB128 varints ("v"), single bytes and string references (v: 0 for null, else 1 + table index):
 * <pre>
 *   strings:  v count, v chunks, per chunk: v bytes, v count, per string: v length, UTF-8
 *   lists:    v count, per list: its version (references), v records
 *   records:  v count, v blocks, per block: v bytes, v count, per record: a flag byte, then
 *             FIRST (an id not seen before): the entity and its compiled names (index of the name
 *             in the record, then the normalised forms as token arrays);
 *             REPEATED (an id seen before, another record): the entity;
 *             SAME_AS_EARLIER (the very record seen before): its id
 *   index:    a byte, 1 when the candidate index follows: v bytes, then CandidateIndex#toBytes
 *             (arrays in bulk, little-endian, checked against their counts and ranges as read)
 * </pre>
 * Records are written list after list, so the FIRST ones are {@link SanctionsList#distinctEntities}
 * in order (OFAC publishes one entity on its two lists; the loader gives both one merged record). Enums go by name so a reordered enum cannot
 * change meaning; every count, length and reference is checked against a bound before anything is
 * allocated, so a damaged file fails with a {@link SnapshotException} that says where, never with
 * an OutOfMemoryError. cordon-spark broadcasts these bytes, gzip-compressed.
 */
public final class IndexSnapshot {
    static final long MAGIC = 0x434F524449445831L; // "CORDIDX1"
    /**
     * 5: the consonant skeletons' fuzzy dictionaries are indexed by the ends of the words they were read from (a flag per
     * look-up by ends says whether it is keyed so); 4: the candidate index may follow the records (3 rebuilt it on every
     * read); 3: string table, varints, chunks and blocks decoded in parallel (2 wrote every string inline, read serially).
     */
    static final int VERSION = 5;
    static final int MAX_STRING_BYTES = 1 << 20;
    static final int MAX_VALUES = 1 << 16;
    static final int MAX_ENTITIES = 1 << 24;
    static final int MAX_LISTS = 1 << 12;
    static final int MAX_TOKENS = 1 << 12;
    static final int MAX_STRINGS = 1 << 26;
    static final int MAX_KEY_BYTES = 1 << 12;
    /** The body of all official lists is about 14 MB; a length beyond this is damage, not data. */
    static final long MAX_BODY_BYTES = 1L << 30;
    /**
     * Records per block and strings per chunk: small enough that two to eight cores share the work
     * evenly (the real lists give about 55 blocks and 25 chunks), large enough that a block's
     * bookkeeping is noise.
     */
    static final int BLOCK_RECORDS = 512;
    static final int CHUNK_STRINGS = 8192;
    /** Record flags: a record with another id than those before it, with its compiled names; another record under an id seen before; the very record seen before. */
    static final int REPEATED = 0, FIRST = 1, SAME_AS_EARLIER = 2;

    private IndexSnapshot() {}

    /** Writes the screener with an empty key. */
    public static void write(IndexedScreener screener, OutputStream out) throws IOException {
        write(screener, "", out);
    }

    /** Writes the screener with its candidate index; {@code key} says what it was built from (read back by {@link #read(InputStream, String)}). */
    public static void write(IndexedScreener screener, String key, OutputStream target) throws IOException {
        write(screener, key, target, true);
    }

    /**
     * Writes the screener; with {@code withIndex} its candidate index too (three to four times the bytes; a reader then
     * reads the index instead of building it), else a reader builds the index.
     */
    public static void write(IndexedScreener screener, String key, OutputStream target, boolean withIndex) throws IOException {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        if (keyBytes.length > MAX_KEY_BYTES) throw new IOException("index snapshot: a key of " + keyBytes.length + " bytes exceeds " + MAX_KEY_BYTES);
        StringTable table = new StringTable();
        List<SanctionsList> lists = screener.lists();
        List<Entity> all = screener.entities();

        // records first: they fill the string table, which the body must hold before them
        Buf lists0 = new Buf(table);
        lists0.v(lists.size());
        int nRecords = 0;
        for (SanctionsList list : lists) {
            writeVersion(lists0, list.version());
            lists0.v(list.entities().size());
            nRecords += list.entities().size();
        }
        List<Buf> blocks = new ArrayList<>();
        Buf block = null;
        Map<String, Entity> seen = new HashMap<>();
        int distinct = 0;
        for (SanctionsList list : lists) {
            for (Entity e : list.entities()) {
                if (block == null || block.count == BLOCK_RECORDS) {
                    block = new Buf(table);
                    blocks.add(block);
                }
                block.count++;
                Entity earlier = seen.putIfAbsent(e.id(), e);
                if (earlier == e) {
                    // the loader gives both of OFAC's lists one merged record: kept one object on reading too
                    block.b(SAME_AS_EARLIER);
                    block.s(e.id());
                    continue;
                }
                boolean first = earlier == null;
                block.b(first ? FIRST : REPEATED);
                writeEntity(block, e);
                if (!first) continue;
                if (all.get(distinct) != e) throw new IllegalStateException("record " + e.id() + " out of order in the screener");
                List<CompiledName> names = screener.compiledNames(distinct++);
                block.v(names.size());
                for (CompiledName c : names) {
                    block.v(indexOf(e.names(), c.name()));
                    writeName(block, c.normalised());
                }
            }
        }

        Buf body = new Buf(table);
        List<String> strings = table.strings;
        body.v(strings.size());
        int nChunks = (strings.size() + CHUNK_STRINGS - 1) / CHUNK_STRINGS;
        body.v(nChunks);
        for (int c = 0; c < nChunks; c++) {
            Buf chunk = new Buf(table);
            int from = c * CHUNK_STRINGS, to = Math.min(strings.size(), from + CHUNK_STRINGS);
            for (int i = from; i < to; i++) {
                byte[] b = strings.get(i).getBytes(StandardCharsets.UTF_8);
                if (b.length > MAX_STRING_BYTES) throw new IOException("index snapshot: a string of " + b.length + " bytes exceeds " + MAX_STRING_BYTES);
                chunk.v(b.length);
                chunk.bytes(b, 0, b.length);
            }
            body.v(chunk.size);
            body.v(to - from);
            body.bytes(chunk.data, 0, chunk.size);
        }
        body.bytes(lists0.data, 0, lists0.size);
        body.v(nRecords);
        body.v(blocks.size());
        for (Buf b : blocks) {
            body.v(b.size);
            body.v(b.count);
            body.bytes(b.data, 0, b.size);
        }
        if (withIndex) {
            byte[] index = screener.index().toBytes();
            body.b(1);
            body.v(index.length);
            body.bytes(index, 0, index.length);
        } else {
            body.b(0);
        }

        ByteArrayOutputStream headerBytes = new ByteArrayOutputStream(64 + keyBytes.length);
        DataOutputStream header = new DataOutputStream(headerBytes);
        header.writeLong(MAGIC);
        header.writeInt(VERSION);
        header.writeInt(keyBytes.length);
        header.write(keyBytes);
        header.writeLong(body.size);
        header.flush();
        CRC32 crc = new CRC32();
        crc.update(headerBytes.toByteArray());
        crc.update(body.data, 0, body.size);
        DataOutputStream out = new DataOutputStream(target);
        headerBytes.writeTo(out);
        out.write(body.data, 0, body.size);
        out.writeLong(crc.getValue());
        out.flush();
    }

    /** Position of a name in its record, by identity (a record may list two equal names). */
    private static int indexOf(List<Name> names, Name name) {
        for (int i = 0; i < names.size(); i++) if (names.get(i) == name) return i;
        int i = names.indexOf(name);
        if (i < 0) throw new IllegalStateException("compiled name '" + name.full() + "' is not among its record's names");
        return i;
    }

    /** Reads a snapshot whatever its key. */
    public static IndexedScreener read(InputStream in) throws IOException {
        return read(in, null, Timings.NONE);
    }

    /** Reads a snapshot, checking its key when {@code expectedKey} is not null. */
    public static IndexedScreener read(InputStream source, String expectedKey) throws IOException {
        return read(source, expectedKey, Timings.NONE);
    }

    /**
     * Reads a snapshot, checking its key when {@code expectedKey} is not null, and records how long
     * each step took in {@code timings}.
     *
     * @throws SnapshotException when the bytes are truncated, corrupt, of another format version,
     *                           exceed a bound, or carry another key (built from other list files)
     */
    public static IndexedScreener read(InputStream source, String expectedKey, Timings timings) throws IOException {
        return decode(checkedBody(source, expectedKey, timings), timings);
    }

    /**
     * Checks a snapshot without decoding it: the header, the key when {@code expectedKey} is not null, the body's bounds and
     * the checksum, as {@link #read(InputStream, String)} checks them, for a caller that only passes the bytes on (the Spark
     * driver ships a cached snapshot to its executors, which decode it).
     *
     * @throws SnapshotException as {@link #read(InputStream, String, Timings)}
     */
    public static void verify(InputStream source, String expectedKey) throws IOException {
        checkedBody(source, expectedKey, Timings.NONE);
    }

    /** The body of a snapshot whose header, key and checksum are as they should be. */
    private static byte[] checkedBody(InputStream source, String expectedKey, Timings timings) throws IOException {
        long t = System.nanoTime();
        DataInputStream in = new DataInputStream(source);
        String where = "header";
        byte[] header;
        byte[] body;
        try {
            if (in.readLong() != MAGIC) throw fault(where, "not a Cordon index snapshot (wrong magic number)");
            int version = in.readInt();
            if (version != VERSION) throw fault(where, "format version " + version + ", but this build reads version " + VERSION);
            int keyLength = in.readInt();
            if (keyLength < 0 || keyLength > MAX_KEY_BYTES) throw fault(where, "key length " + keyLength + " outside [0, " + MAX_KEY_BYTES + "]");
            byte[] keyBytes = new byte[keyLength];
            in.readFully(keyBytes);
            if (expectedKey != null && !expectedKey.equals(new String(keyBytes, StandardCharsets.UTF_8))) throw fault(where, "built from other list files or by another build of Cordon");
            long bodyLength = in.readLong();
            if (bodyLength < 0 || bodyLength > MAX_BODY_BYTES) throw fault(where, "body length " + bodyLength + " outside [0, " + MAX_BODY_BYTES + "]");
            ByteArrayOutputStream h = new ByteArrayOutputStream(24 + keyLength);
            DataOutputStream hd = new DataOutputStream(h);
            hd.writeLong(MAGIC);
            hd.writeInt(version);
            hd.writeInt(keyLength);
            hd.write(keyBytes);
            hd.writeLong(bodyLength);
            header = h.toByteArray();
            where = "body";
            body = readBody(in, (int) bodyLength);
            where = "checksum";
            long stored = in.readLong();
            if (in.read() != -1) throw fault(where, "bytes after the checksum");
            timings.add("snapshot file read", t);
            t = System.nanoTime();
            CRC32 crc = new CRC32();
            crc.update(header);
            crc.update(body);
            if (stored != crc.getValue()) throw fault(where, "checksum mismatch: the file is damaged");
            timings.add("checksum", t);
        } catch (EOFException e) {
            throw fault(where, "truncated");
        }
        return body;
    }

    /** The body, grown as bytes arrive so that a damaged length cannot allocate more than the stream holds. */
    private static byte[] readBody(InputStream in, int length) throws IOException {
        // as much as the stream says it holds (a file: the rest of it), so a body with its index is not copied while it grows
        byte[] buf = new byte[Math.min(length, Math.max(1 << 24, in.available()))];
        int n = 0;
        while (n < length) {
            if (n == buf.length) buf = Arrays.copyOf(buf, (int) Math.min(length, 2L * buf.length));
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) throw new EOFException();
            n += r;
        }
        return buf;
    }

    private static SnapshotException fault(String where, String problem) {
        return new SnapshotException("index snapshot, " + where + ": " + problem);
    }

    /** A chunk or block of the body: where it starts and ends and how many items it holds. */
    private record Part(int from, int to, int count, int first) {}

    private static IndexedScreener decode(byte[] body, Timings timings) throws IOException {
        long t = System.nanoTime();
        Cursor c = new Cursor(body, 0, body.length, null, "string table");
        try {
            int nStrings = c.count("string count", MAX_STRINGS);
            List<Part> chunks = parts(c, c.count("chunk count", MAX_STRINGS), nStrings, "string");
            String[] strings = new String[nStrings];
            parallel(chunks.size(), k -> {
                Part p = chunks.get(k);
                Cursor in = new Cursor(body, p.from, p.to, null, "string table, chunk " + (k + 1));
                for (int i = p.first; i < p.first + p.count; i++) {
                    int n = in.count("string length", MAX_STRING_BYTES);
                    strings[i] = new String(body, in.take(n), n, StandardCharsets.UTF_8);
                }
                in.end();
            });
            timings.add("strings decoded", t);

            t = System.nanoTime();
            c.strings = strings;
            c.where = "lists";
            int nLists = c.count("list count", MAX_LISTS);
            ListVersion[] versions = new ListVersion[nLists];
            int[] sizes = new int[nLists];
            long total = 0;
            for (int l = 0; l < nLists; l++) {
                c.where = "list " + (l + 1);
                versions[l] = c.version();
                sizes[l] = c.count("record count", MAX_ENTITIES);
                total += sizes[l];
            }
            c.where = "records";
            int nRecords = c.count("record count", MAX_ENTITIES);
            if (nRecords != total) throw c.fault(nRecords + " records for lists holding " + total);
            List<Part> blocks = parts(c, c.count("block count", MAX_ENTITIES), nRecords, "record");
            c.where = "index";
            int hasIndex = c.b();
            if (hasIndex != 0 && hasIndex != 1) throw c.fault("index flag " + hasIndex);
            int indexLength = hasIndex == 1 ? c.count("index length", c.to - c.at) : 0;
            int indexAt = c.take(indexLength);
            c.end();
            Entity[] entities = new Entity[nRecords];
            String[] sameAs = new String[nRecords];
            @SuppressWarnings("unchecked")
            List<CompiledName>[] compiled = new List[nRecords];
            parallel(blocks.size(), k -> {
                Part p = blocks.get(k);
                Cursor in = new Cursor(body, p.from, p.to, strings, "records, block " + (k + 1));
                try {
                    for (int i = p.first; i < p.first + p.count; i++) {
                        in.record = i;
                        in.recordId = null;
                        int flag = in.b();
                        if (flag == SAME_AS_EARLIER) {
                            sameAs[i] = in.required("id");
                            continue;
                        }
                        if (flag != REPEATED && flag != FIRST) throw in.fault("record flag " + flag);
                        Entity e = in.entity();
                        in.recordId = e.id();
                        entities[i] = e;
                        if (flag == FIRST) compiled[i] = in.compiledNames(e);
                    }
                } catch (IllegalArgumentException | NullPointerException e) {
                    // a value a constructor refuses (a month of 13): damage the checksum did not catch
                    throw in.fault("invalid value: " + e.getMessage());
                }
                in.record = -1;
                in.end();
            });

            resolveSameAs(entities, sameAs, compiled);
            List<SanctionsList> lists = new ArrayList<>(nLists);
            List<List<CompiledName>> names = new ArrayList<>();
            List<Entity> flagged = new ArrayList<>();
            int at = 0;
            for (int l = 0; l < nLists; l++) {
                lists.add(new SanctionsList(versions[l], Arrays.asList(entities).subList(at, at + sizes[l])));
                at += sizes[l];
            }
            for (int i = 0; i < nRecords; i++) {
                if (compiled[i] == null) continue;
                flagged.add(entities[i]);
                names.add(compiled[i]);
            }
            List<Entity> distinct = SanctionsList.distinctEntities(lists);
            if (distinct.size() != flagged.size()) throw fault("records", flagged.size() + " compiled records for " + distinct.size() + " distinct records");
            for (int i = 0; i < distinct.size(); i++) {
                if (distinct.get(i) != flagged.get(i)) throw fault("records", "record " + flagged.get(i).id() + " compiled out of order");
            }
            timings.add("records decoded (" + blocks.size() + " blocks)", t);
            if (hasIndex == 0) return Screeners.assemble(lists, names, timings);
            return Screeners.assemble(lists, names, count -> {
                long started = System.nanoTime();
                try {
                    CandidateIndex index = CandidateIndex.read(body, indexAt, indexLength, count);
                    timings.add("candidate index decoded (" + (indexLength >> 20) + " MB)", started);
                    return index;
                } catch (IllegalArgumentException e) {
                    throw new UncheckedIOException(new SnapshotException("index snapshot, " + e.getMessage()));
                }
            }, timings);
        } catch (RuntimeException e) {
            // a fault in a part was thrown on a pool thread, and the fork-join framework may have wrapped it once more
            for (Throwable x = e; x != null; x = x.getCause()) {
                if (x instanceof SnapshotException s) throw s;
            }
            if (e instanceof IllegalArgumentException || e instanceof NullPointerException) throw fault(c.where, "invalid value: " + e.getMessage());
            throw e;
        }
    }

    /** Records written as "the record seen before under this id" become that object (a few dozen: OFAC's merged uids). */
    private static void resolveSameAs(Entity[] entities, String[] sameAs, List<CompiledName>[] compiled) throws SnapshotException {
        Map<String, Integer> wanted = new HashMap<>();
        for (int i = 0; i < sameAs.length; i++) if (sameAs[i] != null) wanted.putIfAbsent(sameAs[i], i);
        if (wanted.isEmpty()) return;
        Map<String, Entity> found = new HashMap<>();
        for (int i = 0; i < entities.length; i++) {
            if (compiled[i] == null) continue;
            Integer at = wanted.get(entities[i].id());
            if (at != null && i < at) found.put(entities[i].id(), entities[i]);
        }
        for (int i = 0; i < sameAs.length; i++) {
            if (sameAs[i] == null) continue;
            entities[i] = found.get(sameAs[i]);
            if (entities[i] == null) throw fault("record " + (i + 1), "refers to an earlier record " + sameAs[i] + " that is not there");
        }
    }

    /** Walks the chunk or block headers: each starts with its byte length and item count; together they hold {@code items}. */
    private static List<Part> parts(Cursor c, int n, int items, String what) throws SnapshotException {
        List<Part> out = new ArrayList<>(n);
        int first = 0;
        for (int k = 0; k < n; k++) {
            int bytes = c.count(what + " part length", c.to - c.at);
            int count = c.count(what + " part count", items - first);
            int from = c.take(bytes);
            out.add(new Part(from, from + bytes, count, first));
            first += count;
        }
        if (first != items) throw c.fault(first + " " + what + "s in parts for " + items);
        return out;
    }

    private interface Task {
        void run(int k) throws IOException;
    }

    /** Runs task(0..n-1) on the common pool; the first fault is rethrown unchecked, and unwrapped by the caller. */
    private static void parallel(int n, Task task) {
        IntStream.range(0, n).parallel().forEach(k -> {
            try {
                task.run(k);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    // ---------------------------------------------------------------- writing

    private static void writeName(Buf out, NormalisedName n) {
        out.s(n.original());
        out.s(n.schema() == null ? null : n.schema().name());
        out.s(n.script().name());
        out.v(n.forms().size());
        for (Tokens t : n.forms()) {
            out.v(t.size());
            for (int i = 0; i < t.size(); i++) {
                out.s(t.text(i));
                out.b(t.kind(i));
                out.s(t.phonetic(i));
                out.s(t.skeleton(i));
                out.b(t.roles(i));
            }
            out.b((t.abjad() ? 1 : 0) | (t.familyMarked() ? 2 : 0) | (t.transliterated() ? 4 : 0) | (t.syllabic() ? 8 : 0));
        }
        out.v(n.scriptTokens().size());
        for (String s : n.scriptTokens()) out.s(s);
    }

    private static void writeVersion(Buf out, ListVersion v) {
        out.s(v.source());
        out.s(v.publisher());
        out.s(v.title());
        out.s(v.format());
        out.s(v.publicationDate());
        out.strings(v.files());
        out.s(v.sha256());
        out.v(v.entityCount());
    }

    private static void writeEntity(Buf out, Entity e) {
        out.s(e.id());
        out.s(e.source());
        out.s(e.sourceId());
        out.s(e.schema().name());
        out.v(e.names().size());
        for (Name n : e.names()) {
            out.s(n.full());
            out.s(n.kind().name());
            out.s(n.lang());
            out.v(n.parts().size());
            for (NamePart p : n.parts()) {
                out.s(p.type().name());
                out.s(p.value());
            }
        }
        out.v(e.birthDates().size());
        for (DateRange d : e.birthDates()) {
            out.date(d.from());
            out.date(d.to());
        }
        out.strings(e.birthPlaces());
        out.strings(e.nationalities());
        out.strings(e.countries());
        out.s(e.gender());
        out.v(e.identifiers().size());
        for (Identifier i : e.identifiers()) {
            out.s(i.type().name());
            out.s(i.value());
            out.s(i.country());
            out.s(i.note());
        }
        out.v(e.addresses().size());
        for (Address a : e.addresses()) {
            out.s(a.full());
            out.s(a.city());
            out.s(a.country());
        }
        out.strings(e.programmes());
        out.s(e.listedOn());
        out.v(e.properties().size());
        for (Map.Entry<String, List<String>> p : e.properties().entrySet()) {
            out.s(p.getKey());
            out.strings(p.getValue());
        }
    }

    /** Every distinct string once, numbered in order of first use. */
    private static final class StringTable {
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> strings = new ArrayList<>();

        int ref(String s) {
            if (s == null) return 0;
            Integer id = ids.get(s);
            if (id == null) {
                id = strings.size();
                ids.put(s, id);
                strings.add(s);
            }
            return id + 1;
        }
    }

    /** A growable byte array with the body's encodings. */
    private static final class Buf {
        final StringTable table;
        byte[] data = new byte[1 << 12];
        int size;
        int count;

        Buf(StringTable table) {
            this.table = table;
        }

        private void room(int n) {
            if (size + n > data.length) data = Arrays.copyOf(data, Math.max(size + n, data.length * 2));
        }

        void b(int value) {
            room(1);
            data[size++] = (byte) value;
        }

        /** Unsigned LEB128. */
        void v(int value) {
            room(5);
            while ((value & ~0x7F) != 0) {
                data[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            data[size++] = (byte) value;
        }

        void s(String value) {
            v(table.ref(value));
        }

        void strings(List<String> values) {
            v(values.size());
            for (String s : values) s(s);
        }

        void date(PartialDate d) {
            v(d.year());
            b(d.month());
            b(d.day());
        }

        void bytes(byte[] b, int off, int len) {
            room(len);
            System.arraycopy(b, off, data, size, len);
            size += len;
        }
    }

    // ---------------------------------------------------------------- reading

    /** Reads one chunk or block: bounds-checked against its end, strings by reference, faults saying where. */
    private static final class Cursor {
        final byte[] buf;
        int at;
        final int to;
        String[] strings;
        String where;
        /** The record being read (-1 outside records) and its id once known: for messages only, built when one is needed. */
        int record = -1;
        String recordId;

        Cursor(byte[] buf, int from, int to, String[] strings, String where) {
            this.buf = buf;
            this.at = from;
            this.to = to;
            this.strings = strings;
            this.where = where;
        }

        SnapshotException fault(String problem) {
            if (record < 0) return IndexSnapshot.fault(where, problem);
            return IndexSnapshot.fault(recordId == null ? "record " + (record + 1) : "compiled names of record " + recordId + " (" + (record + 1) + ")",
                    problem);
        }

        /** Skips n bytes and returns where they start. */
        int take(int n) throws SnapshotException {
            if (n > to - at) throw fault("truncated");
            int from = at;
            at += n;
            return from;
        }

        void end() throws SnapshotException {
            if (at != to) throw fault((to - at) + " bytes left over");
        }

        int b() throws SnapshotException {
            if (at >= to) throw fault("truncated");
            return buf[at++];
        }

        int v() throws SnapshotException {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                if (at >= to) throw fault("truncated");
                byte x = buf[at++];
                value |= (x & 0x7F) << shift;
                if (x >= 0) {
                    if (value < 0) throw fault("a number out of range");
                    return value;
                }
            }
            throw fault("a number longer than five bytes");
        }

        int count(String what, int max) throws SnapshotException {
            int n = v();
            if (n > max) throw fault(what + " " + n + " outside [0, " + max + "]");
            return n;
        }

        String str() throws SnapshotException {
            int ref = v();
            if (ref == 0) return null;
            if (ref > strings.length) throw fault("string reference " + ref + " beyond the table of " + strings.length);
            return strings[ref - 1];
        }

        String required(String what) throws SnapshotException {
            String s = str();
            if (s == null) throw fault(what + " is missing");
            return s;
        }

        List<String> strings() throws SnapshotException {
            int n = count("value count", MAX_VALUES);
            if (n == 0) return List.of();
            String[] out = new String[n];
            for (int i = 0; i < n; i++) out[i] = required("value");
            return Arrays.asList(out);
        }

        <E extends Enum<E>> E constant(Class<E> type) throws SnapshotException {
            String name = required(type.getSimpleName());
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw fault("unknown " + type.getSimpleName() + " '" + name + "'");
            }
        }

        PartialDate date() throws SnapshotException {
            int year = v();
            int month = b();
            int day = b();
            return new PartialDate(year, month, day);
        }

        ListVersion version() throws SnapshotException {
            String source = required("source");
            String publisher = str();
            String title = str();
            String format = str();
            String publicationDate = str();
            List<String> files = strings();
            String sha256 = str();
            int entityCount = v();
            return new ListVersion(source, publisher, title, format, publicationDate, files, sha256, entityCount);
        }

        Entity entity() throws SnapshotException {
            String id = required("id");
            String source = required("source");
            String sourceId = required("source id");
            Schema schema = constant(Schema.class);
            int nNames = count("name count", MAX_VALUES);
            List<Name> names = new ArrayList<>(nNames);
            for (int i = 0; i < nNames; i++) {
                String full = required("name");
                NameKind kind = constant(NameKind.class);
                String lang = str();
                int nParts = count("name part count", MAX_VALUES);
                List<NamePart> parts = new ArrayList<>(nParts);
                for (int p = 0; p < nParts; p++) parts.add(new NamePart(constant(NamePart.Type.class), required("name part")));
                names.add(new Name(full, kind, lang, parts));
            }
            int nDates = count("birth date count", MAX_VALUES);
            List<DateRange> birthDates = new ArrayList<>(nDates);
            for (int i = 0; i < nDates; i++) birthDates.add(new DateRange(date(), date()));
            List<String> birthPlaces = strings();
            List<String> nationalities = strings();
            List<String> countries = strings();
            String gender = str();
            int nIds = count("identifier count", MAX_VALUES);
            List<Identifier> identifiers = new ArrayList<>(nIds);
            for (int i = 0; i < nIds; i++) identifiers.add(new Identifier(constant(IdentifierType.class), required("identifier"), str(), str()));
            int nAddresses = count("address count", MAX_VALUES);
            List<Address> addresses = new ArrayList<>(nAddresses);
            for (int i = 0; i < nAddresses; i++) addresses.add(new Address(str(), str(), str()));
            List<String> programmes = strings();
            String listedOn = str();
            int nProps = count("property count", MAX_VALUES);
            Map<String, List<String>> properties = new LinkedHashMap<>();
            for (int i = 0; i < nProps; i++) properties.put(required("property name"), strings());
            return new Entity(id, source, sourceId, schema, names, birthDates, birthPlaces, nationalities, countries,
                    gender, identifiers, addresses, programmes, listedOn, properties);
        }

        List<CompiledName> compiledNames(Entity e) throws SnapshotException {
            int nNames = count("name count", MAX_VALUES);
            CompiledName[] names = new CompiledName[nNames];
            for (int k = 0; k < nNames; k++) {
                int at = v();
                if (at >= e.names().size()) throw fault("name number " + at + " outside [0, " + e.names().size() + ")");
                CompiledName c = Screeners.compile(e.names().get(at), normalised());
                if (c == null) throw fault("an empty compiled name");
                names[k] = c;
            }
            return List.of(names);
        }

        NormalisedName normalised() throws SnapshotException {
            String original = required("name");
            String schemaName = str();
            Schema schema = null;
            if (schemaName != null) {
                try {
                    schema = Schema.valueOf(schemaName);
                } catch (IllegalArgumentException e) {
                    throw fault("unknown Schema '" + schemaName + "'");
                }
            }
            String scriptName = required("script");
            Character.UnicodeScript script;
            try {
                script = Character.UnicodeScript.valueOf(scriptName);
            } catch (IllegalArgumentException e) {
                throw fault("unknown script '" + scriptName + "'");
            }
            int nForms = count("form count", MAX_VALUES);
            if (nForms == 0) throw fault("a name without forms");
            Tokens[] forms = new Tokens[nForms];
            for (int f = 0; f < nForms; f++) {
                int n = count("token count", MAX_TOKENS);
                String[] text = new String[n], phonetic = new String[n], skeleton = new String[n];
                byte[] kind = new byte[n], roles = new byte[n];
                for (int i = 0; i < n; i++) {
                    text[i] = required("token");
                    kind[i] = (byte) b();
                    if (kind[i] < 0 || kind[i] > 4) throw fault("token kind " + kind[i] + " outside [0, 4]");
                    phonetic[i] = required("token");
                    skeleton[i] = required("token");
                    roles[i] = (byte) b();
                }
                int flags = b();
                forms[f] = Tokens.restore(text, kind, phonetic, skeleton, roles, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0,
                        (flags & 8) != 0);
            }
            int nScript = count("script token count", MAX_TOKENS);
            String[] scriptTokens = new String[nScript];
            for (int i = 0; i < nScript; i++) scriptTokens[i] = required("token");
            return new NormalisedName(original, schema, Arrays.asList(forms), script, Arrays.asList(scriptTokens));
        }
    }
}
