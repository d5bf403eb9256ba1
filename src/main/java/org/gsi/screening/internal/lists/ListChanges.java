package org.gsi.screening.internal.lists;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a new version of a list changes, entry by entry, keyed by reference number: entries added (new reference),
 * listed again (a reference removed by an earlier version that comes back), amended (same reference, some field
 * different — the fields are named), unchanged, and removed (a reference of the current version that the new file
 * no longer holds). The line an entry was read from is not part of what it says.
 */
public record ListChanges(
        List<ListEntry> added,
        List<ListEntry> relisted,
        List<Amended> amended,
        List<ListEntry> unchanged,
        List<ListEntry> removed) {

    /** An entry whose content changed, with the names of the fields that changed. */
    public record Amended(ListEntry before, ListEntry after, List<String> fields) {}

    /**
     * @param current the entries of the current version, by reference
     * @param removedEarlier references removed by earlier versions
     * @param incoming the entries of the new file
     */
    public static ListChanges between(
            Map<String, ListEntry> current, Set<String> removedEarlier, List<ListEntry> incoming) {
        List<ListEntry> added = new ArrayList<>();
        List<ListEntry> relisted = new ArrayList<>();
        List<Amended> amended = new ArrayList<>();
        List<ListEntry> unchanged = new ArrayList<>();
        Map<String, ListEntry> left = new LinkedHashMap<>(current);
        for (ListEntry e : incoming) {
            ListEntry before = left.remove(e.reference());
            if (before == null) {
                (removedEarlier.contains(e.reference()) ? relisted : added).add(e);
                continue;
            }
            List<String> fields = changedFields(before, e);
            if (fields.isEmpty()) {
                unchanged.add(e);
            } else {
                amended.add(new Amended(before, e, fields));
            }
        }
        return new ListChanges(added, relisted, amended, unchanged, List.copyOf(left.values()));
    }

    /** The names of the fields in which two versions of an entry differ (the line read from never counts). */
    static List<String> changedFields(ListEntry a, ListEntry b) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent c : ListEntry.class.getRecordComponents()) {
            if (c.getName().equals("line")) {
                continue;
            }
            try {
                if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                    fields.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }
}
