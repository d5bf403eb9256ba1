package org.gsi.earlywarning.internal.alerts;

import java.time.YearMonth;
import org.gsi.earlywarning.GedFile;

/**
 * A small UCDP GED file for a country no other test uses (Iceland, Gleditsch-Ward 395): one state-based event per
 * month with the given fatalities, from {@code first}.
 */
final class IcelandFile {

    private static final GedFile.Country ICELAND =
            new GedFile.Country("Iceland", 395, "Europe", "Capital Region", 64.1, -21.9, 222077);

    private IcelandFile() {}

    static byte[] monthly(YearMonth first, long firstId, int... fatalities) {
        return GedFile.monthly(ICELAND, first, firstId, fatalities);
    }
}
