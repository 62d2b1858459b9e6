package org.cordon.lists.uk;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
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

/**
 * Reads the UK Sanctions List XML published by the FCDO ({@code Designations/Designation}), keyed by
 * {@code UniqueID} ({@code uk-RUS0104}). Individuals become Persons, entities Organizations, ships Vessels.
 *
 * <p>Dates are DD/MM/YYYY as the FCDO writes them; in birth dates an unknown day or month is written
 * 00 (or "--"), as in the OFSI Consolidated List, and kept as a partial date. The detail blocks
 * ({@code IndividualDetails}, {@code EntityDetails}, {@code ShipDetails}) are walked by element name at
 * any depth, so a wrapper element the FCDO adds or renames does not hide the values inside it.
 */
public final class UkXmlReader implements ListReader {
    public static final String SOURCE = "uk";
    public static final String PUBLISHER = "UK FCDO";
    public static final String FORMAT = "uk-xml";

    private static final Pattern UK_DATE = Pattern.compile("^(\\d{1,2}|--)/(\\d{1,2}|--)/(\\d{4})$");
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
    private static final Map<String, String> LANGUAGES = languages();
    private static final Set<String> NOT_AVAILABLE = Set.of("n/a", "na", "none", "-");

    @Override
    public SanctionsList read(List<Path> files) throws IOException, ListFormatException {
        if (files.size() != 1) {
            throw new ListFormatException(files.isEmpty() ? null : files.get(0), 0,
                    "the UK Sanctions List is one XML file; got " + files.size() + " files");
        }
        Path file = files.get(0);
        List<Entity> entities = new ArrayList<>();
        String published = null;
        try (XmlCursor x = new XmlCursor(file)) {
            String root = x.root();
            if (!"Designations".equals(root)) {
                throw x.error("root element <" + root + ">: expected <Designations> (UK Sanctions List XML)");
            }
            Map<String, Long> seen = new HashMap<>();
            for (String tag = x.nextChild(); tag != null; tag = x.nextChild()) {
                switch (tag) {
                    case "DateGenerated" -> {
                        String text = x.text();
                        PartialDate d = date(x, "DateGenerated", "Designations", text);
                        if (d != null && !d.hasDay()) throw x.error("DateGenerated '" + text + "': expected DD/MM/YYYY");
                        published = d == null ? null : d.toString();
                    }
                    case "Designation" -> {
                        long line = x.line();
                        Entity e = new DesignationReader(x, line).read();
                        Long prev = seen.putIfAbsent(e.sourceId(), line);
                        if (prev != null) {
                            throw new ListFormatException(file, line, "Designation UniqueID " + e.sourceId()
                                    + " already used by the designation at line " + prev + ": UniqueIDs must be unique");
                        }
                        entities.add(e);
                    }
                    default -> x.skipElement();
                }
            }
            // A well-formed but empty list would silently stop all UK screening if it replaced a good one.
            if (entities.isEmpty()) throw x.error("no Designation records: an empty UK Sanctions List is refused");
        }
        return new SanctionsList(new ListVersion(SOURCE, PUBLISHER, "UK Sanctions List", FORMAT, published,
                List.of(file.toString()), ListFiles.sha256(files), entities.size()), entities);
    }

    /** One Designation. Its type (IndividualEntityShip) comes after its names, so values are held until the end. */
    private static final class DesignationReader {
        private final XmlCursor x;
        private final long line;
        private String uniqueId;
        private String type;
        private final List<RawName> rawNames = new ArrayList<>();
        private final List<Name> nonLatin = new ArrayList<>();
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

        DesignationReader(XmlCursor x, long line) {
            this.x = x;
            this.line = line;
        }

        Entity read() throws ListFormatException {
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                switch (c) {
                    case "UniqueID" -> uniqueId = x.text();
                    case "IndividualEntityShip" -> type = x.text();
                    case "LastUpdated" -> property("modifiedAt", isoDay("LastUpdated", x.text()));
                    case "DateDesignated" -> listedOn = isoDay("DateDesignated", x.text());
                    case "OFSIGroupID" -> property("ofsiGroupId", x.text());
                    case "UNReferenceNumber" -> {
                        // SYR0200 carries "N/A": a placeholder, not a reference to link on
                        String ref = x.text();
                        if (!NOT_AVAILABLE.contains(ref.toLowerCase(Locale.ROOT))) property(Entity.UN_REFERENCE, ref);
                    }
                    case "RegimeName" -> programme = x.text();
                    case "DesignationSource" -> property("designationSource", x.text());
                    case "SanctionsImposed" -> {
                        for (String s : x.text().split("\\|")) property("sanctions", s);
                    }
                    case "OtherInformation" -> property("notes", x.text());
                    case "UKStatementofReasons" -> property("reason", x.text());
                    case "Names" -> names();
                    case "NonLatinNames" -> nonLatinNames();
                    case "Addresses" -> addresses();
                    case "Titles" -> list("Title", "title");
                    case "PhoneNumbers" -> list("PhoneNumber", "phone");
                    case "EmailAddresses" -> identifiers("EmailAddress", IdentifierType.EMAIL);
                    case "Websites" -> identifiers("Website", IdentifierType.WEBSITE);
                    case "IndividualDetails", "EntityDetails", "ShipDetails" -> details();
                    default -> x.skipElement();
                }
            }
            return build();
        }

