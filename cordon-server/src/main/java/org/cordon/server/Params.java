package org.cordon.server;

import io.javalin.http.Context;

/** Query-string numbers with range checks; a bad value is a 400 naming the parameter. */
final class Params {
    private Params() {}

    static double unitInterval(Context ctx, String name, double dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            double d = Double.parseDouble(v.strip());
            if (d >= 0 && d <= 1) return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiError.badRequest(name, name + " must be a number in [0,1], was '" + v + "'");
    }

    static int intIn(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int i = Integer.parseInt(v.strip());
            if (i >= min && i <= max) return i;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiError.badRequest(name, name + " must be a whole number in [" + min + "," + max + "], was '" + v + "'");
    }
}
