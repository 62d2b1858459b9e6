package org.cordon.match.snapshot;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.cordon.match.CompiledName;
import org.cordon.match.IndexedScreener;
import org.cordon.match.Screeners;
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
 * every name (transliteration is most of the build time): a server or a Spark executor reads it
 * back in about a second. Holds the lists (versions and records) and every list name's normalised
 * forms; token weights, profiles and the candidate index are recomputed on reading, which is
 * cheap and keeps the format independent of their layout.
 *
 * <p>Layout (big-endian, {@link DataOutputStream}): magic {@code CORDIDX1}, format version, a key
 * string chosen by the writer (the CLI puts the list files' SHA-256 there), the lists with their
 * records, then per record its compiled names (index of the name in the record, schema, script,
 * forms as token arrays, original-script tokens), then a CRC-32 of everything before it. Strings
 * are length-prefixed UTF-8; enums go by name so a reordered enum cannot change meaning; every
 * length and count is checked against a bound before anything is allocated, so a damaged file
 * fails with a {@link SnapshotException} that says where, never with an OutOfMemoryError. The
 * record encoding is this class's own (cordon-spark broadcasts these bytes, gzip-compressed).
 */
public final class IndexSnapshot {
    static final long MAGIC = 0x434F524449445831L; // "CORDIDX1"
    static final int VERSION = 2;
    static final int MAX_STRING_BYTES = 1 << 20;
    static final int MAX_VALUES = 1 << 16;
    static final int MAX_ENTITIES = 1 << 24;
    static final int MAX_LISTS = 1 << 12;
    static final int MAX_TOKENS = 1 << 12;

    private IndexSnapshot() {}

    /** Writes the screener with an empty key. */
    public static void write(IndexedScreener screener, OutputStream out) throws IOException {
        write(screener, "", out);
    }

    /** Writes the screener; {@code key} says what it was built from (read back by {@link #read(InputStream, String)}). */
    public static void write(IndexedScreener screener, String key, OutputStream target) throws IOException {
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(target, 1 << 16), crc));
        out.writeLong(MAGIC);
        out.writeInt(VERSION);
        str(out, key);
        List<SanctionsList> lists = screener.lists();
        out.writeInt(lists.size());
        for (SanctionsList list : lists) {
            writeVersion(out, list.version());
            out.writeInt(list.entities().size());
            for (Entity e : list.entities()) writeEntity(out, e);
        }
        List<Entity> all = screener.entities();
        out.writeInt(all.size());
        for (int r = 0; r < all.size(); r++) {
            Entity e = all.get(r);
            List<CompiledName> names = screener.compiledNames(r);
            out.writeInt(names.size());
            for (CompiledName c : names) {
                out.writeInt(e.names().indexOf(c.name()));
                writeName(out, c.normalised());
            }
        }
        out.flush();
        long sum = crc.getValue();
        out.writeLong(sum);
        out.flush();
    }

    /** Reads a snapshot whatever its key. */
    public static IndexedScreener read(InputStream in) throws IOException {
        return read(in, null);
    }

    /**
     * Reads a snapshot, checking its key when {@code expectedKey} is not null.
     *
     * @throws SnapshotException when the bytes are truncated, corrupt, of another format version,
     *                           exceed a bound, or carry another key (built from other list files)
     */
    public static IndexedScreener read(InputStream source, String expectedKey) throws IOException {
        CRC32 crc = new CRC32();
        Reader r = new Reader();
        r.in = new DataInputStream(new CheckedInputStream(new BufferedInputStream(source, 1 << 16), crc));
        try {
            if (r.in.readLong() != MAGIC) throw r.fault("not a Cordon index snapshot (wrong magic number)");
            int version = r.in.readInt();
            if (version != VERSION) throw r.fault("format version " + version + ", but this build reads version " + VERSION);
            String key = r.required("key");
            if (expectedKey != null && !expectedKey.equals(key)) throw r.fault("built from other list files (key " + key + ")");
            int nLists = r.count("list count", MAX_LISTS);
            List<SanctionsList> lists = new ArrayList<>(nLists);
            for (int l = 0; l < nLists; l++) {
                r.where = "list " + (l + 1);
                ListVersion v = r.version();
                r.where = "list " + v.source();
                int n = r.count("entity count", MAX_ENTITIES);
                List<Entity> entities = new ArrayList<>(Math.min(n, 1 << 16));
                for (int i = 0; i < n; i++) {
                    r.where = "list " + v.source() + ", record " + (i + 1) + " of " + n;
                    entities.add(r.entity());
                }
                lists.add(new SanctionsList(v, entities));
            }
            List<Entity> all = SanctionsList.distinctEntities(lists);
            r.where = "compiled names";
            int nRecords = r.count("record count", MAX_ENTITIES);
            if (nRecords != all.size()) throw r.fault(nRecords + " compiled records for " + all.size() + " list records");
            List<List<CompiledName>> compiled = new ArrayList<>(nRecords);
            for (int i = 0; i < nRecords; i++) {
                Entity e = all.get(i);
                r.where = "compiled names of record " + e.id();
                int nNames = r.count("name count", MAX_VALUES);
                List<CompiledName> names = new ArrayList<>(nNames);
                for (int k = 0; k < nNames; k++) {
                    int at = r.in.readInt();
                    if (at < 0 || at >= e.names().size()) throw r.fault("name number " + at + " outside [0, " + e.names().size() + ")");
                    Name name = e.names().get(at);
                    NormalisedName nn = r.normalised();
                    CompiledName c = Screeners.compile(name, nn);
                    if (c == null) throw r.fault("an empty compiled name");
                    names.add(c);
                }
                compiled.add(names);
            }
            long expected = crc.getValue();
            r.where = "checksum";
            long stored = r.in.readLong();
            if (stored != expected) throw r.fault("checksum mismatch: the file is damaged");
            if (r.in.read() != -1) throw r.fault("bytes after the checksum");
            return Screeners.assemble(lists, compiled);
        } catch (EOFException e) {
            throw r.fault("truncated");
        } catch (IllegalArgumentException | NullPointerException e) {
            throw r.fault("invalid value: " + e.getMessage());
        }
    }

    private static void writeName(DataOutputStream out, NormalisedName n) throws IOException {
        str(out, n.original());
        str(out, n.schema() == null ? null : n.schema().name());
        str(out, n.script().name());
        out.writeInt(n.forms().size());
        for (Tokens t : n.forms()) {
            out.writeInt(t.size());
            for (int i = 0; i < t.size(); i++) {
                str(out, t.text(i));
                out.writeByte(t.kind(i));
                str(out, t.phonetic(i));
                str(out, t.skeleton(i));
                out.writeByte(t.roles(i));
            }
            out.writeByte((t.abjad() ? 1 : 0) | (t.familyMarked() ? 2 : 0) | (t.transliterated() ? 4 : 0) | (t.syllabic() ? 8 : 0));
        }
        out.writeInt(n.scriptTokens().size());
        for (String s : n.scriptTokens()) str(out, s);
    }

    private static void writeVersion(DataOutputStream out, ListVersion v) throws IOException {
        str(out, v.source());
        str(out, v.publisher());
        str(out, v.title());
        str(out, v.format());
        str(out, v.publicationDate());
        strings(out, v.files());
        str(out, v.sha256());
        out.writeInt(v.entityCount());
    }

    private static void writeEntity(DataOutputStream out, Entity e) throws IOException {
        str(out, e.id());
        str(out, e.source());
        str(out, e.sourceId());
        str(out, e.schema().name());
        out.writeInt(e.names().size());
        for (Name n : e.names()) {
            str(out, n.full());
            str(out, n.kind().name());
            str(out, n.lang());
            out.writeInt(n.parts().size());
            for (NamePart p : n.parts()) {
                str(out, p.type().name());
                str(out, p.value());
            }
        }
        out.writeInt(e.birthDates().size());
        for (DateRange d : e.birthDates()) {
            date(out, d.from());
            date(out, d.to());
        }
        strings(out, e.birthPlaces());
        strings(out, e.nationalities());
        strings(out, e.countries());
        str(out, e.gender());
        out.writeInt(e.identifiers().size());
        for (Identifier i : e.identifiers()) {
            str(out, i.type().name());
            str(out, i.value());
            str(out, i.country());
            str(out, i.note());
        }
        out.writeInt(e.addresses().size());
        for (Address a : e.addresses()) {
            str(out, a.full());
            str(out, a.city());
            str(out, a.country());
        }
        strings(out, e.programmes());
        str(out, e.listedOn());
        out.writeInt(e.properties().size());
        for (Map.Entry<String, List<String>> p : e.properties().entrySet()) {
            str(out, p.getKey());
            strings(out, p.getValue());
        }
    }

    private static void date(DataOutputStream out, PartialDate d) throws IOException {
        out.writeShort(d.year());
        out.writeByte(d.month());
        out.writeByte(d.day());
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String s : values) str(out, s);
    }

    /** Length-prefixed UTF-8; -1 stands for null. */
    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > MAX_STRING_BYTES) throw new IOException("index snapshot: a string of " + b.length + " bytes exceeds " + MAX_STRING_BYTES);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Reading state: the stream, where in it we are (for messages), and an intern table for repeated tokens. */
    private static final class Reader {
        DataInputStream in;
        String where = "header";
        final Map<String, String> interned = new HashMap<>();

        SnapshotException fault(String problem) {
            return new SnapshotException("index snapshot, " + where + ": " + problem);
        }

        int count(String what, int max) throws IOException {
            int n = in.readInt();
            if (n < 0 || n > max) throw fault(what + " " + n + " outside [0, " + max + "]");
            return n;
        }

        String str() throws IOException {
            int n = in.readInt();
            if (n == -1) return null;
            if (n < 0 || n > MAX_STRING_BYTES) throw fault("string length " + n + " outside [0, " + MAX_STRING_BYTES + "]");
            byte[] b = new byte[n];
            in.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }

        String required(String what) throws IOException {
            String s = str();
            if (s == null) throw fault(what + " is missing");
            return s;
        }

        /** Tokens repeat across names: one String per distinct token keeps the heap small. */
        String token() throws IOException {
            String s = required("token");
            String prior = interned.putIfAbsent(s, s);
            return prior != null ? prior : s;
        }

        List<String> strings() throws IOException {
            int n = count("value count", MAX_VALUES);
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(required("value"));
            return out;
        }

        <E extends Enum<E>> E constant(Class<E> type) throws IOException {
            String name = required(type.getSimpleName());
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw fault("unknown " + type.getSimpleName() + " '" + name + "'");
            }
        }

        NormalisedName normalised() throws IOException {
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
            List<Tokens> forms = new ArrayList<>(nForms);
            for (int f = 0; f < nForms; f++) {
                int n = count("token count", MAX_TOKENS);
                String[] text = new String[n], phonetic = new String[n], skeleton = new String[n];
                byte[] kind = new byte[n], roles = new byte[n];
                for (int i = 0; i < n; i++) {
                    text[i] = token();
                    kind[i] = in.readByte();
                    if (kind[i] < 0 || kind[i] > 4) throw fault("token kind " + kind[i] + " outside [0, 4]");
                    phonetic[i] = token();
                    skeleton[i] = token();
                    roles[i] = in.readByte();
                }
                int flags = in.readByte();
                forms.add(Tokens.restore(text, kind, phonetic, skeleton, roles, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0,
                        (flags & 8) != 0));
            }
            int nScript = count("script token count", MAX_TOKENS);
            List<String> scriptTokens = new ArrayList<>(nScript);
            for (int i = 0; i < nScript; i++) scriptTokens.add(token());
            return new NormalisedName(original, schema, forms, script, scriptTokens);
        }

        PartialDate date() throws IOException {
            int year = in.readShort();
            int month = in.readByte();
            int day = in.readByte();
            return new PartialDate(year, month, day);
        }

        ListVersion version() throws IOException {
            String source = required("source");
            String publisher = str();
            String title = str();
            String format = str();
            String publicationDate = str();
            List<String> files = strings();
            String sha256 = str();
            int entityCount = in.readInt();
            return new ListVersion(source, publisher, title, format, publicationDate, files, sha256, entityCount);
        }

        Entity entity() throws IOException {
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
    }
}
