package org.cordon.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.cordon.match.normalise.NameNormaliser;
import org.cordon.match.normalise.TokenKind;
import org.cordon.match.normalise.Tokens;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Schema;

/**
 * Records of the same target on different lists, linked into one profile at build time. A UN
 * reference number that an EU or UK record carries ({@code unscId}) equal to a UN record's own
 * number is a certain link; the same primary name with the same full birth date, or the same
 * decisive identifier (passport, IMO, BIC...), is a probable one (an identifier two records of one list bear joins only
 * records that do not disagree); the same primary name of two words or more, borne by no other record of either list,
 * on records listed under the same sanctions regime ({@link ProgrammeThemes}), or one of them under a regime of conduct
 * that may list anyone, whose birth dates, nationalities and genders do not disagree, is a possible one (the UK list as
 * published here gives no birth dates, so without it no UK record but those carrying a UN reference would join a
 * profile). Links are transitive (union-find); each member records the strongest way it is linked to the rest.
 */
public final class Profiles {

    /** How a record came into its profile. */
    public enum LinkKind {
        /** The record alone, or the record the profile is named after. */
        SELF,
        /** Linked by a shared UN reference number. */
        CERTAIN,
        /** Linked by the same name and full birth date, or the same decisive identifier. */
        PROBABLE,
        /**
         * Linked by the same name, which no other record of either list bears, under the same sanctions regime (or one of
         * them under a regime of conduct that may list anyone), with no birth date, nationality or gender that disagrees.
         */
        POSSIBLE
    }

    /** One profile: its id, its members, and how each member is linked. */
    public record Profile(String id, List<Entity> members, Map<String, LinkKind> links) {
        public LinkKind linkOf(String entityId) {
            return links.getOrDefault(entityId, LinkKind.SELF);
        }
    }

    private final Map<String, Profile> byEntity;

    private Profiles(Map<String, Profile> byEntity) {
        this.byEntity = byEntity;
    }

    /** The profile id of an entity (the entity's own id when nothing links to it), or null for an unknown id. */
    public String profileOf(String entityId) {
        Profile p = byEntity.get(entityId);
        return p == null ? null : p.id();
    }

    /** The whole profile of an entity, or null for an unknown id. */
    public Profile profile(String entityId) {
        return byEntity.get(entityId);
    }

    /** Profiles with more than one member. */
    public List<Profile> linked() {
        Map<String, Profile> seen = new LinkedHashMap<>();
        for (Profile p : byEntity.values()) if (p.members().size() > 1) seen.putIfAbsent(p.id(), p);
        return List.copyOf(seen.values());
    }

    /**
     * Links the records into profiles: shared UN reference numbers (certain), same name and birth date or identifier
     * (probable), same name alone under the same regime (possible).
     */
    public static Profiles link(List<Entity> entities) {
        return link(entities, (i, name) -> NameNormaliser.normalise(name, entities.get(i).schema()).primary());
    }

    /**
     * The same links for records whose names are compiled already (a build or a snapshot): their
     * normalised forms are reused instead of normalised again, which on a restart from a snapshot
     * would load ICU's transliterators for nothing. {@code compiled.get(i)} is {@code entities.get(i)} compiled.
     */
    static Profiles linkCompiled(List<Entity> entities, List<CompiledEntity> compiled) {
        return link(entities, (i, name) -> {
            for (CompiledName c : compiled.get(i).names()) if (c.name() == name) return c.normalised().primary();
            // left out of the compiled names because it normalises to nothing, or not the same object
            return NameNormaliser.normalise(name, entities.get(i).schema()).primary();
        });
    }

    /** {@code normalise.apply(i, name)}: the primary form of record i's primary name, normalised. */
    private static Profiles link(List<Entity> entities, BiFunction<Integer, Name, Tokens> normalise) {
        int n = entities.size();
        // each record's primary name normalised once, for whichever kind of link asks first
        Tokens[] forms = new Tokens[n];
        BiFunction<Integer, Name, Tokens> primaryTokens = (i, name) -> {
            if (forms[i] == null) forms[i] = normalise.apply(i, name);
            return forms[i];
        };
        Groups groups = new Groups(entities);
        LinkKind[] kind = new LinkKind[n];
        java.util.Arrays.fill(kind, LinkKind.SELF);

        Map<String, Integer> unRecord = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entity e = entities.get(i);
            if (e.source().equals("un")) unRecord.put(e.sourceId().strip(), i);
        }
        Map<String, List<Integer>> byUnRef = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entity e = entities.get(i);
            for (String ref : e.property(Entity.UN_REFERENCE)) byUnRef.computeIfAbsent(ref.strip(), k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> en : byUnRef.entrySet()) {
            Integer un = unRecord.get(en.getKey());
            List<Integer> members = new ArrayList<>(en.getValue());
            if (un != null) members.add(un);
            for (int i = 1; i < members.size(); i++) groups.union(members.get(0), members.get(i));
            for (int m : members) kind[m] = LinkKind.CERTAIN;
        }

