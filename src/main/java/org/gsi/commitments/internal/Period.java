package org.gsi.commitments.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A pledge period, both days included. */
record Period(LocalDate start, LocalDate end) {

    Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A period cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
