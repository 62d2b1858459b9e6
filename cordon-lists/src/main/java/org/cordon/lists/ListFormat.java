package org.cordon.lists;

/** The file formats Cordon recognises by content. */
public enum ListFormat {
    UN_XML("un-xml", "UN Security Council Consolidated List XML"),
    OFAC_XML("ofac-xml", "OFAC XML export (sdn.xml / consolidated.xml schema)"),
    EU_XML("eu-xml", "EU Financial Sanctions Files XML 1.1"),
    UK_XML("uk-xml", "UK Sanctions List XML (FCDO)"),
    /** sdn.csv or cons_prim.csv: the primary records of an OFAC legacy CSV set. */
    OFAC_CSV_PRIMARY("ofac-csv", "OFAC legacy CSV primary records (sdn.csv / cons_prim.csv)"),
    OFAC_CSV_ALT("ofac-csv-alt", "OFAC legacy CSV aliases (alt.csv / cons_alt.csv)"),
    OFAC_CSV_ADD("ofac-csv-add", "OFAC legacy CSV addresses (add.csv / cons_add.csv)"),
    OFAC_CSV_COMMENTS("ofac-csv-comments", "OFAC legacy CSV remark overflow (sdn_comments.csv / cons_comments.csv)"),
    CUSTOM_CSV("custom-csv", "custom list CSV (header with id,name)"),
    /** Documentation beside the lists (PROVENANCE.md, README); skipped, not an error. */
    DOCUMENT("document", "documentation, not a list"),
    UNKNOWN("unknown", "unrecognised");

    private final String id;
    private final String description;

    ListFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public boolean isOfacCsvPart() {
        return this == OFAC_CSV_PRIMARY || this == OFAC_CSV_ALT || this == OFAC_CSV_ADD || this == OFAC_CSV_COMMENTS;
    }
}
