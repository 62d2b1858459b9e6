package org.cordon.bench.quality;

import java.util.Locale;

/** Counts of a binary decision against labels, and precision, recall and F1 from them. */
public final class Confusion {
    private int tp, fp, fn, tn;

    public void add(boolean predicted, boolean actual) {
        if (predicted && actual) tp++;
        else if (predicted) fp++;
        else if (actual) fn++;
        else tn++;
    }

    public int total() { return tp + fp + fn + tn; }

    public double precision() { return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp); }

    public double recall() { return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn); }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d tn %d)", precision(), recall(), f1(), tp, fp, fn, tn);
    }
}
