package org.cordon.scan;

import com.prowidesoftware.swift.model.MxId;
import com.prowidesoftware.swift.model.mx.AbstractMX;
import com.prowidesoftware.swift.model.mx.MxParseUtils;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cordon.lists.SafeXml;

/**
 * Reads an ISO 20022 pacs.008, pacs.009 or pain.001 message into its screenable fields, each with its
 * element path ("CdtTrfTxInf/Cdtr/Nm").
 *
 * <p>The bytes are first read with Cordon's {@link SafeXml} factory: a document that declares a DTD or
 * uses an entity reference is refused before any other parser sees it, so Prowide never gets a chance
 * to resolve an external entity. The same pass collects the fields by path, which works for every
 * version of the schemas alike. Prowide then identifies the message from its namespace and parses it
 * into its model; a document Prowide cannot read as the message it claims to be is refused too.
 */
public final class MxReader {
    private MxReader() {}

    /** Elements that stand for a party, agent, account or purpose, and the role users call them by. */
    private static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry("Dbtr", "debtor"), Map.entry("Cdtr", "creditor"), Map.entry("UltmtDbtr", "ultimate debtor"),
            Map.entry("UltmtCdtr", "ultimate creditor"), Map.entry("InitgPty", "initiating party"),
            Map.entry("DbtrAgt", "debtor agent"), Map.entry("CdtrAgt", "creditor agent"),
            Map.entry("IntrmyAgt1", "intermediary agent 1"), Map.entry("IntrmyAgt2", "intermediary agent 2"),
            Map.entry("IntrmyAgt3", "intermediary agent 3"), Map.entry("PrvsInstgAgt1", "previous instructing agent 1"),
            Map.entry("PrvsInstgAgt2", "previous instructing agent 2"), Map.entry("PrvsInstgAgt3", "previous instructing agent 3"),
            Map.entry("InstgAgt", "instructing agent"), Map.entry("InstdAgt", "instructed agent"),
            Map.entry("DbtrAcct", "debtor account"), Map.entry("CdtrAcct", "creditor account"),
            Map.entry("IntrmyAgt1Acct", "intermediary agent 1 account"), Map.entry("CdtrAgtAcct", "creditor agent account"),
            Map.entry("DbtrAgtAcct", "debtor agent account"), Map.entry("ChrgsInf", "charges agent"),
            Map.entry("RmtInf", "remittance information"), Map.entry("Purp", "purpose"),
            Map.entry("InstrForCdtrAgt", "instructions for creditor agent"), Map.entry("InstrForNxtAgt", "instructions for next agent"),
            Map.entry("RgltryRptg", "regulatory reporting"), Map.entry("Invcr", "invoicer"), Map.entry("Invcee", "invoicee"),
            Map.entry("Fr", "sender"), Map.entry("To", "receiver"), Map.entry("SplmtryData", "supplementary data"));
    private static final Set<String> ADDRESS = Set.of("AdrLine", "StrtNm", "TwnNm", "TwnLctnNm", "DstrctNm", "CtrySubDvsn",
            "BldgNm", "Dept", "SubDept", "PstBx", "Room", "Flr", "CityOfBirth", "PrvcOfBirth");
    private static final Set<String> COUNTRY = Set.of("Ctry", "CtryOfRes", "CtryOfBirth");
    private static final Set<String> BIC = Set.of("BICFI", "AnyBIC", "BIC", "BICOrBEI");
    private static final Set<String> FREE_TEXT = Set.of("Ustrd", "AddtlRmtInf", "InstrInf", "Inf", "AddtlInf", "Prtry");
    /** Children a transaction must carry, per message root. */
    private static final Map<String, List<String>> TX_MANDATORY = Map.of(
            "FIToFICstmrCdtTrf", List.of("Dbtr", "DbtrAgt", "Cdtr", "CdtrAgt"),
            "FICdtTrf", List.of("Dbtr", "Cdtr"),
            "CstmrCdtTrfInitn", List.of("Cdtr"));

    public static PaymentMessage read(byte[] bytes) throws MalformedMessageException {
        if (bytes.length == 0) throw new MalformedMessageException(1, 1, null, "empty message");
        List<PaymentField> fields = new ArrayList<>();
        String[] rootAndRef = new String[3];
        Charset cs = walk(bytes, fields, rootAndRef);
        String root = rootAndRef[0];
        if (root == null) throw new MalformedMessageException(1, 0, "Document", "no ISO 20022 <Document> element");
        if (!TX_MANDATORY.containsKey(root)) {
            throw new MalformedMessageException(0, 0, "Document/" + root,
                    "<" + root + "> is not a payment message Cordon screens (pacs.008 FIToFICstmrCdtTrf, pacs.009 FICdtTrf, pain.001 CstmrCdtTrfInitn)");
        }
        String xml = new String(bytes, cs);
        if (xml.startsWith("\uFEFF")) xml = xml.substring(1);
        Optional<MxId> id;
        try {
            id = MxParseUtils.identifyMessage(xml);
        } catch (RuntimeException e) {
            id = Optional.empty();
        }
        if (id.isEmpty()) {
            throw new MalformedMessageException(0, 0, "Document", "namespace does not name an ISO 20022 message (expected urn:iso:std:iso:20022:tech:xsd:...)");
        }
        String type = id.get().id();
        AbstractMX mx;
        try {
            mx = AbstractMX.parse(xml, id.get());
        } catch (RuntimeException e) {
            throw new MalformedMessageException(0, 0, "Document", "Prowide could not read the document as " + type + ": " + e.getMessage(), e);
        }
        if (mx == null) {
            throw new MalformedMessageException(0, 0, "Document", "Prowide could not read the document as " + type);
        }
        return new PaymentMessage("MX", type, rootAndRef[1], fields);
    }

    /** One pass over the document with the safe reader: refuses DTDs, checks structure, collects fields. */
    private static Charset walk(byte[] bytes, List<PaymentField> fields, String[] rootAndRef) throws MalformedMessageException {
        XMLStreamReader r;
        try {
            r = SafeXml.open(new ByteArrayInputStream(bytes));
        } catch (XMLStreamException e) {
            throw fault(e);
        }
        Charset cs = StandardCharsets.UTF_8;
        Deque<String> stack = new ArrayDeque<>();
        Deque<Integer> lines = new ArrayDeque<>();
        Deque<Boolean> hadChild = new ArrayDeque<>();
        Deque<Set<String>> children = new ArrayDeque<>();
        int documentDepth = -1;
        StringBuilder text = new StringBuilder();
        try {
            String enc = r.getCharacterEncodingScheme() != null ? r.getCharacterEncodingScheme() : r.getEncoding();
            if (enc != null && Charset.isSupported(enc)) cs = Charset.forName(enc);
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD -> throw new MalformedMessageException(line(r), col(r), null,
                            "DOCTYPE declaration refused: payment messages must not carry a DTD (external entities are never resolved)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new MalformedMessageException(line(r), col(r), null,
                            "entity reference &" + r.getLocalName() + "; refused: entities are not expanded");
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = r.getLocalName();
                        if (!hadChild.isEmpty()) { hadChild.pop(); hadChild.push(true); }
                        if (!children.isEmpty()) children.peek().add(name);
                        stack.push(name);
                        lines.push(line(r));
                        hadChild.push(false);
                        children.push(new HashSet<>());
                        text.setLength(0);
                        if (name.equals("Document") && documentDepth < 0) documentDepth = stack.size();
                        else if (documentDepth > 0 && stack.size() == documentDepth + 1 && rootAndRef[0] == null) rootAndRef[0] = name;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(r.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        boolean leaf = !hadChild.pop();
                        Set<String> kids = children.pop();
                        int at = lines.pop();
                        String name = stack.peek();
                        List<String> path = pathOf(stack, documentDepth);
                        if (name.equals("CdtTrfTxInf") && rootAndRef[0] != null) {
                            for (String need : TX_MANDATORY.getOrDefault(rootAndRef[0], List.of())) {
                                if (!kids.contains(need)) {
                                    throw new MalformedMessageException(at, 0, String.join("/", path),
                                            "credit transfer transaction without <" + need + "> (" + ROLES.getOrDefault(need, need) + ")");
                                }
                            }
                        }
                        if (name.equals("PmtInf")) {
                            for (String need : List.of("Dbtr", "DbtrAgt", "CdtTrfTxInf")) {
                                if (!kids.contains(need)) {
                                    throw new MalformedMessageException(at, 0, String.join("/", path), "payment information without <" + need + ">");
                                }
                            }
                        }
                        if (leaf && !path.isEmpty()) {
                            String value = text.toString().strip();
                            if (!value.isEmpty()) classify(path, at, value, fields, rootAndRef);
                        }
                        stack.pop();
                        text.setLength(0);
                    }
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            throw fault(e);
        }
        return cs;
    }

    private static List<String> pathOf(Deque<String> stack, int documentDepth) {
        List<String> names = new ArrayList<>(stack);
        java.util.Collections.reverse(names);
        int docIdx = documentDepth - 1;
        if (documentDepth > 0 && names.size() > documentDepth && names.get(docIdx).equals("Document")) {
            return names.subList(documentDepth + 1, names.size()); // below the message root: "CdtTrfTxInf/Cdtr/Nm"
        }
        int hdr = names.indexOf("AppHdr");
        if (hdr >= 0) return names.subList(hdr, names.size());
        return List.of();
    }

    private static void classify(List<String> path, int at, String value, List<PaymentField> out, String[] rootAndRef) {
        String leaf = path.getLast();
        String p = String.join("/", path);
        String role = null;
        for (int i = path.size() - 2; i >= 0 && role == null; i--) role = ROLES.get(path.get(i));
        if (p.equals("GrpHdr/MsgId")) rootAndRef[1] = value;
        if (role == null) return;
        PaymentField.Kind kind;
        if (leaf.equals("Nm")) kind = PaymentField.Kind.NAME;
        else if (ADDRESS.contains(leaf)) kind = PaymentField.Kind.ADDRESS;
        else if (COUNTRY.contains(leaf)) kind = PaymentField.Kind.COUNTRY;
        else if (BIC.contains(leaf)) kind = PaymentField.Kind.BIC;
        else if (leaf.equals("LEI")) kind = PaymentField.Kind.LEI;
        else if (leaf.equals("IBAN") || (leaf.equals("Id") && path.size() >= 2 && path.get(path.size() - 2).equals("Othr")
                && path.stream().anyMatch(n -> n.endsWith("Acct")))) {
            kind = PaymentField.Kind.ACCOUNT;
        } else if (FREE_TEXT.contains(leaf) && (leaf.equals("Prtry") ? path.contains("Purp") : true)) kind = PaymentField.Kind.FREE_TEXT;
        else return;
        out.add(new PaymentField(p, 0, at, role, kind, value));
    }

    private static MalformedMessageException fault(XMLStreamException e) {
        Location l = e.getLocation();
        String msg = e.getMessage() == null ? "not well-formed XML" : e.getMessage().replaceAll("\\s+", " ");
        int i = msg.indexOf("Message: ");
        if (i >= 0) msg = msg.substring(i + 9);
        return new MalformedMessageException(l == null ? 0 : Math.max(0, l.getLineNumber()), l == null ? 0 : Math.max(0, l.getColumnNumber()),
                null, "not well-formed XML: " + msg, e);
    }

    private static int line(XMLStreamReader r) {
        Location l = r.getLocation();
        return l == null ? 0 : Math.max(0, l.getLineNumber());
    }

    private static int col(XMLStreamReader r) {
        Location l = r.getLocation();
        return l == null ? 0 : Math.max(0, l.getColumnNumber());
    }
}
