package org.cordon.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.scan.PaymentReaderTest.fixture;

import java.util.List;
import org.cordon.match.Screener;
import org.junit.jupiter.api.Test;

/** Screening logic over the hand-made list; {@link RealListsScanTest} runs the same fixtures against the real lists. */
class PaymentScannerTest {
    private static final Screener SCREENER = SmallLists.screener();
    private static final PaymentScanner PAYMENTS = PaymentScanner.build(TextScanner.build(SCREENER, 0.7), SCREENER);

    private static List<String> hits(PaymentScan s) {
        return s.hits().stream().map(h -> h.location() + "=" + h.entity().id()).toList();
    }

    private static List<String> jurisdictions(PaymentScan s) {
        return s.jurisdictions().stream().map(j -> j.field() + (j.fieldLine() > 0 ? " line " + j.fieldLine() : "") + "=" + j.jurisdiction().country()).toList();
    }

    @Test
    void cleanMessagesAreClear() throws Exception {
        PaymentScan mt = PAYMENTS.scan(fixture("mt103-clean.fin"));
        assertThat(mt.verdict()).isEqualTo("clear");
        assertThat(mt.hits()).isEmpty();
        PaymentScan mx = PAYMENTS.scan(fixture("pacs008-clean.xml"));
        assertThat(mx.verdict()).isEqualTo("clear");
        assertThat(mx.jurisdictions()).isEmpty();
    }

    @Test
    void mt103HitsInEveryScreenedField() throws Exception {
        PaymentScan s = PAYMENTS.scan(fixture("mt103-hits.fin"));
        assertThat(s.verdict()).isEqualTo("hit");
        assertThat(hits(s)).contains(
                "50K line 2=ofac-35096",       // ordering customer name
                "52A line 1=ofac-17000",       // ordering institution BIC listed
                "56A line 1=ofac-15603",       // intermediary BIC listed
                "57D line 1=ofac-16085",       // account with institution by name
                "59 line 2=eu-9001",           // beneficiary name
                "72 line 1=ofac-23213");       // name inside sender-to-receiver information
        assertThat(jurisdictions(s)).contains("52A line 1=IR", "56A line 1=KP", "57D line 2=KP", "59 line 4=KP",
                "70 line 1=KP", "70 line 2=KP", "77B line 1=KP");
        assertThat(s.hits()).filteredOn(h -> h.field().equals("59")).first()
                .satisfies(h -> assertThat(h.role()).isEqualTo("beneficiary customer"));
    }

    @Test
    void pacs008HitsInEveryScreenedFieldIncludingCyrillicAndKorean() throws Exception {
        PaymentScan s = PAYMENTS.scan(fixture("pacs008-hits.xml"));
        assertThat(s.verdict()).isEqualTo("hit");
        assertThat(hits(s)).contains(
                "CdtTrfTxInf/Dbtr/Nm=eu-13215",
                "CdtTrfTxInf/Dbtr/Nm=ofac-35096",
                "CdtTrfTxInf/Cdtr/Nm=eu-9001",
                "CdtTrfTxInf/UltmtDbtr/Nm=ofac-23213",
                "CdtTrfTxInf/UltmtCdtr/Nm=ofac-9999",
                "CdtTrfTxInf/IntrmyAgt1/FinInstnId/BICFI=ofac-15603",
                "CdtTrfTxInf/DbtrAgt/FinInstnId/BICFI=ofac-17000",
                "CdtTrfTxInf/CdtrAgt/FinInstnId/Nm=ofac-16085",
                "CdtTrfTxInf/InstrForCdtrAgt/InstrInf=ofac-20157");
        assertThat(jurisdictions(s)).contains("CdtTrfTxInf/Dbtr/PstlAdr/Ctry=IR", "CdtTrfTxInf/Dbtr/PstlAdr/TwnNm=IR",
                "CdtTrfTxInf/DbtrAcct/Id/IBAN=IR", "CdtTrfTxInf/Cdtr/PstlAdr/Ctry=KP", "CdtTrfTxInf/Cdtr/PstlAdr/AdrLine=KP",
                "CdtTrfTxInf/CdtrAgt/FinInstnId/PstlAdr/AdrLine=KP", "CdtTrfTxInf/RmtInf/Ustrd=KP",
                "CdtTrfTxInf/IntrmyAgt1/FinInstnId/BICFI=KP");
    }

    @Test
    void businessApplicationHeaderIsReadAndScreened() throws Exception {
        PaymentScan s = PAYMENTS.scan(fixture("pacs008-with-header.xml"));
        assertThat(s.message().type()).isEqualTo("pacs.008.001.08");
        assertThat(s.message().fields()).anyMatch(f -> f.path().equals("AppHdr/To/FIId/FinInstnId/BICFI") && f.role().equals("receiver"));
        assertThat(jurisdictions(s)).containsExactly("AppHdr/To/FIId/FinInstnId/BICFI=KP");
        assertThat(s.verdict()).isEqualTo("hit");
    }

    @Test
    void aComprehensivelySanctionedBicIsAHitWithoutAnyName() throws Exception {
        PaymentScan s = PAYMENTS.scan(fixture("pacs009-hits.xml"));
        assertThat(s.verdict()).isEqualTo("hit");
        assertThat(jurisdictions(s)).containsExactly("CdtTrfTxInf/Cdtr/FinInstnId/BICFI=KP");
    }

    @Test
    void jsonHasTheIssueShape() throws Exception {
        var json = PAYMENTS.scan(fixture("pain001-hits.xml")).toJson();
        assertThat(json).containsKeys("verdict", "hits", "jurisdictions");
        assertThat(json.get("verdict")).isEqualTo("hit");
        @SuppressWarnings("unchecked")
        var first = ((List<java.util.Map<String, Object>>) json.get("hits")).getFirst();
        assertThat(first).containsKeys("field", "role", "text", "entity_id", "source", "source_id", "caption", "score", "explanation");
        assertThat(first.get("field")).isEqualTo("PmtInf/CdtTrfTxInf/Cdtr/Nm");
    }
}
