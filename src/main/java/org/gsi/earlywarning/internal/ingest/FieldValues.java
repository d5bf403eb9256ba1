package org.gsi.earlywarning.internal.ingest;

import java.util.Optional;
import org.gsi.earlywarning.Coordinates;

/** Conversions of a row's text fields; a bad value rejects the row with the field's name in the reason. */
final class FieldValues {

    private FieldValues() {}

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new RowRejectedException(name + " is empty");
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
            throw new RowRejectedException(name + " '" + text + "' is not a whole number");
        }
    }

    static double decimal(String name, String value) {
        String text = required(name, value);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new RowRejectedException(name + " '" + text + "' is not a number");
        }
    }

    /** The point from latitude and longitude fields; absent when both are empty, rejected when out of range. */
    static Optional<Coordinates> coordinates(String latitude, String longitude) {
        if (optional(latitude).isEmpty() && optional(longitude).isEmpty()) {
            return Optional.empty();
        }
        double lat = decimal("latitude", latitude);
        double lon = decimal("longitude", longitude);
        try {
            return Optional.of(new Coordinates(lat, lon));
        } catch (IllegalArgumentException e) {
            throw new RowRejectedException("coordinates out of range: " + e.getMessage());
        }
    }
}
