package org.cordon.scan;

import com.prowidesoftware.swift.io.parser.SwiftParser;
import com.prowidesoftware.swift.model.SwiftBlock4;
import com.prowidesoftware.swift.model.SwiftMessage;
import com.prowidesoftware.swift.model.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a SWIFT MT103, MT202 or MT202COV (FIN) into its screenable fields.
 *
 * <p>Prowide Core parses the message; before that, the block structure and each field are checked
 * here, because Prowide is lenient by design (it reads what it can) while screening must refuse what
 * it cannot read whole: a message with a missing beneficiary or an unterminated text block would
 * otherwise pass as "clear". Every fault names the line and column in the message as given.
 */
public final class MtReader {
    private MtReader() {}

    private static final Pattern TAG = Pattern.compile(":([0-9]{2}[A-Z]?):");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern F32A = Pattern.compile("[0-9]{6}[A-Z]{3}[0-9]{1,12},[0-9]{0,3}");
    private static final Pattern F20 = Pattern.compile("[^/\\s](?:(?!//).){0,14}[^/\\s]|[^/\\s]");
    private static final Pattern BLOCK1 = Pattern.compile("\\{1:F01[A-Z0-9]{12}[0-9]{4}[0-9]{6}\\}");
    private static final Pattern BLOCK2 = Pattern.compile("\\{2:(I([0-9]{3})[A-Z0-9]{12}[SUN]?[0-9]{0,3}[0-9]{0,3}|O([0-9]{3})[0-9]{4}[0-9]{6}[A-Z0-9]{12}[0-9]{4}[0-9]{6}[0-9]{6}[0-9]{4}[SUN]?)\\}");

    /** Mandatory fields per message type; a letter option is written "a" (any option). */
    private static final Map<String, List<String>> MANDATORY = Map.of(
            "103", List.of("20", "23B", "32A", "50a", "59a", "71A"),
            "202", List.of("20", "21", "32A", "58a"),
            "202COV", List.of("20", "21", "32A", "58a", "50a", "59a"));
    private static final Set<String> FREE_TEXT = Set.of("70", "72", "77B", "77T");

