package org.cordon.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * A corpus of ordinary text that names many ordinary people, companies and places, generated with
 * Datafaker from a fixed seed so every run sees the same text: news-style sentences in English,
 * German, Russian and Korean, plus quotations (Shakespeare, Yoda, Hitchhiker's Guide) as prose
 * without names. Nothing in it is meant to mention a listed entity, so every mention found is a
 * false alert unless the generated name happens to be a listed name (reported separately).
 */
final class OrdinaryText {
    private OrdinaryText() {}

    /** One generated paragraph and the person names it contains. */
    record Paragraph(String lang, String text, List<String> names) {
    }

    private static final String[][] TEMPLATES = {
            {"en", "%s, a spokesperson for %s, said on Tuesday that the plant in %s would reopen. %s and %s welcomed the news."},
            {"en", "According to %s of %s, talks in %s went well; %s declined to comment, and %s was not available."},
            {"de", "%s, Sprecherin der %s, sagte am Dienstag in %s, das Werk öffne wieder. %s und %s begrüßten die Nachricht."},
            {"de", "Nach Angaben von %s (%s) verliefen die Gespräche in %s gut; %s wollte sich nicht äußern, %s war nicht erreichbar."},
            {"ru", "%s, представитель компании %s, заявил во вторник в городе %s, что завод возобновит работу. %s и %s приветствовали решение."},
            {"ko", "%s 대변인은 화요일 %s 관계자와 함께 %s에서 공장이 다시 문을 연다고 밝혔다. %s 씨와 %s 씨는 환영했다."},
    };

    static List<Paragraph> generate(int paragraphs, long seed) {
        Random random = new Random(seed);
        Faker en = new Faker(Locale.ENGLISH, new Random(seed + 1));
        Faker de = new Faker(Locale.GERMAN, new Random(seed + 2));
        Faker ru = new Faker(Locale.forLanguageTag("ru"), new Random(seed + 3));
        Faker ko = new Faker(Locale.KOREAN, new Random(seed + 4));
        List<Paragraph> out = new ArrayList<>(paragraphs);
        for (int i = 0; i < paragraphs; i++) {
            if (i % 7 == 6) {
                out.add(new Paragraph("en", en.shakespeare().hamletQuote() + " " + en.yoda().quote() + " " + en.hitchhikersGuideToTheGalaxy().quote(),
                        List.of()));
                continue;
            }
            String[] t = TEMPLATES[random.nextInt(TEMPLATES.length)];
            Faker f = switch (t[0]) {
                case "de" -> de;
                case "ru" -> ru;
                case "ko" -> ko;
                default -> en;
            };
            List<String> names = List.of(f.name().fullName(), f.name().fullName(), f.name().fullName());
            String text = String.format(t[1], names.get(0), f.company().name(), f.address().city(), names.get(1), names.get(2));
            out.add(new Paragraph(t[0], text, names));
        }
        return out;
    }
}
