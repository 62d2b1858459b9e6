package org.cordon.store;

import java.util.Locale;

/**
 * What an API key may do. Each role includes the ones below it: an approver can also screen and
 * decide, an admin can do everything.
 */
public enum Role {
    /** Screen, read alerts, decide. */
    ANALYST,
    /** Also approve or reject four-eyes decisions. */
    APPROVER,
    /** Also load lists, manage keys, change configuration. */
    ADMIN;

    public boolean permits(Role needed) {
        return compareTo(needed) >= 0;
    }

    public static Role parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + text + "': expected analyst, approver or admin");
        }
    }
}
