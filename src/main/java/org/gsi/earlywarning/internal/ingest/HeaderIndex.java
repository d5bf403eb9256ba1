package org.gsi.earlywarning.internal.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/** Positions of named columns, taken from a header row or from a fixed column list. */
final class HeaderIndex {

    private final Map<String, Integer> positions = new HashMap<>();
    private final int width;

    private HeaderIndex(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            positions.putIfAbsent(normalise(names.get(i)), i);
        }
        width = names.size();
    }

    static HeaderIndex of(List<String> names) {
        return new HeaderIndex(names);
    }

    static HeaderIndex of(CSVRecord header) {
        return new HeaderIndex(header.toList());
    }

    /**
     * The header's positions, when it has every required column.
     *
     * @param missing the message naming the expected layout, for the first missing column
     * @throws UnrecognisedFormatException when a required column is missing
     */
    static HeaderIndex requiring(CSVRecord header, List<String> required, Function<String, String> missing) {
        HeaderIndex index = of(header);
        for (String name : required) {
            if (!index.has(name)) {
                throw new UnrecognisedFormatException(missing.apply(name));
            }
        }
        return index;
    }

    /** Rejects a record whose number of fields differs from the header's. */
    void checkWidth(CSVRecord record) {
        if (record.size() != width) {
            throw new RowRejectedException("expected " + width + " fields, found " + record.size());
        }
    }

    int width() {
        return width;
    }

    boolean has(String name) {
        return positions.containsKey(name);
    }

    /** The value of the first of the given column names present in the header; empty when none is present. */
    String get(CSVRecord record, String... names) {
        for (String name : names) {
            Integer position = positions.get(name);
            if (position != null) {
                return position < record.size() ? record.get(position) : "";
            }
        }
        return "";
    }

    private static String normalise(String name) {
        return name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
    }
}
