package org.cordon.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.ScreenOptions;
import org.junit.jupiter.api.Test;

/**
 * Mentions raised on ordinary generated text (see {@link OrdinaryText}) against the real lists. A
 * mention whose text is itself a listed name screened at 1.0 (a generated "김영철" is a listed 김영철)
 * is a name collision no text scanner can tell apart and is counted apart; every other mention is a
 * false alert. The figures are printed for docs/scanning.md.
 */
class FalseAlertRateTest {

    @Test
    void ordinaryTextRaisesAlmostNoAlerts() {
        List<OrdinaryText.Paragraph> corpus = OrdinaryText.generate(3000, 20261129L);
        TextScanner scanner = RealLists.text();
        Map<String, int[]> perLang = new HashMap<>(); // lang -> {paragraphs, names, falseAlerts, collisions, paragraphsWithFalseAlert}
        long chars = 0;
        for (OrdinaryText.Paragraph p : corpus) {
            chars += p.text().length();
            int[] c = perLang.computeIfAbsent(p.lang(), k -> new int[5]);
            c[0]++;
            c[1] += p.names().size();
            TextScan s = scanner.scan(p.text());
            int falseHere = 0;
            for (Mention m : s.mentions()) {
                if (isCollision(m)) {
                    c[3]++;
                } else {
                    c[2]++;
                    falseHere++;
                    System.out.printf("false alert [%s] \"%s\" -> %s %s (%.2f)%n", p.lang(), m.text(), m.entity().id(), m.entity().caption(), m.score());
                }
            }
            if (falseHere > 0) c[4]++;
        }
        int paragraphs = 0;
        int names = 0;
        int alerts = 0;
        int withAlert = 0;
        System.out.printf("%-5s %10s %8s %12s %11s %20s%n", "lang", "paragraphs", "names", "false alerts", "collisions", "paragraphs w/ alert");
        for (var e : new java.util.TreeMap<>(perLang).entrySet()) {
            int[] c = e.getValue();
            System.out.printf("%-5s %10d %8d %12d %11d %20d%n", e.getKey(), c[0], c[1], c[2], c[3], c[4]);
            paragraphs += c[0];
            names += c[1];
            alerts += c[2];
            withAlert += c[4];
        }
        System.out.printf("all   %10d %8d %12d  (%.3f%% of names, %.3f%% of paragraphs, %,d chars)%n", paragraphs, names, alerts,
                100.0 * alerts / names, 100.0 * withAlert / paragraphs, chars);
        // The bound the docs promise: fewer than one false alert per 200 ordinary names.
        assertThat((double) alerts / names).isLessThan(0.005);
    }

    /**
     * The text names someone with exactly a listed person's given and family names (patronymics and
     * word order aside): "Максим Уваров" for the listed Maksim Anatolyevich UVAROV. Only context could
     * tell the two apart, so these are counted as name collisions, not scanner faults.
     */
    static boolean isCollision(Mention m) {
        java.util.Set<String> written = looseTokens(m.text());
        for (var n : m.entity().names()) {
            if (looseTokens(n.full()).equals(written)) return true;
        }
        return false;
    }

    private static java.util.Set<String> looseTokens(String s) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Word w : TextTokenizer.tokenize(s)) {
            String latin = TokenForms.latin(w.text()).getFirst();
            if (latin.length() <= 1 || NameDictionary.isPatronymic(latin)) continue;
            out.add(TokenForms.loose(latin));
        }
        return out;
    }
}
