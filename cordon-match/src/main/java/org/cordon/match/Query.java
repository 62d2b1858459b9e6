package org.cordon.match;

import java.util.List;
import org.cordon.model.Identifier;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Schema;

/**
 * What to screen: one or more names of one subject plus whatever else is known about it.
 * Missing evidence never lowers a score; conflicting evidence does.
 *
 * @param names       names of the subject (at least one); parts may be given (firstName/lastName)
 * @param schema      what the subject is, or null when unknown (matches any schema but Vessel/Aircraft rules still apply)
 * @param birthDates  ISO dates "1952", "1952-10-07" or ranges "1950/1955"
 * @param countries   ISO alpha-2 codes of nationality, citizenship or residence
 * @param identifiers passport, IMO, BIC... numbers
 * @param gender      "male", "female" or null
 */
public record Query(List<Name> names, Schema schema, List<String> birthDates, List<String> countries,
                    List<Identifier> identifiers, String gender) {

    public Query {
        if (names == null || names.isEmpty()) throw new IllegalArgumentException("a query needs at least one name");
        names = List.copyOf(names);
        birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
        countries = countries == null ? List.of() : List.copyOf(countries);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /** A query by name alone. */
    public static Query of(String name) {
        return new Query(List.of(new Name(name, NameKind.PRIMARY)), null, List.of(), List.of(), List.of(), null);
    }

    public static Query of(String name, Schema schema, String birthDate, String country) {
        return new Query(List.of(new Name(name, NameKind.PRIMARY)), schema,
                birthDate == null || birthDate.isBlank() ? List.of() : List.of(birthDate.strip()),
                country == null || country.isBlank() ? List.of() : List.of(country.strip()), List.of(), null);
    }
}
