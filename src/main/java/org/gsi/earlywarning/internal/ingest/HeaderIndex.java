package org.gsi.earlywarning.internal.ingest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.gsi.earlywarning.RejectedRow;
import org.gsi.platform.Message;

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
     * The header's positions, when it has every required column. A required entry may name alternatives
     * ({@code best|best_est}): any one of them will do.
     *
     * @param missing the message for the required entries the header lacks, every one of them
     * @throws UnrecognisedFormatException when a required column is missing
     */
    static HeaderIndex requiring(CSVRecord header, List<String> required, Function<List<String>, Message> missing) {
        HeaderIndex index = of(header);
        List<String> absent = required.stream()
                .filter(entry -> Arrays.stream(entry.split("\\|")).noneMatch(index::has))
                .map(entry -> entry.replace("|", " or "))
                .toList();
        if (!absent.isEmpty()) {
            throw new UnrecognisedFormatException(missing.apply(absent));
        }
        return index;
    }

    /** The words of a refused header: which columns the layout needs and lacks, and what the header has. */
    static Message missingColumns(Message layout, List<String> absent, CSVRecord header) {
        String present = String.join(",", header.toList());
        String has = present.length() <= 300 ? present : present.substring(0, 300) + "...";
        if (absent.size() == 1) {
            return Message.of("earlywarning.refused.missingColumn", layout, absent.get(0), has);
        }
        return Message.of("earlywarning.refused.missingColumns", layout, String.join(", ", absent), has);
    }

    /** Rejects a record whose number of fields differs from the header's. */
    void checkWidth(CSVRecord record) {
        if (record.size() != width) {
            throw new RowRejectedException(RejectedRow.Kind.FIELD_COUNT, width, record.size());
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
