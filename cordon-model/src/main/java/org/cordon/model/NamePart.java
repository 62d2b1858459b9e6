package org.cordon.model;

import java.util.Objects;

/** One part of a name where the source gives parts (UN FIRST_NAME/SECOND_NAME..., EU firstName/lastName, UK Name1..Name6). */
public record NamePart(Type type, String value) {

    public enum Type { GIVEN, MIDDLE, FAMILY, PATRONYMIC, MATRONYMIC, TITLE, OTHER }

    public NamePart {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
