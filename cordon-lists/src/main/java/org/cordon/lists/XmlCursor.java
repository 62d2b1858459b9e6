package org.cordon.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A thin layer over a safe StAX reader that the list readers share: walk the children of the
 * current element, read text, read attributes, and turn every fault into a
 * {@link ListFormatException} with the file and line. Namespaces are ignored (local names only),
 * because publishers have changed namespaces between versions while keeping element names.
 */
public final class XmlCursor implements AutoCloseable {
    /** Longest text content accepted in one element; list remarks are a few KB. */
    public static final int MAX_TEXT = 1 << 20;

    private final XMLStreamReader r;
    private final Path file;
    private final InputStream in;

    public XmlCursor(Path file) throws IOException, ListFormatException {
        this.file = file;
        this.in = ListFiles.open(file);
        try {
            this.r = SafeXml.open(in);
        } catch (XMLStreamException e) {
            in.close();
            throw new ListFormatException(file, 0, "not XML: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public long line() {
        return SafeXml.line(r);
    }

    /** Moves to the root element and returns its local name. */
    public String root() throws ListFormatException {
        try {
            while (r.hasNext()) {
                int ev = SafeXml.next(r, file);
                if (ev == XMLStreamConstants.START_ELEMENT) return r.getLocalName();
            }
        } catch (XMLStreamException e) {
            throw fault(e);
        }
        throw new ListFormatException(file, line(), "no root element: the file is empty or not XML");
    }

    /**
     * Advances to the next child start element of the element the cursor is inside, returning its
     * local name, or null when the enclosing element ends. Call from a START_ELEMENT (to enter it) or
     * after the previous child was fully consumed.
     */
    public String nextChild() throws ListFormatException {
        try {
            while (r.hasNext()) {
                int ev = SafeXml.next(r, file);
                if (ev == XMLStreamConstants.START_ELEMENT) return r.getLocalName();
                if (ev == XMLStreamConstants.END_ELEMENT) return null;
            }
        } catch (XMLStreamException e) {
            throw fault(e);
        }
        throw new ListFormatException(file, line(), "file ends inside an element: truncated?");
    }

    /** Text content of the current element (which must be a leaf), trimmed; leaves the cursor on its end tag. */
    public String text() throws ListFormatException {
        StringBuilder sb = new StringBuilder();
        try {
            while (true) {
                int ev = SafeXml.next(r, file);
                switch (ev) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (sb.length() + r.getTextLength() > MAX_TEXT) {
                            throw new ListFormatException(file, line(), "text of <" + r.getLocalName() + "> longer than " + MAX_TEXT + " characters");
                        }
                        sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                    case XMLStreamConstants.END_ELEMENT -> { return sb.toString().strip(); }
                    case XMLStreamConstants.START_ELEMENT -> skipElement();
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            throw fault(e);
        }
    }

    /** Skips the rest of the current element, children included. */
    public void skipElement() throws ListFormatException {
        int depth = 1;
        try {
            while (depth > 0) {
                int ev = SafeXml.next(r, file);
                if (ev == XMLStreamConstants.START_ELEMENT) depth++;
                else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
            }
        } catch (XMLStreamException e) {
            throw fault(e);
        }
    }

    /** An attribute of the current start element by local name, trimmed; null when absent or empty. */
    public String attr(String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                String v = r.getAttributeValue(i);
                if (v == null) return null;
                v = v.strip();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    /**
     * Trimmed, with every run of white space (including no-break spaces; publishers wrap long values
     * over lines) as one space; "" for null. By hand rather than with a regex: it runs on every value
     * of every list.
     */
    public static String collapseWhitespace(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = !sb.isEmpty();
            } else {
                if (pendingSpace) sb.append(' ');
                sb.append(c);
                pendingSpace = false;
            }
        }
        return sb.toString();
    }

    public String localName() {
        return r.getLocalName();
    }

    /** A format fault at the current line. */
    public ListFormatException error(String problem) {
        return new ListFormatException(file, line(), problem);
    }

    private ListFormatException fault(XMLStreamException e) {
        long line = e.getLocation() != null ? e.getLocation().getLineNumber() : line();
        String msg = e.getMessage();
        // StAX prefixes its message with "ParseError at [row,col]:..."; keep the part a user can act on.
        int idx = msg == null ? -1 : msg.indexOf("Message: ");
        if (idx >= 0) msg = msg.substring(idx + 9);
        return new ListFormatException(file, line, "malformed XML: " + msg, e);
    }

    @Override
    public void close() throws IOException {
        try {
            r.close();
        } catch (XMLStreamException e) {
            // closing a reader over a fully read stream cannot fail in a way that matters
        }
        in.close();
    }
}
