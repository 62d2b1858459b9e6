package org.cordon.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PaymentReaderTest {

    static byte[] fixture(String name) {
        try (InputStream in = PaymentReaderTest.class.getResourceAsStream("/payments/" + name)) {
            if (in == null) throw new IllegalStateException("missing fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void mt103FieldsCarryTagLineAndRole() throws Exception {
        PaymentMessage m = PaymentScanner.read(fixture("mt103-hits.fin"));
        assertThat(m.format()).isEqualTo("MT");
        assertThat(m.type()).isEqualTo("103");
        assertThat(m.reference()).isEqualTo("REF20261129666");
        assertThat(m.fields()).contains(
                new PaymentField("59", 2, 14, "beneficiary customer", PaymentField.Kind.NAME_AND_ADDRESS, "KIM YONG CHOL"),
                new PaymentField("56A", 1, 10, "intermediary institution", PaymentField.Kind.BIC, "FTBDKPPY"),
                new PaymentField("70", 2, 18, "remittance information", PaymentField.Kind.FREE_TEXT, "KOREA DPR"),
                new PaymentField("59", 1, 13, "beneficiary customer", PaymentField.Kind.ACCOUNT, "KP0012345678"));
    }

    @Test
    void mt202CovIsRecognised() throws Exception {
        PaymentMessage m = PaymentScanner.read(fixture("mt202cov-hits.fin"));
        assertThat(m.type()).isEqualTo("202COV");
        assertThat(m.fields()).anyMatch(f -> f.path().equals("59") && f.value().equals("KOREA KWANGSON BANKING CORP"));
    }

    @Test
    void pacs008FieldsCarryPathsAndRoles() throws Exception {
        PaymentMessage m = PaymentScanner.read(fixture("pacs008-hits.xml"));
        assertThat(m.format()).isEqualTo("MX");
        assertThat(m.type()).isEqualTo("pacs.008.001.08");
        assertThat(m.reference()).isEqualTo("MSG-20261129-0666");
        assertThat(m.fields()).extracting(f -> f.path() + "|" + f.role() + "|" + f.kind() + "|" + f.value()).contains(
                "CdtTrfTxInf/Dbtr/Nm|debtor|NAME|Владимир Владимирович Путин",
                "CdtTrfTxInf/Cdtr/Nm|creditor|NAME|김영철",
                "CdtTrfTxInf/Cdtr/PstlAdr/Ctry|creditor|COUNTRY|KP",
                "CdtTrfTxInf/IntrmyAgt1/FinInstnId/BICFI|intermediary agent 1|BIC|FTBDKPPY",
                "CdtTrfTxInf/CdtrAcct/Id/Othr/Id|creditor account|ACCOUNT|KP0012345678",
                "CdtTrfTxInf/RmtInf/Ustrd|remittance information|FREE_TEXT|Payment for shipment via Nampo, Korea DPR",
                "CdtTrfTxInf/InstrForCdtrAgt/InstrInf|instructions for creditor agent|FREE_TEXT|Notify Kim Jong Un office");
    }

    @Test
    void pacs009AndPain001AreRead() throws Exception {
        assertThat(PaymentScanner.read(fixture("pacs009-hits.xml")).type()).isEqualTo("pacs.009.001.08");
        PaymentMessage p = PaymentScanner.read(fixture("pain001-hits.xml"));
        assertThat(p.type()).isEqualTo("pain.001.001.09");
        assertThat(p.fields()).anyMatch(f -> f.path().equals("PmtInf/CdtTrfTxInf/Cdtr/Nm") && f.value().equals("Kim Jong Un"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "mt103-unterminated-block4.fin | 8 | not terminated",
            "mt103-missing-59.fin | 7 | mandatory field :59a: (beneficiary customer) missing",
            "mt103-bad-32a.fin | 4 | expected value date YYMMDD",
            "mt103-bad-bic.fin | 6 | expected a BIC",
            "mt103-bad-tag.fin | 6 | malformed field tag",
            "mt103-line-too-long.fin | 7 | line longer than 35 characters",
            "mt103-no-application-header.fin | 1 | expected application header",
            "mt940-not-a-payment.fin | 1 | MT940 is not a payment message",
            "not-a-message.txt | 1 | neither a SWIFT MT message",
            "pacs008-xxe.xml | 2 | DOCTYPE declaration refused",
            "pacs008-not-well-formed.xml | 6 | not well-formed XML",
            "pacs008-missing-creditor.xml | 5 | without <Cdtr>",
            "camt053-not-a-payment.xml | 0 | is not a payment message",
            "pacs008-unknown-namespace.xml | 0 | does not name an ISO 20022 message",
    })
    void malformedMessagesAreRefusedWithThePosition(String file, int line, String problem) {
        assertThatThrownBy(() -> PaymentScanner.read(fixture("malformed/" + file)))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((MalformedMessageException) e).line()).isEqualTo(line));
    }
}
