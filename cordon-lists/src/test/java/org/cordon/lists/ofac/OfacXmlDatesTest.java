package org.cordon.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cordon.model.DateRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfacXmlDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1962|1962",
            "07 Oct 1952|1952-10-07",
            "7 October 1952|1952-10-07",
            "Oct 1952|1952-10",
            "circa 1960|1960",
            "Circa 01 Jan 1960|1960-01-01",
            "1950 to 1955|1950/1955",
            "01 Jan 1950 to 31 Dec 1955|1950-01-01/1955-12-31",
            "1952-10-07|1952-10-07",
    })
    void dateOfBirthForms(String text, String expected) {
        assertThat(OfacXmlDates.dateOfBirth(text)).isEqualTo(DateRange.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "unknown", "31 Feb 1970", "Foo 1970", "12 1970", "1955 to 1950", "19622"})
    void badDatesAreRefusedWithTheAcceptedForms(String text) {
        assertThatThrownBy(() -> OfacXmlDates.dateOfBirth(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @ParameterizedTest
    @CsvSource({"06/30/2025,2025-06-30", "1/2/2024,2024-01-02"})
    void publishDate(String text, String iso) {
        assertThat(OfacXmlDates.publishDate(text)).isEqualTo(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-30", "13/01/2025", "02/30/2025"})
    void badPublishDate(String text) {
        assertThatThrownBy(() -> OfacXmlDates.publishDate(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MM/DD/YYYY");
    }
}
