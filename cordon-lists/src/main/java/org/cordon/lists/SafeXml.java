package org.cordon.lists;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The only way Cordon opens XML. Lists and payment messages come from outside, so DTDs, external
 * entities and entity expansion are switched off: a document that declares a DTD is refused with an
 * error naming the construct, and no local file or URL is ever read on a document's behalf.
 */
public final class SafeXml {
    /**
     * Longest run of bytes without a '{@code <}' (one text node, one start tag with its attributes) and longest
     * comment, CDATA section or processing instruction. A StAX parser holds each such construct whole in memory,
     * so without this bound one 2 GB line of text or one 2 GB attribute exhausts the heap before any reader sees
     * it. The largest official list keeps its constructs under a few KB.
     */
    public static final int MAX_CONSTRUCT_BYTES = 16 << 20;
    /**
     * Bytes read after the start of a DOCTYPE. Every caller refuses the DOCTYPE as soon as the parser reports it;
     * this bounds what the parser buffers before then (a huge internal subset) and what a caller that did not
     * refuse it could read.
     */
    public static final int MAX_DOCTYPE_BYTES = 1 << 20;
    private static final XMLInputFactory FACTORY = newFactory();

    private SafeXml() {}

    /** A StAX factory with DTDs, external entities and entity references switched off. */
    public static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // Not coalescing: adjacent text and CDATA pieces arrive as separate events, each bounded, and XmlCursor
        // joins them under its own bound; a coalescing parser would buffer any number of pieces as one string.
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        // Faults become ListFormatExceptions with file and line; the parser must not also print to stderr.
        f.setXMLReporter((message, errorType, info, location) -> { });
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    /**
     * Opens a streaming reader. Callers must pass every event through {@link #checkEvent} (or use
     * {@link #next}) so that a DOCTYPE is refused rather than silently skipped.
     */
    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        XMLStreamReader r;
        try {
            r = FACTORY.createXMLStreamReader(new MarkupBound(in, MAX_CONSTRUCT_BYTES));
        } catch (RuntimeException e) {
            throw parserFault(e, null);
        }
        return new Faults(r);
    }

    /**
     * The JDK parser can fail with a RuntimeException where it means a syntax error: found by fuzzing, a control
     * character inside a DOCTYPE makes it throw {@code MissingResourceException: InvalidCharInDTD} (its message
     * bundle lacks the key). Callers handle {@link XMLStreamException}, so that is what they get.
     */
    private static final class Faults extends javax.xml.stream.util.StreamReaderDelegate {
        Faults(XMLStreamReader r) {
            super(r);
        }

        @Override
        public int next() throws XMLStreamException {
            try {
                return super.next();
            } catch (RuntimeException e) {
                throw parserFault(e, getParent().getLocation());
            }
        }

        @Override
        public boolean hasNext() throws XMLStreamException {
            try {
                return super.hasNext();
            } catch (RuntimeException e) {
                throw parserFault(e, getParent().getLocation());
            }
        }
    }

    private static XMLStreamException parserFault(RuntimeException e, Location at) {
        XMLStreamException x = new XMLStreamException("not well-formed XML (the parser failed with " + e + ")", at);
        x.initCause(e);
        return x;
    }

    /** Advances the reader, refusing DTDs and entity references with a message that names them. */
    public static int next(XMLStreamReader r, Path file) throws XMLStreamException, ListFormatException {
        int ev = r.next();
        checkEvent(r, ev, file);
        return ev;
    }

    public static void checkEvent(XMLStreamReader r, int event, Path file) throws ListFormatException {
        if (event == XMLStreamReader.DTD) {
            throw new ListFormatException(file, line(r), "DOCTYPE declaration refused: list and message files must not "
                    + "carry a DTD (external entities and entity expansion are not processed)");
        }
        if (event == XMLStreamReader.ENTITY_REFERENCE) {
            throw new ListFormatException(file, line(r), "entity reference &" + r.getLocalName()
                    + "; refused: entities are not expanded");
        }
    }

    public static long line(XMLStreamReader r) {
        Location l = r.getLocation();
        return l == null ? 0 : Math.max(0, l.getLineNumber());
    }

    /**
     * Fails the stream, before the parser buffers it, when one markup construct passes {@code max} bytes: a run
     * without '{@code <}' (text, whitespace, a tag and its attributes, where XML forbids '{@code <}'), or one comment,
     * CDATA section or processing instruction (which may contain '{@code <}'). After a DOCTYPE, whose internal
     * subset is made of many '{@code <}' parts, at most {@link SafeXml#MAX_DOCTYPE_BYTES} more bytes are read. Also checks
     * that the bytes are UTF-8. Not a parser: a mistaken state can only end a run early, and every run is bounded.
     */
    static final class MarkupBound extends FilterInputStream {
        private static final byte[] COMMENT = "<!--".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private static final byte[] CDATA = "<![CDATA[".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private static final int PLAIN = 0;
        private static final int IN_COMMENT = 1;
        private static final int IN_CDATA = 2;
        private static final int IN_PI = 3;

        private final long max;
        private int state = PLAIN;
        private long run;
        private long line = 1;
        /** Bytes of the current construct matched so far since its '<' (up to 9), to recognise "<!--" etc. */
        private int opened = -1;
        private final byte[] head = new byte[9];
        private int last1;
        private int last2;
        private static final java.util.regex.Pattern ENCODING = java.util.regex.Pattern.compile("encoding\\s*=\\s*[\"']([^\"']+)[\"']");
        private long offset;
        /** Bytes read since a DOCTYPE began, or -1 before any. Nothing after a DOCTYPE is ever read as a list. */
        private long doctypeBytes = -1;
        private boolean checkUtf8 = true;
        /** UTF-8 continuation bytes still expected, and the range the next one must fall in. */
        private int pending;
        private int lead;
        private int lo = 0x80;
        private int hi = 0xBF;
        private StringBuilder declaration;

        MarkupBound(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) scan(b);
            else endOfInput();
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = off, end = off + n; i < end; i++) {
                int c = b[i] & 0xff;
                // Fast path for the common byte: ASCII text or markup in plain state, nothing to recognise.
                if (c > '\n' && c < 0x80 && c != '<' && state == PLAIN && pending == 0 && doctypeBytes < 0
                        && (opened < 0 || opened >= head.length) && run < max) {
                    run++;
                    offset++;
                    continue;
                }
                scan(c);
            }
            if (n < 0) endOfInput();
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // The parser never skips; refusing keeps every byte scanned.
            return 0;
        }

        private void scan(int b) throws IOException {
            if (checkUtf8) utf8(b);
            offset++;
            if (doctypeBytes >= 0 && ++doctypeBytes > MAX_DOCTYPE_BYTES) {
                throw new MarkupFault(line, "DOCTYPE declaration refused: longer than " + MAX_DOCTYPE_BYTES + " bytes (list and "
                        + "message files must not carry a DTD; external entities and entity expansion are not processed)");
            }
            if (b == '\n') line++;
            run++;
            switch (state) {
                case PLAIN -> {
                    if (b == '<') {
                        run = 1;
                        opened = 0;
                    }
                    if (opened >= 0 && opened < head.length) {
                        head[opened++] = (byte) b;
                        // The parser reports the DOCTYPE as an event and the caller refuses it there, with its line.
                        // Until then the parser holds the whole declaration, so its size is bounded here.
                        if (matches(DOCTYPE)) doctypeBytes = 0;
                        if (matches(COMMENT)) state = IN_COMMENT;
                        else if (matches(CDATA)) state = IN_CDATA;
                        else if (opened == 2 && head[1] == '?') {
                            state = IN_PI;
                            // The first construct of the document may be the XML declaration, naming its encoding.
                            if (offset - 2 <= 3) declaration = new StringBuilder();
                        }
                        // Only "<!" and "<?" open anything to recognise; an element tag needs no more looking at.
                        if (state != PLAIN || (opened == 2 && head[1] != '!')) opened = -1;
                    }
                }
                case IN_COMMENT -> { if (b == '>' && last1 == '-' && last2 == '-') end(); }
                case IN_CDATA -> { if (b == '>' && last1 == ']' && last2 == ']') end(); }
                default -> {
                    if (declaration != null && declaration.length() < 512) declaration.append((char) b);
                    if (b == '>' && last1 == '?') {
                        if (declaration != null) checkDeclaredEncoding();
                        end();
                    }
                }
            }
            last2 = last1;
            last1 = b;
            if (run > max) {
                throw new MarkupFault(line, "one XML construct (text, tag, comment or CDATA) longer than " + max
                        + " bytes; refusing the document (a hostile or broken file)");
            }
        }

        /**
         * Strict UTF-8, checked here so that the fault names its line and nothing is printed: the JDK parser
         * reports undecodable bytes with no position and also writes "[Fatal Error]" to standard error.
         * Skipped for UTF-16 (byte-order mark or NUL in the first bytes) and for a declared other encoding.
         */
        private void utf8(int b) throws MarkupFault {
            if (offset < 2 && (b == 0xFE || b == 0xFF || b == 0)) {
                checkUtf8 = false;
                return;
            }
            if (b == 0) {
                throw new MarkupFault(line, "NUL byte: XML text cannot hold U+0000 (a binary file, or UTF-16 without a byte-order mark?)");
            }
            if (pending == 0) {
                if (b < 0x80) return;
                lead = b;
                lo = 0x80;
                hi = 0xBF;
                if (b >= 0xC2 && b <= 0xDF) pending = 1;
                else if (b == 0xE0) { pending = 2; lo = 0xA0; }
                else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) pending = 2;
                else if (b == 0xED) { pending = 2; hi = 0x9F; }
                else if (b == 0xF0) { pending = 3; lo = 0x90; }
                else if (b >= 0xF1 && b <= 0xF3) pending = 3;
                else if (b == 0xF4) { pending = 3; hi = 0x8F; }
                else throw notUtf8(String.format(Locale.ROOT, "byte 0x%02X", b));
            } else {
                if (b < lo || b > hi) throw notUtf8(String.format(Locale.ROOT, "bytes 0x%02X 0x%02X", lead, b));
                pending--;
                lo = 0x80;
                hi = 0xBF;
            }
        }

        private MarkupFault notUtf8(String bytes) {
            return new MarkupFault(line, bytes + " not UTF-8 text (the file declares or defaults to UTF-8; saved as Latin-1 "
                    + "or Windows-1252?)");
        }

        private void endOfInput() throws MarkupFault {
            if (checkUtf8 && pending > 0) throw new MarkupFault(line, "file ends inside a UTF-8 character: truncated?");
        }

        private void checkDeclaredEncoding() {
            java.util.regex.Matcher m = ENCODING.matcher(declaration);
            if (m.find() && !m.group(1).equalsIgnoreCase("UTF-8") && !m.group(1).equalsIgnoreCase("UTF8")) checkUtf8 = false;
            declaration = null;
        }

        private boolean matches(byte[] marker) {
            if (opened != marker.length) return false;
            for (int i = 0; i < marker.length; i++) if (head[i] != marker[i]) return false;
            return true;
        }

        private void end() {
            state = PLAIN;
            run = 0;
        }
    }

    /** A fault found in the bytes before the parser saw them, with the line it is on. */
    public static final class MarkupFault extends IOException {
        private final long line;
        private final String problem;

        MarkupFault(long line, String problem) {
            super("line " + line + ": " + problem);
            this.line = line;
            this.problem = problem;
        }

        public long line() {
            return line;
        }

        public String problem() {
            return problem;
        }

        /** The fault behind a parser exception, if the parser failed because of one. */
        public static MarkupFault in(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof MarkupFault f) return f;
                if (c instanceof XMLStreamException x && x.getNestedException() instanceof MarkupFault f) return f;
            }
            return null;
        }
    }
}
