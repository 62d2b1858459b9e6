package org.cordon.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cordon.match.normalise.NameNormaliser;
import org.cordon.match.normalise.NormalisedName;
import org.cordon.match.score.NameScorer;
import org.cordon.match.score.TokenFrequencies;
import org.cordon.model.Schema;
import org.junit.jupiter.api.Test;

/**
 * The prefilter against the scorer: a pair of names the scorer puts at the default threshold or above must share a key,
 * or the screening (the scan and the index alike) never scores it. Names of one to three generated words, each changed
 * the ways spelling and typing change names: two words written together, one written apart, a letter dropped or changed
 * among the first three, the first two swapped. Before the keys of words written together and of a first three with a
 * letter left out, a dropped or changed early letter in a word of four to seven letters lost about 1 % of such pairs
 * ("JSC Viyaz" never met "JSC Vityaz", 0.82).
 */
class PrefilterTest {
    private static final String LETTERS = "abcdefghijklmnoprstuvyz";
    private static final String[] FORMS = {"LLC", "JSC", "Ltd", "GmbH", ""};

    private static String word(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 4 + rnd.nextInt(5);
        for (int i = 0; i < n; i++) sb.append(LETTERS.charAt(rnd.nextInt(LETTERS.length())));
        return sb.toString();
    }

    private static List<String> variants(Random rnd, String name) {
        String[] w = name.split(" ");
        List<String> out = new ArrayList<>();
        if (w.length >= 2) {
            int i = rnd.nextInt(w.length - 1);
            String[] v = w.clone();
            v[i] = v[i] + v[i + 1];
            v[i + 1] = "";
            out.add(String.join(" ", v).trim().replaceAll(" +", " "));
        }
        int i = rnd.nextInt(w.length);
        String word = w[i];
        if (word.length() < 4) return out;
        int p = 1 + rnd.nextInt(word.length() - 1);
        out.add(with(w, i, word.substring(0, p) + " " + word.substring(p)));
        int e = rnd.nextInt(3);
        out.add(with(w, i, word.substring(0, e) + word.substring(e + 1)));
        out.add(with(w, i, word.substring(0, e) + LETTERS.charAt(rnd.nextInt(LETTERS.length())) + word.substring(e + 1)));
        out.add(with(w, i, word.charAt(1) + "" + word.charAt(0) + word.substring(2)));
        return out;
    }

    private static String with(String[] words, int i, String word) {
        String[] v = words.clone();
        v[i] = word;
        return String.join(" ", v);
    }

    @Test
    void everyPairTheScorerAcceptsSharesAKey() {
        Random rnd = new Random(20261129L);
        NameScorer scorer = new NameScorer(TokenFrequencies.builder().build());
        int accepted = 0;
        List<String> missed = new ArrayList<>();
        for (int n = 0; n < 4000; n++) {
            boolean person = rnd.nextBoolean();
            int words = 1 + rnd.nextInt(3);
            List<String> w = new ArrayList<>();
            for (int k = 0; k < words; k++) w.add(word(rnd));
            if (!person) w.add(FORMS[rnd.nextInt(FORMS.length)]);
            String name = String.join(" ", w).trim();
            Schema schema = person ? Schema.PERSON : Schema.COMPANY;
            NormalisedName listed = NameNormaliser.normalise(name, schema);
            for (String v : variants(rnd, name)) {
                NormalisedName query = NameNormaliser.normalise(v, schema);
                if (query.isEmpty() || scorer.score(query, listed) < Screeners.DEFAULT_THRESHOLD) continue;
                accepted++;
                if (!Prefilter.intersects(Prefilter.keys(query), Prefilter.keys(listed))) missed.add(v + " ~ " + name);
            }
        }
        assertThat(accepted).as("pairs the scorer accepts").isGreaterThan(5000);
        assertThat(missed).as("accepted pairs without a shared key").isEmpty();
    }
}
