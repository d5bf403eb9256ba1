package org.gsi.earlywarning.internal.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gsi.earlywarning.Coordinates;
import org.gsi.earlywarning.DatePrecision;
import org.gsi.earlywarning.RejectedRow;

/** Conversions of a row's text fields; a bad value rejects the row with the field's name in the reason. */
final class FieldValues {

    private FieldValues() {}

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new RowRejectedException(RejectedRow.Kind.FIELD_EMPTY, name);
        }
        return value.trim();
    }

    static String optional(String value) {
        return value == null ? "" : value.trim();
    }

    static int integer(String name, String value) {
        String text = required(name, value);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new RowRejectedException(RejectedRow.Kind.NOT_WHOLE_NUMBER, name, text);
        }
    }

    static double decimal(String name, String value) {
        String text = required(name, value);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new RowRejectedException(RejectedRow.Kind.NOT_NUMBER, name, text);
        }
    }

    /**
     * The point from latitude and longitude fields; absent when both are empty, and absent with a warning when
     * they are not a point on Earth (the row is still placed in its country).
     */
    static Optional<Coordinates> coordinates(String latitude, String longitude, RowNotes notes) {
        String lat = optional(latitude);
        String lon = optional(longitude);
        if (lat.isEmpty() && lon.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Coordinates(Double.parseDouble(lat), Double.parseDouble(lon)));
        } catch (IllegalArgumentException e) {
            notes.warn("latitude,longitude", RowWarning.Kind.COORDINATES_DROPPED, lat, lon);
            return Optional.empty();
        }
    }

    /** A number of deaths as stated: a whole number, not negative; empty with a warning when it is not one. */
    static Optional<Integer> deaths(String name, String value, RowNotes notes) {
        String text = optional(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            int deaths = Integer.parseInt(text);
            if (deaths >= 0) {
                return Optional.of(deaths);
            }
        } catch (NumberFormatException e) {
            // told below
        }
        notes.warn(name, RowWarning.Kind.FATALITIES_UNREADABLE, text);
        return Optional.empty();
    }

    /** A date precision from the source's own codes; an empty field is unknown, an unknown code too (warned). */
    static DatePrecision precision(String name, String value, Map<String, DatePrecision> codes, RowNotes notes) {
        String text = optional(value).toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return DatePrecision.UNKNOWN;
        }
        DatePrecision precision = codes.get(text);
        if (precision == null) {
            notes.warn(name, RowWarning.Kind.PRECISION_UNKNOWN, optional(value));
            return DatePrecision.UNKNOWN;
        }
        return precision;
    }
}
