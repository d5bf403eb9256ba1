package org.gsi.earlywarning.internal.forecast;

/** The natural logarithm of the gamma function (Lanczos approximation, g = 7, n = 9). */
final class LogGamma {

    private static final double[] C = {
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7
    };

    private LogGamma() {}

    static double of(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - of(1.0 - x);
        }
        double z = x - 1.0;
        double a = C[0];
        double t = z + 7.5;
        for (int i = 1; i < C.length; i++) {
            a += C[i] / (z + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
