package org.cordon.scan;

import java.util.List;

/**
 * A payment message read into the values that are screened.
 *
 * @param format    "MT" or "MX"
 * @param type      "103", "202", "202COV", or the ISO 20022 identifier ("pacs.008.001.08")
 * @param reference the sender's reference (MT :20:, MX MsgId), or null
 * @param fields    in message order
 */
public record PaymentMessage(String format, String type, String reference, List<PaymentField> fields) {
    public PaymentMessage {
        fields = List.copyOf(fields);
    }
}
