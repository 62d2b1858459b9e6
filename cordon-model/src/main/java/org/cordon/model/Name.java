package org.cordon.model;

import java.util.List;
import java.util.Objects;

/**
 * A name of an entity as the list writes it.
 *
 * @param full  the whole name as published (never empty)
 * @param kind  primary, alias, weak alias or former name
 * @param lang  ISO 639 language or script hint from the source (e.g. "RU", "ar"), or null
 * @param parts name parts where the source gives them, else empty
 */
public record Name(String full, NameKind kind, String lang, List<NamePart> parts) {

    public Name {
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(kind, "kind");
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public Name(String full, NameKind kind) {
        this(full, kind, null, List.of());
    }

    /** True when the name contains letters outside Latin script (Cyrillic, Arabic, Hangul, Han...). */
    public boolean isNonLatin() {
        return Scripts.hasNonLatinLetter(full);
    }
}
