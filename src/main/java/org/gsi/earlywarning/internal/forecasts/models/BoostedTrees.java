package org.gsi.earlywarning.internal.forecasts.models;

import java.util.SplittableRandom;

/**
 * Gradient-boosted regression trees on features quantised to one byte (0-254), with second-order (Newton) leaf
 * values as in XGBoost: each tree is grown level by level to {@code depth}, splitting every node at the feature and
 * level that most reduce the regularised loss, G^2 / (H + lambda), where G and H sum the gradients and Hessians of the
 * node's rows; a split needs {@code minChildHessian} on each side. Each tree sees a random share {@code rowSample}
 * of the rows, drawn from a generator seeded with {@code seed}, so a fit is reproducible. Losses: logistic (a
 * probability, the score is its log-odds) and squared error.
 */
public final class BoostedTrees {

    /** How to grow the trees. */
    public record Settings(
            int trees, int depth, double learningRate, double lambda, double minChildHessian, double rowSample) {}

    /** The loss the trees descend. */
    public enum Loss {
        LOGISTIC,
        SQUARED
    }

    private static final int BINS = 256;

    private final double base;
    private final int depth;
    private final int[][] splitFeature;
    private final int[][] splitBin;
    private final float[][] leaf;

    private BoostedTrees(double base, int depth, int[][] splitFeature, int[][] splitBin, float[][] leaf) {
        this.base = base;
        this.depth = depth;
        this.splitFeature = splitFeature;
        this.splitBin = splitBin;
        this.leaf = leaf;
    }

    /**
     * Fits trees to rows given column by column ({@code x[feature][row]}, quantised), targets and weights.
     */
    public static BoostedTrees fit(byte[][] x, float[] y, float[] w, Loss loss, Settings s, long seed) {
        int n = y.length;
        double base = baseScore(y, w, loss);
        double[] score = new double[n];
        java.util.Arrays.fill(score, base);
        int internal = (1 << s.depth()) - 1;
        int[][] features = new int[s.trees()][internal];
        int[][] bins = new int[s.trees()][internal];
        float[][] leaves = new float[s.trees()][1 << s.depth()];
        double[] g = new double[n];
        double[] h = new double[n];
        int[] node = new int[n];
        SplittableRandom random = new SplittableRandom(seed);
        int[] rows = new int[n];
        for (int tree = 0; tree < s.trees(); tree++) {
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (w[i] > 0 && (s.rowSample() >= 1.0 || random.nextDouble() < s.rowSample())) {
                    rows[count++] = i;
                }
            }
            for (int r = 0; r < count; r++) {
                int i = rows[r];
                double wi = w[i];
                if (loss == Loss.LOGISTIC) {
                    double p = 1.0 / (1.0 + Math.exp(-score[i]));
                    g[i] = wi * (p - y[i]);
                    h[i] = wi * Math.max(p * (1 - p), 1e-6);
                } else {
                    g[i] = wi * (score[i] - y[i]);
                    h[i] = wi;
                }
                node[i] = 0;
            }
            grow(x, g, h, node, rows, count, s, features[tree], bins[tree], leaves[tree]);
            for (int i = 0; i < n; i++) {
                score[i] += leaves[tree][leafOf(x, i, features[tree], bins[tree], s.depth())];
            }
        }
        return new BoostedTrees(base, s.depth(), features, bins, leaves);
    }

    /** The score of one row whose quantised features are read through {@code feature}. */
    public double score(java.util.function.IntUnaryOperator feature) {
        double sum = base;
        for (int t = 0; t < leaf.length; t++) {
            int k = 0;
            for (int d = 0; d < depth; d++) {
                k = 2 * k + (feature.applyAsInt(splitFeature[t][k]) <= splitBin[t][k] ? 1 : 2);
            }
            sum += leaf[t][k - ((1 << depth) - 1)];
        }
        return sum;
    }

    private static void grow(
            byte[][] x,
            double[] g,
            double[] h,
            int[] node,
            int[] rows,
            int count,
            Settings s,
            int[] features,
            int[] bins,
            float[] leaves) {
        for (int level = 0; level < s.depth(); level++) {
            int nodes = 1 << level;
            int offset = nodes - 1;
            double[] bestGain = new double[nodes];
            int[] bestFeature = new int[nodes];
            int[] bestBin = new int[nodes];
            java.util.Arrays.fill(bestBin, BINS - 1);
            double[] gh = new double[nodes * BINS * 2];
            for (int f = 0; f < x.length; f++) {
                java.util.Arrays.fill(gh, 0.0);
                byte[] column = x[f];
                for (int r = 0; r < count; r++) {
                    int i = rows[r];
                    int k = ((node[i] * BINS) + (column[i] & 0xFF)) * 2;
                    gh[k] += g[i];
                    gh[k + 1] += h[i];
                }
                for (int m = 0; m < nodes; m++) {
                    split(gh, m, f, s, bestGain, bestFeature, bestBin);
                }
            }
            for (int m = 0; m < nodes; m++) {
                features[offset + m] = bestFeature[m];
                bins[offset + m] = bestBin[m];
            }
            for (int r = 0; r < count; r++) {
                int i = rows[r];
                int m = node[i];
                node[i] = 2 * m + ((x[bestFeature[m]][i] & 0xFF) <= bestBin[m] ? 0 : 1);
            }
        }
        int leafCount = 1 << s.depth();
        double[] sg = new double[leafCount];
        double[] sh = new double[leafCount];
        for (int r = 0; r < count; r++) {
            int i = rows[r];
            sg[node[i]] += g[i];
            sh[node[i]] += h[i];
        }
        for (int m = 0; m < leafCount; m++) {
            leaves[m] = sh[m] == 0.0 ? 0f : (float) (-s.learningRate() * sg[m] / (sh[m] + s.lambda()));
        }
    }

    private static void split(
            double[] gh, int m, int f, Settings s, double[] bestGain, int[] bestFeature, int[] bestBin) {
        int base = m * BINS * 2;
        double totalG = 0;
        double totalH = 0;
        for (int b = 0; b < BINS; b++) {
            totalG += gh[base + 2 * b];
            totalH += gh[base + 2 * b + 1];
        }
        double parent = totalG * totalG / (totalH + s.lambda());
        double leftG = 0;
        double leftH = 0;
        for (int b = 0; b < BINS - 1; b++) {
            leftG += gh[base + 2 * b];
            leftH += gh[base + 2 * b + 1];
            double rightH = totalH - leftH;
            if (leftH < s.minChildHessian() || rightH < s.minChildHessian()) {
                continue;
            }
            double rightG = totalG - leftG;
            double gain = leftG * leftG / (leftH + s.lambda()) + rightG * rightG / (rightH + s.lambda()) - parent;
            if (gain > bestGain[m] + 1e-12) {
                bestGain[m] = gain;
                bestFeature[m] = f;
                bestBin[m] = b;
            }
        }
    }

    private static int leafOf(byte[][] x, int i, int[] features, int[] bins, int depth) {
        int k = 0;
        for (int d = 0; d < depth; d++) {
            k = 2 * k + ((x[features[k]][i] & 0xFF) <= bins[k] ? 1 : 2);
        }
        return k - ((1 << depth) - 1);
    }

    private static double baseScore(float[] y, float[] w, Loss loss) {
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < y.length; i++) {
            sw += w[i];
            swy += w[i] * y[i];
        }
        double mean = sw == 0 ? 0 : swy / sw;
        if (loss == Loss.SQUARED) {
            return mean;
        }
        double p = Math.min(1 - 1e-6, Math.max(1e-6, mean));
        return Math.log(p / (1 - p));
    }
}
