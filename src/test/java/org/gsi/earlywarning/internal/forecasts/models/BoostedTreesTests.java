package org.gsi.earlywarning.internal.forecasts.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BoostedTreesTests {

    static final BoostedTrees.Settings SETTINGS = new BoostedTrees.Settings(40, 3, 0.3, 1.0, 1.0, 0.8);

    @Test
    void logisticTreesLearnTheProbabilityOfEachSideOfAThreshold() {
        int n = 4000;
        byte[][] x = new byte[2][n];
        float[] y = new float[n];
        float[] w = new float[n];
        Random random = new Random(1);
        int above = 0;
        int aboveEvents = 0;
        for (int i = 0; i < n; i++) {
            x[0][i] = (byte) random.nextInt(255);
            x[1][i] = (byte) random.nextInt(255);
            boolean high = (x[0][i] & 0xFF) > 100;
            y[i] = random.nextDouble() < (high ? 0.8 : 0.1) ? 1 : 0;
            w[i] = 1;
            above += high ? 1 : 0;
            aboveEvents += high && y[i] > 0 ? 1 : 0;
        }
        BoostedTrees trees = BoostedTrees.fit(x, y, w, BoostedTrees.Loss.LOGISTIC, SETTINGS, 5);

        double high = sigmoid(trees.score(f -> f == 0 ? 200 : 50));
        double low = sigmoid(trees.score(f -> f == 0 ? 20 : 50));
        assertThat(high).isCloseTo((double) aboveEvents / above, within(0.06));
        assertThat(low).isCloseTo(0.1, within(0.06));
    }

    @Test
    void squaredErrorTreesFollowALevelThatDependsOnTwoFeatures() {
        int n = 3000;
        byte[][] x = new byte[2][n];
        float[] y = new float[n];
        float[] w = new float[n];
        Random random = new Random(2);
        for (int i = 0; i < n; i++) {
            x[0][i] = (byte) random.nextInt(255);
            x[1][i] = (byte) random.nextInt(255);
            y[i] = ((x[0][i] & 0xFF) > 128 ? 2f : 0f) + ((x[1][i] & 0xFF) > 64 ? 1f : 0f);
            w[i] = 1;
        }
        BoostedTrees trees = BoostedTrees.fit(x, y, w, BoostedTrees.Loss.SQUARED, SETTINGS, 5);

        assertThat(trees.score(f -> f == 0 ? 200 : 100)).isCloseTo(3.0, within(0.1));
        assertThat(trees.score(f -> f == 0 ? 10 : 10)).isCloseTo(0.0, within(0.1));
    }

    @Test
    void theSameSeedGrowsTheSameTrees() {
        int n = 500;
        byte[][] x = new byte[1][n];
        float[] y = new float[n];
        float[] w = new float[n];
        Random random = new Random(3);
        for (int i = 0; i < n; i++) {
            x[0][i] = (byte) random.nextInt(255);
            y[i] = random.nextFloat();
            w[i] = 1;
        }
        BoostedTrees a = BoostedTrees.fit(x, y, w, BoostedTrees.Loss.SQUARED, SETTINGS, 9);
        BoostedTrees b = BoostedTrees.fit(x, y, w, BoostedTrees.Loss.SQUARED, SETTINGS, 9);
        for (int v = 0; v < 255; v += 17) {
            int value = v;
            assertThat(a.score(f -> value)).isEqualTo(b.score(f -> value));
        }
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
