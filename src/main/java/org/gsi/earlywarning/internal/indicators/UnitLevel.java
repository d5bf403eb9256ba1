package org.gsi.earlywarning.internal.indicators;

import java.util.Optional;
import org.gsi.earlywarning.Event;

/** The spatial units indicators are kept for. */
public enum UnitLevel {
    /** ISO alpha-3, e.g. {@code CAF}. */
    COUNTRY,
    /** Country and first-level division, reconciled across sources ({@link Admin1Names}), e.g. {@code CAF/Vakaga}. */
    ADMIN1,
    /** PRIO-GRID cell id, e.g. {@code 137213}. */
    GRID;

    /** The unit an event counts towards at this level; empty when the event lacks the admin1 name or the point. */
    public Optional<String> unitOf(Event event) {
        return switch (this) {
            case COUNTRY -> Optional.of(event.place().country());
            case ADMIN1 ->
                event.place().admin1().isEmpty()
                        ? Optional.empty()
                        : Optional.of(Admin1Names.unit(
                                event.place().country(), event.place().admin1()));
            case GRID -> event.place().priogridGid().map(String::valueOf);
        };
    }
}