    /** Reads a FIN message; throws with the fault's position when it is not a well-formed MT103/202/202COV. */
    public static PaymentMessage read(String message) throws MalformedMessageException {
        String msg = message.startsWith("\uFEFF") ? message.substring(1) : message;
        String trimmed = msg.strip();
        if (trimmed.isEmpty()) throw new MalformedMessageException(1, 1, null, "empty message");
        int lead = msg.indexOf(trimmed.charAt(0));
        if (!trimmed.startsWith("{1:")) {
            throw new MalformedMessageException(lineOf(msg, lead), colOf(msg, lead), null, "expected basic header block '{1:F01...}'");
        }
        int b1end = msg.indexOf('}', lead);
        if (b1end < 0 || !BLOCK1.matcher(msg.substring(lead, b1end + 1)).matches()) {
            throw new MalformedMessageException(lineOf(msg, lead), colOf(msg, lead), "{1:}",
                    "basic header must be {1:F01 + 12-character logical terminal + 4-digit session + 6-digit sequence}");
        }
        int b2 = msg.indexOf("{2:", b1end);
        if (b2 != b1end + 1) {
            throw new MalformedMessageException(lineOf(msg, b1end + 1), colOf(msg, b1end + 1), "{2:}", "expected application header block '{2:'");
        }
        int b2end = msg.indexOf('}', b2);
        var m2 = b2end < 0 ? null : BLOCK2.matcher(msg.substring(b2, b2end + 1));
        if (m2 == null || !m2.matches()) {
            throw new MalformedMessageException(lineOf(msg, b2), colOf(msg, b2), "{2:}",
                    "application header must be {2:I + 3-digit type + 12-character receiver address [+ priority]} or the output form");
        }
        String mt = m2.group(2) != null ? m2.group(2) : m2.group(3);
        int b4 = msg.indexOf("{4:", b2end);
        if (b4 < 0) throw new MalformedMessageException(lineOf(msg, msg.length()), 0, "{4:}", "text block '{4:' missing");
        boolean cov = msg.substring(b2end, b4).contains("{119:COV}");
        String type = mt.equals("202") && cov ? "202COV" : mt;
        if (!MANDATORY.containsKey(type)) {
            throw new MalformedMessageException(lineOf(msg, b2), colOf(msg, b2) + 4, "{2:}",
                    "MT" + mt + " is not a payment message Cordon screens (MT103, MT202, MT202COV)");
        }
        int textStart = b4 + 3;
        if (textStart >= msg.length() || (msg.charAt(textStart) != '\r' && msg.charAt(textStart) != '\n')) {
            throw new MalformedMessageException(lineOf(msg, textStart), colOf(msg, textStart), "{4:}", "text block must start with a line break after '{4:'");
        }
        int textEnd = findTerminator(msg, textStart);
        if (textEnd < 0) {
            throw new MalformedMessageException(lineOf(msg, msg.length()), 0, "{4:}", "text block not terminated by a line '-}'");
        }
        List<RawField> raw = fields(msg, textStart, textEnd);
        checkFields(msg, type, raw, textEnd);

        SwiftMessage sm;
        try {
            sm = new SwiftParser(msg).message();
        } catch (IOException | RuntimeException e) {
            throw new MalformedMessageException(0, 0, null, "Prowide could not parse the message: " + e.getMessage(), e);
        }
        SwiftBlock4 b4p = sm == null ? null : sm.getBlock4();
        if (b4p == null || b4p.getTags().size() != raw.size()) {
            throw new MalformedMessageException(lineOf(msg, textStart), 0, "{4:}", "text block fields could not be read consistently ("
                    + raw.size() + " field tags found, parser read " + (b4p == null ? 0 : b4p.getTags().size()) + ")");
        }
        List<PaymentField> out = new ArrayList<>();
        String reference = null;
        List<Tag> tags = b4p.getTags();
        for (int i = 0; i < tags.size(); i++) {
            Tag t = tags.get(i);
            RawField r = raw.get(i);
            // Prowide may read a tag without a name or value from a malformed block (a fuzzer found one): a fault, not a crash
            if (!r.tag().equals(t.getName())) {
                throw new MalformedMessageException(r.line(), 1, ":" + r.tag() + ":", t.getName() == null
                        ? "the parser could not read this field's tag" : "parser read field " + t.getName() + " here");
            }
            String value = t.getValue() == null ? "" : t.getValue();
            if (t.getName().equals("20")) reference = value.strip();
            addField(out, t.getName(), value, r.line());
        }
        return new PaymentMessage("MT", type, reference, out);
    }

    private record RawField(String tag, int line, int col, String value) {
    }

    /** The offset of the line break before the "-}" that ends block 4, or -1. */
    private static int findTerminator(String msg, int from) {
        int i = from;
        while (true) {
            int k = msg.indexOf("-}", i);
            if (k < 0) return -1;
            if (k > 0 && (msg.charAt(k - 1) == '\n')) return k - 1;
            i = k + 2;
        }
    }

