package org.cordon.lists.ofac;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cordon.model.Countries;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.NameKind;
import org.cordon.model.PartialDate;
import org.cordon.model.Schema;

/**
 * The Remarks column of OFAC's legacy CSV. The legacy format has no columns for birth dates, passports,
 * nationalities or weak aliases: OFAC writes them all into one free-text field as "; "-separated
 * items ("DOB 07 Oct 1952; POB Leningrad, Russia; nationality Russia; Passport 123 (Russia); a.k.a. 'X'.").
 * This class turns those items into model fields so that the CSV set carries the same facts as OFAC's
 * XML; what it does not recognise is kept verbatim in {@code notes}, never dropped.
 *
 * <p>A recognised item whose value cannot be read (a DOB of "31 Feb 1950") is an error, not a note:
 * a silently lost birth date would weaken every screening against that entry.
 */
public final class OfacRemarks {

    /** An item OFAC's format defines but whose value does not parse. */
    public static final class RemarkException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        RemarkException(String message) {
            super(message);
        }

        RemarkException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Label(String text, IdentifierType type) {}

    /**
     * Identifier labels as OFAC writes them, longest first so that "Passport No." wins over "Passport".
     * "Identification Number" is typed per schema in {@link #identifierType}.
     */
    private static final List<Label> ID_LABELS = sortedLongestFirst(List.of(
            new Label("Passport", IdentifierType.PASSPORT),
            new Label("Passport No.", IdentifierType.PASSPORT),
            new Label("Diplomatic Passport", IdentifierType.PASSPORT),
            new Label("National ID No.", IdentifierType.NATIONAL_ID),
            new Label("National ID", IdentifierType.NATIONAL_ID),
            new Label("Cedula No.", IdentifierType.NATIONAL_ID),
            new Label("C.U.R.P.", IdentifierType.NATIONAL_ID),
            new Label("CURP #", IdentifierType.NATIONAL_ID),
            new Label("D.N.I.", IdentifierType.NATIONAL_ID),
            new Label("C.U.I.", IdentifierType.NATIONAL_ID),
            new Label("Personal ID Card", IdentifierType.NATIONAL_ID),
            new Label("National Foreign ID Number", IdentifierType.NATIONAL_ID),
            new Label("Electoral Registry No.", IdentifierType.NATIONAL_ID),
            new Label("Credencial electoral", IdentifierType.NATIONAL_ID),
            new Label("SSN", IdentifierType.NATIONAL_ID),
            new Label("Residency Number", IdentifierType.OTHER),
            new Label("Birth Certificate Number", IdentifierType.OTHER),
            new Label("Driver's License No.", IdentifierType.OTHER),
            new Label("Cartilla de Servicio Militar Nacional", IdentifierType.OTHER),
            new Label("Identification Number", IdentifierType.NATIONAL_ID),
            new Label("Tax ID No.", IdentifierType.TAX_ID),
            new Label("R.F.C.", IdentifierType.TAX_ID),
            new Label("RFC", IdentifierType.TAX_ID),
            new Label("NIT #", IdentifierType.TAX_ID),
            new Label("RUC #", IdentifierType.TAX_ID),
            new Label("RIF #", IdentifierType.TAX_ID),
            new Label("V.A.T. Number", IdentifierType.TAX_ID),
            new Label("VAT Number", IdentifierType.TAX_ID),
            new Label("US FEIN", IdentifierType.TAX_ID),
            new Label("Italian Fiscal Code", IdentifierType.TAX_ID),
            new Label("Fiscal Code", IdentifierType.TAX_ID),
            new Label("C.U.I.T.", IdentifierType.TAX_ID),
            new Label("Registration Number", IdentifierType.REGISTRATION),
            new Label("Registration ID", IdentifierType.REGISTRATION),
            new Label("Business Registration Number", IdentifierType.REGISTRATION),
            new Label("Business Registration Document #", IdentifierType.REGISTRATION),
            new Label("Business Number", IdentifierType.REGISTRATION),
            new Label("Company Number", IdentifierType.REGISTRATION),
            new Label("UK Company Number", IdentifierType.REGISTRATION),
            new Label("Commercial Registry Number", IdentifierType.REGISTRATION),
            new Label("Chamber of Commerce Number", IdentifierType.REGISTRATION),
            new Label("Istanbul Chamber of Comm. No.", IdentifierType.REGISTRATION),
            new Label("Government Gazette Number", IdentifierType.REGISTRATION),
            new Label("Folio Mercantil No.", IdentifierType.REGISTRATION),
            new Label("Matricula Mercantil No", IdentifierType.REGISTRATION),
            new Label("Trade License No.", IdentifierType.REGISTRATION),
            new Label("Public Registration Number", IdentifierType.REGISTRATION),
            new Label("Central Registration System Number", IdentifierType.REGISTRATION),
            new Label("Economic Register Number (CBLS)", IdentifierType.REGISTRATION),
            new Label("Enterprise Number", IdentifierType.REGISTRATION),
            new Label("C.R. No.", IdentifierType.REGISTRATION),
            new Label("D-U-N-S Number", IdentifierType.REGISTRATION),
            new Label("Unified Social Credit Code (USCC)", IdentifierType.REGISTRATION),
            new Label("License", IdentifierType.REGISTRATION),
            new Label("Legal Entity Number", IdentifierType.LEI),
            new Label("SWIFT/BIC", IdentifierType.BIC),
            new Label("BIK (RU)", IdentifierType.OTHER),
            new Label("Vessel Registration Identification", IdentifierType.IMO),
            new Label("IMO", IdentifierType.IMO),
            new Label("MMSI", IdentifierType.MMSI),
            new Label("Email Address", IdentifierType.EMAIL),
            new Label("Email", IdentifierType.EMAIL),
            new Label("Website", IdentifierType.WEBSITE),
            new Label("Aircraft Manufacturer's Serial Number (MSN)", IdentifierType.AIRCRAFT_SERIAL),
            new Label("Aircraft Tail Number", IdentifierType.AIRCRAFT_REGISTRATION),
            new Label("Previous Aircraft Tail Number", IdentifierType.AIRCRAFT_REGISTRATION),
            new Label("Turkish Identification Number", IdentifierType.NATIONAL_ID),
            new Label("Citizen's Card Number", IdentifierType.NATIONAL_ID),
            new Label("Travel Document Number", IdentifierType.PASSPORT),
            new Label("SRE Permit No.", IdentifierType.OTHER),
            new Label("Registered Charity No.", IdentifierType.REGISTRATION),
            new Label("United Social Credit Code Certificate (USCCC)", IdentifierType.REGISTRATION),
            new Label("Dubai Chamber of Commerce Membership No.", IdentifierType.REGISTRATION)));

