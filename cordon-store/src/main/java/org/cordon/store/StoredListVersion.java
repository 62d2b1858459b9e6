package org.cordon.store;

import java.util.List;

/**
 * A list version as the store recorded it.
 *
 * @param id              the store's id, used by {@code cordon rescreen --since ID}
 * @param current         whether this is the version of its source in use now
 */
public record StoredListVersion(long id, String source, String publisher, String title, String format,
                                String publicationDate, List<String> files, String sha256, int entityCount,
                                String loadedAt, String loadedBy, boolean current) {

    public StoredListVersion {
        files = List.copyOf(files);
    }

    /** The list's identity across versions: source and title (OFAC's SDN and non-SDN lists share a source). */
    public String key() {
        return ListVersions.keyOf(source, title);
    }

    /** "ofac 2023-12-28 (#3)" for messages. */
    public String label() {
        return source + " " + (publicationDate == null ? sha256.substring(0, 12) : publicationDate) + " (#" + id + ")";
    }
}