    private static List<RawField> fields(String msg, int textStart, int textEnd) throws MalformedMessageException {
        List<RawField> out = new ArrayList<>();
        String body = msg.substring(textStart, textEnd);
        String[] lines = body.split("\r?\n", -1);
        int line = lineOf(msg, textStart);
        String tag = null;
        int tagLine = 0;
        StringBuilder value = new StringBuilder();
        for (int k = 0; k < lines.length; k++) {
            String l = lines[k].endsWith("\r") ? lines[k].substring(0, lines[k].length() - 1) : lines[k];
            int lineNo = line + k;
            if (k == 0 && l.isEmpty()) continue;
            var m = TAG.matcher(l);
            if (m.lookingAt()) {
                if (tag != null) out.add(new RawField(tag, tagLine, 1, value.toString()));
                tag = m.group(1);
                tagLine = lineNo;
                value.setLength(0);
                value.append(l.substring(m.end()));
            } else if (l.startsWith(":")) {
                throw new MalformedMessageException(lineNo, 1, null, "malformed field tag '" + l.substring(0, Math.min(l.length(), 6))
                        + "': expected ':' + two digits + optional letter + ':'");
            } else if (tag == null) {
                if (l.isBlank()) continue;
                throw new MalformedMessageException(lineNo, 1, null, "text before the first field tag in block 4");
            } else {
                value.append('\n').append(l);
            }
        }
        if (tag != null) out.add(new RawField(tag, tagLine, 1, value.toString()));
        return out;
    }

    private static void checkFields(String msg, String type, List<RawField> raw, int textEnd) throws MalformedMessageException {
        int endLine = lineOf(msg, textEnd) + 1;
        for (String need : MANDATORY.get(type)) {
            boolean found = false;
            for (RawField r : raw) {
                if (need.endsWith("a") ? r.tag().startsWith(need.substring(0, 2)) : r.tag().equals(need)) found = true;
            }
            if (!found) {
                throw new MalformedMessageException(endLine, 0, ":" + need + ":", "mandatory field :" + need + ": ("
                        + describe(need) + ") missing from MT" + type);
            }
        }
        for (RawField r : raw) {
            String v = r.value();
            String tagText = ":" + r.tag() + ":";
            String[] lines = v.split("\n", -1);
            if (v.isBlank()) throw new MalformedMessageException(r.line(), r.tag().length() + 3, tagText, "field is empty");
            int max = FREE_TEXT.contains(r.tag()) && !r.tag().equals("70") ? (r.tag().equals("77B") ? 3 : 6) : r.tag().equals("70") ? 4 : 5;
            if (r.tag().startsWith("77T")) max = 9999;
            if (lines.length > max) {
                throw new MalformedMessageException(r.line() + max, 1, tagText, "too many lines: at most " + max + " allowed");
            }
            for (int k = 0; k < lines.length; k++) {
                int limit = r.tag().equals("77T") ? 9999 : 35;
                if (lines[k].length() > limit) {
                    throw new MalformedMessageException(r.line() + k, limit + 1 + (k == 0 ? tagText.length() : 0), tagText,
                            "line longer than " + limit + " characters");
                }
            }
            switch (r.tag()) {
                case "20" -> {
                    if (!F20.matcher(v).matches()) {
                        throw new MalformedMessageException(r.line(), 5, tagText, "reference must be 1-16 characters, not start or end with '/' nor contain '//'");
                    }
                }
                case "32A" -> {
                    if (!F32A.matcher(v).matches()) {
                        throw new MalformedMessageException(r.line(), 6, tagText, "expected value date YYMMDD, ISO currency and amount with a decimal comma (e.g. 240115EUR1000,00)");
                    }
                }
                default -> {
                    if (r.tag().length() == 3 && r.tag().charAt(2) == 'A' && !r.tag().equals("23B") && !r.tag().equals("71A")
                            && !r.tag().equals("32A") && !r.tag().equals("33B")) {
                        String bicLine = lines[lines.length - 1].strip();
                        if (!BIC.matcher(bicLine).matches()) {
                            throw new MalformedMessageException(r.line() + lines.length - 1, 1, tagText,
                                    "expected a BIC (8 or 11 characters: bank, country, location[, branch]), found '" + bicLine + "'");
                        }
                    }
                }
            }
        }
    }

    private static String describe(String tag) {
        return switch (tag) {
            case "20" -> "sender's reference";
            case "21" -> "related reference";
            case "23B" -> "bank operation code";
            case "32A" -> "value date, currency, amount";
            case "50a" -> "ordering customer";
            case "58a" -> "beneficiary institution";
            case "59a" -> "beneficiary customer";
            case "71A" -> "details of charges";
            default -> "field " + tag;
        };
    }

