package org.cordon.lists.un;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.cordon.model.PartialDate;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;
import org.cordon.model.Scripts;

/**
 * Reads the UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST}, schema sc-sanctions.xsd):
 * {@code INDIVIDUALS/INDIVIDUAL} become Persons, {@code ENTITIES/ENTITY} Organizations, keyed by
 * {@code REFERENCE_NUMBER} ({@code un-QDi.335}).
 *
 * <p>The UN packs several spellings into one {@code ALIAS_NAME} ("Abas Rashidi; Abbas Rashedi") and often
 * pairs a name with its original-script form ("حسن غول (Hassan Ghul; Hassan Gul)"). Both are split into
 * separate names, because a screened name is compared with one alias at a time and the cross-script
 * matcher needs the non-Latin form on its own. Other parentheses (acronyms, "(third)") stay as written.
 */
public final class UnXmlReader implements ListReader {
    public static final String SOURCE = "un";
    public static final String PUBLISHER = "UN Security Council";
    public static final String FORMAT = "un-xml";

    /**
     * "IMO number: 5571322", "IMO Number: 5342883", "Company Number IMO 5434358",
     * "International Maritime Organization (IMO) Number: 1790183": every form in the 2026-05 list.
     * On UN entities these are IMO company numbers of registered ship owners.
     */
    private static final Pattern IMO = Pattern.compile("\\bIMO\\)?\\s*(?:[Nn]umber|[Nn]o\\.?)?\\s*:?\\s*(\\d{7})\\b");
    /** "Gender: Male.", "Gender: male", "Gender [Male]." in COMMENTS1 of records without a GENDER element. */
    private static final Pattern GENDER = Pattern.compile("\\bGender\\s*[:\\[]\\s*(male|female)\\b", Pattern.CASE_INSENSITIVE);
    /** "Nov. 1973", "August 1961": birth dates the UN gives only as a note. */
    private static final Pattern MONTH_YEAR = Pattern.compile("^([A-Za-z]{3,9})\\.?\\s+(\\d{4})$");
    /** "Between Aug. and Sep. 1977". */
    private static final Pattern MONTH_RANGE =
            Pattern.compile("^Between\\s+([A-Za-z]{3,9})\\.?\\s+and\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{4})$", Pattern.CASE_INSENSITIVE);
    /** A whole-word "b)" .. "h)" enumeration the UN sometimes leaves inside an alias ("...Sabet b) M. Javad..."). */
    private static final Pattern ENUMERATION = Pattern.compile("\\s[b-h]\\)\\s");
    private static final Pattern XS_DATE_ZONE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:Z|[+-]\\d{2}:\\d{2})$");
    private static final Set<String> NOT_AVAILABLE = Set.of("na", "n/a", "n.a.", "unknown");
    /** "original script: X", "name in original script: X", "name original script: X", "In Arabic: X", "in Arabic script: X". */
    private static final Pattern NOTE_SCRIPT =
            Pattern.compile("(?:original script|in arabic(?: script)?)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final String ORIGINAL_SCRIPT = "original script:";

    @Override
    public SanctionsList read(List<Path> files) throws IOException, ListFormatException {
        if (files.size() != 1) {
            throw new ListFormatException(files.isEmpty() ? null : files.get(0), 0,
                    "the UN list is one XML file; got " + files.size() + " files");
        }
        Path file = files.get(0);
        List<Entity> entities = new ArrayList<>();
        String published;
        try (XmlCursor x = new XmlCursor(file)) {
            String root = x.root();
            if (!"CONSOLIDATED_LIST".equals(root)) {
                throw x.error("root element <" + root + ">: expected <CONSOLIDATED_LIST> (UN Security Council Consolidated List XML)");
            }
            published = publicationDate(x);
            Map<String, Long> seen = new HashMap<>();
            for (String section = x.nextChild(); section != null; section = x.nextChild()) {
                switch (section) {
                    case "INDIVIDUALS" -> readSection(x, "INDIVIDUAL", Schema.PERSON, entities, seen);
                    case "ENTITIES" -> readSection(x, "ENTITY", Schema.ORGANIZATION, entities, seen);
                    default -> x.skipElement();
                }
            }
            // A well-formed but empty list would silently stop all UN screening if it replaced a good one.
            if (entities.isEmpty()) throw x.error("no INDIVIDUAL or ENTITY records: an empty UN list is refused");
        }
        return new SanctionsList(new ListVersion(SOURCE, PUBLISHER, "UN Security Council Consolidated List", FORMAT,
                published, List.of(file.toString()), ListFiles.sha256(files), entities.size()), entities);
    }

    private static String publicationDate(XmlCursor x) throws ListFormatException {
        String generated = x.attr("dateGenerated");
        if (generated == null) return null;
        try {
            PartialDate d = PartialDate.parseIso(generated);
            if (!d.hasDay()) throw new IllegalArgumentException("no day");
            return d.toString();
        } catch (IllegalArgumentException e) {
            throw x.error("CONSOLIDATED_LIST/@dateGenerated '" + generated + "': expected an ISO date-time such as 2026-05-08T23:00:06Z");
        }
    }

    private static void readSection(XmlCursor x, String recordTag, Schema schema, List<Entity> out, Map<String, Long> seen)
            throws ListFormatException {
        for (String tag = x.nextChild(); tag != null; tag = x.nextChild()) {
            if (!tag.equals(recordTag)) {
                x.skipElement();
                continue;
            }
            long line = x.line();
            Entity e = new RecordReader(x, recordTag, schema, line).read();
            Long prev = seen.putIfAbsent(e.sourceId(), line);
            if (prev != null) {
                throw new ListFormatException(x.file(), line, recordTag + " REFERENCE_NUMBER " + e.sourceId()
                        + " already used by the record at line " + prev + ": reference numbers must be unique");
            }
            out.add(e);
        }
    }

    /** Reads one INDIVIDUAL or ENTITY; the reference number can come after the names, so values are held until the end. */
    private static final class RecordReader {
        private final XmlCursor x;
        private final String tag;
        private final Schema schema;
        private final long line;
        private String reference;
        private final String[] nameParts = new String[4];
        private final List<Name> names = new ArrayList<>();
        private final List<DateRange> birthDates = new ArrayList<>();
        private final List<String> birthPlaces = new ArrayList<>();
        private final List<String> nationalities = new ArrayList<>();
        private final List<String> countries = new ArrayList<>();
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<Address> addresses = new ArrayList<>();
        private final List<String[]> properties = new ArrayList<>();
        private String gender;
        private String programme;
        private String listedOn;
        private String comments;

        RecordReader(XmlCursor x, String tag, Schema schema, long line) {
            this.x = x;
            this.tag = tag;
            this.schema = schema;
            this.line = line;
        }

        Entity read() throws ListFormatException {
            for (String child = x.nextChild(); child != null; child = x.nextChild()) {
                switch (child) {
                    case "REFERENCE_NUMBER" -> reference = x.text();
                    case "FIRST_NAME" -> nameParts[0] = x.text();
                    case "SECOND_NAME" -> nameParts[1] = x.text();
                    case "THIRD_NAME" -> nameParts[2] = x.text();
                    case "FOURTH_NAME" -> nameParts[3] = x.text();
                    case "NAME_ORIGINAL_SCRIPT" -> addName(x.text(), NameKind.ALIAS);
                    case "UN_LIST_TYPE" -> programme = x.text();
                    case "LISTED_ON" -> listedOn = isoDate("LISTED_ON", x.text());
                    case "COMMENTS1" -> comments = x.text();
                    case "GENDER" -> gender = gender(x.text());
                    case "TITLE" -> values("title");
                    case "DESIGNATION" -> values("position");
                    case "NATIONALITY" -> nationalities();
                    case "LAST_DAY_UPDATED" -> lastUpdated();
                    case "INDIVIDUAL_ALIAS", "ENTITY_ALIAS" -> alias();
                    case "INDIVIDUAL_ADDRESS", "ENTITY_ADDRESS" -> address();
                    case "INDIVIDUAL_DATE_OF_BIRTH" -> dateOfBirth();
                    case "INDIVIDUAL_PLACE_OF_BIRTH" -> placeOfBirth();
                    case "INDIVIDUAL_DOCUMENT" -> document();
                    default -> x.skipElement();
                }
            }
            return build();
        }

        private Entity build() throws ListFormatException {
            if (reference == null || reference.isEmpty()) {
                throw new ListFormatException(x.file(), line, tag + " without REFERENCE_NUMBER: every UN record needs one (its id)");
            }
            Entity.Builder b = Entity.builder(SOURCE, reference, schema);
            primaryNames().forEach(b::name);
            names.forEach(b::name);
            if (!b.hasNames()) {
                throw new ListFormatException(x.file(), line, tag + " " + reference
                        + " has no name: expected FIRST_NAME (or another *_NAME element) or an alias");
            }
            birthDates.forEach(b::birthDate);
            birthPlaces.forEach(b::birthPlace);
            nationalities.forEach(b::nationality);
            countries.forEach(b::country);
            addresses.forEach(b::address);
            b.programme(programme).listedOn(listedOn);
            if (comments != null) {
                String notes = clean(comments);
                b.property("notes", notes);
                if (gender == null) {
                    Matcher g = GENDER.matcher(notes);
                    if (g.find()) gender = g.group(1).toLowerCase(Locale.ROOT);
                }
                Matcher imo = IMO.matcher(notes);
                while (imo.find()) identifiers.add(new Identifier(IdentifierType.IMO, imo.group(1), null, "IMO number stated in COMMENTS1"));
            }
            b.gender(gender);
            identifiers.forEach(b::identifier);
            // The UN reference is the key EU and UK records use to point at this record.
            b.property(Entity.UN_REFERENCE, reference);
            for (String[] p : properties) b.property(p[0], p[1]);
            return b.build();
        }

        /** FIRST_NAME..FOURTH_NAME in order. Only FIRST_NAME is reliably the given name: the others are
         *  father's and grandfather's names in Arabic naming, family names elsewhere, so they are OTHER. */
        private List<Name> primaryNames() {
            StringBuilder full = new StringBuilder();
            List<NamePart> parts = new ArrayList<>();
            for (int i = 0; i < nameParts.length; i++) {
                String p = clean(nameParts[i]);
                if (p.isEmpty()) continue;
                if (!full.isEmpty()) full.append(' ');
                full.append(p);
                parts.add(new NamePart(i == 0 ? NamePart.Type.GIVEN : NamePart.Type.OTHER, p));
            }
            if (full.isEmpty()) return List.of();
            if (schema == Schema.PERSON) return List.of(new Name(full.toString(), NameKind.PRIMARY, null, parts));
            // An entity's FIRST_NAME is its whole name, not a given name; once (CDe.003) it is two names joined by ";".
            List<Name> names = new ArrayList<>();
            for (String n : splitTopLevel(full.toString())) {
                if (!n.isBlank()) names.add(new Name(n.strip(), NameKind.PRIMARY));
            }
            return names;
        }

        private void alias() throws ListFormatException {
            String quality = null;
            String value = null;
            String note = null;
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                switch (c) {
                    case "QUALITY" -> quality = x.text();
                    case "ALIAS_NAME" -> value = x.text();
                    case "DATE_OF_BIRTH" -> {
                        // a birth date used with this alias (false identities): still a date the person uses
                        String d = x.text();
                        if (!d.isEmpty()) birthDates.add(DateRange.of(date("ALIAS DATE_OF_BIRTH", d)));
                    }
                    case "CITY_OF_BIRTH", "COUNTRY_OF_BIRTH" -> birthPlaces.add(x.text());
                    case "NOTE" -> note = clean(x.text());
                    default -> x.skipElement();
                }
            }
            if (value == null || value.isBlank()) return;
            NameKind kind = aliasKind(quality);
            for (String n : splitAlias(value)) addName(n, kind);
            for (String n : namesInAliasNote(value, note)) addName(n, kind);
        }

        private void addName(String text, NameKind kind) {
            String n = clean(text);
            if (!n.isEmpty()) names.add(new Name(n, kind));
        }

        private void values(String property) throws ListFormatException {
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                if (c.equals("VALUE")) {
                    String v = clean(x.text());
                    if (!v.isEmpty()) properties.add(new String[] {property, v});
                } else {
                    x.skipElement();
                }
            }
        }

        private void nationalities() throws ListFormatException {
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                if (!c.equals("VALUE")) {
                    x.skipElement();
                    continue;
                }
                String v = clean(x.text());
                // "na" is the UN's "not available", not Namibia's code
                if (v.isEmpty() || NOT_AVAILABLE.contains(v.toLowerCase(Locale.ROOT))) continue;
                String iso = Countries.toIso2(v);
                if (iso != null) nationalities.add(iso);
                else properties.add(new String[] {"nationalityText", v});
            }
        }

        private void lastUpdated() throws ListFormatException {
            String latest = null;
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                if (!c.equals("VALUE")) {
                    x.skipElement();
                    continue;
                }
                String v = x.text();
                if (v.isEmpty()) continue;
                String iso = isoDate("LAST_DAY_UPDATED", v);
                if (latest == null || iso.compareTo(latest) > 0) latest = iso;
            }
            if (latest != null) properties.add(new String[] {"modifiedAt", latest});
        }

        private void address() throws ListFormatException {
            String street = null, city = null, state = null, zip = null, country = null, note = null;
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                switch (c) {
                    case "STREET" -> street = x.text();
                    case "CITY" -> city = x.text();
                    case "STATE_PROVINCE" -> state = x.text();
                    case "ZIP_CODE" -> zip = x.text();
                    case "COUNTRY" -> country = x.text();
                    case "NOTE" -> note = x.text();
                    default -> x.skipElement();
                }
            }
            String full = join(street, city, state, zip, country);
            // An address given only as a note ("Located in Syria") is still the best location the UN gives.
            if (full.isEmpty()) full = clean(note);
            if (full.isEmpty()) return;
            String iso = Countries.toIso2(clean(country));
            addresses.add(new Address(full, blankToNull(city), iso));
            if (iso != null) countries.add(iso);
        }

        private void placeOfBirth() throws ListFormatException {
            String street = null, city = null, state = null, country = null, note = null;
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                switch (c) {
                    case "STREET" -> street = x.text();
                    case "CITY" -> city = x.text();
                    case "STATE_PROVINCE" -> state = x.text();
                    case "COUNTRY" -> country = x.text();
                    case "NOTE" -> note = x.text();
                    default -> x.skipElement();
                }
            }
            String place = join(street, city, state, country);
            if (place.isEmpty()) place = clean(note);
            if (!place.isEmpty()) birthPlaces.add(place);
            String iso = Countries.toIso2(clean(country));
            if (iso != null) properties.add(new String[] {"birthCountry", iso});
        }

        private void dateOfBirth() throws ListFormatException {
            String type = null, note = null;
            PartialDate date = null, year = null, from = null, to = null;
            long at = x.line();
            // values are parsed where they stand, so that a fault names the line of the bad value
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                switch (c) {
                    case "TYPE_OF_DATE" -> type = x.text();
                    case "DATE" -> date = optional("DATE", x.text(), false);
                    case "YEAR" -> year = optional("YEAR", x.text(), true);
                    case "FROM_YEAR" -> from = optional("FROM_YEAR", x.text(), true);
                    case "TO_YEAR" -> to = optional("TO_YEAR", x.text(), true);
                    case "NOTE" -> note = clean(x.text());
                    default -> x.skipElement();
                }
            }
            if (note != null && note.isEmpty()) note = null;
            // EXACT, APPROXIMATELY and BETWEEN only say how sure the UN is; the values say what is known.
            // An approximate year is kept as that year, as OFAC's "circa" is (see DateRange).
            if (date != null) {
                birthDates.add(DateRange.of(date));
            } else if (from != null || to != null) {
                if (from == null) from = to;
                if (to == null) to = from;
                if (from.compareTo(to) > 0) {
                    throw new ListFormatException(x.file(), at, tag + " " + label() + ": INDIVIDUAL_DATE_OF_BIRTH FROM_YEAR "
                            + from + " is after TO_YEAR " + to);
                }
                birthDates.add(new DateRange(from, to));
            } else if (year != null) {
                // "EXACT", YEAR 1958, NOTE "Sep.": the note carries the month
                int month = note == null ? 0 : month(note.replace(".", ""));
                birthDates.add(DateRange.of(month > 0 ? new PartialDate(year.year(), month, 0) : year));
            } else if (note != null) {
                DateRange fromNote = dateFromNote(note);
                if (fromNote != null) birthDates.add(fromNote);
                else properties.add(new String[] {"birthDateNote", note});
            }
            if (type != null && !type.isEmpty() && !"EXACT".equals(type) && !"APPROXIMATELY".equals(type) && !"BETWEEN".equals(type)) {
                // Unknown qualifier: the values were still read; keep the word so nothing is silently lost.
                properties.add(new String[] {"birthDateNote", type});
            }
        }

        private void document() throws ListFormatException {
            String type = null, type2 = null, number = null, issuing = null, countryOfIssue = null;
            List<String> note = new ArrayList<>();
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                switch (c) {
                    case "TYPE_OF_DOCUMENT" -> type = clean(x.text());
                    case "TYPE_OF_DOCUMENT2" -> type2 = clean(x.text());
                    case "NUMBER" -> number = clean(x.text());
                    case "ISSUING_COUNTRY" -> issuing = clean(x.text());
                    case "COUNTRY_OF_ISSUE" -> countryOfIssue = clean(x.text());
                    case "DATE_OF_ISSUE" -> remark(note, "issued ", x.text());
                    case "CITY_OF_ISSUE" -> remark(note, "issued in ", x.text());
                    case "DATE_OF_EXPIRY" -> remark(note, "expires ", x.text());
                    case "NOTE" -> remark(note, "", x.text());
                    default -> x.skipElement();
                }
            }
            if (number == null || number.isEmpty()) return;
            String label = join(type, type2);
            String country = Countries.toIso2(!isBlank(issuing) ? issuing : countryOfIssue);
            String remark = String.join("; ", label.isEmpty() ? note : prepend(label, note));
            identifiers.add(new Identifier(documentType(type, type2), number, country, remark.isEmpty() ? null : remark));
        }

        private String label() {
            return reference != null ? reference : "(record at line " + line + ")";
        }

        private String isoDate(String field, String text) throws ListFormatException {
            if (text.isEmpty()) return null;
            PartialDate d = date(field, text);
            if (!d.hasDay()) {
                throw x.error(tag + " " + label() + ": " + field + " '" + text + "' is not a full date: expected YYYY-MM-DD");
            }
            return d.toString();
        }

        private PartialDate date(String field, String text) throws ListFormatException {
            try {
                // xs:date may carry a zone ("2015-03-27-04:00"); a listing date is a calendar day, so it is dropped
                Matcher zone = XS_DATE_ZONE.matcher(text);
                return PartialDate.parseIso(zone.matches() ? zone.group(1) : text);
            } catch (IllegalArgumentException e) {
                throw x.error(tag + " " + label() + ": " + field + " '" + text + "' is not a date: expected YYYY-MM-DD");
            }
        }

        private PartialDate optional(String field, String text, boolean yearOnly) throws ListFormatException {
            if (text.isEmpty()) return null;
            return yearOnly ? year(field, text) : date(field, text);
        }

        private PartialDate year(String field, String text) throws ListFormatException {
            if (text.length() != 4) throw x.error(tag + " " + label() + ": " + field + " '" + text + "' is not a year: expected YYYY");
            return date(field, text);
        }

        private String gender(String text) throws ListFormatException {
            String g = text.strip().toLowerCase(Locale.ROOT);
            if (g.isEmpty()) return null;
            if (g.equals("male") || g.equals("female")) return g;
            throw x.error(tag + " " + label() + ": GENDER '" + text + "': expected Male or Female");
        }
    }

    /**
     * One ALIAS_NAME as the names it holds: split on ";" outside parentheses, and "X (Y)" or
     * "X (original script: Y)" split into X and Y when one is written in a non-Latin script.
     */
    static List<String> splitAlias(String value) {
        List<String> out = new ArrayList<>();
        for (String piece : splitTopLevel(ENUMERATION.matcher(value).replaceAll("; "))) {
            String p = piece.strip();
            // stray punctuation left by the UN's own editing: ") Abdelrahman ...", "... ),"
            p = p.replaceAll("^[)\\],;\\s]+", "").replaceAll("[,;\\s]+$", "");
            if (p.isEmpty()) continue;
            int open = p.indexOf('(');
            if (open > 0 && p.endsWith(")")) {
                String outer = p.substring(0, open).strip();
                String inner = p.substring(open + 1, p.length() - 1).strip();
                boolean original = inner.toLowerCase(Locale.ROOT).startsWith(ORIGINAL_SCRIPT);
                if (original) inner = inner.substring(ORIGINAL_SCRIPT.length()).strip();
                if (!outer.isEmpty() && !inner.isEmpty()
                        && (original || Scripts.hasNonLatinLetter(outer) != Scripts.hasNonLatinLetter(inner))) {
                    out.add(outer);
                    for (String i : splitTopLevel(inner)) {
                        if (!i.isBlank()) out.add(i.strip());
                    }
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Names the UN puts in an alias NOTE rather than in ALIAS_NAME: the original-script form ("original script:
     * Ахмад Шишани", "name in original script: ...", "In Arabic: ...") and, beside an alias written in Arabic
     * script, its transliterations ("Yunis al-Mauritani; Younis al-Mauritani"). Other notes (passport details,
     * "previously listed as", "nom de guerre") name nothing and give nothing.
     */
    static List<String> namesInAliasNote(String aliasName, String note) {
        if (note == null || note.isBlank()) return List.of();
        Matcher m = NOTE_SCRIPT.matcher(note);
        if (m.find()) {
            String name = m.group(1).strip();
            return Scripts.hasNonLatinLetter(name) ? List.of(name) : List.of();
        }
        if (Scripts.hasNonLatinLetter(aliasName) && !Scripts.hasNonLatinLetter(note) && note.contains(";")
                && note.chars().noneMatch(Character::isDigit) && note.indexOf('(') < 0) {
            List<String> out = new ArrayList<>();
            for (String n : splitTopLevel(note)) {
                if (!n.isBlank()) out.add(n.strip());
            }
            return out;
        }
        return List.of();
    }

    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (c == ';' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** UN individual aliases say Good or Low; entity aliases say a.k.a. or f.k.a.; older files "a.k.a low quality". */
    static NameKind aliasKind(String quality) {
        String q = quality == null ? "" : quality.toLowerCase(Locale.ROOT);
        if (q.contains("low")) return NameKind.WEAK_ALIAS;
        if (q.contains("f.k.a") || q.contains("fka") || q.contains("formerly")) return NameKind.PREVIOUS;
        return NameKind.ALIAS;
    }

    static IdentifierType documentType(String type, String type2) {
        String t = (type == null ? "" : type) + " " + (type2 == null ? "" : type2);
        t = t.toLowerCase(Locale.ROOT);
        if (t.contains("passport") || t.contains("pasaporte") || t.contains("passeport")) return IdentifierType.PASSPORT;
        if (t.contains("fiscal code") || t.contains("tax")) return IdentifierType.TAX_ID;
        if (t.contains("national") || t.contains("identi") || t.contains("social security")) return IdentifierType.NATIONAL_ID;
        return IdentifierType.OTHER;
    }

    private static DateRange dateFromNote(String note) {
        Matcher m = MONTH_YEAR.matcher(note);
        if (m.matches()) {
            int month = month(m.group(1));
            if (month > 0) return DateRange.of(new PartialDate(Integer.parseInt(m.group(2)), month, 0));
            return null;
        }
        m = MONTH_RANGE.matcher(note);
        if (m.matches()) {
            int a = month(m.group(1));
            int b = month(m.group(2));
            int y = Integer.parseInt(m.group(3));
            if (a > 0 && b >= a) return new DateRange(new PartialDate(y, a, 0), new PartialDate(y, b, 0));
        }
        return null;
    }

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    /** 1..12 for an English month name or its three-letter abbreviation ("Sep", "Sept", "August"); 0 otherwise. */
    private static int month(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.length() < 3) return 0;
        for (int i = 0; i < MONTHS.length; i++) {
            if (w.startsWith(MONTHS[i])) {
                String full = Month.of(i + 1).name().toLowerCase(Locale.ROOT);
                if (full.startsWith(w) || w.equals("sept")) return i + 1;
            }
        }
        return 0;
    }

    private static void remark(List<String> into, String prefix, String text) {
        String c = clean(text);
        if (!c.isEmpty()) into.add(prefix + c);
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> l = new ArrayList<>(rest.size() + 1);
        l.add(first);
        l.addAll(rest);
        return l;
    }

    /** Trimmed, with runs of white space (the UN wraps long values over lines) as one space. */
    private static String clean(String s) {
        return XmlCursor.collapseWhitespace(s);
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            String c = clean(p);
            if (c.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        String c = clean(s);
        return c.isEmpty() ? null : c;
    }
}
