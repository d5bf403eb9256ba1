package org.gsi.earlywarning.internal.forecasts.models;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The fixed split of countries for honest evaluation: a country is a tuning country when the CRC-32 of its ISO
 * alpha-3 code is even, else a held-out country. Features and settings of the models are chosen on backtests scored
 * on tuning countries only; the reported figures are scored on held-out countries only. The rule depends on nothing
 * but the code, so it is the same for every data set.
 */
public final class LeaveCountriesOut {

    /** Which countries a backtest scores. */
    public enum Split {
        TUNING,
        HELD_OUT,
        ALL;

        public boolean includes(String iso3) {
            return switch (this) {
                case TUNING -> isTuning(iso3);
                case HELD_OUT -> !isTuning(iso3);
                case ALL -> true;
            };
        }
    }

    private LeaveCountriesOut() {}

    public static boolean isTuning(String iso3) {
        CRC32 crc = new CRC32();
        crc.update(iso3.getBytes(StandardCharsets.US_ASCII));
        return (crc.getValue() & 1) == 0;
    }
}
