package org.cordon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cordon.match.MatchResult;
import org.cordon.match.Query;
import org.cordon.match.QueryFields;
import org.cordon.match.ScreenOptions;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon screen NAME}: screen one name and print ranked results with their explanations. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Screen one name against the lists; prints ranked results, each with its score and why it matched.")
public final class ScreenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ListOptions listOptions;

    @Parameters(index = "0", paramLabel = "NAME", description = "The name to screen, in any script.")
    String name;

    @Option(names = "--schema", paramLabel = "S", description = "Person, Organization, Company, Vessel, Aircraft or LegalEntity. Without it the name may meet any record, unless it has a legal form (OOO, GmbH, Ltd): then an organisation.")
    String schema;

    @Option(names = "--birth-date", paramLabel = "D", description = "Birth date: YYYY, YYYY-MM-DD or a range YYYY/YYYY.")
    String birthDate;

    @Option(names = "--country", paramLabel = "CC", description = "Nationality or country, ISO code (RU) or name (Russia).")
    String country;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Most results to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Lowest score to show, in [0,1] (default: the match threshold, see docs/matching.md).")
    Double threshold;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Query query = QueryInput.query(name, schema, birthDate, country);
        ScreeningContext ctx = ScreeningContext.open(listOptions, spec.commandLine().getErr(), !json);
        double t = threshold != null ? threshold : ctx.screener().matchThreshold();
        long started = System.nanoTime();
        List<MatchResult> results = ctx.screener().screen(query, ScreenOptions.of(t, limit));
        ctx.timings().add("query screened", started);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("query", Map.of("name", name, "schema", schema == null ? "" : schema,
                    "birth_date", birthDate == null ? "" : birthDate, "country", country == null ? "" : country));
            doc.put("threshold", t);
            doc.put("match_threshold", ctx.screener().matchThreshold());
            List<Map<String, Object>> rs = new ArrayList<>();
            int rank = 1;
            for (MatchResult r : results) rs.add(ResultJson.of(r, rank++));
            doc.put("results", rs);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } else {
            printTable(out, results, t, ctx);
        }
        out.flush();
        ctx.printTimings(spec.commandLine().getErr());
        return ExitCodes.OK;
    }

    private void printTable(PrintWriter out, List<MatchResult> results, double t, ScreeningContext ctx) {
        out.printf(Locale.ROOT, "Screening \"%s\" against %,d entities (showing scores >= %.2f; match threshold %.2f)%n%n",
                name, ctx.loaded().entityCount(), t, ctx.screener().matchThreshold());
        if (results.isEmpty()) {
            out.println("No results at or above the threshold.");
            return;
        }
        int rank = 1;
        // The rank of the first result of each target (records Cordon links across lists), as the search page says it.
        java.util.Map<String, Integer> firstOfTarget = new java.util.HashMap<>();
        for (MatchResult r : results) {
            Entity e = r.entity();
            out.printf(Locale.ROOT, "%2d. %.2f %s  %-5s %-12s %-12s %s%n", rank++, r.score(), r.match() ? "MATCH" : "     ",
                    e.source(), e.sourceId(), e.schema().ftmName(), e.caption());
            List<String> facts = new ArrayList<>();
            if (!e.programmes().isEmpty()) facts.add("programmes: " + String.join(", ", e.programmes()));
            if (!e.birthDates().isEmpty()) facts.add("born: " + e.birthDates().stream().map(DateRange::toString).toList());
            if (!e.nationalities().isEmpty()) facts.add("nationality: " + String.join(", ", e.nationalities()));
            if (!facts.isEmpty()) out.println("      " + String.join("; ", facts));
            Integer sameAs = r.profileId() == null ? null : firstOfTarget.putIfAbsent(r.profileId(), rank - 1);
            if (r.profileId() != null && !r.profileId().equals(e.id())) {
                out.println("      profile: " + r.profileId() + (sameAs == null ? "" : " (same target as " + sameAs + ")"));
            }
            out.println("      why: " + r.explanation().summary());
        }
    }

    /** Shared parsing of query options into a {@link Query}. */
    static final class QueryInput {
        private QueryInput() {}

        /** Parses through {@link QueryFields}, which spark-screen shares; messages name the option ("--schema: ..."). */
        static Query query(String name, String schema, String birthDate, String country) throws InputException {
            try {
                return QueryFields.parse(name, schema, birthDate, country);
            } catch (QueryFields.InvalidFieldException e) {
                if (e.field().equals("name")) throw new InputException(e.problem());
                throw new InputException("--" + e.field().replace('_', '-') + ": " + e.problem());
            }
        }
    }
}
