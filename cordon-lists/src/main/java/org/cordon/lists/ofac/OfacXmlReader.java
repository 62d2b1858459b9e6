package org.cordon.lists.ofac;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.cordon.lists.ListFiles;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListReader;
import org.cordon.lists.XmlCursor;
import org.cordon.model.Address;
import org.cordon.model.Countries;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.ListVersion;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.NamePart;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;

/**
 * Reads OFAC's XML export in the {@code sdn.xml} / {@code consolidated.xml} schema: root
 * {@code sdnList}, a {@code publshInformation} header (sic) with {@code Publish_Date} (MM/DD/YYYY) and
 * {@code Record_Count}, then one {@code sdnEntry} per record. Namespaces differ between years, so
 * elements are matched by local name. The number of records read must equal {@code Record_Count}:
 * a file cut off between two records is otherwise well-formed up to that point.
 *
 * <p>Names are written "Firstname LASTNAME" (given names first, OFAC's capitalisation kept), not OFAC's
 * display form "LASTNAME, Firstname": the other lists (UN, EU, UK) give names in natural order, so one
 * person reads the same across lists, and the comma form would put a punctuation token inside the
 * name that every matcher has to strip. The name parts (GIVEN / FAMILY) keep which part is which.
 *
 * <p>OFAC's {@code idList} mixes identifiers with other facts. Real identifiers become typed
 * {@link Identifier}s; "Gender" sets the gender; "Organization Established Date" is a birth
 * (incorporation) date; "Nationality of Registration" a country; "Target Type" / "Organization Type"
 * the legal form; "Issuer Name" and "Equity Ticker" properties; directives, CMIC dates and other
 * sanction details go to {@code provisions} as "label value".
 */
public final class OfacXmlReader implements ListReader {
    public static final String SOURCE = "ofac";
    public static final String PUBLISHER = "US Treasury OFAC";
    public static final String FORMAT = "ofac-xml";

