package org.cordon.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cordon.match.Explanation;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.ScanScreener;
import org.cordon.match.ScreenOptions;
import org.cordon.match.Screener;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.NameKind;

/**
 * Screens SWIFT MT103/202/202COV and ISO 20022 pacs.008/pacs.009/pain.001 messages: every party with
 * its role (name by the matcher, name and address lines and free text by the {@link TextScanner}, BIC
 * and LEI against the identifiers the lists give), and every country the message touches through an
 * address, a BIC (characters 5-6) or an IBAN (characters 1-2).
 *
 * <p>Built once; immutable and safe for concurrent use.
 */
public final class PaymentScanner {
    private static final Pattern IBAN = Pattern.compile("([A-Z]{2})[0-9]{2}[A-Z0-9]{10,30}");
    private static final Pattern RESIDENCE = Pattern.compile("/(ORDERRES|BENEFRES)/([A-Z]{2})(//|$)");

    private final TextScanner text;
    private final Screener screener;
    private final Map<String, List<Entity>> byBic;
    private final Map<String, List<Entity>> byLei;

    private PaymentScanner(TextScanner text, Screener screener, Map<String, List<Entity>> byBic, Map<String, List<Entity>> byLei) {
        this.text = text;
        this.screener = screener;
        this.byBic = byBic;
        this.byLei = byLei;
    }

    public static PaymentScanner build(TextScanner text, Screener screener) {
        Map<String, List<Entity>> bic = new HashMap<>();
        Map<String, List<Entity>> lei = new HashMap<>();
        for (Entity e : screener.entities()) {
            for (Identifier id : e.identifiers()) {
                if (id.type() == IdentifierType.BIC) bic.computeIfAbsent(bic8(id.normalisedValue()), k -> new ArrayList<>()).add(e);
                if (id.type() == IdentifierType.LEI) lei.computeIfAbsent(id.normalisedValue(), k -> new ArrayList<>()).add(e);
            }
        }
        return new PaymentScanner(text, screener, bic, lei);
    }

    /** Reads and screens a message given as bytes: FIN text starting with "{1:" or ISO 20022 XML. */
    public PaymentScan scan(byte[] bytes) throws MalformedMessageException {
        return scan(read(bytes));
    }

    public PaymentScan scan(String message) throws MalformedMessageException {
        return scan(message.getBytes(StandardCharsets.UTF_8));
    }

