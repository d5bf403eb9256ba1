package org.gsi.earlywarning.internal.ingest;

import java.util.List;
import java.util.Objects;

/**
 * Something odd about a row that was imported all the same, as the source states it: the physical line where the
 * row starts, the field concerned, what was odd ({@link Kind}, a message key) and the values the message shows.
 */
public record RowWarning(long line, String field, Kind kind, List<String> arguments) {

    /** What was odd; each kind is a message {@code earlywarning.warning.<KIND>} with the arguments in order. */
    public enum Kind {
        /** best {0} is outside [low {1}, high {2}]. */
        FATALITIES_OUTSIDE_BOUNDS,
        /** The stated cell {0} is not the cell of the point, {1}. */
        CELL_DIFFERS_FROM_POINT,
        /** {0} is not a PRIO-GRID cell; the point's cell {1} is used, or none without a point. */
        CELL_INVALID,
        /** Code {0} is unknown; the country {2} is taken from its name {1}. */
        COUNTRY_FROM_NAME,
        /** Key {0} was already on line {1}; the later row is the one stored. */
        DUPLICATE_KEY,
        /** {0}, {1} is not a point on Earth; the event is kept in its country without a point. */
        COORDINATES_DROPPED,
        /** {0} is not a known date precision; it is kept as unknown. */
        PRECISION_UNKNOWN,
        /** {0} is not a number of deaths; the event is kept without one. */
        FATALITIES_UNREADABLE,
        /** {0} is not a known type of event; the event is kept as unclassified. */
        CATEGORY_UNKNOWN
    }

    public RowWarning {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
    }

    public static RowWarning of(long line, String field, Kind kind, Object... arguments) {
        return new RowWarning(
                line,
                field,
                kind,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The message key of this warning's kind. */
    public String messageKey() {
        return "earlywarning.warning." + kind.name();
    }
}
