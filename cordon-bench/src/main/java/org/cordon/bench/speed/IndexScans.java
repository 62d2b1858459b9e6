package org.cordon.bench.speed;

import java.util.List;
import java.util.Locale;
import org.cordon.match.index.CandidateIndex;

/** The index's dictionary scans between two readings of {@link CandidateIndex#lookUpStats}, for the benches' reports. */
final class IndexScans {
    private IndexScans() {
    }

    /** One line a kind that ran between {@code before} and {@code after}: scans, seconds, us each, each line after {@code indent}. */
    static String since(List<CandidateIndex.ScanCount> before, List<CandidateIndex.ScanCount> after, String indent) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < after.size(); k++) {
            long n = after.get(k).scans() - before.get(k).scans(), ns = after.get(k).nanos() - before.get(k).nanos();
            if (n > 0) {
                out.append(String.format(Locale.ROOT, "%sscans of %-28s %,9d  %6.2f s  %6.1f us each%n",
                        indent, after.get(k).kind(), n, ns / 1e9, ns / 1e3 / n));
            }
        }
        return out.toString();
    }
}
