package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The "done when", through the CLI on the real snapshot in ../shared/data/lists: list counts agree
 * with PROVENANCE.md, and "Wladimir Putin" finds Putin's OFAC, EU and UK records at the top, linked into one profile.
 */
class CliRealListsTest {
    static final Path LISTS = Path.of(System.getProperty("cordon.shared", "../../shared"), "data", "lists");

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CordonCommand.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void listsReportsCountsThatAgreeWithProvenance() throws Exception {
        Run r = run("lists", "--lists", LISTS.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        Map<String, JsonNode> byTitle = new HashMap<>();
        for (JsonNode l : doc.get("lists")) byTitle.put(l.get("source").asText() + "|" + l.get("title").asText(), l);
        JsonNode sdn = byTitle.get("ofac|OFAC SDN List");
        assertThat(sdn.get("entities").asInt()).isEqualTo(13_821);
        assertThat(sdn.get("bySchema").get("Person").asInt()).isEqualTo(6_646);
        assertThat(sdn.get("bySchema").get("Vessel").asInt()).isEqualTo(764);
        assertThat(sdn.get("bySchema").get("Aircraft").asInt()).isEqualTo(378);
        JsonNode cons = byTitle.get("ofac|OFAC Consolidated (non-SDN) List");
        assertThat(cons.get("entities").asInt()).isEqualTo(443);
        assertThat(cons.get("bySchema").get("Person").asInt()).isEqualTo(80);
        JsonNode un = find(doc, "un");
        assertThat(un.get("entities").asInt()).isEqualTo(1_009);
        assertThat(un.get("bySchema").get("Person").asInt()).isEqualTo(737);
        assertThat(un.get("publicationDate").asText()).startsWith("2026-05-08");
        JsonNode eu = find(doc, "eu");
        assertThat(eu.get("entities").asInt()).isEqualTo(5_860);
        assertThat(eu.get("bySchema").get("Person").asInt()).isEqualTo(4_341);
        JsonNode uk = find(doc, "uk");
        assertThat(uk.get("entities").asInt()).isEqualTo(6_035);
        assertThat(uk.get("bySchema").get("Person").asInt()).isEqualTo(3_875);
        assertThat(uk.get("bySchema").get("Vessel").asInt()).isEqualTo(632);
        JsonNode vessels = find(doc, "eu_designated_vessels");
        assertThat(vessels.get("entities").asInt()).isEqualTo(597);
        assertThat(doc.get("skipped").toString()).contains("PROVENANCE.md");
        // every profile counted has two records or more, each linked one way
        JsonNode profiles = doc.get("profiles");
        int records = profiles.get("certain").asInt() + profiles.get("probable").asInt() + profiles.get("possible").asInt();
        assertThat(profiles.get("linked").asInt()).isPositive();
        assertThat(records).isGreaterThanOrEqualTo(2 * profiles.get("linked").asInt());
        assertThat(profiles.get("possible").asInt()).isPositive();
    }

    @Test
    void wladimirPutinFindsPutinsOfacEuAndUkRecordsFirst() throws Exception {
        Run r = run("screen", "Wladimir Putin", "--lists", LISTS.toString(), "--json", "--limit", "5");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode results = new ObjectMapper().readTree(r.out()).get("results");
        List<String> topSources = new ArrayList<>();
        java.util.Set<String> profiles = new java.util.HashSet<>();
        for (int i = 0; i < Math.min(3, results.size()); i++) {
            JsonNode res = results.get(i);
            assertThat(res.get("caption").asText().toLowerCase()).contains("putin");
            assertThat(res.get("match").asBoolean()).isTrue();
            assertThat(res.get("schema").asText()).isEqualTo("Person");
            topSources.add(res.get("source").asText());
            profiles.add(res.get("profile_id").asText());
        }
        assertThat(topSources).containsExactlyInAnyOrder("ofac", "eu", "uk");
        // one target: EU and OFAC by name and birth date, the UK record (no birth date in this list) by name and regime
        assertThat(profiles).hasSize(1);
        assertThat(results.get(0).at("/explanation/summary").asText()).contains("uk-RUS0251 (possible)");

        // As text: the second and third say they are the first's target, as the search page does.
        Run text = run("screen", "Wladimir Putin", "--lists", LISTS.toString(), "--limit", "5");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out().lines().filter(l -> l.contains("profile: ")).toList())
                .hasSizeGreaterThanOrEqualTo(3)
                .satisfies(l -> assertThat(l.get(0)).doesNotContain("same target"))
                .satisfies(l -> assertThat(l.subList(1, 3)).allSatisfy(line -> assertThat(line).endsWith("(same target as 1)")));
    }

    /**
     * A name written with look-alike letters of two scripts, as one slips past a filter that compares letters ("НIZВALLAН":
     * a Cyrillic Н, В and Н among Latin letters), finds its records, and the explanation says how the word was read; so
     * does a name written a letter at a time ("P u t i n").
     */
    @Test
    void aNameOfLookAlikeLettersOrALetterAtATimeFindsItsRecords() throws Exception {
        Run r = run("screen", "НIZВALLAН", "--lists", LISTS.toString(), "--json", "--limit", "3");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode top = new ObjectMapper().readTree(r.out()).get("results").get(0);
        assertThat(top.get("caption").asText().toLowerCase()).isEqualTo("hizballah");
        assertThat(top.get("match").asBoolean()).isTrue();
        assertThat(top.at("/explanation/name_rules/0/rule").asText()).isEqualTo("lookAlikeLetters");
        assertThat(top.at("/explanation/name_rules/0/detail").asText()).contains("\"НIZВALLAН\" read as \"HIZBALLAH\"");
        // and a name written a letter at a time
        Run spaced = run("screen", "Vladimir P u t i n", "--lists", LISTS.toString(), "--json", "--limit", "3");
        assertThat(spaced.exit()).as(spaced.err()).isZero();
        JsonNode putin = new ObjectMapper().readTree(spaced.out()).get("results").get(0);
        assertThat(putin.get("caption").asText().toLowerCase()).contains("putin");
        assertThat(putin.get("match").asBoolean()).isTrue();
    }

