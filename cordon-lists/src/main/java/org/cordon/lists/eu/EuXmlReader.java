package org.cordon.lists.eu;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Reads the EU Financial Sanctions Files (FSF) consolidated list, XML 1.1: root {@code export} in
 * namespace {@code http://eu.europa.ec/fpi/fsd/export}, one {@code sanctionEntity} per designation.
 * Streams the file (the official one is about 24 MB) through {@link XmlCursor}, one entity at a time.
 *
 * <p>Names: every {@code nameAlias} becomes a name. The FSF file has no "primary" flag; the first
 * strong Latin-script alias in English or with no language is taken as the caption (else the first
 * strong Latin-script one), because the first alias of a record is the one the regulation lists the
 * entry under, and an English Latin caption is what most reviewers read.
 * Further strong aliases are {@link NameKind#ALIAS}, {@code strong="false"} ones
 * {@link NameKind#WEAK_ALIAS}. The same spelling published under several {@code nameLanguage}
 * values is kept once (the first one, with its language).
 *
 * <p>Birth dates in a calendar other than Gregorian are kept only where the record also gives the
 * Gregorian {@code @birthdate}; a bare Hijri year is written to {@code notes} instead of being
 * turned into a wrong Gregorian year.
 */
public final class EuXmlReader implements ListReader {
    public static final String SOURCE = "eu";
    public static final String PUBLISHER = "European Commission (FSF)";
    public static final String TITLE = "EU Financial Sanctions Files consolidated list";
    public static final String FORMAT = "eu-xml";

    @Override
    public SanctionsList read(List<Path> files) throws IOException, ListFormatException {
        if (files.size() != 1) {
            throw new ListFormatException(files.isEmpty() ? null : files.get(0), 0,
                    "the EU FSF list is one XML file; got " + files.size() + " files: " + files);
        }
        Path file = files.get(0);
        List<Entity> entities = new ArrayList<>();
        String published;
        try (XmlCursor c = new XmlCursor(file)) {
            String root = c.root();
            if (!"export".equals(root)) {
                throw c.error("expected root element <export> of an EU FSF XML file, found <" + root + ">");
            }
            published = isoDate(c, "export", "generationDate", c.attr("generationDate"));
            String child;
            while ((child = c.nextChild()) != null) {
                if (child.equals("sanctionEntity")) entities.add(readEntity(c));
                else c.skipElement();
            }
        }
        ListVersion version = new ListVersion(SOURCE, PUBLISHER, TITLE, FORMAT, published,
                List.of(file.toString()), ListFiles.sha256(files), entities.size());
        return new SanctionsList(version, entities);
    }

    /** One nameAlias as published, held until the whole entity is read so the caption can be chosen. */
    private record Alias(String full, boolean strong, String lang, List<NamePart> parts) {}

    private Entity readEntity(XmlCursor c) throws ListFormatException {
        long line = c.line();
        String logicalId = c.attr("logicalId");
        if (logicalId == null) throw c.error("sanctionEntity without logicalId: every FSF record carries one");
        Entity.Builder b = Entity.builder(SOURCE, logicalId, Schema.LEGAL_ENTITY);
        b.property("euReferenceNumber", c.attr("euReferenceNumber"));
        b.property(Entity.UN_REFERENCE, c.attr("unitedNationId"));
        b.property("designationDetails", c.attr("designationDetails"));
        String designated = c.attr("designationDate");
        String earliestRegulation = null;
        List<Alias> aliases = new ArrayList<>();
        String child;
        while ((child = c.nextChild()) != null) {
            switch (child) {
                case "remark" -> b.property("notes", c.text());
                case "regulation" -> {
                    b.programme(c.attr("programme"));
                    String pub = isoDate(c, "regulation", "publicationDate", c.attr("publicationDate"));
                    if (pub != null && (earliestRegulation == null || pub.compareTo(earliestRegulation) < 0)) earliestRegulation = pub;
                    String g;
                    while ((g = c.nextChild()) != null) {
                        if (g.equals("publicationUrl")) b.property("sourceUrl", c.text());
                        else c.skipElement();
                    }
                }
                case "subjectType" -> {
                    String code = c.attr("code");
                    b.schema(code == null ? Schema.LEGAL_ENTITY : switch (code) {
                        case "person" -> Schema.PERSON;
                        case "enterprise" -> Schema.ORGANIZATION;
                        default -> Schema.LEGAL_ENTITY;
                    });
                    remarks(c, b);
                }
                case "nameAlias" -> {
                    Alias a = alias(c, b);
                    if (a != null) aliases.add(a);
                    remarks(c, b);
                }
                case "citizenship" -> {
                    String code = country(c, b);
                    b.nationality(code);
                    remarks(c, b);
                }
                case "birthdate" -> {
                    birthDate(c, b);
                    remarks(c, b);
                }
                case "identification" -> {
                    identification(c, b);
                    remarks(c, b);
                }
                case "address" -> address(c, b);
                default -> c.skipElement();
            }
        }
        if (aliases.isEmpty()) {
            throw new ListFormatException(c.file(), line, "sanctionEntity logicalId=" + logicalId
                    + " has no name: expected at least one nameAlias with a wholeName or firstName/lastName");
        }
        addNames(b, aliases);
        b.listedOn(designated != null ? isoDate(c, "sanctionEntity", "designationDate", designated) : earliestRegulation);
        return b.build();
    }

    private static void addNames(Entity.Builder b, List<Alias> aliases) {
        int primary = -1;
        // An English (or language-neutral) spelling reads best as the caption: "Qusay" rather than the French "Qoussaï".
        for (int i = 0; i < aliases.size() && primary < 0; i++) {
            Alias a = aliases.get(i);
            if (a.strong && !Scripts.hasNonLatinLetter(a.full) && (a.lang == null || a.lang.equals("en"))) primary = i;
        }
        for (int i = 0; i < aliases.size() && primary < 0; i++) {
            Alias a = aliases.get(i);
            if (a.strong && !Scripts.hasNonLatinLetter(a.full)) primary = i;
        }
        for (int i = 0; i < aliases.size() && primary < 0; i++) {
            if (aliases.get(i).strong) primary = i;
        }
        if (primary < 0) primary = 0;
        add(b, aliases.get(primary), NameKind.PRIMARY);
        for (int i = 0; i < aliases.size(); i++) {
            if (i == primary) continue;
            Alias a = aliases.get(i);
            add(b, a, a.strong ? NameKind.ALIAS : NameKind.WEAK_ALIAS);
        }
    }

    private static void add(Entity.Builder b, Alias a, NameKind kind) {
        for (Name n : b.names()) {
            if (n.full().equals(a.full)) return;
        }
        b.name(new Name(a.full, kind, a.lang, a.parts));
    }

    private static Alias alias(XmlCursor c, Entity.Builder b) {
        String first = c.attr("firstName");
        String middle = c.attr("middleName");
        String last = c.attr("lastName");
        String title = c.attr("title");
        List<NamePart> parts = new ArrayList<>(4);
        if (first != null) parts.add(new NamePart(NamePart.Type.GIVEN, first));
        if (middle != null) parts.add(new NamePart(NamePart.Type.MIDDLE, middle));
        if (last != null) parts.add(new NamePart(NamePart.Type.FAMILY, last));
        if (title != null && !parts.isEmpty()) parts.add(0, new NamePart(NamePart.Type.TITLE, title));
        String whole = c.attr("wholeName");
        if (whole == null) whole = join(" ", first, middle, last);
        b.property("title", title);
        b.property("position", c.attr("function"));
        String gender = c.attr("gender");
        if ("M".equals(gender)) b.gender("male");
        else if ("F".equals(gender)) b.gender("female");
        if (whole == null) return null;
        String lang = c.attr("nameLanguage");
        boolean strong = !"false".equalsIgnoreCase(c.attr("strong"));
        return new Alias(whole.replaceAll("\\s+", " "), strong, lang == null ? null : lang.toLowerCase(Locale.ROOT), parts);
    }

    private static void birthDate(XmlCursor c, Entity.Builder b) throws ListFormatException {
        String calendar = c.attr("calendarType");
        boolean gregorian = calendar == null || calendar.equalsIgnoreCase("GREGORIAN");
        String full = c.attr("birthdate");
        String year = c.attr("year");
        String from = c.attr("yearRangeFrom");
        String to = c.attr("yearRangeTo");
        try {
            if (full != null) {
                LocalDate d = LocalDate.parse(full);
                b.birthDate(DateRange.of(new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth())));
            } else if (year != null) {
                int y = Integer.parseInt(year);
                int m = c.attr("monthOfYear") == null ? 0 : Integer.parseInt(c.attr("monthOfYear"));
                int d = m == 0 || c.attr("dayOfMonth") == null ? 0 : Integer.parseInt(c.attr("dayOfMonth"));
                PartialDate p = new PartialDate(y, m, d);
                if (gregorian) b.birthDate(DateRange.of(p));
                else b.property("notes", "birth date " + p + " in the " + calendar + " calendar");
            } else if (from != null || to != null) {
                PartialDate f = PartialDate.ofYear(Integer.parseInt(from != null ? from : to));
                PartialDate t = PartialDate.ofYear(Integer.parseInt(to != null ? to : from));
                if (gregorian) b.birthDate(new DateRange(f, t));
                else b.property("notes", "birth years " + f + " to " + t + " in the " + calendar + " calendar");
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw c.error("birthdate: expected @birthdate as YYYY-MM-DD and @year/@monthOfYear/@dayOfMonth/@yearRangeFrom/"
                    + "@yearRangeTo as numbers forming a valid date, got birthdate='" + full + "' year='" + year + "' monthOfYear='"
                    + c.attr("monthOfYear") + "' dayOfMonth='" + c.attr("dayOfMonth") + "' yearRangeFrom='" + from
                    + "' yearRangeTo='" + to + "' (" + e.getMessage() + ")");
        }
        String code = c.attr("countryIso2Code");
        String iso = Countries.isIso2(code) ? code : null;
        b.property("birthCountry", iso);
        String countryName = iso != null ? Countries.name(iso) : knownDescription(c);
        String city = c.attr("city");
        String place = c.attr("place");
        if (place != null && place.equals(city)) place = null;
        b.birthPlace(join(", ", city, place, c.attr("region"), countryName));
    }

    private static void identification(XmlCursor c, Entity.Builder b) {
        String number = c.attr("number");
        String latin = c.attr("latinNumber");
        if (number == null) number = latin;
        if (number == null) return;
        String code = c.attr("identificationTypeCode");
        IdentifierType type = identifierType(code);
        String country = country(c, b);
        List<String> notes = new ArrayList<>();
        String description = c.attr("identificationTypeDescription");
        if (description != null) notes.add(description);
        else if (type == IdentifierType.OTHER && code != null && !code.equals("other")) notes.add(code);
        if ("true".equals(c.attr("diplomatic"))) notes.add("diplomatic");
        if ("true".equals(c.attr("knownFalse"))) notes.add("known false");
        if ("true".equals(c.attr("knownExpired"))) notes.add("known expired");
        if ("true".equals(c.attr("reportedLost"))) notes.add("reported lost");
        if ("true".equals(c.attr("revokedByIssuer"))) notes.add("revoked by issuer");
        if (c.attr("issuedBy") != null) notes.add("issued by " + c.attr("issuedBy"));
        if (c.attr("issueDate") != null) notes.add("issued " + c.attr("issueDate"));
        if (c.attr("validTo") != null) notes.add("valid to " + c.attr("validTo"));
        if (c.attr("nameOnDocument") != null) notes.add("name on document: " + c.attr("nameOnDocument"));
        String note = notes.isEmpty() ? null : String.join("; ", notes);
        b.identifier(new Identifier(type, number, country, note));
        if (latin != null && !latin.equals(number)) b.identifier(new Identifier(type, latin, country, note));
    }

    /** FSF identificationTypeCode values (as in the official code list) to identifier types. */
    static IdentifierType identifierType(String code) {
        if (code == null) return IdentifierType.OTHER;
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "passport" -> IdentifierType.PASSPORT;
            case "id", "ssn", "nationcert" -> IdentifierType.NATIONAL_ID;
            case "fiscalcode", "taxid", "euvat" -> IdentifierType.TAX_ID;
            case "regnumber", "tradelic" -> IdentifierType.REGISTRATION;
            case "imo" -> IdentifierType.IMO;
            case "swiftbic" -> IdentifierType.BIC;
            case "lei" -> IdentifierType.LEI;
            default -> IdentifierType.OTHER;
        };
    }

    private static void address(XmlCursor c, Entity.Builder b) throws ListFormatException {
        String city = c.attr("city");
        String iso = country(c, b);
        b.country(iso);
        String poBox = c.attr("poBox");
        String full = join(", ", c.attr("street"), poBox == null ? null : "PO Box " + poBox,
                join(" ", c.attr("zipCode"), city), c.attr("region"), c.attr("place"),
                iso != null ? Countries.name(iso) : knownDescription(c));
        if (full != null) b.address(new Address(full, city, iso));
        String g;
        while ((g = c.nextChild()) != null) {
            switch (g) {
                case "remark" -> b.property("notes", c.text());
                case "contactInfo" -> {
                    contact(b, c.attr("key"), c.attr("value"));
                    c.skipElement();
                }
                default -> c.skipElement();
            }
        }
    }

    private static void contact(Entity.Builder b, String key, String value) {
        if (key == null || value == null) return;
        String k = key.toLowerCase(Locale.ROOT);
        if (k.contains("mail")) b.identifier(new Identifier(IdentifierType.EMAIL, value));
        else if (k.contains("web") || k.contains("url")) b.identifier(new Identifier(IdentifierType.WEBSITE, value));
        else if (k.contains("phone") || k.contains("fax")) b.property("phone", value);
        else b.property("notes", key + ": " + value);
    }

    /**
     * The ISO code of the current element's @countryIso2Code, or null for "00" (EU's "unknown") or a code that
     * is not ISO; the published description of a non-ISO code is kept in {@code countryText}.
     */
    private static String country(XmlCursor c, Entity.Builder b) {
        String code = c.attr("countryIso2Code");
        if (code != null && Countries.isIso2(code.toUpperCase(Locale.ROOT))) return code.toUpperCase(Locale.ROOT);
        b.property("countryText", knownDescription(c));
        return null;
    }

    private static String knownDescription(XmlCursor c) {
        String d = c.attr("countryDescription");
        return d == null || d.equalsIgnoreCase("UNKNOWN") ? null : d;
    }

    /** Reads the remaining children of a sub-element: remarks become notes, anything else is skipped. */
    private static void remarks(XmlCursor c, Entity.Builder b) throws ListFormatException {
        String g;
        while ((g = c.nextChild()) != null) {
            if (g.equals("remark")) b.property("notes", c.text());
            else c.skipElement();
        }
    }

    /** The date part (YYYY-MM-DD) of an ISO date or date-time attribute, validated; null when absent. */
    private static String isoDate(XmlCursor c, String element, String attribute, String value) throws ListFormatException {
        if (value == null) return null;
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value).toString();
        } catch (DateTimeParseException e) {
            throw c.error(element + "/@" + attribute + ": expected an ISO date (YYYY-MM-DD...), got '" + value + "'");
        }
    }

    private static String join(String sep, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            // "-" and similar placeholders say nothing
            if (p == null || p.chars().noneMatch(Character::isLetterOrDigit)) continue;
            if (!sb.isEmpty()) sb.append(sep);
            sb.append(p.strip());
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}
