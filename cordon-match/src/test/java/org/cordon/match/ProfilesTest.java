package org.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.NameKind;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

/**
 * Possible links: the same name on two lists, under the same regime, with nothing that says otherwise. The programmes
 * are written as each list writes them (EU codes, OFAC tags, UK regulation titles).
 */
class ProfilesTest {
    private static final String UK_RUSSIA = "The Russia (Sanctions) (EU Exit) Regulations 2019";
    private static final String UK_SYRIA = "The Syria (Sanctions) (EU Exit) Regulations 2019";
    private static final String UK_HUMAN_RIGHTS = "The Global Human Rights Sanctions Regulations 2020";
    private static final String UK_IRAN = "The Iran (Sanctions) Regulations 2023";

    private static Entity person(String source, String id, String name, String programme, String birthDate) {
        return Entity.builder(source, id, Schema.PERSON).name(name, NameKind.PRIMARY).programme(programme)
                .birthDate(birthDate == null ? null : DateRange.parse(birthDate)).build();
    }

    @Test
    void theSameNameUnderTheSameRegimeIsAPossibleLink() {
        // the UK list as published here gives no birth dates: only the name and the regime speak for the link
        Entity eu = person("eu", "1", "Vladimir Vladimirovich PUTIN", "UKR", "1952-10-07");
        Entity uk = person("uk", "RUS0251", "Vladimir Vladimirovich PUTIN", UK_RUSSIA, null);
        Entity ofac = person("ofac", "35096", "PUTIN, Vladimir Vladimirovich", "RUSSIA-EO14024", "1952-10-07");
        Profiles p = Profiles.link(List.of(eu, uk, ofac));
        assertThat(p.profileOf("uk-RUS0251")).isEqualTo(p.profileOf("eu-1")).isEqualTo(p.profileOf("ofac-35096"));
        assertThat(p.profile("uk-RUS0251").linkOf("uk-RUS0251")).isEqualTo(Profiles.LinkKind.POSSIBLE);
        // the stronger link of the other two stays what it was
        assertThat(p.profile("eu-1").linkOf("ofac-35096")).isEqualTo(Profiles.LinkKind.PROBABLE);
    }

    @Test
    void anotherRegimeLinksNothing() {
        Entity eu = person("eu", "1", "Ali Hassan Nouri", "SYR", null);
        Entity uk = person("uk", "RUS9", "Ali Hassan Nouri", UK_RUSSIA, null);
        Entity ofac = person("ofac", "9", "Ali Hassan Nouri", "SDNTK", null); // drug trafficking: a regime the others have not
        Profiles p = Profiles.link(List.of(eu, uk, ofac));
        assertThat(p.linked()).isEmpty();
    }

    @Test
    void aNameTwoRecordsOfOneListBearLinksNothing() {
        Entity eu1 = person("eu", "1", "Mohammed Hamcho", "SYR", "1966");
        Entity eu2 = person("eu", "2", "Mohammed Hamcho", "SYR", "1970");
        Entity uk = person("uk", "SYR1", "Mohammed HAMCHO", UK_SYRIA, null);
        Profiles p = Profiles.link(List.of(eu1, eu2, uk));
        assertThat(p.linked()).isEmpty();
    }