    /**
     * A Russian company named in Cyrillic finds the record OFAC gives in English only (its descriptive words, its place's
     * adjective and the person it is named after read in English): 0.27 before the fifty-seventh session.
     */
    @Test
    void aRussianCompanyInCyrillicFindsItsEnglishOnlyRecord() throws Exception {
        Run r = run("screen", "АО «Производственное объединение «Уральский оптико-механический завод» имени Э. С. Яламова»",
                "--lists", LISTS.toString(), "--json", "--limit", "3");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode top = new ObjectMapper().readTree(r.out()).get("results").get(0);
        assertThat(top.get("id").asText()).isEqualTo("ofac-37689");
        assertThat(top.get("caption").asText()).contains("URAL OPTICAL AND MECHANICAL PLANT");
        assertThat(top.get("match").asBoolean()).isTrue();
        // and its explanation says which words met in English
        assertThat(top.at("/explanation/name_rules")).anySatisfy(rule -> {
            assertThat(rule.get("rule").asText()).isEqualTo("wordsInEnglish");
            assertThat(rule.get("detail").asText()).contains("\"Уральский\" as \"ural\"");
        });
    }

    /**
     * A Russian name as a German, French or Polish customer file spells it meets the person the lists spell in English:
     * "Juri Kowaltschuk" met "Yuriy KOVALCHUK" at 0.63 (fifty-ninth session). The lists carry none of these spellings.
     */
    @Test
    void aRussianNameInAGermanFrenchOrPolishSpellingAlertsOnItsEnglishSpelling() throws Exception {
        for (String spelt : new String[]{"Juri Kowaltschuk", "Iouri Kovaltchouk", "Jurij Kowalczuk"}) {
            Run r = run("screen", spelt, "--schema", "Person", "--lists", LISTS.toString(), "--json");
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode results = new ObjectMapper().readTree(r.out()).get("results");
            assertThat(results).as(spelt).anySatisfy(x -> {
                assertThat(x.get("caption").asText()).containsIgnoringCase("kovalchuk");
                assertThat(x.get("match").asBoolean()).isTrue();
            });
        }
    }

    /**
     * A company of three words whose initials spell a listed organisation's acronym of three letters ("AIO", the Aerospace
     * Industries Organisation) is shown under the threshold, with the initials in its explanation, and raises no alert.
     */
    @Test
    void aCompanyWhoseInitialsSpellAListedAcronymOfThreeLettersRaisesNoAlert() throws Exception {
        Run r = run("screen", "Adams International Oil S.A.", "--schema", "Company", "--lists", LISTS.toString(), "--json",
                "--threshold", "0.5");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode results = new ObjectMapper().readTree(r.out()).get("results");
        assertThat(results).anySatisfy(x -> {
            assertThat(x.get("caption").asText()).isEqualTo("Aerospace Industries Organisation");
            assertThat(x.get("score").asDouble()).isBetween(0.5, 0.8);
            assertThat(x.at("/explanation/tokens")).anySatisfy(t -> {
                assertThat(t.get("list").asText()).isEqualTo("aio");
                assertThat(t.get("how").asText()).isEqualTo("initials");
            });
        });
        assertThat(results).noneSatisfy(x -> assertThat(x.get("match").asBoolean()).isTrue());
    }

    @Test
    void screenFileWritesTheContractColumnsAndReportsBadRows(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path in = dir.resolve("customers.csv");
        Files.writeString(in, "id,name,schema,birth_date,country\n"
                + "c1,Vladimir Putin,Person,1952-10-07,RU\n"
                + "c2,Emma Daniels,Person,,\n"
                + "c3,,Person,,\n"
                + "c4,Somebody,Spaceship,,\n"
                + "c5,Vladimir Putin,Person,1952-10-07,RU\n"
                + "c6,Vladimir Putin,Person,,\n");
        Path out = dir.resolve("alerts.csv");
        Run r = run("screen-file", in.toString(), "--out", out.toString(), "--lists", LISTS.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.getFirst()).isEqualTo("query_id,rank,entity_id,source,source_id,schema,caption,score,match,profile_id");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("c1,1,"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).startsWith("c2,"));
        List<String> errors = Files.readAllLines(Path.of(out + ".errors.csv"));
        assertThat(errors).hasSize(3);
        assertThat(errors.get(1)).startsWith("4,c3,").contains("empty");
        assertThat(errors.get(2)).startsWith("5,c4,").contains("Spaceship");
        assertThat(r.err()).contains("2 failed");
        // c5 repeats c1's query: answered from memory, with c1's results; c6 leaves out the birth date and is screened
        assertThat(r.err()).contains("Answered from memory (a row repeating an earlier row's query): 1\n");
        List<String> c1 = lines.stream().filter(l -> l.startsWith("c1,")).map(l -> l.substring(3)).toList();
        assertThat(lines.stream().filter(l -> l.startsWith("c5,")).map(l -> l.substring(3)).toList()).isNotEmpty().isEqualTo(c1);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("c6,1,"));
    }

    private static JsonNode find(JsonNode doc, String source) {
        for (JsonNode l : doc.get("lists")) if (l.get("source").asText().equals(source)) return l;
        throw new AssertionError("no list " + source + " in " + doc);
    }
}