        private Entity build() throws ListFormatException {
            if (uniqueId == null || uniqueId.isEmpty()) {
                throw new ListFormatException(x.file(), line, "Designation without UniqueID: every designation needs one (its id)");
            }
            if (type == null || type.isEmpty()) {
                throw new ListFormatException(x.file(), line, "Designation " + uniqueId
                        + " without IndividualEntityShip: expected Individual, Entity or Ship");
            }
            Schema schema = Schema.parseOrNull(type);
            if (schema != Schema.PERSON && schema != Schema.ORGANIZATION && schema != Schema.VESSEL) {
                throw new ListFormatException(x.file(), line, "Designation " + uniqueId + ": IndividualEntityShip '" + type
                        + "': expected Individual, Entity or Ship");
            }
            Entity.Builder b = Entity.builder(SOURCE, uniqueId, schema);
            for (RawName r : rawNames) b.name(r.toName(schema));
            nonLatin.forEach(b::name);
            if (!b.hasNames()) {
                throw new ListFormatException(x.file(), line, "Designation " + uniqueId
                        + " has no name: expected Names/Name with Name1..Name6 or a NonLatinName");
            }
            birthDates.forEach(b::birthDate);
            birthPlaces.forEach(b::birthPlace);
            nationalities.forEach(b::nationality);
            countries.forEach(b::country);
            identifiers.forEach(b::identifier);
            addresses.forEach(b::address);
            b.gender(gender).programme(programme).listedOn(listedOn);
            for (String[] p : properties) b.property(p[0], p[1]);
            return b.build();
        }

