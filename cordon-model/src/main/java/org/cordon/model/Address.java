package org.cordon.model;

/**
 * A postal address as the list gives it.
 *
 * @param full    the whole address on one line
 * @param city    city, or null
 * @param country ISO 3166-1 alpha-2, or null
 */
public record Address(String full, String city, String country) {
}
