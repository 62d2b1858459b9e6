package org.cordon.match;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The sanctions regime a programme belongs to, the same whichever list names it: the EU's "SYR", OFAC's "SYRIA" and
 * "SYRIA-EO13894", the UK's "The Syria (Sanctions) (EU Exit) Regulations 2019" are all "syria". Each list writes its
 * programmes in its own way (EU codes, OFAC tags, UK regulation titles, UN committee names); the table below names
 * which of them belong together, from the programmes of the four lists as published. A programme may belong to two
 * regimes (OFAC's non-proliferation tag NPWMD serves Iran and North Korea alike); one the table does not know
 * (drug trafficking, a custom list's) belongs to none.
 *
 * <p>Used by {@link Profiles} to link records of one name on two lists only when they were listed under the same regime.
 */
final class ProgrammeThemes {
    private record Theme(String name, Pattern programmes) {
    }

    private static final List<Theme> THEMES = List.of(
            theme("russia", "^(ukr|rus|rusda|magnit)$|russia|^ukraine-|^peesa-"),
            theme("belarus", "^blr$|belarus"),
            theme("syria", "^syr$|syria|^hrit-sy$"),
            theme("iran", "^(irn|ifsr|irgc|hrit-ir|ifca|fse-ir|npwmd)$|iran"),
            theme("north-korea", "^(prk|npwmd)$|^dprk|korea"),
            // Al-Qaida, ISIL, the Taliban and other terrorist groups: the lists split them differently (the EU's TAQA and
            // AFG, OFAC's SDGT for all of them, the UK's ISIL and Afghanistan regimes)
            theme("terrorism", "^(taqa|euaq|terr|ham|afg|sdgt|fto)$|al-qa|isil|taliban|afghanistan|terrorism"),
            theme("iraq", "^irq$|iraq"),
            theme("libya", "^lby$|libya"),
            theme("myanmar", "^mmr$|burma|myanmar"),
            theme("venezuela", "^ven$|venezuela"),
            theme("congo", "^(cod|drc|drcongo)$|republic of the congo"),
            theme("human-rights", "^(hr|glomag|magnit)$|global human rights|global anti-corruption"),
            theme("cyber", "^cyb$|cyber"),
            // OFAC's EO 13848: interference in a US election, by anyone anywhere (mostly Russia's Internet Research Agency)
            theme("election-interference", "^election-"),
            theme("chemical-weapons", "^chem$|chemical weapons"),
            theme("somalia", "^som$|somalia"),
            theme("sudan", "^(sdn|sdnz|darfur)$|^sudan|^the sudan"),
            theme("south-sudan", "^ssd$|south ?sudan"),
            theme("central-african-republic", "^(caf|car)$|central african"),
            theme("yemen", "^yem$|yemen"),
            theme("nicaragua", "^nic$|nicaragua"),
            theme("haiti", "^hti$|haiti"),
            theme("guinea-bissau", "^gb$|guinea-bissau"),
            theme("guinea", "^gin$|^the guinea "),
            theme("mali", "^mli$|^mali|^the mali "),
            theme("balkans", "balkans|bosnia"),
            theme("zimbabwe", "zimbabwe"),
            theme("lebanon", "lebanon"),
            theme("moldova", "^mda$|moldova"),
            theme("tunisia", "^tun$|tunisia"),
            theme("guatemala", "^gtm$|guatemala"));

    /**
     * The regimes that name a kind of conduct, not a country: a government may list anyone, of any country, under them
     * (the UK's global human rights and anti-corruption regulations, the EU's HR regime, OFAC's GLOMAG, CYBER and election
     * interference tags), so one list's record under such a regime and another's under a country's regime may well be one
     * target.
     */
    private static final Set<String> WORLDWIDE = Set.of("human-rights", "cyber", "chemical-weapons", "election-interference");

    private ProgrammeThemes() {
    }

    /** Whether {@code regimes} holds a regime of conduct that may list anyone ({@link #WORLDWIDE}). */
    static boolean anyWorldwide(Set<String> regimes) {
        for (String r : regimes) if (WORLDWIDE.contains(r)) return true;
        return false;
    }

    private static Theme theme(String name, String programmes) {
        return new Theme(name, Pattern.compile(programmes));
    }

    /** The regimes of one programme as a list writes it ("SYRIA-EO13894" -> [syria]); empty when the table knows none. */
    static Set<String> of(String programme) {
        String p = programme.strip().toLowerCase(Locale.ROOT);
        Set<String> out = new TreeSet<>();
        for (Theme t : THEMES) if (t.programmes().matcher(p).find()) out.add(t.name());
        return out;
    }
}
