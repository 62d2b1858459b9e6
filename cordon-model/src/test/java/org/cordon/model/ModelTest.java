package org.cordon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void countryNamesAsListsWriteThem() {
        assertThat(Countries.toIso2("Russian Federation")).isEqualTo("RU");
        assertThat(Countries.toIso2("Democratic People's Republic of Korea")).isEqualTo("KP");
        assertThat(Countries.toIso2("Korea, North")).isEqualTo("KP");
        assertThat(Countries.toIso2("Iran (Islamic Republic of)")).isEqualTo("IR");
        assertThat(Countries.toIso2("Burma")).isEqualTo("MM");
        assertThat(Countries.toIso2("ru")).isEqualTo("RU");
        assertThat(Countries.toIso2("Côte d’Ivoire")).isEqualTo("CI");
        assertThat(Countries.toIso2("Trinidad and Tobago")).isEqualTo("TT");
        assertThat(Countries.toIso2("Atlantis")).isNull();
    }

    @Test
    void partialDatesAndRanges() {
        assertThat(PartialDate.parseIso("1952-10-07")).isEqualTo(new PartialDate(1952, 10, 7));
        assertThat(PartialDate.parseIso("1952").toString()).isEqualTo("1952");
        assertThat(DateRange.parse("1950/1955").isRange()).isTrue();
        assertThat(DateRange.parse("1952-10").toString()).isEqualTo("1952-10");
        assertThatThrownBy(() -> PartialDate.parseIso("07.10.1952")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("07.10.1952");
        assertThatThrownBy(() -> DateRange.parse("1960/1950")).hasMessageContaining("ends before");
    }

    @Test
    void datesAreWrittenInAsciiDigitsWhateverTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            // Egyptian Arabic writes numbers in Arabic-Indic digits by default: String.format("%04d") gave "١٩٦١"
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
            assertThat(new PartialDate(1961, 3, 12).toString()).isEqualTo("1961-03-12");
            assertThat(new PartialDate(987, 11, 0).toString()).isEqualTo("0987-11");
            assertThat(PartialDate.ofYear(1950).toString()).isEqualTo("1950");
            assertThat(DateRange.parse("1950/1955").toString()).isEqualTo("1950/1955");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void countryCodesInFtmPropertiesAreLowerCasedAsTheyAreUnderATurkishLocale() {
        Entity e = Entity.builder("ofac", "1", Schema.PERSON).name("Ali Rezaei", NameKind.PRIMARY).nationality("IR").country("IT").build();
        Map<String, List<String>> expected = FtmProperties.of(e);
        assertThat(expected.get("nationality")).containsExactly("ir");
        assertThat(expected.get("country")).containsExactly("it");
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            // Turkish lower-cases I to dotless ı: "IR" became "ır", which no yente client reads as Iran
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertThat(FtmProperties.of(e)).isEqualTo(expected);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void schemaCompatibility() {
        assertThat(Schema.PERSON.compatibleWith(Schema.VESSEL)).isFalse();
        assertThat(Schema.VESSEL.compatibleWith(Schema.PERSON)).isFalse();
        assertThat(Schema.COMPANY.compatibleWith(Schema.ORGANIZATION)).isTrue();
        assertThat(Schema.LEGAL_ENTITY.compatibleWith(Schema.PERSON)).isTrue();
        assertThat(Schema.PERSON.compatibleWith(Schema.ORGANIZATION)).isFalse();
        assertThat(Schema.parse("individual")).isEqualTo(Schema.PERSON);
        assertThatThrownBy(() -> Schema.parse("Spaceship")).hasMessageContaining("Spaceship");
    }

    @Test
    void builderPutsPrimaryFirstAndDropsDuplicatesAndBlanks() {
        Entity e = Entity.builder("un", "KPi.033 ", Schema.PERSON)
                .name("Kim Jong Un", NameKind.ALIAS)
                .name("KIM JONG UN", NameKind.PRIMARY)
                .name("Kim Jong Un", NameKind.ALIAS)
                .name("  ", NameKind.ALIAS)
                .nationality("KP").nationality("KP").nationality(null)
                .build();
        assertThat(e.id()).isEqualTo("un-KPi.033");
        assertThat(e.caption()).isEqualTo("KIM JONG UN");
        assertThat(e.names()).extracting(Name::full).containsExactly("KIM JONG UN", "Kim Jong Un");
        assertThat(e.nationalities()).containsExactly("KP");
        assertThatThrownBy(() -> Entity.builder("x", "1", Schema.PERSON).build()).hasMessageContaining("no name");
    }

    @Test
    void identifiersCompareOnNormalisedValues() {
        assertThat(Identifier.normalise(IdentifierType.IMO, "IMO 9187629")).isEqualTo("9187629");
        assertThat(Identifier.normalise(IdentifierType.BIC, "KKBC KP PY XXX")).isEqualTo("KKBCKPPY");
        assertThat(Identifier.normalise(IdentifierType.PASSPORT, "no. 12-34 ab")).isEqualTo("NO1234AB");
    }

    @Test
    void ftmPropertiesCarryNamesByKind() {
        Entity e = Entity.builder("ofac", "1", Schema.PERSON)
                .name(new Name("PUTIN, Vladimir", NameKind.PRIMARY, null,
                        List.of(new NamePart(NamePart.Type.FAMILY, "PUTIN"), new NamePart(NamePart.Type.GIVEN, "Vladimir"))))
                .name("Путин", NameKind.ALIAS).name("Vova", NameKind.WEAK_ALIAS)
                .birthDate(DateRange.parse("1952-10-07")).nationality("RU")
                .identifier(new Identifier(IdentifierType.PASSPORT, "123")).build();
        var p = FtmProperties.of(e);
        assertThat(p.get("name")).containsExactly("PUTIN, Vladimir");
        assertThat(p.get("alias")).containsExactly("Путин");
        assertThat(p.get("weakAlias")).containsExactly("Vova");
        assertThat(p.get("lastName")).containsExactly("PUTIN");
        assertThat(p.get("birthDate")).containsExactly("1952-10-07");
        assertThat(p.get("nationality")).containsExactly("ru");
        assertThat(p.get("passportNumber")).containsExactly("123");
    }
}
