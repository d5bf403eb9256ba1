package org.gsi.cooperation.internal.iati;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A result element with its indicators; values stay as IATI writes them (strings). */
public record IatiResult(String type, List<IatiText> title, List<Indicator> indicators) {

    /** An indicator with its measure, direction, baseline and periods. */
    public record Indicator(
            String measure,
            Optional<Boolean> ascending,
            List<IatiText> title,
            Optional<Baseline> baseline,
            List<Period> periods) {}

    /** A baseline: its year and value. */
    public record Baseline(int year, Optional<String> value) {}

    /** A period with target and actual value. */
    public record Period(LocalDate start, LocalDate end, Optional<String> target, Optional<String> actual) {}
}
