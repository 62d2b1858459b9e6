package org.cordon.scan;

/**
 * A country or region under a country-wide sanctions programme.
 *
 * @param country       ISO 3166-1 alpha-2 code, or ISO 3166-2 for an occupied region ("UA-43" Crimea)
 * @param programme     the programme in plain words
 * @param comprehensive a comprehensive embargo (any dealing is prohibited: a hit by itself), as against
 *                      sectoral measures (Russia, Belarus, Venezuela) that call for a look but are no hit alone
 */
public record Jurisdiction(String country, String programme, boolean comprehensive) {
}
