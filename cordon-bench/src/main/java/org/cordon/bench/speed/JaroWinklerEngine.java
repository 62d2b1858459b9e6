package org.cordon.bench.speed;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cordon.model.Entity;
import org.cordon.model.Name;
import org.cordon.model.Schema;

/**
 * The brute-force baseline: Jaro-Winkler of the whole query name against every listed name (lower
 * case, accents and punctuation removed), as the OFAC search tool does; a record is reported when
 * any of its names reaches the threshold. No index, no transliteration, no token weights.
 */
public final class JaroWinklerEngine implements Engine {
    private final String[] names;
    private final int[] owner;
    private final List<Entity> entities;
    private final double threshold;

    public JaroWinklerEngine(List<Entity> entities, double threshold) {
        this.entities = entities;
        this.threshold = threshold;
        List<String> n = new ArrayList<>();
        List<Integer> o = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            for (Name name : entities.get(i).names()) {
                n.add(clean(name.full()));
                o.add(i);
            }
        }
        names = n.toArray(new String[0]);
        owner = o.stream().mapToInt(Integer::intValue).toArray();
    }

    static String clean(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(c)) {
                if (space && !sb.isEmpty()) sb.append(' ');
                sb.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    public int listedNames() {
        return names.length;
    }

    @Override
    public String name() {
        return "jaro-winkler scan";
    }

    @Override
    public List<String> screen(String query, Schema schema) {
        String q = clean(query);
        List<String> out = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < names.length; i++) {
            if (owner[i] == last) continue; // this record already reported
            if (JaroWinkler.similarity(q, names[i]) >= threshold) {
                last = owner[i];
                out.add(entities.get(last).id());
            }
        }
        return out;
    }
}