    @Test
    void birthDatesNationalitiesOrGendersThatDisagreeLinkNothing() {
        assertThat(Profiles.link(List.of(person("eu", "1", "Khaing Thet Win", "MMR", "1961-07-13"),
                person("ofac", "2", "WIN, Khaing Thet", "BURMA-EO14014", "1961-11-14"))).linked()).isEmpty();
        assertThat(Profiles.link(List.of(person("eu", "1", "Khaing Thet Win", "MMR", "1961"),
                person("ofac", "2", "WIN, Khaing Thet", "BURMA-EO14014", "1964"))).linked()).isEmpty();
        Entity syrian = Entity.builder("eu", "1", Schema.PERSON).name("Amer Foz", NameKind.PRIMARY).programme("SYR").nationality("SY").build();
        Entity turk = Entity.builder("ofac", "2", Schema.PERSON).name("FOZ, Amer", NameKind.PRIMARY).programme("SYRIA").nationality("TR").build();
        assertThat(Profiles.link(List.of(syrian, turk)).linked()).isEmpty();
        Entity him = Entity.builder("eu", "1", Schema.PERSON).name("Sasha Petrenko", NameKind.PRIMARY).programme("UKR").gender("male").build();
        Entity her = Entity.builder("uk", "2", Schema.PERSON).name("Sasha Petrenko", NameKind.PRIMARY).programme(UK_RUSSIA).gender("female").build();
        assertThat(Profiles.link(List.of(him, her)).linked()).isEmpty();
        // a year on one side and a full date of that year on the other agree
        assertThat(Profiles.link(List.of(person("eu", "1", "Khaing Thet Win", "MMR", "1961"),
                person("ofac", "2", "WIN, Khaing Thet", "BURMA-EO14014", "1961-11-14"))).linked()).hasSize(1);
    }

    @Test
    void aRecordWithoutBirthDatesDoesNotJoinTwoThatDisagree() {
        // the same name on three lists: EU and OFAC give different birth dates, the UK none
        Entity eu = person("eu", "1", "Tarek William SAAB HALABI", "VEN", "1963-09-10");
        Entity ofac = person("ofac", "2", "SAAB HALABI, Tarek William", "VENEZUELA", "1962-09-10");
        Entity uk = person("uk", "VEN5", "Tarek William Saab Halabi", "The Venezuela (Sanctions) (EU Exit) Regulations 2019", null);
        Profiles p = Profiles.link(List.of(eu, ofac, uk));
        assertThat(p.profileOf("eu-1")).isNotEqualTo(p.profileOf("ofac-2"));
        assertThat(p.linked()).hasSize(1);
        assertThat(p.profile("uk-VEN5").members()).hasSize(2);
    }

    @Test
    void oneWordNamesLinkNothingAndLegalFormsDoNotCount() {
        Entity eu = Entity.builder("eu", "1", Schema.ORGANIZATION).name("JSC SOVCOMFLOT", NameKind.PRIMARY).programme("UKR").build();
        Entity uk = Entity.builder("uk", "RUS1097", Schema.ORGANIZATION).name("PUBLIC JOINT STOCK COMPANY SOVCOMFLOT", NameKind.PRIMARY)
                .programme(UK_RUSSIA).build();
        assertThat(Profiles.link(List.of(eu, uk)).linked()).isEmpty();
        Entity euBank = Entity.builder("eu", "2", Schema.ORGANIZATION).name("Bunyan Damascus Private JSC", NameKind.PRIMARY).programme("SYR").build();
        Entity ukBank = Entity.builder("uk", "SYR0272", Schema.COMPANY).name("Bunyan Damascus Private Joint Stock Company", NameKind.PRIMARY)
                .programme(UK_SYRIA).build();
        Profiles p = Profiles.link(List.of(euBank, ukBank));
        assertThat(p.profileOf("eu-2")).isEqualTo(p.profileOf("uk-SYR0272"));
        // a person and an organisation of one name are not one target
        Entity firm = Entity.builder("ofac", "3", Schema.ORGANIZATION).name("Amer Foz", NameKind.PRIMARY).programme("SYRIA").build();
        assertThat(Profiles.link(List.of(person("eu", "4", "Amer Foz", "SYR", null), firm)).linked()).isEmpty();
    }

