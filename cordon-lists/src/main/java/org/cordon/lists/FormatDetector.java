package org.cordon.lists;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.cordon.lists.csv.CsvReader;

/**
 * Recognises a list file by its content, not its name: the root element of XML, the header or
 * column layout of CSV. The file name only tells apart the two OFAC legacy CSV lists (SDN vs
 * "cons_" non-SDN), whose files have identical layouts.
 */
public final class FormatDetector {
    private static final int SNIFF_BYTES = 64 * 1024;

    private FormatDetector() {}

    public static ListFormat detect(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".pdf")
                || name.equals("readme") || name.equals("license")) {
            return ListFormat.DOCUMENT;
        }
        byte[] head = ListFiles.head(file, SNIFF_BYTES);
        String text = new String(head, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("<")) return detectXml(trimmed);
        return detectCsv(text);
    }

    private static ListFormat detectXml(String text) {
        String root = rootElement(text);
        if (root == null) return ListFormat.UNKNOWN;
        return switch (root) {
            case "CONSOLIDATED_LIST" -> ListFormat.UN_XML;
            case "sdnList" -> ListFormat.OFAC_XML;
            case "export" -> text.contains("fsd/export") || text.contains("sanctionEntity") ? ListFormat.EU_XML : ListFormat.UNKNOWN;
            case "Designations" -> ListFormat.UK_XML;
            default -> ListFormat.UNKNOWN;
        };
    }

    /** Local name of the first element that is not a declaration, comment or processing instruction. */
    static String rootElement(String text) {
        int i = 0;
        while (i < text.length()) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= text.length()) return null;
            char c = text.charAt(lt + 1);
            if (c == '?' || c == '!') {
                int gt = text.indexOf('>', lt);
                if (gt < 0) return null;
                i = gt + 1;
                continue;
            }
            int end = lt + 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>' && text.charAt(end) != '/') end++;
            String qname = text.substring(lt + 1, end);
            int colon = qname.indexOf(':');
            return colon >= 0 ? qname.substring(colon + 1) : qname;
        }
        return null;
    }

    private static ListFormat detectCsv(String text) {
        // Only whole lines count: the sniffed block may end mid-record.
        int nl = text.indexOf('\n');
        String firstLine = nl < 0 ? text : text.substring(0, nl);
        String[] fields;
        try (CsvReader r = new CsvReader(new StringReader(firstLine))) {
            fields = r.next();
        } catch (IOException | CsvReader.CsvException e) {
            return ListFormat.UNKNOWN;
        }
        if (fields == null || fields.length < 2) return ListFormat.UNKNOWN;
        boolean hasId = false;
        boolean hasName = false;
        for (String f : fields) {
            String h = f.strip().toLowerCase(Locale.ROOT);
            if (h.equals("id")) hasId = true;
            if (h.equals("name")) hasName = true;
        }
        if (hasId && hasName) return ListFormat.CUSTOM_CSV;
        if (!isInteger(fields[0].strip())) return ListFormat.UNKNOWN;
        return switch (fields.length) {
            case 12 -> ListFormat.OFAC_CSV_PRIMARY;
            case 5 -> ListFormat.OFAC_CSV_ALT;
            case 6 -> ListFormat.OFAC_CSV_ADD;
            case 2 -> ListFormat.OFAC_CSV_COMMENTS;
            default -> ListFormat.UNKNOWN;
        };
    }

    private static boolean isInteger(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return true;
    }
}
