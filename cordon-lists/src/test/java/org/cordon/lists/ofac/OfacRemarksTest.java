package org.cordon.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.PartialDate;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

/** Remark strings written in OFAC's style, one feature per test. */
class OfacRemarksTest {

    private static Entity parse(Schema schema, String remarks) {
        Entity.Builder b = Entity.builder("ofac", "1", schema).name("TEST", NameKind.PRIMARY);
        OfacRemarks.parse(remarks, b);
        return b.build();
    }

    private static Entity person(String remarks) {
        return parse(Schema.PERSON, remarks);
    }

    private static Entity org(String remarks) {
        return parse(Schema.ORGANIZATION, remarks);
    }

    private static DateRange range(int y1, int m1, int d1, int y2, int m2, int d2) {
        return new DateRange(new PartialDate(y1, m1, d1), new PartialDate(y2, m2, d2));
    }

    @Test
    void splitsOnSemicolonsAndDropsTheFinalPeriod() {
        assertThat(OfacRemarks.split("DOB 07 Oct 1952; POB Leningrad, Russia; nationality Russia; Gender Male."))
                .containsExactly("DOB 07 Oct 1952", "POB Leningrad, Russia", "nationality Russia", "Gender Male");
        assertThat(OfacRemarks.split(null)).isEmpty();
        assertThat(OfacRemarks.split("  ")).isEmpty();
    }

    @Test
    void semicolonInsideAQuotedAliasDoesNotSplit() {
        assertThat(OfacRemarks.split("a.k.a. 'ALPHA; BETA'; a.k.a. 'GAMMA'."))
                .containsExactly("a.k.a. 'ALPHA; BETA'", "a.k.a. 'GAMMA'");
        Entity e = org("a.k.a. 'ALPHA; BETA'; f.k.a. 'O'BRIEN TRADING'.");
        assertThat(e.names()).extracting(Name::full, Name::kind).contains(
                org.assertj.core.groups.Tuple.tuple("ALPHA; BETA", NameKind.WEAK_ALIAS),
                org.assertj.core.groups.Tuple.tuple("O'BRIEN TRADING", NameKind.PREVIOUS));
    }

    @Test
    void apostropheOutsideAliasesIsNotAQuote() {
        assertThat(OfacRemarks.split("Driver's License No. 180839 (Mexico); Ba'th party regional command chairman."))
                .containsExactly("Driver's License No. 180839 (Mexico)", "Ba'th party regional command chairman");
    }

    @Test
    void keepsTheAbbreviationPeriodOfALinkedName() {
        assertThat(org("Linked To: BIESTRA S.A.").property("linkedTo")).containsExactly("BIESTRA S.A.");
        assertThat(org("Linked To: BOSQUE DE SANTA TERESITA LTDA.").property("linkedTo")).containsExactly("BOSQUE DE SANTA TERESITA LTDA.");
        assertThat(org("Linked To: HIZBALLAH; Linked To: AL-QA'IDA.").property("linkedTo")).containsExactly("HIZBALLAH", "AL-QA'IDA");
    }

    @Test
    void birthDatesInEveryPublishedShape() {
        assertThat(person("DOB 07 Oct 1952.").birthDates()).containsExactly(DateRange.of(new PartialDate(1952, 10, 7)));
        assertThat(person("DOB 1962.").birthDates()).containsExactly(DateRange.of(PartialDate.ofYear(1962)));
        assertThat(person("DOB Oct 1952.").birthDates()).containsExactly(DateRange.of(new PartialDate(1952, 10, 0)));
        assertThat(person("DOB circa 1960.").birthDates()).containsExactly(DateRange.of(PartialDate.ofYear(1960)));
        assertThat(person("DOB circa 07 Jul 1966.").birthDates()).containsExactly(DateRange.of(new PartialDate(1966, 7, 7)));
        assertThat(person("DOB 1950 to 1955.").birthDates()).containsExactly(range(1950, 0, 0, 1955, 0, 0));
        assertThat(person("DOB 01 Jan 1961 to 31 Dec 1962.").birthDates()).containsExactly(range(1961, 1, 1, 1962, 12, 31));
        assertThat(person("DOB Mar 1962 to Feb 1963.").birthDates()).containsExactly(range(1962, 3, 0, 1963, 2, 0));
        assertThat(person("DOB circa 1979-1982.").birthDates()).containsExactly(range(1979, 0, 0, 1982, 0, 0));
        assertThat(person("DOB 10 Dec 1948; alt. DOB 1936; alt. DOB circa 1952.").birthDates()).containsExactly(
                DateRange.of(new PartialDate(1948, 12, 10)), DateRange.of(PartialDate.ofYear(1936)), DateRange.of(PartialDate.ofYear(1952)));
    }

