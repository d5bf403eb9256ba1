package org.gsi.screening.internal.matching;

import java.util.List;
import org.gsi.screening.internal.lists.EntryType;
import org.gsi.screening.internal.lists.ListEntry;

/**
 * A listed entry as the candidate index holds it.
 *
 * @param list the id of the list it belongs to
 * @param reference its reference number in that list
 * @param name its primary name
 * @param regime the sanctions regime or list type ({@code UN_LIST_TYPE})
 * @param names every name to match against: primary, aliases, original script
 */
public record IndexedEntry(
        String list,
        String reference,
        EntryType type,
        String name,
        String regime,
        List<String> names,
        EntryFacts facts) {

    public IndexedEntry {
        names = List.copyOf(names);
    }

    public static IndexedEntry of(String list, ListEntry entry) {
        return new IndexedEntry(
                list,
                entry.reference(),
                entry.type(),
                entry.name(),
                entry.regime(),
                entry.names().stream().map(ListEntry.NameOfEntry::name).toList(),
                EntryFacts.of(entry));
    }
}
