package org.cordon.lists;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
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
        return FACTORY.createXMLStreamReader(new MarkupBound(in, MAX_CONSTRUCT_BYTES));
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
     * CDATA section or processing instruction (which may contain '{@code <}'). A DOCTYPE is refused here already,
     * since its internal subset is the one construct made of many '{@code <}' parts. Not a parser: a mistaken
     * state can only end a run early, and every run is bounded.
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

        MarkupBound(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) scan(b);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = 0; i < n; i++) scan(b[off + i] & 0xff);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // The parser never skips; refusing keeps every byte scanned.
            return 0;
        }

        private void scan(int b) throws IOException {
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
                        if (matches(DOCTYPE)) {
                            throw new IOException("line " + line + ": DOCTYPE declaration refused: list and message files must "
                                    + "not carry a DTD (external entities and entity expansion are not processed)");
                        }
                        if (matches(COMMENT)) state = IN_COMMENT;
                        else if (matches(CDATA)) state = IN_CDATA;
                        else if (opened == 2 && head[1] == '?') state = IN_PI;
                        if (state != PLAIN) opened = -1;
                    }
                }
                case IN_COMMENT -> { if (b == '>' && last1 == '-' && last2 == '-') end(); }
                case IN_CDATA -> { if (b == '>' && last1 == ']' && last2 == ']') end(); }
                default -> { if (b == '>' && last1 == '?') end(); }
            }
            last2 = last1;
            last1 = b;
            if (run > max) {
                throw new IOException("line " + line + ": one XML construct (text, tag, comment or CDATA) longer than " + max
                        + " bytes; refusing the document (a hostile or broken file)");
            }
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
}
