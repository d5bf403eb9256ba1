package org.gsi.earlywarning.internal.forecasts.models;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Average precision of a ranking of scores against 0/1 labels: the sum over distinct score
 * thresholds, from high to low, of precision times the gain in recall. Tied scores enter together.
 * Undefined (empty) when there is no positive label, or no negative one: with a single always-positive unit every
 * ranking scores 1, which says nothing about the forecaster.
 */
public final class AveragePrecision {

    private AveragePrecision() {}

    public static OptionalDouble of(double[] scores, boolean[] positive) {
        int n = scores.length;
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        if (positives == 0 || positives == n) {
            return OptionalDouble.empty();
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        double ap = 0.0;
        int truePositives = 0;
        int seen = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            int gained = 0;
            while (j < n && scores[order[j]] == scores[order[i]]) {
                gained += positive[order[j]] ? 1 : 0;
                j++;
            }
            truePositives += gained;
            seen = j;
            ap += (double) gained / positives * truePositives / seen;
            i = j;
        }
        return OptionalDouble.of(ap);
    }
}
