package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.platform.Message;

/** A reporting period of an indicator with its target and the value actually reached. */
public record IndicatorPeriod(
        LocalDate start, LocalDate end, Optional<BigDecimal> target, Optional<BigDecimal> actual) {

    public IndicatorPeriod {
        if (end.isBefore(start)) {
            throw new InvalidFieldException("period", Message.of("cooperation.refused.endsBeforeStart", end, start));
        }
    }
}
