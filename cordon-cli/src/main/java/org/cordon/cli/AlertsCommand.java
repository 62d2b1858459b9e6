package org.cordon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cordon.lists.csv.CsvWriter;
import org.cordon.store.Alert;
import org.cordon.store.Alerts;
import org.cordon.store.Decision;
import org.cordon.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon alerts}: the alert queue of the embedded store, highest score first. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"The alert queue, highest score first (--sort oldest: the longest waiting first): open, escalated and "
                + "pending-approval alerts unless --status says otherwise.",
                "--json prints each alert with its decisions and notes; --csv prints a row per decision (an alert without one: a row of its "
                        + "own), for a report of who decided what, when and on what evidence:",
                "  " + AlertsCommand.CSV_HEADER})
public final class AlertsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--status", paramLabel = "S", description = "open, escalated, pending_approval, true_match or false_positive.")
    String status;

    @Option(names = "--source", paramLabel = "S", description = "Only alerts on this list (un, ofac, eu, uk...).")
    String source;

    @Option(names = "--min-score", paramLabel = "X", description = "Only alerts scoring at least X.")
    Double minScore;

    @Option(names = "--subject", paramLabel = "ID", description = "Only alerts on this subject.")
    String subject;

    @Option(names = "--assigned", paramLabel = "NAME", description = "Only alerts this analyst has ('cordon assign'); none: those nobody has.")
    String assigned;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "score",
            description = "score (highest first, the default) or oldest (the longest waiting first).")
    String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Most alerts shown (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON: each alert with its decisions and notes.")
    boolean json;

    @Option(names = "--csv", description = "Print CSV: a row per decision (see above).")
    boolean csv;

    static final String CSV_HEADER = "alert_id,subject_id,entity_id,source,caption,score,alert_status,profile_id,alert_created_at,"
            + "decision_id,verdict,reason,decided_by,decided_at,decision_status,reviewed_by,reviewed_at,review_note,assigned_to,assigned_at";

    @Override
    public Integer call() throws Exception {
        Alert.Status st = null;
        if (status != null) {
            try {
                st = Alert.Status.valueOf(status.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new InputException("--status: unknown status '" + status + "' (open, escalated, pending_approval, true_match, false_positive)");
            }
        }
        if (json && csv) throw new InputException("--json and --csv: choose one");
        Alerts.Order order;
        try {
            order = Alerts.Order.parse(sort);
        } catch (IllegalArgumentException e) {
            throw new InputException("--sort: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            List<Alert> alerts = store.alerts().list(new Alerts.Filter(st, source, minScore, subject,
                    assigned == null || assigned.isBlank() ? null : assigned.strip(), order, limit));
            if (json) {
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                ArrayNode array = mapper.createArrayNode();
                for (Alert a : alerts) {
                    ObjectNode node = mapper.valueToTree(a);
                    node.set("decisions", mapper.valueToTree(store.decisions().forAlert(a.id())));
                    node.set("notes", mapper.valueToTree(store.alerts().notes(a.id())));
                    array.add(node);
                }
                out.println(mapper.writeValueAsString(array));
            } else if (csv) {
                CsvWriter w = new CsvWriter(out);
                w.writeRow(CSV_HEADER.split(","));
                for (Alert a : alerts) {
                    List<Decision> decisions = store.decisions().forAlert(a.id());
                    String[] alert = {String.valueOf(a.id()), a.subjectId(), a.entityId(), a.source(), a.caption(),
                            String.format(Locale.ROOT, "%.4f", a.score()), a.status().name().toLowerCase(Locale.ROOT), a.profileId(), a.createdAt()};
                    String[] assignee = {a.assignedTo(), a.assignedAt()};
                    if (decisions.isEmpty()) w.writeRow(concat(concat(alert, new String[9]), assignee));
                    for (Decision d : decisions) {
                        w.writeRow(concat(concat(alert, new String[] {String.valueOf(d.id()), d.verdict().name().toLowerCase(Locale.ROOT), d.reason(),
                                d.decidedBy(), d.decidedAt(), d.status().name().toLowerCase(Locale.ROOT), d.reviewedBy(), d.reviewedAt(), d.reviewNote()}),
                                assignee));
                    }
                }
                w.flush();
            } else if (alerts.isEmpty()) {
                out.println("No alerts.");
            } else {
                // first the workload: who has how many of the alerts not closed
                out.println(workload(store.alerts().openByAssignee()));
                // The first alert shown of each subject and target (one person's records on several lists), by number.
                Map<String, Long> firstOfTarget = new HashMap<>();
                for (Alert a : alerts) {
                    Long sameAs = firstOfTarget.putIfAbsent(a.subjectId() + "\u0000" + a.profileId(), a.id());
                    out.printf(Locale.ROOT, "%6d  %.2f  %-16s subject %-12s  %-14s %s%s%s%n", a.id(), a.score(), a.status().name().toLowerCase(Locale.ROOT),
                            a.subjectId(), a.entityId(), a.caption(), sameAs == null ? "" : "  [same target as #" + sameAs + "]",
                            a.assignedTo() == null ? "" : "  [assigned to " + a.assignedTo() + "]");
                    out.printf(Locale.ROOT, "        why: %s%n", a.explanation());
                    for (Decision d : store.decisions().forAlert(a.id())) {
                        out.printf(Locale.ROOT, "        decision %d: %s by %s (%s): %s%s%n", d.id(), d.verdict().name().toLowerCase(Locale.ROOT), d.decidedBy(),
                                d.status().name().toLowerCase(Locale.ROOT), d.reason(), d.reviewedBy() == null ? "" : " — reviewed by " + d.reviewedBy());
                    }
                    for (org.cordon.store.AlertNote n : store.alerts().notes(a.id())) {
                        out.printf(Locale.ROOT, "        note by %s at %s: %s%n", n.author(), n.createdAt(), n.text());
                    }
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** "Not closed, by who has them: nobody 12, alice 3, bob 1" (or "Not closed: none"). */
    static String workload(Map<String, Long> byAssignee) {
        if (byAssignee.isEmpty()) return "Not closed: none";
        StringBuilder sb = new StringBuilder("Not closed, by who has them:");
        String sep = " ";
        for (Map.Entry<String, Long> e : byAssignee.entrySet()) {
            sb.append(sep).append(Alerts.NOBODY.equals(e.getKey()) ? "nobody" : e.getKey()).append(' ').append(e.getValue());
            sep = ", ";
        }
        return sb.toString();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