    /** Splits one field into screenable values by its option letter. */
    private static void addField(List<PaymentField> out, String tag, String value, int at) {
        String role = role(tag);
        String[] lines = value.split("\r?\n", -1);
        if (FREE_TEXT.contains(tag)) {
            for (int k = 0; k < lines.length; k++) {
                if (!lines[k].isBlank()) out.add(new PaymentField(tag, k + 1, at + k, role, PaymentField.Kind.FREE_TEXT, lines[k]));
            }
            return;
        }
        if (role == null) return;
        char option = tag.length() == 3 ? tag.charAt(2) : ' ';
        int k = 0;
        if (lines.length > 0 && lines[0].startsWith("/") && option != 'F') {
            out.add(new PaymentField(tag, 1, at, role, PaymentField.Kind.ACCOUNT, lines[0].replaceFirst("^/([A-Z]/)?", "")));
            k = 1;
        }
        switch (option) {
            case 'A' -> {
                for (; k < lines.length; k++) {
                    if (!lines[k].isBlank()) out.add(new PaymentField(tag, k + 1, at + k, role, PaymentField.Kind.BIC, lines[k].strip()));
                }
            }
            case 'F' -> {
                if (lines.length > 0) {
                    String first = lines[0];
                    out.add(new PaymentField(tag, 1, at, role, PaymentField.Kind.ACCOUNT, first.replaceFirst("^/", "")));
                }
                for (k = 1; k < lines.length; k++) {
                    String l = lines[k];
                    if (l.length() < 2 || l.charAt(1) != '/') continue;
                    String content = l.substring(2);
                    PaymentField.Kind kind = switch (l.charAt(0)) {
                        case '1' -> PaymentField.Kind.NAME;
                        case '2', '5' -> PaymentField.Kind.ADDRESS;
                        case '3' -> PaymentField.Kind.ADDRESS;
                        case '8' -> PaymentField.Kind.NAME;
                        default -> null;
                    };
                    if (kind == null) continue;
                    out.add(new PaymentField(tag, k + 1, at + k, role, kind, content));
                    if (l.charAt(0) == '3' && content.length() >= 2 && Character.isUpperCase(content.charAt(0))) {
                        out.add(new PaymentField(tag, k + 1, at + k, role, PaymentField.Kind.COUNTRY, content.substring(0, 2)));
                    }
                }
            }
            case 'C' -> { /* account only */ }
            case 'B' -> {
                for (; k < lines.length; k++) out.add(new PaymentField(tag, k + 1, at + k, role, PaymentField.Kind.ADDRESS, lines[k]));
            }
            default -> {
                // K, D and option-less 59: name and address lines, up to four of 35 characters
                for (; k < lines.length; k++) {
                    if (!lines[k].isBlank()) out.add(new PaymentField(tag, k + 1, at + k, role, PaymentField.Kind.NAME_AND_ADDRESS, lines[k]));
                }
            }
        }
    }

    private static String role(String tag) {
        return switch (tag.substring(0, 2)) {
            case "50" -> "ordering customer";
            case "51" -> "sending institution";
            case "52" -> "ordering institution";
            case "53" -> "sender's correspondent";
            case "54" -> "receiver's correspondent";
            case "55" -> "third reimbursement institution";
            case "56" -> "intermediary institution";
            case "57" -> "account with institution";
            case "58" -> "beneficiary institution";
            case "59" -> "beneficiary customer";
            case "70" -> "remittance information";
            case "72" -> "sender to receiver information";
            case "77" -> "regulatory reporting";
            default -> null;
        };
    }

    static int lineOf(String s, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, s.length()); i++) if (s.charAt(i) == '\n') line++;
        return line;
    }

    static int colOf(String s, int offset) {
        int nl = s.lastIndexOf('\n', Math.max(0, Math.min(offset, s.length()) - 1));
        return offset - nl;
    }
}
