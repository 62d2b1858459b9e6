package org.cordon.model;

/**
 * How a list publishes a name. Weak aliases (UN "low quality", EU strong=false, OFAC "weak aka")
 * are vague nicknames or short forms that publishers themselves say should not raise an alert
 * alone, so matching weighs them less.
 */
public enum NameKind {
    /** The name the list records the entry under. */
    PRIMARY,
    /** A strong alias: a good-quality a.k.a. or a spelling variation of the primary name. */
    ALIAS,
    /** A weak or low-quality alias. */
    WEAK_ALIAS,
    /** A former name (f.k.a.). */
    PREVIOUS;

    /** FtM property the name is exported under. */
    public String ftmProperty() {
        return switch (this) {
            case PRIMARY -> "name";
            case ALIAS -> "alias";
            case WEAK_ALIAS -> "weakAlias";
            case PREVIOUS -> "previousName";
        };
    }
}