    @Test
    void aRegimeOfConductThatMayListAnyoneMeetsACountrysRegime() {
        // the UK lists under its global human rights regulations a Venezuelan official the EU lists under its Venezuela regime
        Entity eu = person("eu", "127490", "Remigio CEBALLOS ICHASO", "VEN", "1963-05-01");
        Entity uk = person("uk", "GHR0070", "Remigio CEBALLOS ICHASO", UK_HUMAN_RIGHTS, null);
        Profiles p = Profiles.link(List.of(eu, uk));
        assertThat(p.profileOf("uk-GHR0070")).isEqualTo(p.profileOf("eu-127490"));
        assertThat(p.profile("uk-GHR0070").linkOf("uk-GHR0070")).isEqualTo(Profiles.LinkKind.POSSIBLE);
        // a name of two words needs a nationality in common as well
        Entity euTwo = Entity.builder("eu", "1", Schema.PERSON).name("Ali Kocak", NameKind.PRIMARY).programme("HR").nationality("TR").build();
        Entity ukTwo = Entity.builder("uk", "IRN1", Schema.PERSON).name("Ali Kocak", NameKind.PRIMARY).programme(UK_IRAN).build();
        assertThat(Profiles.link(List.of(euTwo, ukTwo)).linked()).isEmpty();
        Entity ukTwoTurkish = Entity.builder("uk", "IRN1", Schema.PERSON).name("Ali Kocak", NameKind.PRIMARY).programme(UK_IRAN)
                .nationality("TR").build();
        assertThat(Profiles.link(List.of(euTwo, ukTwoTurkish)).linked()).hasSize(1);
        // OFAC lists the Internet Research Agency's people for interfering in a US election, the UK under its Russia regime
        Profiles election = Profiles.link(List.of(person("ofac", "35122", "BESPALOV, Anton Sergeyevich", "ELECTION-EO13848", "1981-02-02"),
                person("uk", "RUS1107", "Anton Sergeyevich BESPALOV", UK_RUSSIA, null)));
        assertThat(election.profileOf("uk-RUS1107")).isEqualTo(election.profileOf("ofac-35122"));
        // what disagrees still keeps them apart; and two countries' regimes still link nothing
        assertThat(Profiles.link(List.of(eu, person("ofac", "9", "CEBALLOS ICHASO, Remigio", "GLOMAG", "1964-05-01"))).linked()).isEmpty();
        assertThat(Profiles.link(List.of(person("eu", "2", "Hamid Reza Vahedi", "UKR", null),
                person("uk", "IRN2", "Hamid Reza Vahedi", UK_IRAN, null))).linked()).isEmpty();
    }

    private static Entity withId(String source, String id, String name, String programme, String birthDate, IdentifierType type,
                                 String number) {
        return Entity.builder(source, id, Schema.PERSON).name(name, NameKind.PRIMARY).programme(programme)
                .birthDate(DateRange.parse(birthDate)).identifier(new Identifier(type, number, "RU", null)).build();
    }

