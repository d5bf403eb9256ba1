package org.gsi.earlywarning;

/**
 * The CAMEO coding of a machine-coded event: full event code, root code (two digits), QuadClass (1 verbal
 * cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict) and Goldstein score (-10..10).
 */
public record CameoCoding(String eventCode, String rootCode, int quadClass, double goldstein) {

    public CameoCoding {
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("QuadClass must be 1 to 4, was " + quadClass);
        }
        if (!(goldstein >= -10 && goldstein <= 10)) {
            throw new IllegalArgumentException("Goldstein score must be within [-10, 10], was " + goldstein);
        }
    }

    public boolean conflictual() {
        return quadClass >= 3;
    }
}
