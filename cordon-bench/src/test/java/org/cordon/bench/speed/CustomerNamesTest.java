package org.cordon.bench.speed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cordon.model.Scripts;
import org.junit.jupiter.api.Test;

class CustomerNamesTest {

    @Test
    void recombinedNamesAreNewButEveryWordIsAWordOfTheNamesInTheSameScript() {
        List<String> names = new ArrayList<>();
        for (CustomerNames.Customer c : CustomerNames.generate(600, 3, List.of(), 0)) names.add(c.name());
        List<String> made = CustomerNames.recombined(names, 300);

        assertThat(made).hasSize(300).doesNotHaveDuplicates().doesNotContainAnyElementsOf(names);
        Set<String> firstWords = new HashSet<>(), lastWords = new HashSet<>();
        for (String n : names) {
            String[] w = n.trim().split("\\s+");
            if (w.length < 2) continue;
            firstWords.add(Scripts.dominantNonLatin(n) + " " + w[0]);
            lastWords.add(Scripts.dominantNonLatin(n) + " " + w[w.length - 1]);
        }
        Set<Character.UnicodeScript> scripts = new HashSet<>();
        for (String m : made) {
            String[] w = m.split(" ");
            assertThat(w).hasSize(2);
            Character.UnicodeScript script = Scripts.dominantNonLatin(m);
            scripts.add(script);
            // both words from names of the name's own script: a name across scripts is read otherwise than its parts
            assertThat(firstWords).as(m).contains(script + " " + w[0]);
            assertThat(lastWords).as(m).contains(script + " " + w[1]);
        }
        // the mix keeps its scripts (Latin, Cyrillic, Arabic, Hangul at least; Han names are written without spaces)
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(4);
    }
}
