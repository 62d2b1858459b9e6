package org.cordon.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
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
 * Loaded lists as compact bytes, so the driver can broadcast them and every executor can rebuild the
 * same screener without reading the official files. This stands in for the compiled index snapshot of
 * the speed issue until that exists: it carries entities, not the index, so each executor JVM still
 * builds the index once (see {@link ScreenerCache}).
 *
 * <p>Format, gzip-compressed: magic {@code CORDENTS}, a format version, then per list its
 * {@link ListVersion} and entities; strings are length-prefixed UTF-8, enums by name so that a
 * reordered enum cannot silently change meaning. Every length and count is bounded before anything is
 * allocated, so a corrupt or hostile snapshot fails with a message instead of exhausting the heap.
 */
public final class EntitySnapshot {
    static final long MAGIC = 0x434F5244454E5453L; // "CORDENTS"
    static final int VERSION = 1;
    /** Longest string accepted: list remarks run to a few KB, so 1 MiB is generous. */
    static final int MAX_STRING_BYTES = 1 << 20;
    /** Most values of one field of one entity (names, identifiers, ...). */
    static final int MAX_VALUES = 1 << 16;
    /** Most entities in one list; the largest list has about 20,000. */
    static final int MAX_ENTITIES = 1 << 24;
    static final int MAX_LISTS = 1 << 12;

    private EntitySnapshot() {}

    /** The lists as snapshot bytes. */
    public static byte[] write(List<SanctionsList> lists) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try {
            write(lists, bytes);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    public static void write(List<SanctionsList> lists, OutputStream target) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeLong(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(lists.size());
        for (SanctionsList list : lists) {
            writeVersion(out, list.version());
            out.writeInt(list.entities().size());
            for (Entity e : list.entities()) writeEntity(out, e);
        }
        out.flush();
        gz.finish();
    }

    public static List<SanctionsList> read(byte[] snapshot) throws IOException {
        return read(new ByteArrayInputStream(snapshot));
    }

    /**
     * @throws IOException naming the list and entity where reading failed, when the bytes are truncated,
     *                     corrupt, of another format version, or exceed a bound
     */
    public static List<SanctionsList> read(InputStream source) throws IOException {
        Reader r = new Reader();
        try {
            r.in = new DataInputStream(new GZIPInputStream(source, 1 << 16));
            long magic = r.in.readLong();
            if (magic != MAGIC) throw r.fault("not an entity snapshot (wrong magic number)");
            int version = r.in.readInt();
            if (version != VERSION) {
                throw r.fault("format version " + version + ", but this build reads version " + VERSION
                        + "; rebuild the snapshot with the same Cordon version as the executors");
            }
            int nLists = r.count("list count", MAX_LISTS);
            List<SanctionsList> lists = new ArrayList<>(nLists);
            for (int l = 0; l < nLists; l++) {
                r.where = "list " + (l + 1);
                ListVersion v = r.version();
                r.where = "list " + v.source();
                int n = r.count("entity count", MAX_ENTITIES);
                List<Entity> entities = new ArrayList<>(Math.min(n, 1 << 16));
                for (int i = 0; i < n; i++) {
                    r.where = "list " + v.source() + ", entity " + (i + 1) + " of " + n;
                    entities.add(r.entity());
                }
                lists.add(new SanctionsList(v, entities));
            }
            if (r.in.read() != -1) throw r.fault("bytes left after the last list");
            return lists;
        } catch (EOFException e) {
            throw r.fault("truncated");
        } catch (java.util.zip.ZipException e) {
            throw r.fault("corrupt compressed data (" + e.getMessage() + ")");
        } catch (IllegalArgumentException | NullPointerException e) {
            // The model's own checks (a name-less entity, a date range ending before it starts...).
            throw r.fault("invalid value: " + e.getMessage());
        }
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

    /** Length-prefixed UTF-8; -1 stands for null. Not writeUTF: that caps strings at 64 KB. */
    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > MAX_STRING_BYTES) {
            throw new IOException("entity snapshot: a string of " + b.length + " bytes exceeds the bound of "
                    + MAX_STRING_BYTES + " (starts \"" + s.substring(0, 40) + "\")");
        }
        out.writeInt(b.length);
        out.write(b);
    }

    /** Reading state: the stream and where in it we are, for messages. */
    private static final class Reader {
        DataInputStream in;
        String where = "header";

        IOException fault(String problem) {
            return new IOException("entity snapshot, " + where + ": " + problem);
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
            for (int i = 0; i < nIds; i++) {
                identifiers.add(new Identifier(constant(IdentifierType.class), required("identifier"), str(), str()));
            }
            int nAddresses = count("address count", MAX_VALUES);
            List<Address> addresses = new ArrayList<>(nAddresses);
            for (int i = 0; i < nAddresses; i++) addresses.add(new Address(str(), str(), str()));
            List<String> programmes = strings();
            String listedOn = str();
            int nProps = count("property count", MAX_VALUES);
            Map<String, List<String>> properties = new LinkedHashMap<>();
            for (int i = 0; i < nProps; i++) properties.put(required("property name"), strings());
            where = where + " (" + id + ")";
            return new Entity(id, source, sourceId, schema, names, birthDates, birthPlaces, nationalities, countries,
                    gender, identifiers, addresses, programmes, listedOn, properties);
        }
    }
}