    /**
     * Statements of which sanctions apply and how (directives, secondary sanctions, EO 13846 menus):
     * kept whole, since the label is part of the meaning, under {@code sanctionsInformation}.
     */
    private static final List<String> SANCTIONS_INFORMATION = List.of("Additional Sanctions Information -",
            "Secondary sanctions risk:", "Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:",
            "Executive Order", "CAATSA Section", "Listing Date (", "Effective Date (", "For more information on directives",
            "IFCA Determination");

    /** Items copied into a property under an FtM-style name, label removed. Longest first. */
    private static final List<Map.Entry<String, String>> PROPERTY_LABELS = List.of(
            Map.entry("Organization Type:", "organizationType"),
            Map.entry("Target Type", "targetType"),
            Map.entry("Aircraft Construction Number (also called L/N or S/N or F/N)", "constructionNumber"),
            Map.entry("Aircraft Mode S Transponder Code", "transponderCode"),
            Map.entry("Aircraft Model", "model"),
            Map.entry("Aircraft Operator", "operator"),
            Map.entry("Aircraft Manufacture Date", "buildDate"),
            Map.entry("Vessel Year of Build", "buildDate"),
            Map.entry("Former Vessel Flag", "pastFlags"),
            Map.entry("Other Vessel Flag", "otherFlag"),
            Map.entry("Other Vessel Call Sign", "callSign"),
            Map.entry("Vessel Call Sign", "callSign"),
            Map.entry("Vessel Type", "vesselType"),
            Map.entry("Other Vessel Type", "vesselType"),
            Map.entry("Vessel Flag", "flag"),
            Map.entry("Digital Currency Address -", "cryptoWallet"),
            Map.entry("Phone Number", "phone"),
            Map.entry("Telephone", "phone"),
            Map.entry("Fax", "fax"));