        private void names() throws ListFormatException {
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                if (!c.equals("Name")) {
                    x.skipElement();
                    continue;
                }
                long at = x.line();
                String[] parts = new String[6];
                String nameType = null;
                String strength = null;
                for (String p = x.nextChild(); p != null; p = x.nextChild()) {
                    switch (p) {
                        case "Name1", "Name2", "Name3", "Name4", "Name5", "Name6" -> parts[p.charAt(4) - '1'] = clean(x.text());
                        case "NameType" -> nameType = x.text();
                        case "AliasStrength" -> strength = x.text();
                        default -> x.skipElement();
                    }
                }
                NameKind kind = kind(nameType, strength, at);
                rawNames.add(new RawName(parts, kind));
            }
        }

        /**
         * NameType as published: "Primary Name" and "Primary name" both occur, as does "ALias". A Primary Name
         * Variation or Alias the FCDO marks "Low quality a.k.a" is a weak alias.
         */
        private NameKind kind(String nameType, String strength, long at) throws ListFormatException {
            String t = nameType == null ? "" : clean(nameType).toLowerCase(Locale.ROOT);
            boolean weak = strength != null && (strength.toLowerCase(Locale.ROOT).contains("low")
                    || strength.toLowerCase(Locale.ROOT).contains("weak"));
            return switch (t) {
                case "primary name" -> NameKind.PRIMARY;
                case "primary name variation", "alias", "aka", "a.k.a", "a.k.a.", "" -> weak ? NameKind.WEAK_ALIAS : NameKind.ALIAS;
                case "fka", "f.k.a", "f.k.a.", "formerly known as", "previous name" -> NameKind.PREVIOUS;
                default -> throw new ListFormatException(x.file(), at, "Designation " + idForMessage() + ": NameType '" + nameType
                        + "': expected Primary Name, Primary Name Variation, Alias or Formerly Known As");
            };
        }

        private void nonLatinNames() throws ListFormatException {
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                if (!c.equals("NonLatinName")) {
                    x.skipElement();
                    continue;
                }
                String value = null;
                String language = null;
                for (String p = x.nextChild(); p != null; p = x.nextChild()) {
                    switch (p) {
                        case "NameNonLatinScript" -> value = clean(x.text());
                        case "NonLatinScriptLanguage" -> language = x.text();
                        default -> x.skipElement();
                    }
                }
                // <NonLatinName /> with nothing inside occurs in the published list; it names nothing.
                if (value == null || value.isEmpty()) continue;
                nonLatin.add(new Name(value, NameKind.ALIAS, languageCode(language), List.of()));
            }
        }

        private void addresses() throws ListFormatException {
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                if (!c.equals("Address")) {
                    x.skipElement();
                    continue;
                }
                String[] lines = new String[6];
                String postalCode = null;
                String country = null;
                for (String p = x.nextChild(); p != null; p = x.nextChild()) {
                    switch (p) {
                        case "AddressLine1", "AddressLine2", "AddressLine3", "AddressLine4", "AddressLine5", "AddressLine6" ->
                                lines[p.charAt(11) - '1'] = x.text();
                        case "AddressPostalCode" -> postalCode = x.text();
                        case "AddressCountry" -> country = clean(x.text());
                        default -> x.skipElement();
                    }
                }
                List<String> all = new ArrayList<>();
                for (String l : lines) all.add(clean(l));
                all.add(clean(postalCode));
                all.add(clean(country));
                all.removeIf(String::isEmpty);
                if (all.isEmpty()) continue;
                String iso = Countries.toIso2(country);
                // The FCDO does not say which address line is the town, so the city is left unset rather than guessed.
                addresses.add(new Address(String.join(", ", all), null, iso));
                if (iso != null) countries.add(iso);
            }
        }

        private void list(String itemTag, String property) throws ListFormatException {
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                if (c.equals(itemTag)) property(property, x.text());
                else x.skipElement();
            }
        }

        private void identifiers(String itemTag, IdentifierType idType) throws ListFormatException {
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                if (c.equals(itemTag)) identifier(idType, x.text(), null, null);
                else x.skipElement();
            }
        }

        /** IndividualDetails, EntityDetails or ShipDetails: values by element name, wrappers entered at any depth. */
        private void details() throws ListFormatException {
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                switch (c) {
                    case "DOB" -> {
                        String text = x.text();
                        PartialDate d = date(x, "DOB", idForMessage(), text);
                        if (d != null) birthDates.add(DateRange.of(d));
                    }
                    case "Nationality" -> nationality(x.text());
                    case "Gender" -> gender = gender(x.text());
                    case "Position" -> property("position", x.text());
                    case "PassportDetail" -> document("PassportNumber", "PassportAdditionalInformation", IdentifierType.PASSPORT);
                    case "NationalIdentifierDetail" ->
                            document("NationalIdentifierNumber", "NationalIdentifierAdditionalInformation", IdentifierType.NATIONAL_ID);
                    case "Location" -> birthLocation();
                    case "TypeOfEntity" -> property("legalForm", x.text());
                    case "ParentCompany" -> property("parent", x.text());
                    case "Subsidiary" -> property("subsidiaries", x.text());
                    case "BusinessRegistrationNumber" -> identifier(IdentifierType.REGISTRATION, x.text(), null, null);
                    case "IMONumber" -> identifier(IdentifierType.IMO, x.text(), null, null);
                    case "MMSI" -> identifier(IdentifierType.MMSI, x.text(), null, null);
                    case "HullIdentificationNumber" -> identifier(IdentifierType.OTHER, x.text(), null, "hull identification number");
                    case "CurrentBelievedFlagOfShip" -> flag(x.text());
                    case "PreviousFlag" -> pastFlag(x.text());
                    case "CurrentOwnerOperator" -> property("owner", x.text());
                    case "PreviousOwnerOperator" -> property("pastOwners", x.text());
                    case "TypeOfShip" -> property("type", x.text());
                    case "Tonnage" -> property("tonnage", x.text());
                    case "Length" -> property("length", x.text());
                    case "YearBuilt" -> property("buildDate", x.text());
                    case "CallSign" -> property("callSign", x.text());
                    // anything else is a wrapper (Individual, DOBs, Nationalities, ...) or an element not mapped: enter it
                    default -> details();
                }
            }
        }

        private void document(String numberTag, String infoTag, IdentifierType idType) throws ListFormatException {
            String number = null;
            String info = null;
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                if (c.equals(numberTag)) number = x.text();
                else if (c.equals(infoTag)) info = clean(x.text());
                else x.skipElement();
            }
            identifier(idType, number, null, info);
        }

        private void birthLocation() throws ListFormatException {
            String town = "";
            String country = "";
            for (String c = x.nextChild(); c != null; c = x.nextChild()) {
                switch (c) {
                    case "TownOfBirth" -> town = clean(x.text());
                    case "CountryOfBirth" -> country = clean(x.text());
                    default -> x.skipElement();
                }
            }
            String place = town.isEmpty() ? country : country.isEmpty() ? town : town + ", " + country;
            if (!place.isEmpty()) birthPlaces.add(place);
            String iso = Countries.toIso2(country);
            if (iso != null) property("birthCountry", iso);
        }

        private void nationality(String text) {
            String v = clean(text);
            if (v.isEmpty()) return;
            String iso = Countries.toIso2(v);
            if (iso != null) nationalities.add(iso);
            else property("nationalityText", v);
        }

        /** The current flag is one of the vessel's countries (exported as FtM {@code flag}); text not known as a country stays as written. */
        private void flag(String text) {
            String v = clean(text);
            if (v.isEmpty()) return;
            String iso = Countries.toIso2(v);
            if (iso != null) countries.add(iso);
            else property("flag", v);
        }

        private void pastFlag(String text) {
            String v = clean(text);
            if (v.isEmpty()) return;
            String iso = Countries.toIso2(v);
            property("pastFlags", iso != null ? iso : v);
        }

        private String gender(String text) throws ListFormatException {
            String g = clean(text).toLowerCase(Locale.ROOT);
            if (g.isEmpty()) return gender;
            if (g.equals("male") || g.equals("female")) return g;
            throw x.error("Designation " + idForMessage() + ": Gender '" + text + "': expected Male or Female");
        }

        private void identifier(IdentifierType idType, String value, String country, String note) {
            String v = clean(value);
            if (!v.isEmpty()) identifiers.add(new Identifier(idType, v, country, note == null || note.isEmpty() ? null : note));
        }

        private String isoDay(String field, String text) throws ListFormatException {
            PartialDate d = date(x, field, idForMessage(), text);
            if (d == null) return null;
            if (!d.hasDay()) throw x.error("Designation " + idForMessage() + ": " + field + " '" + text + "': expected DD/MM/YYYY");
            return d.toString();
        }

        private void property(String key, String value) {
            String v = clean(value);
            if (!v.isEmpty()) properties.add(new String[] {key, v});
        }

        private String idForMessage() {
            return uniqueId != null ? uniqueId : "(at line " + line + ")";
        }
    }

    /** A Name element before the designation's schema is known: Name1..Name6 are tagged only for persons. */
    private record RawName(String[] parts, NameKind kind) {
        Name toName(Schema schema) {
            StringBuilder full = new StringBuilder();
            List<NamePart> tagged = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                if (p == null || p.isEmpty()) continue;
                if (!full.isEmpty()) full.append(' ');
                full.append(p);
                NamePart.Type t = i == 0 ? NamePart.Type.GIVEN : i == 5 ? NamePart.Type.FAMILY : NamePart.Type.MIDDLE;
                tagged.add(new NamePart(t, p));
            }
            if (full.isEmpty()) return null;
            // For an entity or a ship Name6 is the whole name, not a family name.
            return new Name(full.toString(), kind, null, schema == Schema.PERSON ? tagged : List.of());
        }
    }

    /**
     * A UK date: DD/MM/YYYY (00 or "--" for an unknown day or month), a bare year, or ISO; null when empty.
     * Anything else is a format fault naming the field and the designation.
     */
    static PartialDate date(XmlCursor x, String field, String owner, String text) throws ListFormatException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return null;
        try {
            Matcher m = UK_DATE.matcher(t);
            if (m.matches()) {
                int day = m.group(1).equals("--") ? 0 : Integer.parseInt(m.group(1));
                int month = m.group(2).equals("--") ? 0 : Integer.parseInt(m.group(2));
                int year = Integer.parseInt(m.group(3));
                if (month == 0) day = 0;
                YearMonth ym = month == 0 ? null : YearMonth.of(year, month);
                if (ym != null && day > ym.lengthOfMonth()) throw new IllegalArgumentException("day " + day);
                return new PartialDate(year, month, day);
            }
            if (YEAR.matcher(t).matches() || t.matches("^\\d{4}-\\d{2}(-\\d{2})?$")) return PartialDate.parseIso(t);
        } catch (IllegalArgumentException | DateTimeException e) {
            // falls through to the error below
        }
        throw x.error(owner + ": " + field + " '" + text + "' is not a date: expected DD/MM/YYYY");
    }

    /** ISO 639-1 code for an English language name ("Russian" -> "ru"), or the text itself when it is already a code. */
    static String languageCode(String language) {
        String l = clean(language).toLowerCase(Locale.ROOT);
        if (l.isEmpty()) return null;
        String code = LANGUAGES.get(l);
        if (code != null) return code;
        return l.length() == 2 ? l : null;
    }

    private static Map<String, String> languages() {
        Map<String, String> m = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            m.put(new Locale(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        return m;
    }

    static String clean(String s) {
        return XmlCursor.collapseWhitespace(s);
    }
}
