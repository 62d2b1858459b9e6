package org.cordon.match;

import org.cordon.model.Countries;
import org.cordon.model.DateRange;
import org.cordon.model.Schema;

/**
 * A {@link Query} from the text fields of a customer record, as the command line and batch input
 * give them: name, schema, birth date and country as strings. {@code screen}, {@code screen-file} and
 * {@code spark-screen} all parse through here, so a row one of them rejects the others reject too.
 */
public final class QueryFields {
    private QueryFields() {}

    /** A field that cannot be read; {@link #field()} names it so each caller can say where it came from. */
    public static final class InvalidFieldException extends IllegalArgumentException {
        private final String field;
        private final String problem;

        InvalidFieldException(String field, String problem) {
            super(field + ": " + problem);
            this.field = field;
            this.problem = problem;
        }

        /** name, schema, birth_date or country */
        public String field() {
            return field;
        }

        /** What is wrong, without the field name. */
        public String problem() {
            return problem;
        }
    }

    /**
     * Parses one record. Blank or null optional fields are absent evidence, not errors.
     *
     * @throws InvalidFieldException when the name is blank, the schema unknown, the birth date not ISO
     *                               or the country not recognised
     */
    public static Query parse(String name, String schema, String birthDate, String country) {
        if (name == null || name.isBlank()) throw new InvalidFieldException("name", "the name to screen is empty");
        Schema s = null;
        if (schema != null && !schema.isBlank()) {
            s = Schema.parseOrNull(schema);
            if (s == null) throw new InvalidFieldException("schema", "unknown schema '" + schema
                    + "' (expected Person, Organization, Company, LegalEntity, Vessel or Aircraft)");
        }
        if (birthDate != null && !birthDate.isBlank()) {
            try {
                DateRange.parse(birthDate.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("birth_date", e.getMessage());
            }
        }
        String cc = null;
        if (country != null && !country.isBlank()) {
            cc = Countries.toIso2(country);
            if (cc == null) throw new InvalidFieldException("country", "unknown country '" + country + "' (use an ISO code such as RU)");
        }
        return Query.of(name.strip(), s, birthDate, cc);
    }
}