    /**
     * OFAC spellings the shared country table misses (the JDK now calls Trinidad and Tobago "Trinidad &amp; Tobago");
     * found by listing the unresolved countries of the 2023-12-28 SDN set.
     */
    private static final Map<String, String> OFAC_SPELLINGS = Map.of(
            "cote d ivoire", "CI",
            "trinidad and tobago", "TT",
            "north macedonia, the republic of", "MK",
            "antigua and barbuda", "AG",
            "bosnia and herzegovina", "BA",
            "sao tome and principe", "ST",
            "saint kitts and nevis", "KN",
            "heard island and mcdonald islands", "HM");

    private static final Pattern WEAK_NAME = Pattern.compile("^(a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.),?\\s*'");
    private static final Pattern ID_VALUE = Pattern.compile(
            "^(?<value>.*?)(?:\\s*\\((?<country>[^()]*)\\))?(?<trail>(?:\\s*,?\\s*(?:issued|expires|Issue Date|Expire Date)\\b.*)?)$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(\\d{1,2}) ([A-Za-z]{3}) (\\d{4})$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^([A-Za-z]{3}) (\\d{4})$");
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
    private static final Pattern YEAR_DASH_YEAR = Pattern.compile("^(\\d{4})\\s*-\\s*(\\d{4})$");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    /** Name endings whose final period is part of the name, so OFAC's closing period is not there to drop. */
    private static final Set<String> ABBREVIATIONS = Set.of("LTD", "LTDA", "INC", "CO", "CORP", "JR", "SR", "BHD", "PTE", "CIA", "DR");

    private OfacRemarks() {}