        // probable: same normalised primary name and same full birth date; or same decisive identifier. An identifier two
        // records of one list bear (the EU gives two persons one tax number; OFAC a bank and its subsidiary one) does not
        // say which of them another list's record is: it joins only records that do not disagree (two full birth dates
        // that differ, ...). One that a single record of each list bears joins them even so: a passport number outweighs
        // a birth date one list mistyped.
        Set<String> idsOfTwo = decisiveIdsOfTwoRecordsOfOneList(entities);
        Map<String, Integer> nameDob = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entity e = entities.get(i);
            String primary = null;
            // the normalised name only serves records with a full birth date: skip normalising the others
            boolean fullDate = false;
            for (DateRange d : e.birthDates()) fullDate |= !d.isRange() && d.from().hasDay();
            for (var nm : fullDate ? e.names() : List.<Name>of()) {
                if (nm.kind() == NameKind.PRIMARY) {
                    primary = String.join(" ", sorted(primaryTokens.apply(i, nm), false));
                    break;
                }
            }
            if (primary != null && !primary.isEmpty()) {
                for (DateRange d : e.birthDates()) {
                    if (d.isRange() || !d.from().hasDay()) continue;
                    probable(nameDob, primary + "|" + d, i, groups, kind, false);
                }
            }
            for (Identifier id : e.identifiers()) {
                if (!id.type().isDecisive()) continue;
                String v = id.normalisedValue();
                if (v.length() < 5) continue;
                String key = id.type() + "|" + v;
                Integer other = ids.get(key);
                // a person and a company (or a vessel) may give one number (an owner's tax number on his firm's record):
                // they are not one target
                if (other != null && !sameKind(entities.get(other), e)) continue;
                // borne twice in one list, it joins persons only when their names share a word as well (the EU gives
                // Ryu Jin's passport to Kil Jong Hun too, and a birth date of his)
                if (other != null && idsOfTwo.contains(key) && e.schema() == Schema.PERSON && !sharesAWord(entities, primaryTokens, other, i)) continue;
                probable(ids, key, i, groups, kind, idsOfTwo.contains(key));
            }
        }

        linkPossible(entities, primaryTokens, groups, kind);

        Map<Integer, List<Integer>> groupOf = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) groupOf.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(i);
        Map<String, Profile> byEntity = new HashMap<>(n * 2);
        for (List<Integer> g : groupOf.values()) {
            List<Entity> members = new ArrayList<>(g.size());
            Map<String, LinkKind> links = new LinkedHashMap<>();
            String id = null;
            for (int i : g) {
                Entity e = entities.get(i);
                members.add(e);
                if (id == null || e.id().compareTo(id) < 0) id = e.id();
                links.put(e.id(), g.size() == 1 ? LinkKind.SELF : kind[i]);
            }
            Profile p = new Profile(g.size() == 1 ? id : "profile-" + id, Collections.unmodifiableList(members),
                    Collections.unmodifiableMap(links));
            for (Entity e : members) byEntity.put(e.id(), p);
        }
        return new Profiles(byEntity);
    }

    private static void probable(Map<String, Integer> seen, String key, int i, Groups groups, LinkKind[] kind, boolean unlessDisagree) {
        Integer other = seen.putIfAbsent(key, i);
        if (other == null || groups.find(other) == groups.find(i) || unlessDisagree && groups.disagree(other, i)) return;
        groups.union(other, i);
        if (kind[i] == LinkKind.SELF) kind[i] = LinkKind.PROBABLE;
        if (kind[other] == LinkKind.SELF) kind[other] = LinkKind.PROBABLE;
    }

    /** Both persons, both organisations, or both of one other schema (vessels, aircraft). */
    private static boolean sameKind(Entity a, Entity b) {
        if (a.schema() == Schema.PERSON || b.schema() == Schema.PERSON) return a.schema() == b.schema();
        if (a.schema().isOrganisation() || b.schema().isOrganisation()) return a.schema().isOrganisation() && b.schema().isOrganisation();
        return a.schema() == b.schema();
    }

    /** Whether the primary names of records {@code a} and {@code b} share a word, legal forms left out. */
    private static boolean sharesAWord(List<Entity> entities, BiFunction<Integer, Name, Tokens> primaryTokens, int a, int b) {
        List<String> wordsA = primaryWords(entities, primaryTokens, a);
        for (String w : primaryWords(entities, primaryTokens, b)) if (wordsA.contains(w)) return true;
        return false;
    }

    private static List<String> primaryWords(List<Entity> entities, BiFunction<Integer, Name, Tokens> primaryTokens, int i) {
        for (Name nm : entities.get(i).names()) if (nm.kind() == NameKind.PRIMARY) return sorted(primaryTokens.apply(i, nm), true);
        return List.of();
    }

    /** The decisive identifiers ({@code TYPE|value}) that two records or more of one list bear. */
    private static Set<String> decisiveIdsOfTwoRecordsOfOneList(List<Entity> entities) {
        Map<String, Integer> recordOf = new HashMap<>();
        Set<String> shared = new java.util.HashSet<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            for (Identifier id : e.identifiers()) {
                if (!id.type().isDecisive()) continue;
                String key = id.type() + "|" + id.normalisedValue();
                Integer before = recordOf.putIfAbsent(e.source() + "|" + key, i);
                if (before != null && before != i) shared.add(key);
            }
        }
        return shared;
    }

    /**
     * Possible links: records of one kind (persons; organisations) whose primary names give the same words (legal forms
     * left out; two words or more), each the only record of its list to give them, listed under a regime in common
     * ({@link ProgrammeThemes}) or one under a regime of conduct that may list anyone ({@link #worldwideBridge}), whose
     * birth dates, nationalities and genders do not disagree ({@link #disagree}). A name two records of one list give is
     * no evidence of which of them another list means: such a name links nothing.
     */
    private static void linkPossible(List<Entity> entities, BiFunction<Integer, Name, Tokens> primaryTokens, Groups groups,
                                     LinkKind[] kind) {
        Map<String, Set<String>> regimesOf = new HashMap<>(); // per programme as written: a list names few
        Map<String, List<Integer>> byName = new HashMap<>();
        Map<Integer, Integer> wordsOf = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            String group = e.schema() == Schema.PERSON ? "person" : e.schema().isOrganisation() ? "organisation" : null;
            if (group == null || !hasRegime(e, regimesOf)) continue;
            for (Name nm : e.names()) {
                if (nm.kind() != NameKind.PRIMARY) continue;
                List<String> words = sorted(primaryTokens.apply(i, nm), true);
                if (words.size() >= 2) {
                    byName.computeIfAbsent(group + "|" + String.join(" ", words), k -> new ArrayList<>(2)).add(i);
                    wordsOf.put(i, words.size());
                }
                break;
            }
        }
        for (List<Integer> same : byName.values()) {
            if (same.size() < 2) continue;
            Map<String, Integer> bySource = new HashMap<>();
            boolean shared = false;
            for (int i : same) shared |= bySource.put(entities.get(i).source(), i) != null;
            if (shared || bySource.size() < 2) continue;
            for (int a = 0; a < same.size(); a++) {
                for (int b = a + 1; b < same.size(); b++) {
                    int x = same.get(a), y = same.get(b);
                    if (groups.find(x) == groups.find(y)) continue;
                    Set<String> regimesX = regimes(entities.get(x), regimesOf), regimesY = regimes(entities.get(y), regimesOf);
                    if (!regimeInCommon(regimesX, regimesY)
                            && !worldwideBridge(entities.get(x), entities.get(y), regimesX, regimesY, wordsOf.get(x))) continue;
                    // a link must not join a record that disagrees with a member of the other side (two records a birth
                    // date sets apart, each of the same name as a third that gives none)
                    if (groups.disagree(x, y)) continue;
                    groups.union(x, y);
                    if (kind[x] == LinkKind.SELF) kind[x] = LinkKind.POSSIBLE;
                    if (kind[y] == LinkKind.SELF) kind[y] = LinkKind.POSSIBLE;
                }
            }
        }
    }

    private static boolean regimeInCommon(Set<String> a, Set<String> b) {
        for (String r : a) if (b.contains(r)) return true;
        return false;
    }

    /**
     * Two records of one name under different regimes, one of them a regime of conduct that may list anyone (human
     * rights, corruption, cyber attacks, chemical weapons: {@link ProgrammeThemes#anyWorldwide}), as when the UK lists
     * under its global human rights regulations a Venezuelan official the EU and OFAC list under their Venezuela
     * regimes. The name then carries more of the weight, so it must have three words or more, or the records must give a
     * nationality in common.
     */
    private static boolean worldwideBridge(Entity a, Entity b, Set<String> regimesA, Set<String> regimesB, int words) {
        if (!ProgrammeThemes.anyWorldwide(regimesA) && !ProgrammeThemes.anyWorldwide(regimesB)) return false;
        if (words >= 3) return true;
        for (String n : a.nationalities()) if (b.nationalities().stream().anyMatch(n::equalsIgnoreCase)) return true;
        return false;
    }

    /** The regimes of every programme a record is listed under ({@link ProgrammeThemes}). */
    private static Set<String> regimes(Entity e, Map<String, Set<String>> regimesOf) {
        Set<String> out = new TreeSet<>();
        for (String p : e.programmes()) out.addAll(regimesOf.computeIfAbsent(p, ProgrammeThemes::of));
        return out;
    }

    /** Whether a record is listed under a programme of a regime ({@link ProgrammeThemes}) at all. */
    private static boolean hasRegime(Entity e, Map<String, Set<String>> regimesOf) {
        for (String p : e.programmes()) if (!regimesOf.computeIfAbsent(p, ProgrammeThemes::of).isEmpty()) return true;
        return false;
    }

    /**
     * Whether two records say they are different targets: birth dates that never agree (two full dates that differ; else
     * years that do not overlap), nationalities with none in common, or different genders. A fact one of them does not
     * give says nothing.
     */
    static boolean disagree(Entity a, Entity b) {
        if (!a.birthDates().isEmpty() && !b.birthDates().isEmpty()) {
            boolean agree = false;
            for (DateRange x : a.birthDates()) for (DateRange y : b.birthDates()) agree |= sameBirth(x, y);
            if (!agree) return true;
        }
        if (!a.nationalities().isEmpty() && !b.nationalities().isEmpty()) {
            boolean common = false;
            for (String n : a.nationalities()) common |= b.nationalities().stream().anyMatch(n::equalsIgnoreCase);
            if (!common) return true;
        }
        return a.gender() != null && b.gender() != null && !a.gender().equalsIgnoreCase(b.gender());
    }

    /** Two full dates: the same day; else whether their years overlap. */
    private static boolean sameBirth(DateRange x, DateRange y) {
        if (!x.isRange() && !y.isRange() && x.from().hasDay() && y.from().hasDay()) return x.from().equals(y.from());
        return x.from().year() <= y.to().year() && y.from().year() <= x.to().year();
    }

    /** The form's words, sorted; without its legal forms when {@code withoutLegalForms}. */
    private static List<String> sorted(Tokens tokens, boolean withoutLegalForms) {
        List<String> s = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            if (!withoutLegalForms || tokens.kind(i) != TokenKind.LEGAL_FORM) s.add(tokens.text(i));
        }
        Collections.sort(s);
        return s;
    }

    /**
     * The profiles being built: union-find over the records' indexes, with the members of each group of two or more, so
     * that a link can be refused when any member of one side disagrees with any of the other.
     */
    private static final class Groups {
        private final List<Entity> entities;
        private final int[] parent;
        private final Map<Integer, List<Integer>> members = new HashMap<>();

        Groups(List<Entity> entities) {
            this.entities = entities;
            parent = new int[entities.size()];
            for (int i = 0; i < parent.length; i++) parent[i] = i;
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private List<Integer> membersOf(int root) {
            return members.getOrDefault(root, List.of(root));
        }

        /** Whether any record of {@code x}'s group disagrees with any of {@code y}'s ({@link #disagree(Entity, Entity)}). */
        boolean disagree(int x, int y) {
            for (int i : membersOf(find(x))) for (int j : membersOf(find(y))) if (Profiles.disagree(entities.get(i), entities.get(j))) return true;
            return false;
        }

        void union(int a, int b) {
            int ra = find(a), rb = find(b);
            if (ra == rb) return;
            List<Integer> joined = new ArrayList<>(membersOf(ra));
            joined.addAll(membersOf(rb));
            members.remove(ra);
            members.remove(rb);
            int root = Math.min(ra, rb);
            parent[Math.max(ra, rb)] = root;
            members.put(root, joined);
        }
    }
}
