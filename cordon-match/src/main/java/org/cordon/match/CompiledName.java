package org.cordon.match;

import org.cordon.match.normalise.NormalisedName;
import org.cordon.model.Name;

/**
 * A list name prepared once at build time: the published name, its normalised forms and the
 * prefilter keys a query must share with it to be scored at all.
 *
 * @param name       as published
 * @param normalised tokens, weights' inputs, phonetic keys
 * @param keys       sorted prefilter keys (see {@link Prefilter})
 */
public record CompiledName(Name name, NormalisedName normalised, int[] keys) {
}