    /**
     * Splits remarks into items at ";" — except inside a quoted alias: "a.k.a. 'A; B'" is one item,
     * its quote closing only where a "'" is followed by ";", "." or the end. OFAC's final period
     * is dropped from the last item (unless it ends a name such as "S.A.").
     */
    public static List<String> split(String remarks) {
        List<String> items = new ArrayList<>();
        if (remarks == null) return items;
        String s = remarks.strip();
        int pos = 0;
        while (pos < s.length()) {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == ';')) pos++;
            if (pos >= s.length()) break;
            int end = -1;
            Matcher m = WEAK_NAME.matcher(s).region(pos, s.length());
            if (m.lookingAt()) end = closingQuote(s, m.end());
            if (end < 0) {
                end = s.indexOf(';', pos);
                if (end < 0) end = s.length();
            }
            String item = s.substring(pos, end).strip();
            if (!item.isEmpty()) items.add(item);
            pos = end + 1;
        }
        if (!items.isEmpty()) {
            int last = items.size() - 1;
            items.set(last, dropFinalPeriod(items.get(last)));
        }
        return items;
    }

    /** Index just past a quoted alias ("'" then optional "." then ";" or end), or -1 when unclosed. */
    private static int closingQuote(String s, int from) {
        for (int q = s.indexOf('\'', from); q >= 0; q = s.indexOf('\'', q + 1)) {
            int after = q + 1;
            if (after < s.length() && s.charAt(after) == '.') after++;
            int k = after;
            while (k < s.length() && s.charAt(k) == ' ') k++;
            if (k >= s.length() || s.charAt(k) == ';') return k;
        }
        return -1;
    }

    private static String dropFinalPeriod(String item) {
        if (!item.endsWith(".")) return item;
        String body = item.substring(0, item.length() - 1);
        // "S.A.." would be a name's own period followed by OFAC's
        if (body.endsWith(".")) return body;
        if (body.startsWith("Linked To:")) {
            int sp = body.lastIndexOf(' ');
            String lastWord = body.substring(sp + 1);
            if (lastWord.contains(".") || ABBREVIATIONS.contains(lastWord.toUpperCase(Locale.ROOT).replace(",", ""))) return item;
        }
        return body;
    }

    /**
     * Parses remarks into the builder. The builder's schema decides how an "Identification Number"
     * is typed (a person's national id; an organisation's registration) and whether an
     * "Organization Established Date" is a date of incorporation.
     *
     * <p>OFAC usually repeats the Title column as the last remark; an item equal to {@code position}
     * is therefore not copied into notes a second time.
     *
     * @param position the record's Title column, or null
     * @throws RemarkException when a recognised item has a value that does not parse
     */
    public static void parse(String remarks, Entity.Builder into, String position) {
        for (String item : split(remarks)) parseItem(item, into, position);
    }

    public static void parse(String remarks, Entity.Builder into) {
        parse(remarks, into, null);
    }

    static void parseItem(String raw, Entity.Builder b, String position) {
        String item = raw;
        // "alt. DOB 1936", "alt. Passport ...": a second value of the same kind
        if (item.startsWith("alt. ")) item = item.substring(5).strip();

        Matcher weak = WEAK_NAME.matcher(item);
        if (weak.lookingAt()) {
            String name = item.substring(weak.end());
            if (name.endsWith(".")) name = name.substring(0, name.length() - 1);
            if (name.endsWith("'")) name = name.substring(0, name.length() - 1);
            NameKind kind = switch (weak.group(1)) {
                case "f.k.a." -> NameKind.PREVIOUS;
                // "now known as" is the entity's current name, as strong as the primary
                case "n.k.a." -> NameKind.ALIAS;
                default -> NameKind.WEAK_ALIAS;
            };
            b.name(name.strip(), kind);
            return;
        }
        String rest;
        if ((rest = after(item, "DOB")) != null) {
            b.birthDate(birthDate(rest));
        } else if ((rest = after(item, "POB")) != null) {
            b.birthPlace(rest);
        } else if ((rest = after(item, "Nationality of Registration")) != null) {
            // a company's jurisdiction, not a person's nationality
            country(b, rest, false, "jurisdictionText");
        } else if ((rest = after(item, "nationality")) != null || (rest = after(item, "Nationality")) != null) {
            country(b, rest, true, "nationalityText");
        } else if ((rest = after(item, "citizen")) != null || (rest = after(item, "Citizenship")) != null) {
            country(b, rest, true, "nationalityText");
        } else if ((rest = after(item, "Gender")) != null) {
            String g = rest.toLowerCase(Locale.ROOT);
            if (g.equals("male") || g.equals("female")) b.gender(g);
            else b.property("notes", raw);
        } else if ((rest = after(item, "Linked To:")) != null) {
            b.property("linkedTo", rest);
        } else if ((rest = after(item, "Organization Established Date")) != null) {
            String iso = isoDateOrNull(rest);
            b.property("incorporationDate", iso != null ? iso : rest);
            if (iso != null && b.schema() != Schema.PERSON) b.birthDate(DateRange.parse(iso));
        } else if (!identifier(item, raw, b) && !property(item, b)) {
            if (item.equals(position)) return;
            b.property("notes", raw);
        }
    }

    /** The text after {@code label} when the item starts with it as a whole word, else null. */
    private static String after(String item, String label) {
        if (!item.startsWith(label)) return null;
        if (item.length() == label.length()) return "";
        char c = item.charAt(label.length());
        if (c != ' ' && c != ':' && !label.endsWith(":") && !label.endsWith("-")) return null;
        String rest = item.substring(label.length());
        if (rest.startsWith(":") && !label.endsWith(":")) rest = rest.substring(1);
        return rest.strip();
    }

    /**
     * ISO alpha-2 for a country as OFAC writes it. OFAC inverts some names around a comma ("Virgin Islands,
     * British", "Man, Isle of", "Bahamas, The"); when the plain lookup fails the inverted order is tried.
     */
    public static String countryCode(String text) {
        if (text == null) return null;
        String t = text.strip();
        // "Region: Gaza", "Region: West Bank": a country where the region has one, else null ("Region: Crimea")
        if (t.startsWith("Region:")) t = t.substring(7).strip();
        String iso = Countries.toIso2(t);
        if (iso != null) return iso;
        iso = OFAC_SPELLINGS.get(t.toLowerCase(Locale.ROOT));
        if (iso != null) return iso;
        text = t;
        int comma = text.lastIndexOf(", ");
        if (comma > 0) return Countries.toIso2(text.substring(comma + 2) + " " + text.substring(0, comma));
        return null;
    }

    private static void country(Entity.Builder b, String text, boolean nationality, String fallbackProperty) {
        String iso = countryCode(text);
        if (iso == null) {
            b.property(fallbackProperty, text);
        } else if (nationality) {
            b.nationality(iso);
        } else {
            b.country(iso);
        }
    }

    private static boolean identifier(String item, String raw, Entity.Builder b) {
        for (Label l : ID_LABELS) {
            String rest = after(item, l.text);
            if (rest == null || rest.isEmpty()) continue;
            IdentifierType type = l.type;
            // "Identification Number IMO 3001731": the IMO company number OFAC gives owners and managers of ships
            if (rest.startsWith("IMO ")) {
                type = IdentifierType.IMO;
                rest = rest.substring(4).strip();
            } else if (l.text.equals("Identification Number") && b.schema() != Schema.PERSON) {
                type = IdentifierType.REGISTRATION;
            }
            if (type == IdentifierType.EMAIL || type == IdentifierType.WEBSITE) {
                b.identifier(new Identifier(type, rest, null, l.text));
                return true;
            }
            Matcher m = ID_VALUE.matcher(rest);
            String value = rest;
            String country = null;
            String note = l.text;
            if (m.matches() && !m.group("value").isBlank()) {
                value = m.group("value").strip();
                String countryText = m.group("country");
                if (countryText != null) {
                    country = countryCode(countryText);
                    if (country == null) note += " (" + countryText.strip() + ")";
                }
                String trail = m.group("trail").strip();
                if (trail.startsWith(",")) trail = trail.substring(1).strip();
                if (!trail.isEmpty()) note += "; " + trail;
            }
            if (raw.startsWith("alt. ")) note = "alt. " + note;
            b.identifier(new Identifier(type, value, country, note));
            return true;
        }
        return false;
    }

    private static boolean property(String item, Entity.Builder b) {
        for (String prefix : SANCTIONS_INFORMATION) {
            if (item.startsWith(prefix)) {
                b.property("sanctionsInformation", item);
                return true;
            }
        }
        for (Map.Entry<String, String> e : PROPERTY_LABELS) {
            String rest = after(item, e.getKey());
            if (rest == null || rest.isEmpty()) continue;
            String key = e.getValue();
            if (key.equals("buildDate")) {
                String iso = isoDateOrNull(rest);
                b.property(key, iso != null ? iso : rest);
            } else if (key.equals("flag")) {
                b.property(key, rest);
                b.country(countryCode(rest));
            } else {
                b.property(key, rest);
            }
            return true;
        }
        return false;
    }

    /**
     * A DOB value: "07 Oct 1952", "Oct 1952", "1952", "circa 1960", "1950 to 1955",
     * "01 Jan 1961 to 31 Dec 1962", "circa 1979-1982". "circa" keeps the given date: the matcher
     * already allows a year's slack on year-only dates.
     */
    public static DateRange birthDate(String text) {
        String t = text.strip();
        if (t.startsWith("circa ")) t = t.substring(6).strip();
        try {
            int to = t.indexOf(" to ");
            if (to > 0) return new DateRange(date(t.substring(0, to)), date(t.substring(to + 4)));
            Matcher yy = YEAR_DASH_YEAR.matcher(t);
            if (yy.matches()) return new DateRange(date(yy.group(1)), date(yy.group(2)));
            return DateRange.of(date(t));
        } catch (RemarkException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new RemarkException("DOB '" + text + "': " + e.getMessage(), e);
        }
    }

    /** "07 Oct 1952", "Oct 1952" or "1952". */
    public static PartialDate date(String text) {
        String t = text.strip();
        Matcher m = DAY_MONTH_YEAR.matcher(t);
        if (m.matches()) {
            int month = month(m.group(2), text);
            int year = Integer.parseInt(m.group(3));
            int day = Integer.parseInt(m.group(1));
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new RemarkException("date '" + text + "' does not exist: " + e.getMessage(), e);
            }
            return new PartialDate(year, month, day);
        }
        m = MONTH_YEAR.matcher(t);
        if (m.matches()) return new PartialDate(Integer.parseInt(m.group(2)), month(m.group(1), text), 0);
        if (YEAR.matcher(t).matches()) return PartialDate.ofYear(Integer.parseInt(t));
        throw new RemarkException("date '" + text + "': expected '07 Oct 1952', 'Oct 1952' or '1952'");
    }

    private static int month(String abbrev, String text) {
        int i = MONTHS.indexOf(abbrev.toLowerCase(Locale.ROOT));
        if (i < 0) throw new RemarkException("date '" + text + "': unknown month '" + abbrev + "'");
        return i + 1;
    }

    private static String isoDateOrNull(String text) {
        try {
            return date(text).toString();
        } catch (RemarkException e) {
            return null;
        }
    }

    private static List<Label> sortedLongestFirst(List<Label> labels) {
        List<Label> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparingInt((Label l) -> l.text.length()).reversed());
        return List.copyOf(sorted);
    }
}
