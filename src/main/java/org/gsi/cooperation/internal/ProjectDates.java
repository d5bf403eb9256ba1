package org.gsi.cooperation.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.platform.Message;

/** Planned and actual start and end dates; an end never comes before its start. */
public record ProjectDates(
        Optional<LocalDate> plannedStart,
        Optional<LocalDate> plannedEnd,
        Optional<LocalDate> actualStart,
        Optional<LocalDate> actualEnd) {

    public ProjectDates {
        requireOrdered(plannedStart, plannedEnd, "plannedEnd");
        requireOrdered(actualStart, actualEnd, "actualEnd");
    }

    public static ProjectDates none() {
        return new ProjectDates(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static ProjectDates planned(LocalDate start, LocalDate end) {
        return new ProjectDates(Optional.of(start), Optional.of(end), Optional.empty(), Optional.empty());
    }

    ProjectDates startedOn(LocalDate date) {
        return new ProjectDates(plannedStart, plannedEnd, Optional.of(actualStart.orElse(date)), actualEnd);
    }

    ProjectDates endedOn(LocalDate date) {
        return new ProjectDates(plannedStart, plannedEnd, actualStart, Optional.of(date));
    }

    private static void requireOrdered(Optional<LocalDate> start, Optional<LocalDate> end, String field) {
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            throw new InvalidFieldException(
                    field, Message.of("cooperation.refused.endsBeforeStart", end.get(), start.get()));
        }
    }
}
