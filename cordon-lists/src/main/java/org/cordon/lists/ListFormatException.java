package org.cordon.lists;

import java.nio.file.Path;

/**
 * A list file that cannot be read as what it claims to be. The message names the file, the line
 * (or record) and what was expected, so that an operator can find the fault without a debugger.
 */
public class ListFormatException extends Exception {
    private final transient Path file;
    private final long line;

    public ListFormatException(Path file, long line, String problem) {
        this(file, line, problem, null);
    }

    public ListFormatException(Path file, long line, String problem, Throwable cause) {
        super(describe(file, line, problem), cause);
        this.file = file;
        this.line = line;
    }

    /** The file at fault, or null when the problem is not tied to one file. */
    public Path file() {
        return file;
    }

    /** 1-based line (CSV row, XML line) of the fault, or 0 when not known. */
    public long line() {
        return line;
    }

    private static String describe(Path file, long line, String problem) {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file);
        if (line > 0) sb.append(file != null ? ":" : "line ").append(line);
        if (!sb.isEmpty()) sb.append(": ");
        return sb.append(problem).toString();
    }
}
