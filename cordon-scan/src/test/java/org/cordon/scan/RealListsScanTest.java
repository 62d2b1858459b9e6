package org.cordon.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End to end over the real lists: the text fixtures in five languages and the payment fixtures. */
class RealListsScanTest {

    static String text(String name) {
        try (InputStream in = RealListsScanTest.class.getResourceAsStream("/text/" + name)) {
            if (in == null) throw new IllegalStateException("missing fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> mentions(TextScan s) {
        return s.mentions().stream().map(m -> m.entity().id() + "@" + m.text().replace('\n', ' ')).toList();
    }

    private static List<String> jurisdictions(TextScan s) {
        return s.jurisdictions().stream().map(j -> j.jurisdiction().country() + ":" + j.text()).toList();
    }

    private static TextScan scan(String fixture) {
        return RealLists.text().scan(text(fixture));
    }

    @Test
    void german() {
        TextScan s = scan("de-nachrichten.txt");
        assertThat(mentions(s)).contains("ofac-35096@Wladimir Putin", "uk-RUS0251@Wladimir Putin", "eu-135909@Wladimir Putin",
                "ofac-35096@Putins", "ofac-20157@Kim Jong Un", "ofac-20157@Kim Jong Uns", "eu-135219@Sergej Schoigu",
                "uk-RUS0268@Alexej Miller", "ofac-35096@Wladimir Pu- tin", "eu-167101@Sovcomflot", "uk-RUS1097@Sovcomflot");
        // "Alexej" is read as Alexey since the fifty-ninth session: the UK's "Alexey Miller" meets it at 1.00, OFAC's record
        // (with the patronymic, 0.91, not linked to the UK's in a profile) gives way to it
        assertThat(s.mentions()).filteredOn(m -> m.text().equals("Putins")).allMatch(m -> m.how().equals("surname"));
        // the State Department's Matthew Miller is not the listed Alexey Miller, alone or as a reference
        int matthew = text("de-nachrichten.txt").indexOf("Matthew Miller");
        assertThat(s.mentions()).noneMatch(m -> m.end() > matthew && m.start() < matthew + "Matthew Miller".length());
        assertThat(jurisdictions(s)).contains("KP:Pjöngjang", "KP:Nordkorea", "KP:nordkoreanischen", "KP:Nampo", "UA-43:Krim",
                "IR:Iran", "RU:Moskau");
    }

    @Test
    void english() {
        TextScan s = scan("en-news.txt");
        assertThat(mentions(s)).contains("ofac-20157@Kim Jong Un", "ofac-20157@Kim Jong-un", "ofac-23213@Choe Ryong Hae",
                "ofac-35096@Vladimir Putin", "ofac-15603@Foreign Trade Bank of the Democratic People's Republic of Korea");
        assertThat(s.mentions()).noneMatch(m -> m.text().contains("Miller") || m.text().contains("Smith") || m.text().contains("Johnson"));
        assertThat(jurisdictions(s)).contains("KP:North Korean", "KP:Democratic People's Republic of Korea", "KP:Nampo",
                "IR:Iranian", "IR:Bandar Abbas", "SY:Syria", "CU:Cuba");
        Mention kim = s.mentions().getFirst();
        assertThat(text("en-news.txt").substring(kim.start(), kim.end())).isEqualTo(kim.text());
    }

    @Test
    void russian() {
        TextScan s = scan("ru-novosti.txt");
        assertThat(mentions(s)).contains("ofac-35096@Владимира Путина", "eu-135219@Сергей Шойгу", "ofac-35173@Сергей Шойгу",
                "ofac-35096@Путин");
        assertThat(s.mentions()).noneMatch(m -> m.text().contains("Петров"));
        assertThat(jurisdictions(s)).contains("KP:Пхеньяне", "KP:КНДР", "KP:Нампхо", "UA-43:Крыму", "UA-14:Донецкой",
                "KP:Северной Кореей");
    }

    @Test
    void korean() {
        TextScan s = scan("ko-news.txt");
        assertThat(mentions(s)).contains("ofac-20157@김정은", "ofac-23213@최룡해", "un-KPi.024@김영철", "eu-6847@김영철");
        assertThat(s.mentions()).noneMatch(m -> m.text().equals("김민수") || m.text().equals("이영희"));
        assertThat(jurisdictions(s)).contains("KP:북한", "KP:평양", "KP:남포");
    }

    @Test
    void arabic() {
        TextScan s = scan("ar-akhbar.txt");
        assertThat(mentions(s)).contains("un-YEi.001@عبدالخالق الحوثي", "un-IQi.038@برزان إبراهيم حسن التكريتي");
        assertThat(s.mentions()).noneMatch(m -> m.text().contains("محمد أحمد"));
        assertThat(jurisdictions(s)).contains("IR:إيران", "SY:دمشق", "SY:سوريا");
    }

    @Test
    void ordinaryTextIsQuiet() {
        for (String f : List.of("negative/en-ordinary.txt", "negative/de-alltag.txt")) {
            TextScan s = scan(f);
            assertThat(s.mentions()).as(f).isEmpty();
            assertThat(s.jurisdictions()).as(f).isEmpty();
        }
    }

    @Test
    void mt103WithHitsInEveryField() throws Exception {
        PaymentScan s = RealLists.payments().scan(PaymentReaderTest.fixture("mt103-hits.fin"));
        assertThat(s.verdict()).isEqualTo("hit");
        assertThat(s.hits()).extracting(h -> h.location() + "=" + h.entity().id()).contains(
                "50K line 2=ofac-35096", "52A line 1=ofac-13133", "56A line 1=ofac-15603", "57D line 1=ofac-16085",
                "59 line 2=un-KPi.024", "72 line 1=ofac-23213");
        assertThat(s.jurisdictions()).extracting(j -> j.field() + ":" + j.fieldLine() + "=" + j.jurisdiction().country())
                .contains("52A:1=IR", "56A:1=KP", "57D:2=KP", "59:4=KP", "70:1=KP", "70:2=KP", "77B:1=KP");
    }

    @Test
    void pacs008WithHitsInEveryFieldIncludingCyrillicAndKorean() throws Exception {
        PaymentScan s = RealLists.payments().scan(PaymentReaderTest.fixture("pacs008-hits.xml"));
        assertThat(s.verdict()).isEqualTo("hit");
        assertThat(s.hits()).extracting(h -> h.field() + "=" + h.entity().id()).contains(
                "CdtTrfTxInf/Dbtr/Nm=ofac-35096", "CdtTrfTxInf/Cdtr/Nm=un-KPi.024", "CdtTrfTxInf/UltmtDbtr/Nm=ofac-23213",
                "CdtTrfTxInf/UltmtCdtr/Nm=ofac-11581", "CdtTrfTxInf/IntrmyAgt1/FinInstnId/BICFI=ofac-15603",
                "CdtTrfTxInf/DbtrAgt/FinInstnId/BICFI=ofac-13133", "CdtTrfTxInf/CdtrAgt/FinInstnId/Nm=ofac-16085",
                "CdtTrfTxInf/InstrForCdtrAgt/InstrInf=ofac-20157");
    }

    @Test
    void cleanPaymentsAreClearOnTheRealLists() throws Exception {
        for (String f : List.of("mt103-clean.fin", "pacs008-clean.xml")) {
            PaymentScan s = RealLists.payments().scan(PaymentReaderTest.fixture(f));
            assertThat(s.hits()).as(f).isEmpty();
            assertThat(s.verdict()).as(f).isEqualTo("clear");
        }
    }
}