    @Test
    void anIdentifierTwoRecordsOfOneListBearJoinsOnlyRecordsThatAgree() {
        // the EU gives two persons one tax number; OFAC gives it to one of them, and the other his own
        Entity zadachinEu = withId("eu", "153605", "Andrei Andreevich ZADACHIN", "HR", "1990-08-22", IdentifierType.TAX_ID, "771577190559");
        Entity mikheevEu = withId("eu", "153611", "Danila Yurievich MIKHEEV", "HR", "1999-03-01", IdentifierType.TAX_ID, "771577190559");
        Entity zadachinOfac = withId("ofac", "40910", "ZADACHIN, Andrei Andreevich", "GLOMAG", "1990-08-22", IdentifierType.TAX_ID, "771577190559");
        Entity mikheevOfac = withId("ofac", "40911", "MIKHEEV, Danila Yurievich", "GLOMAG", "1999-03-01", IdentifierType.TAX_ID, "504414685889");
        for (List<Entity> order : List.of(List.of(zadachinEu, mikheevEu, zadachinOfac, mikheevOfac),
                List.of(mikheevEu, mikheevOfac, zadachinOfac, zadachinEu))) {
            Profiles p = Profiles.link(order);
            assertThat(p.profileOf("eu-153605")).as("order %s", order).isEqualTo(p.profileOf("ofac-40910"));
            assertThat(p.profileOf("eu-153611")).isEqualTo(p.profileOf("ofac-40911")).isNotEqualTo(p.profileOf("eu-153605"));
        }
        // the EU gives Ryu Jin's passport, and his birth date, to Kil Jong Hun as well: nothing disagrees, but the names
        // share no word, so OFAC's Ryu Jin joins the EU's Ryu Jin only
        Entity ryuEu = withId("eu", "107832", "Jin Ryu", "PRK", "1965-08-07", IdentifierType.PASSPORT, "563410155");
        Entity kilEu = Entity.builder("eu", "147507", Schema.PERSON).name("Jong Hun KIL", NameKind.PRIMARY).programme("PRK")
                .birthDate(DateRange.parse("1965-08-07")).birthDate(DateRange.parse("1972-02-20"))
                .identifier(new Identifier(IdentifierType.PASSPORT, "563410155", "KP", null)).build();
        Entity ryuOfac = withId("ofac", "17616", "RYU, Jin", "DPRK2", "1965-08-07", IdentifierType.PASSPORT, "563410155");
        for (List<Entity> order : List.of(List.of(kilEu, ryuOfac, ryuEu), List.of(ryuEu, kilEu, ryuOfac))) {
            Profiles p = Profiles.link(order);
            assertThat(p.profileOf("ofac-17616")).as("order %s", order).isEqualTo(p.profileOf("eu-107832")).isNotEqualTo(p.profileOf("eu-147507"));
        }
        // a person and a company giving one number (an owner's tax number on his firm's record) are not one target
        Entity owner = withId("ofac", "26788", "SUNIGA RODRIGUEZ, Jose Juan", "SDNTK", "1972-12-17", IdentifierType.TAX_ID, "71939575");
        Entity firm = Entity.builder("ofac", "26798", Schema.ORGANIZATION).name("RANCHO LA DORADA", NameKind.PRIMARY).programme("SDNTK")
                .identifier(new Identifier(IdentifierType.TAX_ID, "71939575", "CO", null)).build();
        assertThat(Profiles.link(List.of(owner, firm)).linked()).isEmpty();
        // a passport number one record of each list bears joins them, though one list mistyped the birth date
        Profiles kim = Profiles.link(List.of(withId("eu", "1", "Chol Nam Kim", "PRK", "1970-02-12", IdentifierType.PASSPORT, "563120630"),
                withId("ofac", "2", "KIM, Chol Nam", "NPWMD", "1970-02-19", IdentifierType.PASSPORT, "563120630")));
        assertThat(kim.profileOf("eu-1")).isEqualTo(kim.profileOf("ofac-2"));
        assertThat(kim.profile("eu-1").linkOf("ofac-2")).isEqualTo(Profiles.LinkKind.PROBABLE);
    }

    @Test
    void eachListsWayOfWritingARegimeIsOneRegime() {
        for (String p : List.of("SYR", "SYRIA", "SYRIA-EO13894", UK_SYRIA)) assertThat(ProgrammeThemes.of(p)).containsExactly("syria");
        for (String p : List.of("UKR", "RUSSIA-EO14024", "UKRAINE-EO13661", UK_RUSSIA)) assertThat(ProgrammeThemes.of(p)).containsExactly("russia");
        for (String p : List.of("TAQA", "SDGT", "Al-Qaida", "Taliban", "Isil (Da'esh) and Al-Qaeda (United Nations Sanctions) (EU Exit) Regulations 2019")) {
            assertThat(ProgrammeThemes.of(p)).containsExactly("terrorism");
        }
        assertThat(ProgrammeThemes.of("NPWMD")).containsExactly("iran", "north-korea");
        assertThat(ProgrammeThemes.of("The Democratic People's Republic of Korea (Sanctions) (EU Exit) Regulations 2019")).containsExactly("north-korea");
        assertThat(ProgrammeThemes.of("The Democratic Republic of the Congo (Sanctions) (EU Exit) Regulations 2019")).containsExactly("congo");
        // names inside other names
        assertThat(ProgrammeThemes.of("SOUTH SUDAN")).containsExactly("south-sudan");
        assertThat(ProgrammeThemes.of("The South Sudan (Sanctions) (EU Exit) Regulations 2019")).containsExactly("south-sudan");
        assertThat(ProgrammeThemes.of("Somalia")).containsExactly("somalia");
        assertThat(ProgrammeThemes.of("The Republic of Guinea-Bissau (Sanctions) (EU Exit) Regulations 2019")).containsExactly("guinea-bissau");
        assertThat(ProgrammeThemes.of("SDNTK")).isEmpty();
    }
}
