package org.cordon.model;

import java.util.List;

/**
 * One published version of one list, as loaded: who published it, when, from which files, and a
 * hash of their (decompressed) bytes so that a reload can tell whether anything changed.
 *
 * @param source          list name used as dataset and id prefix: un, ofac, eu, uk or a custom list name
 * @param publisher       e.g. "UN Security Council", "US Treasury OFAC"
 * @param title           e.g. "OFAC SDN list (legacy CSV)"
 * @param format          reader that read it, e.g. "un-xml", "ofac-csv"
 * @param publicationDate ISO date the publisher gives, or null when the file carries none
 * @param files           the files read, as paths
 * @param sha256          hex SHA-256 over the files as stored (compressed or not), in order
 * @param entityCount     entities read
 */
public record ListVersion(String source, String publisher, String title, String format, String publicationDate,
                          List<String> files, String sha256, int entityCount) {
    public ListVersion {
        files = List.copyOf(files);
    }
}
