package org.cordon.match.normalise;

/**
 * What a normalised token is, because kinds weigh differently in a name score: a legal form or a
 * particle says little about who is meant, a family name says a lot.
 */
public final class TokenKind {
    /** An ordinary name word. */
    public static final byte NAME = 0;
    /** A single letter standing for a name ("J." in "Hans J. Friedrich"). */
    public static final byte INITIAL = 1;
    /** A connective or nasab particle: al, bin, ibn, de, van, von, of, and, the. */
    public static final byte PARTICLE = 2;
    /** An organisation's legal form, in canonical spelling (llc, jsc, ltd, ag...). */
    public static final byte LEGAL_FORM = 3;
    /** A number, in digits ("first", "1st", "I" and "one" all become "1"). */
    public static final byte NUMBER = 4;

    private TokenKind() {}

    public static String label(byte kind) {
        return switch (kind) {
            case NAME -> "name";
            case INITIAL -> "initial";
            case PARTICLE -> "particle";
            case LEGAL_FORM -> "legal-form";
            case NUMBER -> "number";
            default -> "unknown";
        };
    }
}
