package org.gsi.screening.internal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gsi.screening.internal.lists.EntryType;
import org.gsi.screening.internal.lists.ListEntry;

/** {@link EntryFacts} written into one stored field of the index and read back. */
final class FactsCodec {

    private static final String PART = "\u001d";
    private static final String ITEM = "\u001c";
    private static final String FIELD = "\u001b";

    private FactsCodec() {}

    static String encode(EntryFacts f) {
        List<String> dates = new ArrayList<>();
        for (ListEntry.BirthDate d : f.birthDates()) {
            dates.add(String.join(
                    FIELD,
                    nn(d.typeOfDate()),
                    nn(d.date()),
                    d.year() == null ? "" : d.year().toString(),
                    d.fromYear() == null ? "" : d.fromYear().toString(),
                    d.toYear() == null ? "" : d.toYear().toString(),
                    nn(d.note())));
        }
        return String.join(ITEM, f.nationalities())
                + PART
                + String.join(ITEM, f.countries())
                + PART
                + String.join(ITEM, dates);
    }

    static EntryFacts decode(EntryType type, String s) {
        String[] parts = s.split(PART, -1);
        List<ListEntry.BirthDate> dates = new ArrayList<>();
        if (!parts[2].isEmpty()) {
            for (String item : parts[2].split(ITEM, -1)) {
                String[] f = item.split(FIELD, -1);
                dates.add(new ListEntry.BirthDate(f[0], f[1], integer(f[2]), integer(f[3]), integer(f[4]), f[5]));
            }
        }
        return new EntryFacts(type, dates, set(parts[0]), set(parts[1]));
    }

    private static Set<String> set(String s) {
        return s.isEmpty() ? Set.of() : Set.of(s.split(ITEM, -1));
    }

    private static Integer integer(String s) {
        return s.isEmpty() ? null : Integer.valueOf(s);
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