    @Override
    public SanctionsList read(List<Path> files) throws IOException, ListFormatException {
        if (files.size() != 1) {
            throw new ListFormatException(files.isEmpty() ? null : files.get(0), 0,
                    "an OFAC XML list is one file (sdn.xml or consolidated.xml); got " + files.size() + " files: " + files);
        }
        Path file = files.get(0);
        List<Entity> entities = new ArrayList<>();
        String published = null;
        Integer recordCount = null;
        long recordCountLine = 0;
        try (XmlCursor c = new XmlCursor(file)) {
            String root = c.root();
            if (!"sdnList".equals(root)) {
                throw c.error("expected root element <sdnList> of an OFAC XML list (sdn.xml / consolidated.xml), found <" + root + ">");
            }
            String child;
            while ((child = c.nextChild()) != null) {
                switch (child) {
                    case "publshInformation", "publishInformation" -> {
                        String g;
                        while ((g = c.nextChild()) != null) {
                            switch (g) {
                                case "Publish_Date" -> {
                                    String text = c.text();
                                    try {
                                        published = text.isEmpty() ? null : OfacXmlDates.publishDate(text);
                                    } catch (IllegalArgumentException e) {
                                        throw c.error("Publish_Date: " + e.getMessage());
                                    }
                                }
                                case "Record_Count" -> {
                                    recordCountLine = c.line();
                                    String text = c.text();
                                    try {
                                        recordCount = Integer.parseInt(text);
                                    } catch (NumberFormatException e) {
                                        throw c.error("Record_Count: expected a whole number, got '" + text + "'");
                                    }
                                }
                                default -> c.skipElement();
                            }
                        }
                    }
                    case "sdnEntry" -> entities.add(readEntry(c));
                    default -> c.skipElement();
                }
            }
        }
        if (recordCount != null && recordCount != entities.size()) {
            throw new ListFormatException(file, recordCountLine, "Record_Count says " + recordCount + " records but the file holds "
                    + entities.size() + " sdnEntry elements: the file is truncated or was edited");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String title = name.contains("cons") ? "OFAC Consolidated (non-SDN) List" : "OFAC SDN List";
        ListVersion version = new ListVersion(SOURCE, PUBLISHER, title, FORMAT, published,
                List.of(file.toString()), ListFiles.sha256(files), entities.size());
        return new SanctionsList(version, entities);
    }

    private Entity readEntry(XmlCursor c) throws ListFormatException {
        long line = c.line();
        String uid = null;
        String firstName = null;
        String lastName = null;
        String sdnType = null;
        // Facts are collected before the builder exists: uid and sdnType need not come first.
        List<Consumer<Entity.Builder>> facts = new ArrayList<>();
        String child;
        while ((child = c.nextChild()) != null) {
            switch (child) {
                case "uid" -> uid = c.text();
                case "firstName" -> firstName = c.text();
                case "lastName" -> lastName = c.text();
                case "sdnType" -> sdnType = c.text();
                case "title" -> text(c, facts, "title");
                case "remarks" -> text(c, facts, "notes");
                case "programList" -> eachLeaf(c, "program", v -> facts.add(b -> b.programme(v)));
                case "akaList" -> eachRecord(c, "aka", (f, l) -> aka(c, f, l, facts));
                case "idList" -> eachRecord(c, "id", (f, l) -> id(c, f, l, facts));
                case "addressList" -> eachRecord(c, "address", (f, l) -> address(f, facts));
                case "nationalityList", "citizenshipList" -> eachRecord(c, null, (f, l) -> {
                    String text = f.get("country");
                    String iso = iso(text);
                    facts.add(b -> {
                        b.nationality(iso);
                        if (iso == null) b.property("countryText", text);
                    });
                });
                case "dateOfBirthList" -> eachRecord(c, "dateOfBirthItem", (f, l) -> {
                    String text = f.get("dateOfBirth");
                    if (text == null) return;
                    DateRange d;
                    try {
                        d = OfacXmlDates.dateOfBirth(text);
                    } catch (IllegalArgumentException e) {
                        throw new ListFormatException(c.file(), l, "dateOfBirth: " + e.getMessage());
                    }
                    facts.add(b -> b.birthDate(d));
                });
                case "placeOfBirthList" -> eachRecord(c, "placeOfBirthItem", (f, l) -> {
                    String place = f.get("placeOfBirth");
                    facts.add(b -> b.birthPlace(place));
                });
                case "vesselInfo" -> vessel(readLeaves(c), facts);
                default -> c.skipElement();
            }
        }
        if (uid == null || uid.isEmpty()) throw new ListFormatException(c.file(), line, "sdnEntry without uid: every OFAC record carries one");
        if ((lastName == null || lastName.isEmpty()) && (firstName == null || firstName.isEmpty())) {
            throw new ListFormatException(c.file(), line, "sdnEntry uid=" + uid + " has no name: expected lastName (and firstName for individuals)");
        }
        Schema schema = schema(sdnType, c, line, uid);
        Entity.Builder b = Entity.builder(SOURCE, uid, schema);
        b.name(name(firstName, lastName, NameKind.PRIMARY));
        b.property("sourceUrl", "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + uid);
        for (Consumer<Entity.Builder> f : facts) f.accept(b);
        return b.build();
    }

    private static Schema schema(String sdnType, XmlCursor c, long line, String uid) throws ListFormatException {
        // The legacy CSV leaves the type blank for entities, but sdn.xsd requires sdnType: its absence means a damaged record.
        if (sdnType == null || sdnType.isEmpty()) {
            throw new ListFormatException(c.file(), line, "sdnEntry uid=" + uid + " has no sdnType: expected Individual, Entity, Vessel or Aircraft");
        }
        return switch (sdnType.toLowerCase(Locale.ROOT)) {
            case "individual" -> Schema.PERSON;
            case "entity" -> Schema.ORGANIZATION;
            case "vessel" -> Schema.VESSEL;
            case "aircraft" -> Schema.AIRCRAFT;
            default -> throw new ListFormatException(c.file(), line, "sdnEntry uid=" + uid
                    + ": sdnType '" + sdnType + "' is not one of Individual, Entity, Vessel, Aircraft");
        };
    }

    private static Name name(String first, String last, NameKind kind) {
        List<NamePart> parts = new ArrayList<>(2);
        boolean hasFirst = first != null && !first.isEmpty();
        boolean hasLast = last != null && !last.isEmpty();
        if (hasFirst) {
            parts.add(new NamePart(NamePart.Type.GIVEN, first));
            if (hasLast) parts.add(new NamePart(NamePart.Type.FAMILY, last));
        }
        String full = hasFirst && hasLast ? first + " " + last : hasFirst ? first : last;
        return new Name(full, kind, null, parts);
    }

    private static void aka(XmlCursor c, Map<String, String> f, long line, List<Consumer<Entity.Builder>> facts) throws ListFormatException {
        String first = f.get("firstName");
        String last = f.get("lastName");
        if (first == null && last == null) return;
        String type = f.getOrDefault("type", "a.k.a.").toLowerCase(Locale.ROOT);
        boolean weak = "weak".equalsIgnoreCase(f.get("category"));
        NameKind kind = switch (type) {
            case "f.k.a." -> NameKind.PREVIOUS;
            case "a.k.a.", "n.k.a." -> weak ? NameKind.WEAK_ALIAS : NameKind.ALIAS;
            default -> throw new ListFormatException(c.file(), line, "aka type '" + f.get("type") + "': expected a.k.a., f.k.a. or n.k.a.");
        };
        Name n = name(first, last, kind);
        facts.add(b -> b.name(n));
    }

    private static void id(XmlCursor c, Map<String, String> f, long line, List<Consumer<Entity.Builder>> facts) {
        String label = f.get("idType");
        String value = f.get("idNumber");
        if (label == null || value == null) return;
        String countryText = f.get("idCountry");
        String country = iso(countryText);
        String key = label.toLowerCase(Locale.ROOT).replaceAll("[\\s:\\-]+$", "").strip();
        Consumer<Entity.Builder> fact = switch (key) {
            case "gender" -> b -> {
                String g = value.toLowerCase(Locale.ROOT);
                if (g.equals("male") || g.equals("female")) b.gender(g);
                else b.property("notes", "Gender: " + value);
            };
            case "organization established date" -> b -> {
                try {
                    b.birthDate(OfacXmlDates.dateOfBirth(value));
                } catch (IllegalArgumentException e) {
                    b.property("incorporationDate", value);
                }
            };
            case "nationality of registration" -> b -> {
                String iso = iso(value);
                b.country(iso);
                b.property("jurisdiction", iso != null ? iso : value);
            };
            case "target type", "organization type" -> b -> b.property("legalForm", value);
            case "issuer name" -> b -> b.property("issuerName", value);
            case "equity ticker" -> b -> b.property("ticker", value);
            case "phone number", "phone", "fax" -> b -> b.property("phone", value);
            case "vessel year of build" -> b -> b.property("buildDate", value);
            case "vessel flag" -> b -> flag(b, value);
            default -> {
                IdentifierType type = identifierType(key);
                if (type == null) {
                    yield b -> b.property("provisions", label.strip() + " " + value);
                }
                // the note keeps OFAC's own label ("Tax ID No.", "ISIN"), an unrecognised country and validity dates
                String note = join("; ", label.strip(), country == null ? countryText : null,
                        f.get("issueDate") == null ? null : "issued " + f.get("issueDate"),
                        f.get("expirationDate") == null ? null : "expires " + f.get("expirationDate"));
                Identifier id = new Identifier(type, value, country, note);
                yield b -> b.identifier(id);
            }
        };
        facts.add(fact);
    }

    /**
     * OFAC idType labels of real identifiers; null for labels that carry other facts (directives, dates),
     * which the reader keeps as {@code provisions}.
     */
    static IdentifierType identifierType(String key) {
        if (key.startsWith("passport") || key.contains("diplomatic passport")) return IdentifierType.PASSPORT;
        if (key.equals("national id no.") || key.startsWith("national foreign id") || key.startsWith("cedula")
                || key.startsWith("identification number") || key.startsWith("d.n.i") || key.startsWith("c.u.r.p")
                || key.equals("ssn") || key.startsWith("personal id") || key.contains("id card") || key.startsWith("citizen's card")
                || key.endsWith("id no.") && !key.startsWith("tax")) {
            return IdentifierType.NATIONAL_ID;
        }
        if (key.startsWith("tax id") || key.startsWith("v.a.t") || key.startsWith("vat") || key.startsWith("nit")
                || key.startsWith("r.u.c") || key.startsWith("rfc") || key.equals("inn")) {
            return IdentifierType.TAX_ID;
        }
        if (key.equals("legal entity number") || key.startsWith("lei")) return IdentifierType.LEI;
        if (key.equals("swift/bic")) return IdentifierType.BIC;
        if (key.equals("vessel registration identification") || key.startsWith("imo")) return IdentifierType.IMO;
        if (key.equals("mmsi")) return IdentifierType.MMSI;
        if (key.equals("website")) return IdentifierType.WEBSITE;
        if (key.equals("email address") || key.equals("email")) return IdentifierType.EMAIL;
        if (key.startsWith("aircraft manufacturer's serial number") || key.startsWith("aircraft construction number")) {
            return IdentifierType.AIRCRAFT_SERIAL;
        }
        if (key.contains("aircraft tail number")) return IdentifierType.AIRCRAFT_REGISTRATION;
        if (key.contains("registration") || key.startsWith("company number") || key.startsWith("c.r. no")
                || key.startsWith("unified social credit code") || key.startsWith("government gazette number")
                || key.startsWith("business number") || key.startsWith("commercial registry") || key.startsWith("trade license")
                || key.startsWith("certificate of incorporation") || key.startsWith("chamber of commerce")) {
            return IdentifierType.REGISTRATION;
        }
        if (key.equals("isin") || key.startsWith("bik") || key.startsWith("driver's license") || key.equals("license")
                || key.startsWith("digital currency address") || key.startsWith("birth certificate") || key.startsWith("kenyan id")
                || key.startsWith("stateless person") || key.startsWith("refugee") || key.startsWith("residency number")
                || key.startsWith("travel document") || key.startsWith("serial no")) {
            return IdentifierType.OTHER;
        }
        return null;
    }

    private static void address(Map<String, String> f, List<Consumer<Entity.Builder>> facts) {
        String countryText = f.get("country");
        String iso = iso(countryText);
        String city = f.get("city");
        String full = join(", ", f.get("address1"), f.get("address2"), f.get("address3"),
                join(" ", f.get("postalCode"), city), f.get("stateOrProvince"), f.get("region"),
                iso != null ? Countries.name(iso) : countryText);
        facts.add(b -> {
            b.country(iso);
            if (iso == null) b.property("countryText", countryText);
            if (full != null) b.address(new Address(full, city, iso));
        });
    }

    private static void vessel(Map<String, String> f, List<Consumer<Entity.Builder>> facts) {
        facts.add(b -> {
            b.property("callSign", f.get("callSign"));
            b.property("type", f.get("vesselType"));
            b.property("owner", f.get("vesselOwner"));
            b.property("tonnage", f.get("tonnage"));
            b.property("grossRegisteredTonnage", f.get("grossRegisteredTonnage"));
            if (f.get("vesselFlag") != null) flag(b, f.get("vesselFlag"));
        });
    }

    private static void flag(Entity.Builder b, String text) {
        String iso = iso(text);
        b.country(iso);
        b.property("flag", iso != null ? iso : text);
    }

    /**
     * A country as OFAC writes it ("Russia", "Korea, North", "Region: Gaza", "Virgin Islands, British") to
     * ISO alpha-2, or null when not recognised (the caller keeps the text).
     */
    static String iso(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        if (t.regionMatches(true, 0, "Region:", 0, 7)) t = t.substring(7).strip();
        String code = Countries.toIso2(t);
        int comma = t.indexOf(", ");
        if (code == null && comma > 0) code = Countries.toIso2(t.substring(comma + 2) + " " + t.substring(0, comma));
        return code;
    }

    private static void text(XmlCursor c, List<Consumer<Entity.Builder>> facts, String property) throws ListFormatException {
        String v = c.text();
        facts.add(b -> b.property(property, v));
    }

    @FunctionalInterface
    private interface RecordHandler {
        void accept(Map<String, String> fields, long line) throws ListFormatException;
    }

    /** Walks a list element whose children are records of leaf fields (aka, id, address...). */
    private static void eachRecord(XmlCursor c, String expected, RecordHandler h) throws ListFormatException {
        String g;
        while ((g = c.nextChild()) != null) {
            if (expected != null && !g.equals(expected)) {
                c.skipElement();
                continue;
            }
            long line = c.line();
            h.accept(readLeaves(c), line);
        }
    }

    private static void eachLeaf(XmlCursor c, String expected, Consumer<String> h) throws ListFormatException {
        String g;
        while ((g = c.nextChild()) != null) {
            if (g.equals(expected)) {
                String v = c.text();
                if (!v.isEmpty()) h.accept(v);
            } else {
                c.skipElement();
            }
        }
    }

    /** The leaf children of the current element as local name -> trimmed text (empty text left out). */
    private static Map<String, String> readLeaves(XmlCursor c) throws ListFormatException {
        Map<String, String> out = new HashMap<>();
        String g;
        while ((g = c.nextChild()) != null) {
            String v = c.text();
            if (!v.isEmpty()) out.putIfAbsent(g, v);
        }
        return out;
    }

    private static String join(String sep, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) continue;
            if (!sb.isEmpty()) sb.append(sep);
            sb.append(p.strip());
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}