    @Test
    void impossibleOrUnreadableBirthDatesAreErrors() {
        assertThatThrownBy(() -> person("DOB 31 Feb 1950.")).isInstanceOf(OfacRemarks.RemarkException.class)
                .hasMessageContaining("31 Feb 1950");
        assertThatThrownBy(() -> person("DOB 07 Okt 1952.")).isInstanceOf(OfacRemarks.RemarkException.class)
                .hasMessageContaining("unknown month 'Okt'");
        assertThatThrownBy(() -> person("DOB 1955 to 1950.")).isInstanceOf(OfacRemarks.RemarkException.class)
                .hasMessageContaining("DOB '1955 to 1950'");
        assertThatThrownBy(() -> person("DOB sometime in the sixties.")).isInstanceOf(OfacRemarks.RemarkException.class)
                .hasMessageContaining("expected '07 Oct 1952', 'Oct 1952' or '1952'");
    }

    @Test
    void placeNationalityCitizenshipGender() {
        Entity e = person("POB Leningrad, Russia; alt. POB Moscow; nationality Russia; citizen Korea, North; "
                + "alt. nationality Germany; nationality Atlantis; Gender Female.");
        assertThat(e.birthPlaces()).containsExactly("Leningrad, Russia", "Moscow");
        assertThat(e.nationalities()).containsExactly("RU", "KP", "DE");
        assertThat(e.property("nationalityText")).containsExactly("Atlantis");
        assertThat(e.gender()).isEqualTo("female");
        assertThat(person("Gender Male.").gender()).isEqualTo("male");
    }

    @Test
    void nationalityOfRegistrationIsACountryNotANationality() {
        Entity e = org("Nationality of Registration Virgin Islands, British; Nationality of Registration Cayman Islands; "
                + "Nationality of Registration Neverland.");
        assertThat(e.nationalities()).isEmpty();
        assertThat(e.countries()).containsExactly("VG", "KY");
        assertThat(e.property("jurisdictionText")).containsExactly("Neverland");
    }

    @Test
    void countriesInOfacsInvertedSpelling() {
        assertThat(OfacRemarks.countryCode("Korea, North")).isEqualTo("KP");
        assertThat(OfacRemarks.countryCode("Virgin Islands, British")).isEqualTo("VG");
        assertThat(OfacRemarks.countryCode("Man, Isle of")).isEqualTo("IM");
        assertThat(OfacRemarks.countryCode("Bahamas, The")).isEqualTo("BS");
        assertThat(OfacRemarks.countryCode("Region: Crimea")).isNull();
        assertThat(OfacRemarks.countryCode("Region: Gaza")).isEqualTo("PS");
        assertThat(OfacRemarks.countryCode("Cote d Ivoire")).isEqualTo("CI");
        assertThat(OfacRemarks.countryCode("Trinidad and Tobago")).isEqualTo("TT");
        assertThat(OfacRemarks.countryCode(null)).isNull();
    }

