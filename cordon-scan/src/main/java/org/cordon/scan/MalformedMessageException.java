package org.cordon.scan;

/**
 * A payment message that cannot be screened as it stands. It is never reported as clear: the caller
 * gets the position of the fault and what was expected there.
 */
public class MalformedMessageException extends Exception {
    private final int line;
    private final int column;
    private final String field;

    /**
     * @param line   1-based line of the fault in the message as given, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param field  field tag (":59:") or element path ("CdtTrfTxInf/Cdtr") at fault, or null
     */
    public MalformedMessageException(int line, int column, String field, String problem) {
        super(position(line, column, field) + problem);
        this.line = line;
        this.column = column;
        this.field = field;
    }

    public MalformedMessageException(int line, int column, String field, String problem, Throwable cause) {
        this(line, column, field, problem);
        initCause(cause);
    }

    private static String position(int line, int column, String field) {
        StringBuilder sb = new StringBuilder();
        if (line > 0) sb.append("line ").append(line);
        if (column > 0) sb.append(", column ").append(column);
        if (field != null) sb.append(sb.isEmpty() ? "" : ", ").append("field ").append(field);
        if (!sb.isEmpty()) sb.append(": ");
        return sb.toString();
    }

    public int line() { return line; }

    public int column() { return column; }

    public String field() { return field; }
}
