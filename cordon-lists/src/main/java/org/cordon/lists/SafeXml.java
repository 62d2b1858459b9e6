package org.cordon.lists;

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
    private static final XMLInputFactory FACTORY = newFactory();

    private SafeXml() {}

    /** A StAX factory with DTDs, external entities and entity references switched off. */
    public static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
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
        return FACTORY.createXMLStreamReader(in);
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
}