    @Test
    void passportWithCountryAndIssueTrailers() {
        Entity e = person("Passport 1084010 (Egypt); alt. Passport G025057 issued 23 Jun 1999 expires 05 Feb 2004; "
                + "Passport E590976 (Tunisia) issued 19 Jun 1987 expires 18 Jun 1992; Diplomatic Passport 008827 (Iran) issued 1999; "
                + "Passport 55 (Freedonia).");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.PASSPORT, "1084010", "EG", "Passport"),
                new Identifier(IdentifierType.PASSPORT, "G025057", null, "alt. Passport; issued 23 Jun 1999 expires 05 Feb 2004"),
                new Identifier(IdentifierType.PASSPORT, "E590976", "TN", "Passport; issued 19 Jun 1987 expires 18 Jun 1992"),
                new Identifier(IdentifierType.PASSPORT, "008827", "IR", "Diplomatic Passport; issued 1999"),
                new Identifier(IdentifierType.PASSPORT, "55", null, "Passport (Freedonia)"));
    }

    @Test
    void issueTrailersWithCommas() {
        Entity e = person("Passport 123 (Russia) issued 01 Jan 2010, expires 01 Jan 2020; Passport 456, issued 2010.");
        assertThat(e.identifiers()).containsExactly(
                new Identifier(IdentifierType.PASSPORT, "123", "RU", "Passport; issued 01 Jan 2010, expires 01 Jan 2020"),
                new Identifier(IdentifierType.PASSPORT, "456", null, "Passport; issued 2010"));
    }

    /**
     * Thousands of generated remark strings built from OFAC's own items and the characters that make
     * remarks hard (quotes, semicolons, periods): whatever the mix, each well-formed item comes back
     * from {@link OfacRemarks#split} unchanged, and parsing never lets anything but a RemarkException out.
     */
    @Test
    void generatedRemarksSplitBackIntoTheirItems() {
        String[] items = {"DOB 07 Oct 1952", "POB Leningrad, Russia", "nationality Russia", "Gender Male",
                "a.k.a. 'ALPHA; BETA'", "f.k.a. 'O'BRIEN'", "Passport 123 (Russia) issued 01 Jan 2010",
                "Linked To: ACME S.A.", "Website www.example.org", "Driver's License No. 1 (Mexico)", "ICTY indictee",
                "DOB 1950 to 1955", "IMO 1234567", "Organization Type: Holding's business"};
        java.util.Random random = new java.util.Random(20240115);
        for (int round = 0; round < 5_000; round++) {
            int n = 1 + random.nextInt(6);
            List<String> chosen = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) chosen.add(items[random.nextInt(items.length)]);
            String remarks = String.join("; ", chosen) + ".";
            List<String> split = OfacRemarks.split(remarks);
            // the last item's closing period is OFAC's; "ACME S.A." keeps its own
            assertThat(split).as(remarks).containsExactlyElementsOf(chosen);
            OfacRemarks.parse(remarks, Entity.builder("ofac", "1", Schema.PERSON).name("X", NameKind.PRIMARY));
        }
        String alphabet = "ab ;.'-:()0123456789DOBPaka";
        for (int round = 0; round < 5_000; round++) {
            StringBuilder sb = new StringBuilder(random.nextInt(40) % 2 == 0 ? "DOB " : "a.k.a. '");
            int len = random.nextInt(30);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            try {
                OfacRemarks.parse(sb.toString(), Entity.builder("ofac", "1", Schema.PERSON).name("X", NameKind.PRIMARY));
            } catch (OfacRemarks.RemarkException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void personalIdentifiers() {
        Entity e = person("National ID No. 216040 (Yemen); Cedula No. 6068015 (Colombia); C.U.R.P. CAIM680202MCHRLR08 (Mexico); "
                + "R.F.C. AEML-710509-Q27 (Mexico); NIT # 800018928-0 (Colombia); Tax ID No. 7707083893 (Russia); "
                + "Identification Number AO 2879097 (Italy) expires 30 Oct 2012; SSN 523-33-8386 (United States).");
        assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value, Identifier::country).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IdentifierType.NATIONAL_ID, "216040", "YE"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.NATIONAL_ID, "6068015", "CO"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.NATIONAL_ID, "CAIM680202MCHRLR08", "MX"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.TAX_ID, "AEML-710509-Q27", "MX"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.TAX_ID, "800018928-0", "CO"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.TAX_ID, "7707083893", "RU"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.NATIONAL_ID, "AO 2879097", "IT"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.NATIONAL_ID, "523-33-8386", "US"));
        assertThat(e.identifiers().get(6).note()).isEqualTo("Identification Number; expires 30 Oct 2012");
    }

    @Test
    void companyIdentifiers() {
        Entity e = org("Registration Number 1027700132195 (Russia); Registration ID 14063277; "
                + "Business Registration Number BE0686896689 (Belgium); Company Number 01074897 (United Kingdom); "
                + "Identification Number 0001 (Panama); SWIFT/BIC SABRRUMM; Legal Entity Number 253400V1H6ART1UQ0N98 (Russia); "
                + "Website www.sberbank.ru; alt. Website www.sberbank.com; Email Address info@example.ru.");
        assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value, Identifier::country).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IdentifierType.REGISTRATION, "1027700132195", "RU"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.REGISTRATION, "14063277", null),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.REGISTRATION, "BE0686896689", "BE"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.REGISTRATION, "01074897", "GB"),
                // an organisation's "Identification Number" is a registration, not a national id
                org.assertj.core.groups.Tuple.tuple(IdentifierType.REGISTRATION, "0001", "PA"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.BIC, "SABRRUMM", null),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.LEI, "253400V1H6ART1UQ0N98", "RU"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.WEBSITE, "www.sberbank.ru", null),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.WEBSITE, "www.sberbank.com", null),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.EMAIL, "info@example.ru", null));
    }

    @Test
    void imoAndMmsiInAllTheirForms() {
        Entity v = parse(Schema.VESSEL, "Vessel Registration Identification IMO 9187629; MMSI 572469210; IMO 1234567.");
        assertThat(v.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IdentifierType.IMO, "9187629"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.MMSI, "572469210"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.IMO, "1234567"));
        // a ship owner's IMO company number
        assertThat(org("Identification Number IMO 3001731.").identifiers())
                .containsExactly(new Identifier(IdentifierType.IMO, "3001731", null, "Identification Number"));
    }

    @Test
    void weakAliasesAndFormerNamesInRemarks() {
        Entity e = org("a.k.a. 'BNC'; f.k.a. 'ANA I'; n.k.a. 'LGOK'; a.k.a. 'SAND SWAN'.");
        assertThat(e.names()).extracting(Name::full, Name::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TEST", NameKind.PRIMARY),
                org.assertj.core.groups.Tuple.tuple("BNC", NameKind.WEAK_ALIAS),
                org.assertj.core.groups.Tuple.tuple("ANA I", NameKind.PREVIOUS),
                org.assertj.core.groups.Tuple.tuple("LGOK", NameKind.ALIAS),
                org.assertj.core.groups.Tuple.tuple("SAND SWAN", NameKind.WEAK_ALIAS));
    }

    @Test
    void organisationAndAircraftFacts() {
        Entity o = org("Organization Established Date 10 Dec 2020; Organization Type: Activities of holding companies; "
                + "Target Type Private Company; Additional Sanctions Information - Subject to Secondary Sanctions; "
                + "Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by Executive Order 13886.");
        assertThat(o.property("incorporationDate")).containsExactly("2020-12-10");
        assertThat(o.birthDates()).containsExactly(DateRange.of(new PartialDate(2020, 12, 10)));
        assertThat(o.property("organizationType")).containsExactly("Activities of holding companies");
        assertThat(o.property("targetType")).containsExactly("Private Company");
        assertThat(o.property("sanctionsInformation")).containsExactly(
                "Additional Sanctions Information - Subject to Secondary Sanctions",
                "Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by Executive Order 13886");
        assertThat(o.property("notes")).isEmpty();

        Entity a = parse(Schema.AIRCRAFT, "Aircraft Construction Number (also called L/N or S/N or F/N) 8401; "
                + "Aircraft Manufacture Date 1992; Aircraft Model IL76-TD; Aircraft Operator YAS AIR; "
                + "Aircraft Manufacturer's Serial Number (MSN) 1023409321; Aircraft Tail Number EP-MMH; Linked To: POUYA AIR.");
        assertThat(a.property("constructionNumber")).containsExactly("8401");
        assertThat(a.property("buildDate")).containsExactly("1992");
        assertThat(a.property("model")).containsExactly("IL76-TD");
        assertThat(a.property("operator")).containsExactly("YAS AIR");
        assertThat(a.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IdentifierType.AIRCRAFT_SERIAL, "1023409321"),
                org.assertj.core.groups.Tuple.tuple(IdentifierType.AIRCRAFT_REGISTRATION, "EP-MMH"));
        assertThat(a.property("linkedTo")).containsExactly("POUYA AIR");
    }

    @Test
    void vesselFlagsAndContactDetails() {
        Entity v = parse(Schema.VESSEL, "Former Vessel Flag Malta; alt. Former Vessel Flag Tuvalu; Other Vessel Flag Tanzania; "
                + "Phone Number 982188526300; Fax (98)(21)(22224537); Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h.");
        assertThat(v.property("pastFlags")).containsExactly("Malta", "Tuvalu");
        assertThat(v.property("otherFlag")).containsExactly("Tanzania");
        assertThat(v.property("phone")).containsExactly("982188526300");
        assertThat(v.property("fax")).containsExactly("(98)(21)(22224537)");
        assertThat(v.property("cryptoWallet")).containsExactly("XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h");
    }

    @Test
    void unrecognisedItemsStayInNotesExceptTheRepeatedTitle() {
        Entity.Builder b = Entity.builder("ofac", "1", Schema.PERSON).name("X", NameKind.PRIMARY);
        OfacRemarks.parse("DOB 1950; ICTY indictee in custody; President of the Republic of Zimbabwe.", b,
                "President of the Republic of Zimbabwe");
        Entity e = b.build();
        assertThat(e.property("notes")).containsExactly("ICTY indictee in custody");
        assertThat(e.birthDates()).hasSize(1);
    }

    @Test
    void labelsMatchWholeWordsOnly() {
        // "DOBSON" is not a DOB, "Passports" not a passport label, "IMOGEN" not an IMO
        Entity e = person("DOBSON family member; Passports held by family; IMOGEN network.");
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.identifiers()).isEmpty();
        assertThat(e.property("notes")).containsExactly("DOBSON family member", "Passports held by family", "IMOGEN network");
    }

    @Test
    void parsesDatesDirectly() {
        assertThat(OfacRemarks.date("7 Oct 1952")).isEqualTo(new PartialDate(1952, 10, 7));
        assertThat(OfacRemarks.date("OCT 1952")).isEqualTo(new PartialDate(1952, 10, 0));
        assertThat(List.of(OfacRemarks.birthDate("circa 1960"))).containsExactly(DateRange.of(PartialDate.ofYear(1960)));
    }
}
