package org.gsi.cooperation.internal;

import java.util.Arrays;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.platform.Message;

/** IATI IndicatorMeasure: only unit and percentage indicators are measured as numeric progress. */
public enum IndicatorMeasure {
    UNIT(1),
    PERCENTAGE(2),
    NOMINAL(3),
    ORDINAL(4),
    QUALITATIVE(5);

    private final int iatiCode;

    IndicatorMeasure(int iatiCode) {
        this.iatiCode = iatiCode;
    }

    public int iatiCode() {
        return iatiCode;
    }

    public boolean isQuantitative() {
        return this == UNIT || this == PERCENTAGE;
    }

    public static IndicatorMeasure fromIatiCode(String code) {
        return Arrays.stream(values())
                .filter(m -> String.valueOf(m.iatiCode).equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException(
                        "measure", Message.of("cooperation.refused.measure", String.valueOf(code))));
    }
}