    /** Tells MT from MX by the first character and reads the message; no screening. */
    public static PaymentMessage read(byte[] bytes) throws MalformedMessageException {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) i = 3;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) i++;
        if (i >= bytes.length) throw new MalformedMessageException(1, 1, null, "empty message");
        if (bytes[i] == '{') return MtReader.read(new String(bytes, StandardCharsets.UTF_8));
        if (bytes[i] == '<') return MxReader.read(bytes);
        String s = new String(bytes, StandardCharsets.UTF_8);
        int off = s.indexOf(s.strip().isEmpty() ? " " : s.strip().substring(0, 1));
        throw new MalformedMessageException(MtReader.lineOf(s, off), MtReader.colOf(s, off), null,
                "neither a SWIFT MT message (starting '{1:') nor ISO 20022 XML (starting '<')");
    }

    public PaymentScan scan(PaymentMessage msg) {
        Map<String, PaymentHit> hits = new LinkedHashMap<>();
        List<PaymentJurisdiction> js = new ArrayList<>();
        List<PaymentField> fs = msg.fields();
        int i = 0;
        while (i < fs.size()) {
            PaymentField f = fs.get(i);
            // Consecutive lines of one MT field read as one text, so a name broken over two lines is still found.
            int j = i + 1;
            if (f.kind() == PaymentField.Kind.NAME_AND_ADDRESS || (f.kind() == PaymentField.Kind.FREE_TEXT && f.line() > 0)) {
                while (j < fs.size() && fs.get(j).kind() == f.kind() && fs.get(j).path().equals(f.path())
                        && fs.get(j).line() == fs.get(j - 1).line() + 1) j++;
            }
            List<PaymentField> group = fs.subList(i, j);
            screenGroup(group, hits, js);
            i = j;
        }
        return new PaymentScan(msg, new ArrayList<>(hits.values()), dedupe(js));
    }

    private void screenGroup(List<PaymentField> group, Map<String, PaymentHit> hits, List<PaymentJurisdiction> js) {
        PaymentField f = group.getFirst();
        switch (f.kind()) {
            case NAME -> {
                screenName(f, f.value(), hits);
                scanText(group, hits, js);
            }
            case NAME_AND_ADDRESS -> {
                screenName(f, f.value(), hits);
                scanText(group, hits, js);
            }
            case ADDRESS, FREE_TEXT -> {
                scanText(group, hits, js);
                if (f.kind() == PaymentField.Kind.FREE_TEXT) {
                    for (PaymentField g : group) {
                        Matcher m = RESIDENCE.matcher(g.value());
                        while (m.find()) country(g, m.group(2), g.value(), "country code", js);
                    }
                }
            }
            case COUNTRY -> country(f, f.value().strip(), f.value(), "country code", js);
            case BIC -> {
                String bic = Identifier.normalise(IdentifierType.BIC, f.value());
                if (bic.length() >= 6) country(f, bic.substring(4, 6), f.value(), "BIC country", js);
                for (Entity e : byBic.getOrDefault(bic8(bic), List.of())) {
                    identifierHit(f, e, "BIC " + f.value().strip() + " is a BIC the list gives for this entity", hits);
                }
            }
            case LEI -> {
                for (Entity e : byLei.getOrDefault(Identifier.normalise(IdentifierType.LEI, f.value()), List.of())) {
                    identifierHit(f, e, "LEI " + f.value().strip() + " is the LEI the list gives for this entity", hits);
                }
            }
            case ACCOUNT -> {
                String acct = f.value().replace(" ", "").toUpperCase(Locale.ROOT);
                Matcher m = IBAN.matcher(acct);
                if (m.matches()) country(f, m.group(1), f.value(), "IBAN country", js);
            }
        }
    }

    private void screenName(PaymentField f, String name, Map<String, PaymentHit> hits) {
        if (name.isBlank()) return;
        List<MatchResult> rs;
        if (screener instanceof ScanScreener scan) {
            // The reference screener compares with every record; the text dictionary narrows that to the
            // records sharing half the name's words, and the matcher scores those.
            rs = new ArrayList<>();
            Query q = Query.of(name.strip());
            for (Entity e : text.candidates(name)) {
                MatchResult r = scan.score(q, e);
                if (r.score() >= screener.matchThreshold()) rs.add(r);
            }
        } else {
            rs = screener.screen(Query.of(name.strip()), ScreenOptions.of(screener.matchThreshold(), 10));
        }
        for (MatchResult r : rs) {
            if (!r.match() || acronymOnly(r)) continue;
            put(hits, new PaymentHit(f.path(), f.line(), f.at(), f.role(), name, r.entity(), r.score(), "name", r.explanation()));
        }
    }

    /**
     * A party name that meets a list name only as its initials ("HANS MUSTERMANN" = "HM", an alias of
     * Hizbul Mujahideen) is no hit by itself: every payment party has initials, and two or three
     * letters identify nobody.
     */
    private static boolean acronymOnly(MatchResult r) {
        List<Explanation.TokenMatch> ts = r.explanation().tokens();
        if (ts.isEmpty()) return false;
        for (Explanation.TokenMatch t : ts) if (!t.how().startsWith("initial")) return false;
        return true;
    }

    private void scanText(List<PaymentField> group, Map<String, PaymentHit> hits, List<PaymentJurisdiction> js) {
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[group.size()];
        for (int k = 0; k < group.size(); k++) {
            if (k > 0) sb.append('\n');
            starts[k] = sb.length();
            sb.append(group.get(k).value());
        }
        String t = sb.toString();
        TextScan s = text.scan(t);
        for (Mention m : s.mentions()) {
            if (!m.match()) continue;
            PaymentField at = group.get(lineIndex(starts, m.start()));
            put(hits, new PaymentHit(at.path(), at.line(), at.at(), at.role(), m.text(), m.entity(), m.score(), "text", m.explanation()));
        }
        for (JurisdictionMention j : s.jurisdictions()) {
            PaymentField at = group.get(lineIndex(starts, j.start()));
            js.add(new PaymentJurisdiction(at.path(), at.line(), at.at(), at.role(), j.jurisdiction(), j.text(), "text: " + j.trigger()));
        }
    }

    private static int lineIndex(int[] starts, int offset) {
        int k = 0;
        while (k + 1 < starts.length && starts[k + 1] <= offset) k++;
        return k;
    }

    private static void country(PaymentField f, String code, String text, String how, List<PaymentJurisdiction> js) {
        Jurisdiction j = JurisdictionTriggers.forCountryCode(code);
        if (j != null) js.add(new PaymentJurisdiction(f.path(), f.line(), f.at(), f.role(), j, text.strip(), how));
    }

    private static void identifierHit(PaymentField f, Entity e, String detail, Map<String, PaymentHit> hits) {
        Explanation why = new Explanation(f.value().strip(), e.caption(), NameKind.PRIMARY, 0,
                List.of(), List.of(new Explanation.Feature("identifier", 1.0, detail)));
        put(hits, new PaymentHit(f.path(), f.line(), f.at(), f.role(), f.value().strip(), e, 1.0, "identifier", why));
    }

    /** One hit per field line and entity: the best. */
    private static void put(Map<String, PaymentHit> hits, PaymentHit h) {
        String key = h.field() + "|" + h.messageLine() + "|" + h.entity().id();
        PaymentHit prev = hits.get(key);
        if (prev == null || prev.score() < h.score()) hits.put(key, h);
    }

    private static List<PaymentJurisdiction> dedupe(List<PaymentJurisdiction> js) {
        Map<String, PaymentJurisdiction> out = new LinkedHashMap<>();
        for (PaymentJurisdiction j : js) out.putIfAbsent(j.field() + "|" + j.messageLine() + "|" + j.jurisdiction().country() + "|" + j.text(), j);
        return new ArrayList<>(out.values());
    }

    private static String bic8(String bic) {
        return bic.length() >= 8 ? bic.substring(0, 8) : bic;
    }
}
